"""The daftar hadir (attendance list) PDF, before the meeting (invited names plus blank rows to sign) or after
it (the recorded attendance).

Columns No | Nama | Jabatan | Instansi/Unsur | L/P | No. HP | Tanda Tangan; the signature column is staggered
(odd numbers sign in its left half, even numbers in its right half) so neighbouring signatures do not overlap.
The header row repeats on every page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.dates import place_date
from desktop.domain.i18n import doc_
from desktop.domain.meetings.codes import Attendance
from desktop.domain.meetings.records import MeetingRecord, ParticipantData
from desktop.reports.kop import kop_flowables
from desktop.reports.meeting_common import MeetingPrintContext, event_pairs
from desktop.reports.pdf_base import (
    GRID_COLOR,
    DocStyles,
    build_pdf,
    document_styles,
    label_table,
    para,
    text_markup,
)
from desktop.reports.signature import Signatory, signature_block
from desktop.reports.table_tail import table_with_tail

# Fractions of the frame width: No, Nama, Jabatan, Instansi, L/P, No. HP, signature left, signature right.
# Jabatan and Instansi get room for one or two lines; each signer still has a 19 mm (F4) half of the signing column.
_WIDTHS = (0.045, 0.19, 0.19, 0.19, 0.05, 0.105, 0.115, 0.115)
KEEP_LAST = 2
BLANK_ROW_HEIGHT = 7 * mm
SIGNING_PADDING = 6  # with two text lines a row is about 12 mm high: room to sign


def _signature_cells(number: int, styles: DocStyles) -> list[Any]:
    mark = Paragraph(f"{number}.", styles.cell)
    return [mark, ""] if number % 2 else ["", mark]


def _name_cell(person: ParticipantData, after: bool, styles: DocStyles) -> Any:
    text = text_markup(person.name)
    if after and person.attendance not in {"hadir", "diundang"}:
        text += f"<br/><i>({text_markup(Attendance.document_label_of(person.attendance).lower())})</i>"
    return Paragraph(text, styles.cell)


def _attendance_rows(people: list[ParticipantData], blank_rows: int, styles: DocStyles, after: bool) -> list[Any]:
    rows: list[list[Any]] = []
    for number, person in enumerate(people, start=1):
        rows.append(
            [
                str(number),
                _name_cell(person, after, styles),
                person.position,
                person.institution,
                person.gender,
                person.phone,
                *_signature_cells(number, styles),
            ]
        )
    for number in range(len(people) + 1, len(people) + blank_rows + 1):
        # A walk-in writes name, jabatan and instansi by hand: a blank row is as tall as a two-line one.
        rows.append([str(number), Spacer(1, BLANK_ROW_HEIGHT), "", "", "", "", *_signature_cells(number, styles)])
    return rows


def _lines(_start: int, _stop: int, first_row: int) -> list[tuple[Any, ...]]:
    """The grid without the line between the two signature halves; the header spans both."""
    lines: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (5, -1), 0.5, GRID_COLOR),
        ("LINEABOVE", (6, 0), (7, 0), 0.5, GRID_COLOR),
        ("LINEBELOW", (6, 0), (7, -1), 0.5, GRID_COLOR),
        ("LINEAFTER", (7, 0), (7, -1), 0.5, GRID_COLOR),
    ]
    if first_row:
        lines.append(("SPAN", (6, 0), (7, 0)))
    return lines


def attendance_tables(
    people: list[ParticipantData], blank_rows: int, width: float, styles: DocStyles, *, after: bool
) -> tuple[Any | None, Any]:
    """The attendance table with a staggered, unsplit signature column, as (body or None, last rows): the last
    rows are kept on the page of the total and the signature."""
    header = ["No", doc_("Nama"), doc_("Jabatan"), doc_("Instansi / Unsur"), "L/P", "No. HP", doc_("Tanda Tangan"), ""]
    return table_with_tail(
        header,
        _attendance_rows(people, blank_rows, styles, after),
        [width * share for share in _WIDTHS],
        styles=styles,
        keep_last=KEEP_LAST,
        center_columns=[0, 4],
        row_style=_lines,
        grid=False,
        body_padding=SIGNING_PADDING,
    )


def attendance_story(
    record: MeetingRecord,
    context: MeetingPrintContext,
    styles: DocStyles,
    *,
    after: bool,
    blank_rows: int = 10,
) -> list[Any]:
    """The flowables of the attendance list.

    Args:
        record: the meeting.
        context: letterhead, paper, signing place.
        styles: the document styles.
        after: the recorded attendance (present people only, no blank rows); else the invitation list with
            ``blank_rows`` empty rows for walk-ins.
        blank_rows: empty numbered rows before the meeting.
    """
    width = context.setup.frame_width
    head = record.header
    story: list[Any] = kop_flowables(context.letterhead, width, styles)
    story.append(Paragraph(doc_("DAFTAR HADIR"), styles.title))
    if head.number:
        story.append(para(doc_("Nomor: {number}").format(number=head.number), styles.subtitle))
    story.append(Spacer(1, 4 * mm))
    # The chair signs below (Mengetahui), so the event block does not repeat them.
    story.append(label_table(event_pairs(record, include_chair=False), width, styles=styles))
    story.append(Spacer(1, 4 * mm))
    people = record.present if after else list(record.participants)
    body, tail = attendance_tables(people, 0 if after else blank_rows, width, styles, after=after)
    if body is not None:
        story.append(body)
    lead: list[Any] = [tail]  # the last rows, the total and the signature share a page
    if after:
        men = sum(1 for p in people if p.gender == "L")
        women = sum(1 for p in people if p.gender == "P")
        lead.append(Spacer(1, 2 * mm))
        lead.append(
            para(
                doc_("Jumlah hadir: {count} orang (laki-laki {men}, perempuan {women}).").format(
                    count=len(people), men=men, women=women
                ),
                styles.body,
            )
        )
    chair = head.chair
    story.append(
        signature_block(
            [
                Signatory(
                    doc_("Mengetahui,"), chair.position or doc_("Pimpinan Rapat"), chair.name, chair.rank, chair.nip
                )
            ],
            width,
            styles=styles,
            place_date=place_date(context.signing_place, head.meeting_date),
            lead=lead,
        )
    )
    return story


def build_attendance(
    record: MeetingRecord, context: MeetingPrintContext, target: Path, *, after: bool, blank_rows: int = 10
) -> int:
    """Writes the attendance list PDF to ``target`` (atomically); returns the number of pages."""
    styles = document_styles()
    return build_pdf(
        target,
        attendance_story(record, context, styles, after=after, blank_rows=blank_rows),
        setup=context.setup,
        document_number=record.header.number,
        title=doc_("Daftar Hadir {title}").format(title=record.header.title),
        author=context.letterhead.office_name,
        subject=doc_("Daftar hadir rapat"),
    )
