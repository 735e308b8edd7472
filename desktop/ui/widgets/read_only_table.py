"""Read-only tables: the one set-up every list in the application shares (no editing, no row numbers, columns
sized to their contents with the last one stretched), and what every table view shares against truncation:
a cell whose text is cut shows its full text as a tooltip (:func:`install_full_text_tooltips`), and identifier
columns (NIK, No. KK, codes, dates) are as wide as their text (:func:`keep_identifiers_whole`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QToolTip,
    QWidget,
)

# The widest identifier of each kind, measured when a column must show it whole.
NIK_SAMPLE = "3602180101010001"
DATE_SAMPLE = "30-12-2026"
# Row height of the main lists (a line of text and its padding): more rows on a 768-pixel screen.
LIST_ROW_HEIGHT = 24


def cut_text(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> str | None:
    """The full text of the cell at ``index`` when the view cuts it (narrower than its text), else None."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or str(text) == "":
        return None
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    option.rect = rect
    option.state = QStyle.StateFlag.State_Enabled
    delegate = view.itemDelegateForIndex(index)
    needed = delegate.sizeHint(option, index).width() if delegate is not None else 0
    return str(text) if needed > rect.width() else None


class _FullTextToolTips(QObject):
    """Shows the full text of a cut cell as its tooltip (cells whose model gives a tooltip keep that one)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Answers tooltip events on the view's viewport."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._view.indexAt(event.pos())
            if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
                text = cut_text(self._view, index)
                if text is not None:
                    QToolTip.showText(event.globalPos(), text, self._view.viewport(), self._view.visualRect(index))
                    return True
        return False


def install_full_text_tooltips(view: QAbstractItemView) -> None:
    """Every cut cell of ``view`` shows its full text when the pointer rests on it (once per view)."""
    if view.property("full_text_tooltips"):
        return
    view.setProperty("full_text_tooltips", True)
    view.viewport().installEventFilter(_FullTextToolTips(view))


def identifier_width(view: QTableView, column: int, sample: str = NIK_SAMPLE) -> int:
    """The width column ``column`` needs to show ``sample`` and its header whole (with the style's margins)."""
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 8
    header = view.horizontalHeader()
    return max(view.fontMetrics().horizontalAdvance(sample) + margin, header.sectionSizeFromContents(column).width())


def keep_identifiers_whole(view: QTableView, samples: dict[int, str]) -> None:
    """Gives identifier columns (``column: widest sample``) a fixed width that shows them whole: they are never
    cut (a long list is not measured row by row; the sample is the widest value of the kind)."""
    header = view.horizontalHeader()
    for column, sample in samples.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, identifier_width(view, column, sample))


def configure_read_only(view: QTableView, *, selectable: bool = True, row_height: int | None = None) -> None:
    """Makes a table read-only with whole-row single selection (or no selection).

    Args:
        view: the table (a QTableView or QTableWidget).
        selectable: False for tables that only display (nothing can be selected).
        row_height: a fixed row height in pixels, None for the style's default.
    """
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.SingleSelection if selectable else QAbstractItemView.SelectionMode.NoSelection
    )
    view.verticalHeader().setVisible(False)
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    install_full_text_tooltips(view)


def read_only_view(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """Returns a read-only table view showing ``model``."""
    view = QTableView(parent)
    view.setModel(model)
    configure_read_only(view)
    return view


def read_only_table(
    headers: list[str],
    parent: QWidget | None = None,
    *,
    name: str = "",
    selectable: bool = True,
    row_height: int | None = None,
) -> QTableWidget:
    """Returns an empty read-only table widget with the given column headers (and object name)."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    if name:
        table.setObjectName(name)
    configure_read_only(table, selectable=selectable, row_height=row_height)
    return table
