"""Opening a produced file when the system has no program for it: the user is told and offered the folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from desktop.ui.reports.reports_page import ReportsPage
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers


class _NoViewer:
    """The operating system's opener on a Linux desktop without a PDF/spreadsheet viewer: files fail, folders
    open."""

    def __init__(self, folders_open: bool = True) -> None:
        self.asked: list[Path] = []
        self.folders_open = folders_open

    def __call__(self, url: QUrl) -> bool:
        path = Path(url.toLocalFile())
        self.asked.append(path)
        return path.is_dir() and self.folders_open


def _produced_report(qtbot: QtBot, context: WindowContext, tmp_path: Path) -> tuple[ReportsPage, Path]:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.report.setCurrentIndex(page.report.findData("krs"))
    target = tmp_path / "rekap krs.xlsx"
    with qtbot.waitSignal(page.produced, timeout=30_000):
        page.produce(target)
    page.recent.setCurrentRow(0)
    return page, target


def test_missing_viewer_says_so_and_opens_the_folder(
    qtbot: QtBot,
    demo_window_context: WindowContext,
    tmp_path: Path,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, target = _produced_report(qtbot, demo_window_context, tmp_path)
    opener = _NoViewer()
    monkeypatch.setattr("desktop.ui.widgets.opener.system_open", opener)
    dialogs.answer("confirm_yes")
    page.open_button.click()
    assert opener.asked == [target, target.parent]
    box, text = dialogs.asked[-1]
    assert box == "confirm_question"
    assert "Tidak ada aplikasi untuk membuka berkas rekap krs.xlsx" in text
    assert str(tmp_path) in text


def test_missing_viewer_declined_and_folder_failing_are_told(
    qtbot: QtBot,
    demo_window_context: WindowContext,
    tmp_path: Path,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, target = _produced_report(qtbot, demo_window_context, tmp_path)
    opener = _NoViewer(folders_open=False)
    monkeypatch.setattr("desktop.ui.widgets.opener.system_open", opener)
    dialogs.answer("confirm_no")
    page.open_button.click()
    assert opener.asked == [target]  # declined: the folder is not opened
    dialogs.answer("confirm_yes", "information_ok")
    page.open_button.click()
    assert opener.asked == [target, target, target.parent]
    assert dialogs.asked[-1] == ("information_message", f"Folder juga tidak dapat dibuka. Berkas ada di: {target}")
    dialogs.answer("information_ok")
    page.folder_button.click()  # "Buka folder" itself fails: one sentence naming the folder
    assert dialogs.asked[-1] == ("information_message", f"Sistem tidak dapat membuka {tmp_path}.")


class _DetachedOpener(_NoViewer):
    """``xdg-open`` as Qt sees it: started detached, so every file "opens", viewer or not."""

    def __call__(self, url: QUrl) -> bool:
        self.asked.append(Path(url.toLocalFile()))
        return True


def _xdg_mime(folder: Path, default: str) -> None:
    """An ``xdg-mime`` on PATH that knows the file type and answers ``default`` for the default program."""
    script = folder / "xdg-mime"
    script.write_text(
        '#!/bin/sh\nif [ "$2" = filetype ]; then echo application/pdf; else printf "%s" "' + default + '"; fi\n',
        encoding="utf-8",
    )
    script.chmod(0o755)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-mime is the Linux desktop's tool")
@pytest.mark.parametrize(("default", "opened"), [("", False), ("org.gnome.Evince.desktop", True)])
def test_linux_without_a_default_viewer_is_told_before_xdg_open_fails_silently(
    qtbot: QtBot,
    demo_window_context: WindowContext,
    tmp_path: Path,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
    default: str,
    opened: bool,
) -> None:
    page, target = _produced_report(qtbot, demo_window_context, tmp_path)
    tools = tmp_path / "bin"
    tools.mkdir()
    _xdg_mime(tools, default)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    opener = _DetachedOpener()
    monkeypatch.setattr("desktop.ui.widgets.opener.system_open", opener)
    if not opened:
        dialogs.answer("confirm_no")
    page.open_button.click()
    assert opener.asked == ([target] if opened else [])  # no viewer: xdg-open is not even started
    if not opened:
        assert "Tidak ada aplikasi untuk membuka berkas" in dialogs.asked[-1][1]
