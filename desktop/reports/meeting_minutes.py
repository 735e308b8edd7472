"""The notulen (minutes) PDF: kop, title, event block, agenda, pembahasan naming each speaker, decisions, RTL
table, closing time, and the signatures of the chair and the minute-taker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.dates import format_time, place_date
from desktop.domain.i18n import doc_
from desktop.domain.meetings.records import MeetingRecord
from desktop.reports.kop import kop_flowables
from desktop.reports.meeting_common import (
    MeetingPrintContext,
    event_pairs,
    person_line,
    rtl_table_parts,
    section,
    signatory,
    title_block,
)
from desktop.reports.pdf_base import DocStyles, build_pdf, document_styles, label_table, para, text_markup
from desktop.reports.signature import signature_block


def _numbered(texts: list[str], styles: DocStyles) -> list[Any]:
    return [Paragraph(text_markup(text), styles.numbered, bulletText=f"{n}.") for n, text in enumerate(texts, 1)]


def _participants_line(record: MeetingRecord) -> str:
    present = len(record.present)
    if present:
        return doc_("{present} orang hadir (daftar hadir terlampir)").format(present=present)
    return doc_("{count} orang diundang (daftar hadir terlampir)").format(count=len(record.participants))


def minutes_story(record: MeetingRecord, context: MeetingPrintContext, styles: DocStyles) -> list[Any]:
    """The flowables of the minutes."""
    width = context.setup.frame_width
    head = record.header
    story: list[Any] = kop_flowables(context.letterhead, width, styles)
    story += title_block(record, doc_("NOTULEN RAPAT"), styles)
    pairs = event_pairs(record)
    pairs += [(doc_("Notulis"), person_line(head.secretary)), (doc_("Peserta"), _participants_line(record))]
    story.append(label_table(pairs, width, styles=styles))
    number = 0

    def next_section(title: str) -> Paragraph:
        nonlocal number
        number += 1
        return section(f"{_roman(number)}. {title}", styles)

    if head.opening:
        story += [next_section("PEMBUKAAN"), para(head.opening, styles.body)]
    story.append(next_section("AGENDA"))
    agenda = [item.title + (doc_(" (lanjutan rapat sebelumnya)") if item.carried else "") for item in record.agenda]
    story += _numbered(agenda, styles) if agenda else [para("-", styles.body)]
    story.append(next_section("PEMBAHASAN"))
    if record.discussion:
        for n, point in enumerate(record.discussion, start=1):
            text = f"<b>{text_markup(point.speaker)}</b>: {text_markup(point.content)}"
            story.append(Paragraph(text, styles.numbered, bulletText=f"{n}."))
    else:
        story.append(para("-", styles.body))
    story.append(next_section("KESIMPULAN/KEPUTUSAN"))
    decisions = [item.content for item in record.decisions]
    story += _numbered(decisions, styles) if decisions else [para("-", styles.body)]
    story.append(next_section(doc_("RENCANA TINDAK LANJUT (RTL)")))
    # The last RTL rows and the closing line stay with the signatures, so these never stand alone on a page.
    lead: list[Any] = []
    if record.actions:
        body, tail = rtl_table_parts(record, width, styles)
        if body is not None:
            story.append(body)
        lead.append(tail)
    else:
        lead.append(para(doc_("Tidak ada RTL."), styles.body))
    lead.append(Spacer(1, 4 * mm))
    if head.end_time is not None:
        lead.append(
            para(
                doc_("Rapat ditutup pukul {format_time}.").format(
                    format_time=format_time(head.end_time, head.time_zone)
                ),
                styles.body,
            )
        )
    story.append(
        signature_block(
            [signatory(head.chair, doc_("Pimpinan Rapat,")), signatory(head.secretary, doc_("Notulis,"))],
            width,
            styles=styles,
            place_date=place_date(context.signing_place, head.meeting_date),
            lead=lead,
        )
    )
    return story


def _roman(number: int) -> str:
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    text = ""
    for value, numeral in numerals:
        while number >= value:
            text += numeral
            number -= value
    return text


def build_minutes(record: MeetingRecord, context: MeetingPrintContext, target: Path) -> int:
    """Writes the minutes PDF to ``target`` (atomically).

    Returns:
        The number of pages.
    """
    styles = document_styles()
    return build_pdf(
        target,
        minutes_story(record, context, styles),
        setup=context.setup,
        document_number=record.header.number,
        title=doc_("Notulen {title}").format(title=record.header.title),
        author=context.letterhead.office_name,
        subject=doc_("Notulen rapat"),
    )
