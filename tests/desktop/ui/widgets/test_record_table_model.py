"""RecordTableModel: the one base of the read-only record tables, and the models that derive from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.ui.aksi.aksi_table_model import AksiTableModel
from desktop.ui.aksi.checklist_table_model import ChecklistTableModel
from desktop.ui.cases.cases_table_model import CasesTableModel, MeasurementsTableModel, RecapTableModel
from desktop.ui.krs.krs_table_model import KrsTableModel
from desktop.ui.widgets.record_table_model import RIGHT, ColumnSpec, RecordTableModel


@dataclass
class Town:
    name: str
    people: int


class TownModel(RecordTableModel):
    """Name (tooltip: the cell), people (right-aligned, tooltip of its own), a user role."""

    def column_specs(self) -> list[ColumnSpec]:
        return [
            ColumnSpec("Nama", lambda town: town.name, tooltip=True),
            ColumnSpec("Penduduk", lambda town: town.people, alignment=RIGHT, tooltip=lambda t: f"{t.people} jiwa"),
        ]

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        return record.people if role == Qt.ItemDataRole.UserRole else None


def test_columns_rows_and_roles(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = TownModel()
    assert (model.rowCount(), model.columnCount()) == (0, 2)
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([Town("Rangkasbitung", 130_000), Town("Cibadak", 60_000)])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(2)] == ["Nama", "Penduduk"]
    assert model.headerData(2, horizontal) is None and model.headerData(0, Qt.Orientation.Vertical) is None
    name, people = model.index(0, 0), model.index(1, 1)
    assert name.data() == "Rangkasbitung" and name.data(Qt.ItemDataRole.ToolTipRole) == "Rangkasbitung"
    assert people.data() == "60000" and people.data(Qt.ItemDataRole.ToolTipRole) == "60000 jiwa"
    assert people.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert name.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert people.data(Qt.ItemDataRole.UserRole) == 60_000
    assert model.data(QModelIndex()) is None and model.record_at(5) is None


@pytest.mark.parametrize(
    "model",
    [AksiTableModel, CasesTableModel, MeasurementsTableModel, RecapTableModel, ChecklistTableModel, KrsTableModel],
)
def test_record_tables_share_the_base(model: type[RecordTableModel]) -> None:
    assert issubclass(model, RecordTableModel)
    # The table plumbing lives once, in the base: the windowed KRS list counts its own rows, the checklist adds a
    # header tooltip; nobody else answers these again.
    own = {"columnCount", "set_rows", "rowCount", "headerData"} & set(vars(model))
    assert own <= {KrsTableModel: {"rowCount"}, ChecklistTableModel: {"headerData", "set_rows"}}.get(model, set())
