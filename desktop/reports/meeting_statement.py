"""The berita acara PDF: kop, title and number, the spelled-out opening, numbered results, agreed RTL, the
closing formula and the signatures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.dates import place_date, spelled_date, time_range
from desktop.domain.i18n import N_, doc_
from desktop.domain.meetings.codes import MeetingType
from desktop.domain.meetings.records import MeetingRecord
from desktop.reports.kop import kop_flowables
from desktop.reports.meeting_common import MeetingPrintContext, rtl_table_parts, signatory, title_block
from desktop.reports.pdf_base import DocStyles, build_pdf, document_styles, para, text_markup
from desktop.reports.signature import Signatory, signature_block

CLOSING = N_("Demikian berita acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.")


def opening_sentence(record: MeetingRecord) -> str:
    """``Pada hari ini Jumat tanggal sebelas bulan Oktober tahun dua ribu dua puluh empat (11-10-2024),
    bertempat di ..., telah dilaksanakan ...``: counting only those marked present, and ending in "dengan hasil
    sebagai berikut:" only when decisions are recorded."""
    head = record.header
    place = head.place or record.region_name or "-"
    kind = MeetingType.document_label_of(head.meeting_type)
    attendees = len(record.present)
    chair = head.chair.name + (f", {head.chair.position}" if head.chair.position else "")
    when = time_range(head.start_time, head.end_time, head.time_zone)
    opening = doc_(
        "Pada hari ini {spelled_date}, bertempat di {place}, pukul {when}, telah dilaksanakan "
        "{title} ({kind}) yang dipimpin oleh {chair}"
    ).format(
        spelled_date=spelled_date(head.meeting_date),
        place=place,
        when=when,
        title=head.title,
        kind=kind,
        chair=chair,
    )
    if attendees:
        attended = doc_(" dan dihadiri oleh {attendees} orang peserta sebagaimana daftar hadir terlampir").format(
            attendees=attendees
        )
    else:
        attended = doc_("; kehadiran peserta belum dicatat dalam daftar hadir")
    ending = doc_(", dengan hasil sebagai berikut:") if _decisions(record) else "."
    return opening + attended + ending


def _decisions(record: MeetingRecord) -> list[str]:
    return [item.content for item in record.decisions if item.content.strip()]


def statement_story(
    record: MeetingRecord,
    context: MeetingPrintContext,
    styles: DocStyles,
    acknowledged_by: Signatory | None = None,
) -> list[Any]:
    """The flowables of the berita acara."""
    width = context.setup.frame_width
    head = record.header
    story: list[Any] = kop_flowables(context.letterhead, width, styles)
    story += title_block(record, doc_("BERITA ACARA"), styles)
    story.append(para(opening_sentence(record), styles.body))
    story.append(Spacer(1, 2 * mm))
    results = _decisions(record)
    for number, text in enumerate(results, start=1):
        story.append(Paragraph(text_markup(text), styles.numbered, bulletText=f"{number}."))
    if not results:  # never the agenda in place of results: a signed statement says what was not recorded
        story.append(para(doc_("Keputusan rapat belum dicatat."), styles.body))
    # The last RTL rows and the closing formula stay with the signatures, so these never stand alone on a page.
    lead: list[Any] = []
    if record.actions:
        story.append(Spacer(1, 2 * mm))
        intro = para(doc_("Rencana tindak lanjut yang disepakati adalah sebagai berikut:"), styles.body)
        body, tail = rtl_table_parts(record, width, styles)
        if body is None:
            lead += [intro, Spacer(1, 2 * mm)]
        else:
            story += [intro, Spacer(1, 2 * mm), body]
        lead.append(tail)
    lead += [Spacer(1, 3 * mm), para(doc_(CLOSING), styles.body)]
    story.append(
        signature_block(
            [signatory(head.chair, doc_("Pimpinan Rapat,")), signatory(head.secretary, doc_("Notulis,"))],
            width,
            styles=styles,
            place_date=place_date(context.signing_place, head.meeting_date),
            acknowledged_by=acknowledged_by,
            lead=lead,
        )
    )
    return story


def build_statement(
    record: MeetingRecord, context: MeetingPrintContext, target: Path, acknowledged_by: Signatory | None = None
) -> int:
    """Writes the berita acara PDF to ``target`` (atomically); returns the number of pages."""
    styles = document_styles()
    return build_pdf(
        target,
        statement_story(record, context, styles, acknowledged_by),
        setup=context.setup,
        document_number=record.header.number,
        title=doc_("Berita Acara {title}").format(title=record.header.title),
        author=context.letterhead.office_name,
        subject=doc_("Berita acara rapat"),
    )
