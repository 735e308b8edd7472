"""Printing meeting documents to PDF: notulen (minutes), berita acara (statement), daftar hadir (attendance),
undangan (invitation); each with its series' issuer kop."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.i18n import N_, _
from desktop.domain.meetings.codes import MeetingStatus
from desktop.domain.meetings.records import MeetingError, MeetingRecord
from desktop.domain.meetings.statement import statement_warning
from desktop.domain.office import OfficeSettings
from desktop.reports.meeting_attendance import build_attendance
from desktop.reports.meeting_common import MeetingPrintContext
from desktop.reports.meeting_invitation import build_invitation
from desktop.reports.meeting_minutes import build_minutes
from desktop.reports.meeting_photos import build_minutes_with_photos
from desktop.reports.meeting_statement import build_statement
from desktop.reports.pdf_base import PageSetup
from desktop.services.letterheads import issuer_letterhead_in
from desktop.services.meetings.attachments import meeting_photos_in
from desktop.services.meetings.meeting_service import read_record
from desktop.services.meetings.versions import read_version
from desktop.services.office import read_office
from desktop.services.unit_of_work import reading

DOCUMENT_KINDS: dict[str, str] = {
    "minutes": N_("Notulen"),
    "statement": N_("Berita Acara"),
    "attendance": N_("Daftar Hadir"),
    "invitation": N_("Undangan"),
}


@dataclass(frozen=True, slots=True)
class PrintResult:
    """A written document.

    Attributes:
        path: the PDF file.
        pages: number of pages.
        seconds: time taken.
        version: the version printed (0 for the live draft).
        paper_size: the office's paper size the document was laid out on (``F4``, ``A4``).
        warning: what a berita acara had to state as not recorded (one Indonesian sentence), "" when nothing.
    """

    path: Path
    pages: int
    seconds: float
    version: int
    paper_size: str = ""
    warning: str = ""


def signing_place(record: MeetingRecord, office: OfficeSettings) -> str:
    """Where the document is signed: the office's city for kabupaten meetings, else the kecamatan/desa name."""
    if record.header.level == "kabupaten" or not record.region_name:
        return office.city or record.region_name
    return record.region_name


def attendance_is_recorded(record: MeetingRecord) -> bool:
    """True once attendance has been recorded (anyone marked other than ``diundang``)."""
    return any(p.attendance != "diundang" for p in record.participants)


def print_meeting_document(
    session_factory: sessionmaker[Session],
    meeting_id: int,
    kind: str,
    target: Path,
    *,
    version: int | None = None,
    after: bool | None = None,
    blank_rows: int = 10,
    issued_on: date | None = None,
    files_dir: Path | None = None,
) -> PrintResult:
    """Writes one meeting document as PDF.

    Args:
        session_factory: the session factory.
        meeting_id: the meeting.
        kind: ``minutes``, ``statement``, ``attendance`` or ``invitation``.
        target: the output file (written atomically).
        version: a finalised version to print; None prints the current state (the latest version when final).
        after: attendance list after the meeting (recorded attendance) or before it (invited + blank rows);
            None decides from whether attendance has been recorded.
        blank_rows: blank rows of the list before the meeting.
        issued_on: the date of an invitation letter; None: today, but never after the meeting.
        files_dir: the data folder's files; given, the notulen gets the meeting's photos as lampiran pages.

    Raises:
        MeetingError: unknown kind, meeting or version, or no office settings yet.
    """
    if kind not in DOCUMENT_KINDS:
        raise MeetingError(
            _("Jenis dokumen {kind} tidak dikenal (pilih: {join}).").format(kind=kind, join=", ".join(DOCUMENT_KINDS))
        )
    started = time.perf_counter()
    with reading(session_factory) as session:  # office, meeting and version: one session
        office = read_office(session)
        if office is None:
            raise MeetingError(_("Identitas kantor belum diisi (Pengaturan); kop surat tidak dapat dibuat."))
        record = read_record(session, meeting_id)
        if version is None and record.status == MeetingStatus.FINAL:
            version = record.version
        if version is not None:
            record = read_version(session, meeting_id, version)
        letterhead = issuer_letterhead_in(session, office, record.header.series_id)  # the series' issuer
        photos = meeting_photos_in(session, files_dir, meeting_id) if files_dir and kind == "minutes" else []
    context = MeetingPrintContext(
        letterhead=letterhead,
        setup=PageSetup.for_paper(office.paper_size),
        signing_place=signing_place(record, office),
    )
    target = Path(target)
    warning = ""
    if kind == "minutes":
        pages = (
            build_minutes_with_photos(record, context, target, photos)
            if photos
            else build_minutes(record, context, target)
        )
    elif kind == "statement":
        pages = build_statement(record, context, target)
        warning = statement_warning(record)
    elif kind == "invitation":
        letter_date = issued_on or min(date.today(), record.header.meeting_date)
        pages = build_invitation(record, context, target, letter_date)
    else:
        recorded = attendance_is_recorded(record) if after is None else after
        pages = build_attendance(record, context, target, after=recorded, blank_rows=blank_rows)
    seconds = time.perf_counter() - started
    return PrintResult(target, pages, seconds, version or 0, str(office.paper_size), warning)
