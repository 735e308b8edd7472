"""The checklist grid reads typed values by the service's rule: what the service refuses, the grid refuses."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.aksi.checklists import ChecklistError, DesaChecklist, get_template, parse_item_value
from desktop.ui.aksi.checklist_table_model import ChecklistTableModel


@pytest.mark.parametrize("typed", ["ya", "Tidak", "87,5", "120", "-1", "dua", "mungkin", ""])
def test_grid_and_service_agree(qtbot: QtBot, typed: str) -> None:
    template = get_template("3S4P")
    model = ChecklistTableModel()
    model.set_rows(template, [DesaChecklist("36.02.18.2001", "Tambakbaya", {})])
    problems: list[str] = []
    model.problem.connect(problems.append)
    for column, item in enumerate(template.items, start=1):
        try:
            expected: object = parse_item_value(item, typed, yes="Ya", no="Tidak")
            accepted = True
        except ChecklistError:
            expected, accepted = None, False
        assert model.setData(model.index(0, column), typed) is accepted, item.code
        assert model.rows[0].values.get(item.code) == (expected if accepted else None)
    assert len(problems) == sum(1 for item in template.items if not _accepts(item, typed))


def _accepts(item: object, typed: str) -> bool:
    try:
        parse_item_value(item, typed, yes="Ya", no="Tidak")  # type: ignore[arg-type]
    except ChecklistError:
        return False
    return True
