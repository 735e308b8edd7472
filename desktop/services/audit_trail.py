"""Reading the audit trail (Riwayat perubahan): filters, keyset pages, the change counter, the .xlsx export; and
recording the by-name exports and NIK reveals that change nothing but must still leave a trace."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.audit_events import office_code_in
from db.base import utc_now
from db.models.audit import AuditEntry
from desktop.domain.atomic_file import atomic_output
from desktop.domain.audit import AuditAction, AuditEntity
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import reading, unit_of_work

_T = TypeVar("_T")

PAGE_SIZE = 200
EXPORT_ROW_LIMIT = 1_000_000  # one worksheet's rows (1,048,576) less the header


@dataclass(frozen=True)
class AuditFilter:
    """What part of the trail to show; every empty field means "any".

    ``since`` and ``until`` are calendar days, both included (``until`` runs to the end of its day, UTC).
    """

    actor: str = ""
    office_code: str = ""
    entity: str = ""
    record: str = ""
    action: str = ""
    since: date | None = None
    until: date | None = None

    def check(self) -> None:
        """Refuses a date range that ends before it starts.

        Raises:
            UserError: ``until`` is before ``since``.
        """
        if self.since and self.until and self.until < self.since:
            raise UserError(_("Tanggal akhir sebelum tanggal awal."))


@dataclass(frozen=True)
class AuditRow:
    """One entry of the trail as shown: codes and their labels."""

    id: int
    at: datetime
    office_code: str
    actor: str
    entity: str
    entity_label: str
    record: str
    action: str
    action_label: str
    field: str | None
    old_value: str | None
    new_value: str | None


@dataclass
class AuditPage:
    """One page of the trail, newest first; ``next_before`` is the id to pass for the next page (None: the end)."""

    rows: list[AuditRow] = field(default_factory=list)
    next_before: int | None = None


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def filtered(query: Select[_T], wanted: AuditFilter) -> Select[_T]:
    """Adds the filter's conditions to a query of audit entries."""
    if wanted.actor:
        query = query.where(AuditEntry.actor == wanted.actor)
    if wanted.office_code:
        query = query.where(AuditEntry.office_code == wanted.office_code)
    if wanted.entity:
        query = query.where(AuditEntry.entity == wanted.entity)
    if wanted.record:
        query = query.where(AuditEntry.entity_uuid == wanted.record)
    if wanted.action:
        query = query.where(AuditEntry.action == wanted.action)
    if wanted.since:
        query = query.where(AuditEntry.at >= _day_start(wanted.since))
    if wanted.until:
        query = query.where(AuditEntry.at < _day_start(wanted.until + timedelta(days=1)))
    return query


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        office_code=entry.office_code,
        actor=entry.actor,
        entity=entry.entity,
        entity_label=AuditEntity.label_of(entry.entity),
        record=entry.entity_uuid,
        action=entry.action,
        action_label=AuditAction.label_of(entry.action),
        field=entry.field,
        old_value=entry.old_value,
        new_value=entry.new_value,
    )


def audit_page_in(
    session: Session, wanted: AuditFilter, *, before: int | None = None, limit: int = PAGE_SIZE
) -> AuditPage:
    """One keyset page of the trail, newest first: entries with an id below ``before`` (all when None).

    Paging by id, never by offset, keeps the millionth row as fast as the first.
    """
    wanted.check()
    query = filtered(select(AuditEntry), wanted)
    if before is not None:
        query = query.where(AuditEntry.id < before)
    entries = list(session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit + 1)))
    more = len(entries) > limit
    rows = [_row(entry) for entry in entries[:limit]]
    return AuditPage(rows, rows[-1].id if more and rows else None)


def audit_page(
    session_factory: sessionmaker[Session], wanted: AuditFilter, *, before: int | None = None, limit: int = PAGE_SIZE
) -> AuditPage:
    """See :func:`audit_page_in`."""
    with reading(session_factory) as session:
        return audit_page_in(session, wanted, before=before, limit=limit)


@dataclass(frozen=True)
class AuditChoices:
    """The values the filters offer: users and offices that appear in the trail."""

    actors: list[str]
    offices: list[str]


def audit_choices(session_factory: sessionmaker[Session]) -> AuditChoices:
    """The distinct users and offices of the trail, sorted."""
    with reading(session_factory) as session:
        actors = sorted(a for a in session.scalars(select(AuditEntry.actor).distinct()) if a)
        offices = sorted(o for o in session.scalars(select(AuditEntry.office_code).distinct()) if o)
    return AuditChoices(actors, offices)


