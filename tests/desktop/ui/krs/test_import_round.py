"""The KRS round set in Pengaturan is the import dialog's default; a wrong one is refused beside its field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.demo.krs_demo import krs_rows
from desktop.services.office import get_office
from desktop.ui.krs.import_dialog import KrsImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.window_context import WindowContext
from tests.desktop.services.krs.conftest import write_xlsx


def _dialog_round(context: WindowContext, qtbot: QtBot, path: Path) -> str:
    dialog = KrsImportDialog(context, path)
    qtbot.addWidget(dialog)
    text = dialog.round_edit.text()
    dialog.close()
    return text


def test_round_changed_in_settings_is_the_import_default(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "krs.xlsx", [list(row) for row in krs_rows(3)])
    assert _dialog_round(window_context, qtbot, path) == "PK24"

    window = MainWindow(window_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert page.document.krs_round.text() == "PK24" and not page.has_unsaved_changes()
    page.document.krs_round.clear()
    qtbot.keyClicks(page.document.krs_round, "pk 25")
    assert page.has_unsaved_changes()  # the field is tracked like every other
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    office = get_office(window_context.app.session_factory)
    assert office is not None and office.krs_round == "PK25"
    assert page.document.krs_round.text() == "PK25" and not page.has_unsaved_changes()
    assert _dialog_round(window_context, qtbot, path) == "PK25"

    page.document.krs_round.setText("tahun lalu")
    assert not page.save()
    assert page.document.error_text("krs_round") == "Putaran data KRS harus seperti PK24 (atau tahunnya, mis. 2024)."
    assert _dialog_round(window_context, qtbot, path) == "PK25"
