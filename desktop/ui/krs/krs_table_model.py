"""The family list model: pages rows from the database into a small windowed cache, never the whole list."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy.orm import Session, sessionmaker

from db.repositories.krs_repository import FamilyFilter
from desktop.domain.i18n import N_, _
from desktop.domain.identifiers import mask_nik
from desktop.domain.krs.codes import RiskFactor, Sasaran, flag_text
from desktop.services.krs import family_list
from desktop.ui.widgets.record_table_model import ColumnSpec, RecordTableModel

FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


Index = QModelIndex | QPersistentModelIndex


class KrsTableModel(RecordTableModel):
    """Families matching a filter, read from the database a page at a time around the rows the view shows.

    Until the total is known the list grows a page at a time as the view scrolls (``canFetchMore``/``fetchMore``),
    so the first rows show at once. Once the page has counted the families in the background it hands the total
    to :meth:`set_total`: the model then has that many rows, and a row whose page is not held is read on demand:
    by keyset (``id > last id of the page before``, or backwards from the start of the page after) when a
    neighbouring page is known, and otherwise by offset from the nearest page start known. So dragging the
    scroll bar to row 900,000 of a million reads the page around row 900,000 only, never the pages before it,
    and scrolling on from there in either direction is keyset again. At most :attr:`MAX_PAGES` pages of rows are
    held (and two ids per page visited), so memory stays flat whatever the list size. NIK and No. KK are masked
    unless revealed with :meth:`reveal`.

    Args:
        session_factory: the session factory; None gives an empty model.
    """

    PAGE = 200
    MAX_PAGES = 6

    def __init__(self, session_factory: sessionmaker[Session] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self._filter = FamilyFilter()
        self._loaded = 0
        self._total: int | None = None
        self._generation = 0
        self._exhausted = session_factory is None
        # _after[n]: the id after which page n starts (0 for the first page), for the pages whose start is known.
        self._after: dict[int, int] = {}
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._revealed: set[int] = set()
        self._desa_names: dict[str, str] = {}
        self._labels: dict[tuple[str, str], str] = {}
        if session_factory is not None:
            self._labels = family_list.code_labels(session_factory)
            self.refresh()

    def _desa_name(self, code: str) -> str:
        name = self._desa_names.get(code)
        if name is None:
            name = code
            if self._session_factory is not None:
                name = family_list.region_name(self._session_factory, code)
            self._desa_names[code] = name
        return name

    @property
    def current_filter(self) -> FamilyFilter:
        """The filter in force."""
        return self._filter

    @property
    def total(self) -> int | None:
        """The number of families the filter shows, once :meth:`set_total` was told it."""
        return self._total

    @property
    def held_pages(self) -> list[int]:
        """Numbers of the pages of rows held in memory (oldest first)."""
        return list(self._pages)

    def set_filter(self, flt: FamilyFilter) -> None:
        """Shows the families matching ``flt``."""
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Starts again from the first page (after a filter change, an import or a verification); the total is
        unknown again until :meth:`set_total`."""
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._after = {}
        self._loaded = 0
        self._total = None
        self._exhausted = self._session_factory is None
        self.endResetModel()
        if not self._exhausted:
            self.fetchMore(QModelIndex())

    def set_total(self, flt: FamilyFilter, total: int) -> None:
        """Takes the count of families matching ``flt`` (ignored when the filter has changed since): from now on
        the model has ``total`` rows and reads any of them on demand."""
        if flt != self._filter or self._session_factory is None:
            return
        self._total = total
        self._exhausted = True
        if total > self._loaded:
            self.beginInsertRows(QModelIndex(), self._loaded, total - 1)
            self._loaded = total
            self.endInsertRows()
        elif total < self._loaded:
            self.beginRemoveRows(QModelIndex(), total, self._loaded - 1)
            self._loaded = total
            self.endRemoveRows()

    @property
    def known_page_starts(self) -> int:
        """How many pages' starts are known (each such page is a keyset read)."""
        return len(self._after)

    @property
    def generation(self) -> int:
        """Counts the reloads (:meth:`refresh`): a result computed for an older generation no longer applies."""
        return self._generation

    def set_page_starts(self, generation: int, starts: list[int]) -> None:
        """Takes the first id of every page (:func:`~desktop.services.krs.family_list.list_page_starts`, computed in
        the background for :attr:`generation` ``generation``; ignored when the list was reloaded since): from now
        on every page is a keyset read."""
        if generation != self._generation:
            return
        for number, first_id in enumerate(starts):
            self._after[number] = first_id - 1

    def _load(self, number: int) -> list[Any]:
        assert self._session_factory is not None
        factory, flt = self._session_factory, self._filter
        after = self._after.get(number)
        if after is None and number - 1 in self._pages and self._pages[number - 1]:
            after = int(self._pages[number - 1][-1].id)
        if after is not None:  # the page before is known: keyset forwards
            page = family_list.list_page(factory, flt, after, self.PAGE)
        elif number + 1 in self._after:  # the page after is known: keyset backwards from its start
            page = family_list.list_page_before(factory, flt, self._after[number + 1], self.PAGE)
        else:  # jump: offset from the nearest page start known before it, or back from the end when nearer
            known = max((start for start in self._after if start < number), default=0)
            from_start = (number - known) * self.PAGE
            total = self._total
            end = min((number + 1) * self.PAGE, total) if total is not None else 0
            if total is not None and total - end < from_start:
                page = family_list.list_page_from_end(factory, flt, total - end, end - number * self.PAGE)
            else:
                page = family_list.list_page(factory, flt, self._after.get(known, 0), self.PAGE, from_start)
        if page:
            self._after[number] = int(page[0].id) - 1
            if len(page) == self.PAGE:
                self._after[number + 1] = int(page[-1].id)
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def canFetchMore(self, parent: Index) -> bool:
        """True while more families may follow the rows loaded so far (only before the total is known)."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        """Loads the next page and appends its rows."""
        if parent.isValid() or self._exhausted:
            return
        number = self._loaded // self.PAGE
        if number == 0:
            self._after[0] = 0
        page = self._page(number)
        if len(page) < self.PAGE:
            self._exhausted = True
        if not page:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + len(page) - 1)
        self._loaded += len(page)
        self.endInsertRows()

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is None:
            return self._load(number)
        self._pages.move_to_end(number)
        return page

    def _row(self, row: int) -> Any | None:
        if not 0 <= row < self._loaded:
            return None
        page = self._page(row // self.PAGE)
        offset = row % self.PAGE
        return page[offset] if offset < len(page) else None

    def family_id(self, row: int) -> int | None:
        """The id of the family shown at ``row``."""
        record = self._row(row)
        return int(record.id) if record is not None else None

    def reveal(self, row: int) -> None:
        """Shows the full NIK and No. KK of the family at ``row`` (an explicit user action)."""
        family_id = self.family_id(row)
        if family_id is not None:
            self._revealed.add(family_id)
            self.dataChanged.emit(self.index(row, 3), self.index(row, 4))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        """Families matching the filter (0 under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else self._loaded

    def record_at(self, row: int) -> Any | None:
        """The family at ``row``, read with its page when the page is not held."""
        return self._row(row)

    def row_header(self, section: int) -> Any:
        """Rows are numbered from 1."""
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (also as the tooltip, so a cut name or address can be read whole), the family id under
        :data:`FAMILY_ID_ROLE`."""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, FAMILY_ID_ROLE):
            return None
        return super().data(index, role)

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        """The family id under :data:`FAMILY_ID_ROLE`."""
        return int(record.id) if role == FAMILY_ID_ROLE else None

    def _identifier(self, record: Any, value: str | None) -> str:
        if not value:
            return ""
        return value if record.id in self._revealed else mask_nik(value)

    def column_specs(self) -> list[ColumnSpec]:
        """Desa, RW/RT, names, identifiers (masked), address, flags (short labels), verification (cells as tooltips)."""
        columns: list[tuple[str, Callable[[Any], object]]] = [
            (N_("Desa"), lambda record: self._desa_name(record.desa_code)),
            (N_("RW/RT"), lambda record: f"{record.rw}/{record.rt}"),
            (N_("Nama Kepala Keluarga"), lambda record: record.head_name),
            (N_("NIK"), lambda record: self._identifier(record, record.nik)),
            (N_("No. KK"), lambda record: self._identifier(record, record.no_kk)),
            (N_("Nama Istri"), lambda record: record.wife_name),
            (N_("Alamat"), lambda record: record.address),
            (N_("Sasaran"), lambda record: flag_text(record, Sasaran, short=True)),
            (N_("Faktor Risiko"), lambda record: flag_text(record, RiskFactor, short=True)),
            (N_("Status"), lambda record: self._labels.get(("existence", record.existence_code or ""), _("Belum"))),
            (N_("Hasil"), lambda record: self._labels.get(("result", record.result_code or ""), "")),
            (N_("Tgl Verval"), lambda record: record.verified_on.strftime("%d-%m-%Y") if record.verified_on else ""),
        ]
        return [ColumnSpec(title, text, tooltip=True) for title, text in columns]
