"""Dokumentasi: the photos attached to a meeting, printed after the notulen as its lampiran pages (two photos a
page, each scaled to fit and captioned)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, PageBreak, Paragraph, Spacer

from desktop.domain.dates import day_date
from desktop.domain.i18n import doc_
from desktop.domain.meetings.records import MeetingRecord
from desktop.reports.meeting_common import MeetingPrintContext
from desktop.reports.meeting_minutes import minutes_story
from desktop.reports.pdf_base import DocStyles, build_pdf, document_styles, para, text_markup


@dataclass(frozen=True, slots=True)
class MeetingPhoto:
    """A photo to print: its caption and its PNG/JPEG bytes (None when the stored file could not be read)."""

    caption: str
    data: bytes | None


def _image(data: bytes, width: float, height: float) -> Image:
    pixels_w, pixels_h = ImageReader(io.BytesIO(data)).getSize()
    scale = min(width / pixels_w, height / pixels_h)
    return Image(io.BytesIO(data), width=pixels_w * scale, height=pixels_h * scale)


def photo_flowables(
    record: MeetingRecord, photos: list[MeetingPhoto], context: MeetingPrintContext, styles: DocStyles
) -> list[Any]:
    """The lampiran pages: a heading naming the meeting, then each photo with its number and caption."""
    if not photos:
        return []
    width, height = context.setup.frame_width, context.setup.frame_height
    story: list[Any] = [PageBreak(), Paragraph(doc_("LAMPIRAN DOKUMENTASI"), styles.title)]
    story.append(
        para(
            doc_("Notulen {title}, {day_date}").format(
                title=record.header.title, day_date=day_date(record.header.meeting_date)
            ),
            styles.subtitle,
        )
    )
    story.append(Spacer(1, 4 * mm))
    # Two photos share a page: each gets a little under half the frame, leaving room for the caption.
    box_height = height / 2 - 28 * mm
    for number, photo in enumerate(photos, start=1):
        label = doc_("Foto {number}.").format(number=number)
        caption = Paragraph(f"<b>{label}</b> {text_markup(photo.caption)}", styles.small_center)
        if photo.data is None:
            missing = doc_("(berkas foto tidak ditemukan atau rusak di folder data)")
            story.append(KeepTogether([caption, para(missing, styles.small_center), Spacer(1, 6 * mm)]))
            continue
        story.append(KeepTogether([_image(photo.data, width, box_height), Spacer(1, 2 * mm), caption]))
        story.append(Spacer(1, 6 * mm))
    return story


def build_minutes_with_photos(
    record: MeetingRecord, context: MeetingPrintContext, target: Path, photos: list[MeetingPhoto]
) -> int:
    """Writes the notulen followed by its photo lampiran to ``target`` (atomically); returns the page count."""
    styles = document_styles()
    return build_pdf(
        target,
        minutes_story(record, context, styles) + photo_flowables(record, photos, context, styles),
        setup=context.setup,
        document_number=record.header.number,
        title=doc_("Notulen {title}").format(title=record.header.title),
        author=context.letterhead.office_name,
        subject=doc_("Notulen rapat"),
    )
