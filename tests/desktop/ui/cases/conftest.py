"""The Kasus Stunting page on the demo children, shared by its widget tests."""

from __future__ import annotations

import time

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.services.demo.cases_demo import fill_demo_cases
from desktop.services.tasks import TaskControl
from desktop.ui.cases.cases_page import CasesPage
from desktop.ui.window_context import WindowContext


@pytest.fixture
def page(window_context: WindowContext, qtbot: QtBot) -> CasesPage:
    """The cases page on the demo children, its background reads applied."""
    fill_demo_cases(window_context.app.session_factory, TaskControl())
    widget = CasesPage(window_context)
    qtbot.addWidget(widget)
    widget.show()
    settle(widget)
    return widget


def settle(page: CasesPage) -> None:
    """Waits until the page's background reads (list, recap, detail) have been applied."""
    deadline = time.monotonic() + 10
    while page.busy:
        assert time.monotonic() < deadline, "background work did not finish"
        QTest.qWait(10)


def select_child(page: CasesPage, name: str) -> None:
    """Selects the first child called ``name`` and waits for its detail."""
    for number, row in enumerate(page.model.rows):
        if row.name == name:
            page.table.selectRow(number)
            settle(page)
            return
    raise AssertionError(name)
