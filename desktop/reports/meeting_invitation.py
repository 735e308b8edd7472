"""The undangan rapat (invitation letter): kop, Nomor / Sifat / Lampiran / Perihal beside the place and date, the
addressees (named, or "daftar terlampir"), the event block with the agenda, the closing, the chair's signature, and
a lampiran page listing the invitees."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.domain.dates import day_date, long_date, place_date, time_range
from desktop.domain.i18n import doc_
from desktop.domain.meetings.records import MeetingRecord, ParticipantData
from desktop.reports.kop import kop_flowables
from desktop.reports.letter_head import DATE_COLUMN, unbroken_date_line
from desktop.reports.meeting_common import MeetingPrintContext
from desktop.reports.pdf_base import (
    DocStyles,
    build_pdf,
    data_table,
    label_table,
    one_page_styles,
    para,
    text_markup,
)
from desktop.reports.signature import Signatory, signature_block

NAMED_ADDRESSEES = 4
"""Up to this many invitees are named in the address; more go to the attached list (``daftar terlampir``)."""


def _invitee(person: ParticipantData) -> str:
    parts = [person.name, person.position, person.institution]
    return ", ".join(part for part in parts if part)


def _letter_head(
    record: MeetingRecord, context: MeetingPrintContext, issued_on: date, attached: bool, styles: DocStyles
) -> list[Any]:
    """Nomor / Sifat / Lampiran / Perihal, with the place and date on the right of the first line."""
    width = context.setup.frame_width
    pairs = [
        (doc_("Nomor"), record.header.number or "-"),
        (doc_("Sifat"), doc_("Biasa")),
        (doc_("Lampiran"), doc_("1 (satu) lembar") if attached else "-"),
        (doc_("Perihal"), doc_("Undangan {title}").format(title=record.header.title)),
    ]
    left = label_table(pairs, width - DATE_COLUMN, styles=styles, label_width=22 * mm)
    right = para(unbroken_date_line(place_date(context.signing_place, issued_on)), styles.body_left)
    table = Table([[left, right]], colWidths=[width - DATE_COLUMN, DATE_COLUMN])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table, Spacer(1, 5 * mm)]


def _addressees(record: MeetingRecord, styles: DocStyles, attached: bool) -> list[Any]:
    lines: list[Any] = [para(doc_("Kepada Yth."), styles.body_left)]
    if attached:
        lines.append(para(doc_("Bapak/Ibu (daftar terlampir)"), styles.body_left))
    else:
        for number, person in enumerate(record.participants, start=1):
            lines.append(Paragraph(text_markup(_invitee(person)), styles.numbered, bulletText=f"{number}."))
    lines += [para(doc_("di"), styles.body_left), para(doc_("Tempat"), styles.body_left), Spacer(1, 5 * mm)]
    return lines


def _agenda(record: MeetingRecord) -> str:
    items = [item.title for item in record.agenda if item.title.strip()]
    if not items:
        return record.header.title
    if len(items) == 1:
        return items[0]
    return "\n".join(f"{number}. {item}" for number, item in enumerate(items, start=1))


def _event(record: MeetingRecord, width: float, styles: DocStyles) -> Any:
    head = record.header
    pairs = [
        (doc_("Hari/Tanggal"), day_date(head.meeting_date)),
        (doc_("Waktu"), time_range(head.start_time, head.end_time, head.time_zone)),
        (doc_("Tempat"), head.place or "-"),
    ]
    if head.online_link:
        pairs.append((doc_("Tautan daring"), head.online_link))
    pairs.append((doc_("Acara"), _agenda(record)))
    return label_table(pairs, width - 10 * mm, styles=styles, label_width=32 * mm)


def _invitee_list(record: MeetingRecord, issued_on: date, width: float, styles: DocStyles) -> list[Any]:
    head = record.header
    story: list[Any] = [PageBreak()]
    story.append(para(doc_("Lampiran Surat Undangan"), styles.body_left))
    reference = label_table(
        [(doc_("Nomor"), head.number or "-"), (doc_("Tanggal"), long_date(issued_on))],
        width * 0.6,
        styles=styles,
        label_width=22 * mm,
    )
    reference.hAlign = "LEFT"
    story.append(reference)
    story += [Spacer(1, 4 * mm), Paragraph(doc_("DAFTAR UNDANGAN"), styles.title), Spacer(1, 3 * mm)]
    rows = [
        [str(number), person.name, person.position or "-", person.institution or "-"]
        for number, person in enumerate(record.participants, start=1)
    ]
    story.append(
        data_table(
            ["No", doc_("Nama"), doc_("Jabatan"), doc_("Instansi")],
            rows,
            [10 * mm, None, None, None],
            styles=styles,
            center_columns=(0,),
            width=width,
        )
    )
    return story


def invitation_story(
    record: MeetingRecord, context: MeetingPrintContext, styles: DocStyles, issued_on: date
) -> list[Any]:
    """The flowables of the invitation letter and its list of invitees.

    Args:
        record: the meeting.
        context: letterhead, paper, signing place.
        styles: the document styles.
        issued_on: the letter's date.
    """
    story = letter_story(record, context, styles, issued_on)
    if _attached(record) and record.participants:
        story += _invitee_list(record, issued_on, context.setup.frame_width, styles)
    return story


def _attached(record: MeetingRecord) -> bool:
    return len(record.participants) > NAMED_ADDRESSEES or not record.participants


def letter_story(record: MeetingRecord, context: MeetingPrintContext, styles: DocStyles, issued_on: date) -> list[Any]:
    """The flowables of the invitation letter itself (kop to signature), without the list of invitees."""
    width = context.setup.frame_width
    head = record.header
    attached = _attached(record)
    story: list[Any] = kop_flowables(context.letterhead, width, styles)
    story += _letter_head(record, context, issued_on, attached and bool(record.participants), styles)
    story += _addressees(record, styles, attached)
    story.append(para(doc_("Dengan hormat,"), styles.body))
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            doc_("Bersama ini kami mengundang Bapak/Ibu untuk hadir pada {title}, yang akan dilaksanakan pada:").format(
                title=head.title
            ),
            styles.body,
        )
    )
    story.append(Spacer(1, 2 * mm))
    event = _event(record, width, styles)
    indented = Table([["", event]], colWidths=[10 * mm, width - 10 * mm])
    indented.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [indented, Spacer(1, 3 * mm)]
    closing = para(
        doc_(
            "Mengingat pentingnya acara tersebut, dimohon kehadiran Bapak/Ibu tepat pada waktunya. Atas perhatian "
            "dan kehadiran Bapak/Ibu, kami ucapkan terima kasih."
        ),
        styles.body,
    )
    chair = head.chair
    signer = Signatory("", chair.position or doc_("Pimpinan Rapat"), chair.name, chair.rank, chair.nip)
    story.append(signature_block([signer], width, styles=styles, lead=[closing, Spacer(1, 4 * mm)]))
    return story


def build_invitation(record: MeetingRecord, context: MeetingPrintContext, target: Path, issued_on: date) -> int:
    """Writes the invitation PDF to ``target`` (atomically); returns the number of pages. The letter keeps to one
    page (its body a little smaller when needed), the list of invitees follows on its own."""
    styles = one_page_styles(lambda sized: letter_story(record, context, sized, issued_on), context.setup)
    return build_pdf(
        target,
        invitation_story(record, context, styles, issued_on),
        setup=context.setup,
        document_number=record.header.number,
        title=doc_("Undangan {title}").format(title=record.header.title),
        author=context.letterhead.office_name,
        subject=doc_("Undangan rapat"),
    )
