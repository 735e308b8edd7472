"""The Verval KRS page on 450 imported families, shared by its widget tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from desktop.ui.krs.krs_page import KrsPage
from desktop.ui.window_context import WindowContext
from tests.desktop.services.krs.conftest import write_xlsx


@pytest.fixture
def page(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> KrsPage:
    """The KRS page after a real import of 450 demo families."""
    rows = [list(row) for row in krs_rows(450)]
    run_import(window_context.app.session_factory, write_xlsx(tmp_path / "krs.xlsx", rows), dry_run=False)
    widget = KrsPage(window_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget
