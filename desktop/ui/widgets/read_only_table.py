"""Read-only tables: the one set-up every list in the application shares (no editing, no row numbers, columns
sized to their contents with the last one stretched)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QWidget


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
