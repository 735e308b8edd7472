"""The surat pengantar sending the year's recaps to the province: numbered, listing the enclosed reports (each
with its period and size, read from the reports themselves), signed by the head of office."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.models.region import Region
from desktop.domain.i18n import _, doc_
from desktop.domain.reports.letters import CoverLetter, Enclosure
from desktop.reports.cover_letter import build_cover_letter
from desktop.services.meetings.meeting_service import suggested_number
from desktop.services.office import read_office
from desktop.services.reports.catalog import REPORTS, build_report_in
from desktop.services.reports.scope import ReportError, ReportRequest
from desktop.services.unit_of_work import reading


@dataclass(frozen=True, slots=True)
class CoverLetterResult:
    """A written covering letter: the file, its pages, its number and how long it took."""

    path: Path
    pages: int
    number: str
    seconds: float


def _enclosure(session: Session, key: str, year: int, today: date) -> Enclosure:
    spec = REPORTS.get(key)
    if spec is None:
        raise ReportError(
            _("Laporan '{report}' tidak dikenal (pilihan: {join}).").format(report=key, join=", ".join(REPORTS))
        )
    table = build_report_in(session, ReportRequest(key, year, today=today))
    note = doc_("{count} baris").format(count=table.row_count)
    if spec.personal:
        note = doc_("{count} baris; data pribadi").format(count=table.row_count)
    return Enclosure(title=doc_(spec.label), period=table.period, note=note)


def _province(session: Session, region_code: str) -> str:
    kabupaten = session.get(Region, region_code)
    province = session.get(Region, kabupaten.parent_code) if kabupaten and kabupaten.parent_code else None
    return province.name if province else ""


def write_cover_letter(
    session_factory: sessionmaker[Session],
    year: int,
    reports: list[str],
    target: Path,
    *,
    number: str = "",
    addressee: str = "",
    addressee_place: str = "",
    issued_on: date | None = None,
) -> CoverLetterResult:
    """Writes the surat pengantar for ``reports`` of ``year``.

    Args:
        session_factory: the session factory.
        year: the reporting year.
        reports: report keys (see :data:`~desktop.services.reports.catalog.REPORTS`), in the order listed.
        target: the PDF file (written atomically).
        number: the letter's number; empty: the office's numbering pattern with the serial left blank.
        addressee: to whom; empty: the province's TPPS chair.
        addressee_place: the line after "di"; empty: ``Tempat``.
        issued_on: the letter's date; None: today.

    Raises:
        ReportError: no report chosen, an unknown report, or no office set up.
    """
    started = time.perf_counter()
    today = issued_on or date.today()
    keys = [key.strip() for key in reports if key.strip()]
    if not keys:
        raise ReportError(_("Pilih sedikitnya satu laporan untuk dilampirkan."))
    with reading(session_factory) as session:
        office = read_office(session)
        if office is None:
            raise ReportError(_("Identitas kantor belum diisi (Pengaturan); kop surat tidak dapat dibuat."))
        enclosures = [_enclosure(session, key, year, today) for key in dict.fromkeys(keys)]
        province = _province(session, office.region_code)
    letter = CoverLetter(
        number=number.strip() or suggested_number(office.document_number_pattern, today),
        issued_on=today,
        subject=doc_("Penyampaian Laporan Percepatan Penurunan Stunting Tahun {year}").format(year=year),
        addressee=addressee.strip()
        or doc_("Ketua Tim Percepatan Penurunan Stunting Provinsi {province}").format(province=province),
        addressee_place=addressee_place.strip() or doc_("Tempat"),
        area=office.region_name,
        year=year,
        enclosures=enclosures,
    )
    pages = build_cover_letter(letter, office, Path(target))
    return CoverLetterResult(Path(target), pages, letter.number, time.perf_counter() - started)
