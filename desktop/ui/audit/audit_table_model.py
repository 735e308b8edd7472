"""The audit trail as a table that pages itself by key: 200 rows at a time, the next when the view scrolls down."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.i18n import N_
from desktop.services.audit_trail import PAGE_SIZE, AuditFilter, AuditRow, audit_page
from desktop.ui.widgets.record_table_model import ColumnSpec, Index, RecordTableModel


def _change(row: AuditRow) -> str:
    if row.action == "update":
        return f"{row.old_value or '-'} → {row.new_value or '-'}"
    return row.new_value or ""


class AuditTableModel(RecordTableModel):
    """Rows are :class:`AuditRow`, newest first; :meth:`fetchMore` reads the next keyset page."""

    def __init__(self, session_factory: sessionmaker[Session], parent: Any = None) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.wanted = AuditFilter()
        self.next_before: int | None = None
        self.loads = 0  # how many times the first page was read (a test checks an idle poll reads nothing)

    def column_specs(self) -> Sequence[ColumnSpec]:
        """Waktu, Pengguna, Kantor, Jenis catatan, Tindakan, Kolom, Perubahan, Catatan."""
        return (
            ColumnSpec(N_("Waktu"), lambda row: row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")),
            ColumnSpec(N_("Pengguna"), lambda row: row.actor or "-"),
            ColumnSpec(N_("Kantor"), lambda row: row.office_code),
            ColumnSpec(N_("Jenis catatan"), lambda row: row.entity_label),
            ColumnSpec(N_("Tindakan"), lambda row: row.action_label),
            ColumnSpec(N_("Kolom"), lambda row: row.field or ""),
            ColumnSpec(N_("Perubahan (lama → baru)"), _change, tooltip=True),
            ColumnSpec(N_("Catatan"), lambda row: row.record, tooltip=True),
        )

    def load(self, wanted: AuditFilter) -> None:
        """Reads the first page of ``wanted`` (raises :class:`~desktop.domain.errors.UserError` on a wrong range)."""
        page = audit_page(self.session_factory, wanted, limit=PAGE_SIZE)
        self.wanted = wanted
        self.next_before = page.next_before
        self.loads += 1
        self.set_rows(page.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        """True while the trail has older entries than the last row shown."""
        return not parent.isValid() and self.next_before is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        """Appends the next page (entries older than the last row shown)."""
        if parent.isValid() or self.next_before is None:
            return
        page = audit_page(self.session_factory, self.wanted, before=self.next_before, limit=PAGE_SIZE)
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.next_before = page.next_before