def change_counter(session_factory: sessionmaker[Session]) -> int:
    """A number that moves whenever anything is written through the application: the newest audit entry's id.

    Every create, update and delete writes an audit entry in the same transaction, so an open list compares this
    with the value it last saw and reloads only when it moved. One indexed lookup: cheap to poll every few seconds.
    """
    with reading(session_factory) as session:
        return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def record_access_in(session: Session, action: str, what: str, name: str, rows: int, *, record: str = "") -> None:
    """Writes an audit entry for an access that changes no record: a by-name export or a NIK reveal.

    Args:
        session: the open session (the entry is committed with its unit of work).
        action: ``export`` or ``reveal`` (:class:`AuditAction`).
        what: the kind of data (:class:`AuditEntity`, e.g. ``report``, ``worksheet``, ``krs_family``).
        name: which one (the report's name, the desa code, the file's name).
        rows: how many rows (families, children) it held.
        record: the record's uuid when one record was shown.
    """
    session.add(
        AuditEntry(
            office_code=office_code_in(session),
            actor=str(session.info.get("actor", "")),
            entity=what,
            entity_uuid=record,
            action=action,
            at=utc_now(),
            field=name[:60],
            new_value=str(rows),
        )
    )


def record_access(
    session_factory: sessionmaker[Session], action: str, what: str, name: str, rows: int, *, record: str = ""
) -> None:
    """See :func:`record_access_in`; in its own transaction."""
    with unit_of_work(session_factory) as session:
        record_access_in(session, action, what, name, rows, record=record)


AUDIT_HEADERS = (
    N_("Waktu (UTC)"),
    N_("Kantor"),
    N_("Pengguna"),
    N_("Jenis catatan"),
    N_("Catatan"),
    N_("Tindakan"),
    N_("Kolom"),
    N_("Nilai lama"),
    N_("Nilai baru"),
)


def export_audit(
    session_factory: sessionmaker[Session],
    wanted: AuditFilter,
    target: Path | str,
    *,
    control: TaskControl | None = None,
) -> int:
    """Writes the filtered trail, newest first, as an .xlsx (temp file, fsync, rename: never half a file).

    Returns:
        The number of entries written.

    Raises:
        UserError: the folder does not exist, the range is wrong, or more than one worksheet's rows match.
        Cancelled: the user cancelled; nothing is left at ``target``.
    """
    from openpyxl import Workbook  # the GUI start need not pay for openpyxl

    wanted.check()
    control = control or TaskControl()
    target = Path(target)
    if not target.parent.is_dir():
        raise UserError(_("Folder {parent} tidak ada.").format(parent=target.parent))
    with reading(session_factory) as session:
        total = int(session.scalar(filtered(select(func.count(AuditEntry.id)), wanted)) or 0)
        if total > EXPORT_ROW_LIMIT:
            raise UserError(
                _("{total} entri terlalu banyak untuk satu lembar; persempit saringan (tanggal, pengguna).").format(
                    total=total
                )
            )
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(_("Riwayat perubahan"))
        sheet.append([_(title) for title in AUDIT_HEADERS])
        try:
            written = _append_pages(session, wanted, sheet, total, control)
        except BaseException:
            sheet.close()  # ends the sheet's temporary stream; nothing is written at ``target``
            raise
    with atomic_output(target) as stream:
        workbook.save(stream)
    return written


def _append_pages(session: Session, wanted: AuditFilter, sheet: Any, total: int, control: TaskControl) -> int:
    written = 0
    before: int | None = None
    while True:
        page = audit_page_in(session, wanted, before=before, limit=5000)
        for row in page.rows:
            values = (
                row.office_code,
                row.actor,
                row.entity_label,
                row.record,
                row.action_label,
                row.field,
                row.old_value,
                row.new_value,
            )
            sheet.append([row.at.replace(tzinfo=None), *(_text_cell(sheet, value) for value in values)])
        written += len(page.rows)
        control.report(written, total, _("Menulis riwayat"))
        control.check()
        if page.next_before is None:
            break
        before = page.next_before
    return written


def _text_cell(sheet: Any, value: str | None) -> Any:
    """A text cell that is never read as a formula, even when the value starts with ``=``."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value or "")
    cell.data_type = "s"
    return cell


def record_report_export(session_factory: sessionmaker[Session], report: str, show_nik: bool, rows: int) -> bool:
    """Audits a report file just written when it holds by-name data (a by-name list, or full NIK shown).

    Called by the interface and the command line after :func:`~desktop.services.reports.export.export_report`,
    which itself only reads (a recap leaves no trace).

    Returns:
        True when an entry was written.
    """
    from desktop.services.reports.catalog import REPORTS

    spec = REPORTS.get(report)
    if not show_nik and (spec is None or not spec.personal):
        return False
    record_access(session_factory, "export", "report", f"{report} (NIK)" if show_nik else report, rows)
    return True


def record_desa_list_print(session_factory: sessionmaker[Session], kind: str, desa_code: str, rows: int) -> None:
    """Audits a desa's by-name list just printed to PDF: ``kind`` is ``krs`` (the verval list) or ``cases``."""
    record_access(session_factory, "export", "report", f"daftar-desa-{kind} {desa_code}", rows)


def record_worksheet_export(
    session_factory: sessionmaker[Session], desa_code: str, reveal_nik: bool, rows: int
) -> None:
    """Audits a desa's verification worksheet just written (a by-name list of its families)."""
    record_access(session_factory, "export", "worksheet", f"{desa_code} (NIK)" if reveal_nik else desa_code, rows)
