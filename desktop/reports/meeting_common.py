"""Parts shared by the meeting documents (notulen, berita acara, daftar hadir): event block, signers, RTL table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.dates import day_date, long_date, time_range
from desktop.domain.i18n import N_, doc_
from desktop.domain.meetings.codes import ActionStatus, FundingSource, MeetingStatus
from desktop.domain.meetings.records import MeetingRecord, Signer
from desktop.reports.kop import Letterhead
from desktop.reports.pdf_base import DocStyles, PageSetup, data_table, para, text_markup
from desktop.reports.signature import Signatory
from desktop.reports.table_tail import table_with_tail


@dataclass(frozen=True, slots=True)
class MeetingPrintContext:
    """What a meeting document needs besides the record.

    Attributes:
        letterhead: the kop.
        setup: paper and margins.
        signing_place: the place in the ``Cibadak, 11 Oktober 2024`` line.
    """

    letterhead: Letterhead
    setup: PageSetup
    signing_place: str


def signatory(signer: Signer, role: str) -> Signatory:
    """A meeting signer as a signature-block signatory."""
    return Signatory(role=role, position=signer.position, name=signer.name, rank=signer.rank, nip=signer.nip)


def person_line(signer: Signer) -> str:
    """``Name (jabatan)`` or just the name."""
    if signer.name and signer.position:
        return f"{signer.name} ({signer.position})"
    return signer.name or "-"


def event_pairs(record: MeetingRecord, *, include_chair: bool = True) -> list[tuple[str, str]]:
    """The ``Label : value`` lines of the header block (Hari/Tanggal, Waktu, Tempat, ...)."""
    head = record.header
    pairs = [
        (doc_("Acara"), head.title),
        (doc_("Hari/Tanggal"), day_date(head.meeting_date)),
        (doc_("Waktu"), time_range(head.start_time, head.end_time, head.time_zone)),
        (doc_("Tempat"), head.place or "-"),
    ]
    if head.online_link:
        pairs.append((doc_("Tautan daring"), head.online_link))
    if include_chair:
        pairs.append((doc_("Pimpinan Rapat"), person_line(head.chair)))
    return pairs


def title_block(record: MeetingRecord, heading: str, styles: DocStyles) -> list[Any]:
    """Centred title (``NOTULEN RAPAT``), the meeting title in capitals, the number and the version line."""
    items: list[Any] = [Paragraph(text_markup(heading), styles.title)]
    items.append(Paragraph(text_markup(record.header.title.upper()), styles.title))
    if record.header.number:
        items.append(para(doc_("Nomor: {number}").format(number=record.header.number), styles.subtitle))
    if record.status == MeetingStatus.FINAL:
        items.append(para(doc_("Versi {version} (final)").format(version=record.version), styles.small_center))
    else:
        items.append(para(doc_("DRAF - belum final"), styles.small_center))
    items.append(Spacer(1, 5 * mm))
    return items


def section(title: str, styles: DocStyles) -> Paragraph:
    """A numbered section heading in bold (``II. PEMBAHASAN``)."""
    return Paragraph(f"<b>{text_markup(title)}</b>", styles.section)


def _rtl_rows(record: MeetingRecord) -> list[list[str]]:
    rows = []
    for number, action in enumerate(record.actions, start=1):
        what = action.description
        if action.region_name:
            what += doc_("\n(Desa/wilayah: {region_name})").format(region_name=action.region_name)
        if action.carried_over:
            what += doc_("\n[lanjutan rapat sebelumnya]")
        if action.note:
            what += doc_("\nCatatan: {note}").format(note=action.note)
        rows.append(
            [
                str(number),
                what,
                action.responsible,
                long_date(action.deadline) if action.deadline else "-",
                FundingSource.document_label_of(action.funding_source),
                ActionStatus.document_label_of(action.status),
            ]
        )
    return rows


RTL_HEADER = ["No", N_("Kegiatan"), N_("Penanggung Jawab"), N_("Target Waktu"), N_("Sumber Dana"), N_("Status")]


def _rtl_widths(width: float) -> list[float | None]:
    widths: list[float | None] = [9 * mm, None, 30 * mm, 25 * mm, 25 * mm, 17 * mm]
    widths[1] = width - sum(w for w in widths if w is not None)
    return widths


def rtl_table(record: MeetingRecord, width: float, styles: DocStyles) -> Any:
    """The RTL table: No, Kegiatan (with its desa), Penanggung Jawab, Target Waktu, Sumber Dana, Status."""
    return data_table(
        [doc_(title) for title in RTL_HEADER],
        _rtl_rows(record),
        _rtl_widths(width),
        styles=styles,
        center_columns=[0, 3, 5],
    )


def rtl_table_parts(record: MeetingRecord, width: float, styles: DocStyles) -> tuple[Any | None, Any]:
    """The RTL table as (body or None, last row): only the last row is kept with the closing and the signatures,
    so a short table does not move whole to the next page and leave this one half empty."""
    return table_with_tail(
        [doc_(title) for title in RTL_HEADER],
        _rtl_rows(record),
        _rtl_widths(width),
        styles=styles,
        keep_last=1,
        center_columns=[0, 3, 5],
    )
