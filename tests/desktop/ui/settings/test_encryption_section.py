"""Enkripsi database in Pengaturan and the setup wizard's encryption step, on real widgets, files and keys (#16):
the work runs off the GUI thread, the recovery key is shown once with its PDF sheet, and the window starts again
on the encrypted database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from db.engine import engine_key
from db.sqlcipher import is_encrypted_file
from db.sqlite_copy import source_facts
from desktop.app import Startup
from desktop.context import AppContext, open_context
from desktop.paths import DATABASE_FILE
from desktop.services import file_cipher
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.encryption import EncryptionError, encrypt_database, parse_recovery_key
from desktop.services.office import get_office
from desktop.services.stored_files import store_file
from desktop.ui.restart import RESTART_REQUESTED
from desktop.ui.settings.backup_section import RESTORED_FLAG
from desktop.ui.settings.encryption_section import EncryptionSection, RecoveryKeyDialog
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.conftest import make_window_context
from tests.desktop.ui.dialog_answers import DialogAnswers

PASSPHRASE = "frasa sandi kantor lebak"


def _section(context: WindowContext, qtbot: QtBot) -> EncryptionSection:
    section = EncryptionSection(context)
    qtbot.addWidget(section)
    section.show()
    return section


def _type_new(section: EncryptionSection, qtbot: QtBot, passphrase: str, repeated: str | None = None) -> None:
    for field, text in (
        (section.passphrase, passphrase),
        (section.repeated, passphrase if repeated is None else repeated),
    ):
        field.clear()
        qtbot.keyClicks(field, text)


def _sheet_shows(dialog: RecoveryKeyDialog, target: Path) -> bool:
    """Saves the recovery sheet and reads it back: one page with every group of the key and the office."""
    assert dialog.save_sheet(target)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    return all(group in text for group in dialog.recovery_key.split("-")) and "Badan Perencanaan" in text


def test_encrypting_from_pengaturan_shows_the_key_once_and_starts_again(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers, tmp_path: Path
) -> None:
    app = window_context.app
    counts = source_facts(app.engine)[0]
    pdf = tmp_path / "notulen.pdf"
    pdf.write_bytes(b"%PDF-1.4\nNIK 3602181234560001\n%%EOF\n")
    stored = store_file(app.files_dir, "meetings", pdf, lambda sha: f"{sha}.pdf", max_bytes=10_000)
    section = _section(window_context, qtbot)
    assert "belum terenkripsi" in section.state.text()
    assert section.encrypt_button.isVisible() and not section.new_key_button.isVisible()
    _type_new(section, qtbot, "pendek")
    section.encrypt_button.click()
    assert "minimal 10 karakter" in section.status.text()  # refused before anything is asked
    _type_new(section, qtbot, PASSPHRASE, PASSPHRASE + "x")
    section.encrypt_button.click()
    assert section.status.text() == "Kedua frasa sandi tidak sama."
    _type_new(section, qtbot, PASSPHRASE)
    dialogs.answer("confirm_no")
    section.encrypt_button.click()
    assert not is_encrypted_file(app.data_dir / DATABASE_FILE)  # "Batal": nothing happened
    dialogs.answer("confirm_yes")
    with qtbot.waitSignal(section.encrypted, timeout=120_000) as done:
        section.encrypt_button.click()
        assert not section.encrypt_button.isEnabled() and section.progress.isVisible()  # off the GUI thread
    result = done.args[0]
    assert is_encrypted_file(app.data_dir / DATABASE_FILE)
    assert file_cipher.is_sealed(app.files_dir / stored.relative_path)  # the stored file too
    assert app.extras[RESTORED_FLAG] is True and app.extras[RESTART_REQUESTED] is True
    dialog = section.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.key_field.text() == result.recovery_key and dialog.key_field.isReadOnly()
    assert _sheet_shows(dialog, tmp_path / "kunci.pdf")
    assert "disimpan" in dialog.status.text()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not section.isVisible(), timeout=5_000)  # the window closes, to start again
    reopened = open_context(app.data_dir, secret=result.recovery_key)
    try:
        assert source_facts(reopened.engine)[0] == counts
    finally:
        reopened.dispose()
        file_cipher.use_database_key(app.files_dir, None)


@pytest.fixture
def encrypted_window(office_context: AppContext, qtbot: QtBot) -> WindowContext:
    """A window context on the demo office, encrypted and opened with its passphrase."""
    encrypt_database(office_context.engine, office_context.data_dir, PASSPHRASE)
    context = make_window_context(open_context(office_context.data_dir, secret=PASSPHRASE))
    yield context
    context.runner.drain()
    context.app.dispose()
    file_cipher.use_database_key(context.app.files_dir, None)


def test_changing_the_passphrase_keeps_the_key(encrypted_window: WindowContext, qtbot: QtBot) -> None:
    app = encrypted_window.app
    key = engine_key(app.engine)
    section = _section(encrypted_window, qtbot)
    assert "terenkripsi (SQLCipher" in section.state.text() and not section.encrypt_button.isVisible()
    qtbot.keyClicks(section.current, "bukan frasa sandinya")
    _type_new(section, qtbot, "frasa sandi yang baru")
    section.passphrase_button.click()
    qtbot.waitUntil(lambda: section.passphrase_button.isEnabled(), timeout=30_000)
    assert "salah" in section.status.text()
    section.current.clear()
    qtbot.keyClicks(section.current, PASSPHRASE)
    _type_new(section, qtbot, "frasa sandi yang baru")
    section.passphrase_button.click()
    qtbot.waitUntil(lambda: "diganti" in section.status.text(), timeout=30_000)
    assert section.current.text() == ""
    reopened = open_context(app.data_dir, secret="frasa sandi yang baru")
    assert engine_key(reopened.engine) == key
    reopened.dispose()
    with pytest.raises(EncryptionError):
        open_context(app.data_dir, secret=PASSPHRASE)


def test_a_new_key_re_encrypts_and_shows_the_new_recovery_key(
    encrypted_window: WindowContext, qtbot: QtBot, dialogs: DialogAnswers, tmp_path: Path
) -> None:
    app = encrypted_window.app
    old_key = engine_key(app.engine)
    section = _section(encrypted_window, qtbot)
    qtbot.keyClicks(section.current, PASSPHRASE)
    _type_new(section, qtbot, "frasa sandi kunci baru")
    dialogs.answer("confirm_yes")
    with qtbot.waitSignal(section.encrypted, timeout=120_000) as done:
        section.new_key_button.click()
    new_key = parse_recovery_key(done.args[0].recovery_key)
    assert new_key is not None and new_key != old_key
    dialog = section.recovery_dialog
    assert dialog is not None and dialog.key_field.text() == done.args[0].recovery_key
    dialog.accept()
    reopened = open_context(app.data_dir, secret="frasa sandi kunci baru")
    assert engine_key(reopened.engine) == new_key
    reopened.dispose()


def test_the_setup_wizard_offers_encryption_and_the_start_up_carries_it_out(
    region_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    context = make_window_context(region_context)
    startup = Startup(context)
    startup.start()
    qtbot.waitUntil(lambda: startup.wizard is not None, timeout=60_000)
    wizard = startup.wizard
    assert wizard is not None and wizard.encryption_page is not None
    wizard.load(demo_office_settings())
    while wizard.currentPage() is not wizard.encryption_page:
        wizard.next()
    page = wizard.encryption_page
    assert not page.passphrase.isEnabled()  # optional: off until chosen
    page.choose.setChecked(True)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeated, "salah ketik sekali")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and page.problem.text() == "Kedua frasa sandi tidak sama."
    page.repeated.clear()
    qtbot.keyClicks(page.repeated, PASSPHRASE)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: startup.recovery is not None, timeout=120_000)
    dialog = startup.recovery
    assert dialog is not None
    database = region_context.data_dir / DATABASE_FILE
    assert is_encrypted_file(database) and startup.window is None  # no window on the closed engine
    assert _sheet_shows(dialog, tmp_path / "kunci.pdf")
    with qtbot.waitSignal(startup.restart_requested, timeout=5_000):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert context.app.extras[RESTART_REQUESTED] is True
    reopened = open_context(region_context.data_dir, secret=dialog.recovery_key)
    try:
        office = get_office(reopened.session_factory)
        assert office is not None and office.name == demo_office_settings().name
    finally:
        reopened.dispose()
        file_cipher.use_database_key(reopened.files_dir, None)
    context.runner.drain()


def test_without_choosing_encryption_the_wizard_opens_the_window(region_context: AppContext, qtbot: QtBot) -> None:
    context = make_window_context(region_context)
    startup = Startup(context)
    startup.start()
    qtbot.waitUntil(lambda: startup.wizard is not None, timeout=60_000)
    wizard = startup.wizard
    assert wizard is not None
    wizard.load(demo_office_settings())
    with qtbot.waitSignal(startup.window_shown, timeout=60_000):
        while wizard.currentPage() is not wizard.encryption_page:
            wizard.next()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not is_encrypted_file(region_context.data_dir / DATABASE_FILE)
    assert startup.window is not None
    startup.window.close()
    context.runner.drain()
