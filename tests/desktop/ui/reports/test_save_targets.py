"""The Reports page checks the file a save dialog returned before it starts the work (issue #17): a folder, a
missing folder or a file of the data folder gets one sentence in the page's label and no task runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.reports.reports_page import ReportsPage
from desktop.ui.window_context import WindowContext


def _page(qtbot: QtBot, context: WindowContext, monkeypatch: pytest.MonkeyPatch, chosen: Path) -> ReportsPage:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(chosen), "")))
    page = ReportsPage(context)
    qtbot.addWidget(page)
    return page


@pytest.mark.parametrize(
    ("where", "sentence"),
    [
        ("folder", "folder"),
        ("missing", "tidak ada"),
        ("data-folder", "milik folder data Konvergensi"),
    ],
)
def test_a_target_that_cannot_be_written_is_refused_before_the_export_starts(
    qtbot: QtBot,
    demo_window_context: WindowContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    sentence: str,
) -> None:
    if where == "folder":
        chosen = tmp_path / "laporan.xlsx"
        chosen.mkdir()
    elif where == "missing":
        chosen = tmp_path / "tidak-ada" / "laporan.xlsx"
    else:
        chosen = demo_window_context.app.data_dir / "catatan.xlsx"
        chosen.write_bytes(b"a file of the data folder")
    page = _page(qtbot, demo_window_context, monkeypatch, chosen)
    assert page.produce() is None
    assert page.handle is None  # no background task was started
    assert sentence in page.message.text() and "\n" not in page.message.text()
    if where == "data-folder":
        assert chosen.read_bytes() == b"a file of the data folder"


def test_the_cover_letter_checks_its_target_too(
    qtbot: QtBot, demo_window_context: WindowContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "surat.pdf"
    chosen.mkdir()
    page = _page(qtbot, demo_window_context, monkeypatch, chosen)
    assert page.cover_letter() is None
    assert page.handle is None and "folder" in page.message.text()
