"""The shared read-only table set-up used by the case list, the Aksi detail tables and the dashboard."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.read_only_table import read_only_table, read_only_view


def test_table_widget_and_view_share_the_set_up(qtbot: QtBot) -> None:
    table = read_only_table(["Tanggal", "Perihal"], name="due_table", selectable=False, row_height=22)
    qtbot.addWidget(table)
    assert table.objectName() == "due_table" and table.columnCount() == 2
    assert table.horizontalHeaderItem(1).text() == "Perihal"
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    assert not table.verticalHeader().isVisible() and table.verticalHeader().defaultSectionSize() == 22
    model = QStringListModel(["a", "b"])
    view = read_only_view(model)
    qtbot.addWidget(view)
    assert view.model() is model
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert view.horizontalHeader().stretchLastSection()
