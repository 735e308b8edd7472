"""Pengaturan → Database on real widgets: the current database, Uji koneksi, the move onto a server, the switch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desktop.preferences import (
    PREFERENCES_FILE,
    ServerConnection,
    save_server_connection,
    server_connection,
    server_password,
)
from desktop.services.key_store import SERVICE as KEY_SERVICE
from desktop.services.key_store import remember_key, remembered_key
from desktop.ui.passphrase_prompt import server_password_at_start, server_start_hint
from desktop.ui.settings.database_section import SWITCHED_FLAG, DatabaseSection
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers
from tests.keyring_double import MemoryKeyring, memory_keyring, no_keyring
from tests.postgres import fresh_server_database

__all__ = ["fresh_server_database", "memory_keyring", "no_keyring"]


def _section(context: WindowContext, qtbot: QtBot) -> DatabaseSection:
    section = DatabaseSection(context)  # its own window: "closing the window" to restart closes the section
    qtbot.addWidget(section)
    section.show()
    return section


def _enter(section: DatabaseSection, url: str) -> None:
    parsed = make_url(url)
    section.host.setText(parsed.host or "")
    section.port.setValue(parsed.port or 5432)
    section.database.setText(parsed.database or "")
    section.user.setText(parsed.username or "")
    section.password.setText(parsed.password or "")


def test_it_shows_the_sqlite_file_and_is_part_of_the_settings_page(
    window_context: WindowContext, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    page = SettingsPage(window_context)
    qtbot.addWidget(page)
    section = page.database
    assert "SQLite" in section.current.text() and "konvergensi.sqlite3" in section.current.text()
    assert section.move_button.isEnabled() and not section.local_button.isEnabled()
    assert "Credential Manager" in section.keyring_hint.text()


def test_without_a_keyring_the_hint_says_the_password_is_asked(
    window_context: WindowContext, qtbot: QtBot, no_keyring: None
) -> None:
    assert "ditanyakan" in _section(window_context, qtbot).keyring_hint.text()


def test_a_missing_server_name_is_said(window_context: WindowContext, qtbot: QtBot) -> None:
    section = _section(window_context, qtbot)
    section.test_button.click()
    assert section.status.text() == "Isi nama atau alamat server dulu."


def test_a_server_that_does_not_answer_is_one_sentence(window_context: WindowContext, qtbot: QtBot) -> None:
    section = _section(window_context, qtbot)
    _enter(section, "postgresql+psycopg://konvergensi:sandi@127.0.0.1:9/konvergensi")
    section.test_button.click()
    assert not section.test_button.isEnabled()  # busy: the connection is tried off the GUI thread
    qtbot.waitUntil(section.test_button.isEnabled, timeout=30_000)
    assert "tidak menjawab" in section.status.text() and "Traceback" not in section.status.text()


def test_a_server_that_does_not_answer_is_not_switched_to(window_context: WindowContext, qtbot: QtBot) -> None:
    section = _section(window_context, qtbot)
    _enter(section, "postgresql+psycopg://konvergensi:sandi@127.0.0.1:9/konvergensi")
    section.switch_button.click()
    qtbot.waitUntil(section.switch_button.isEnabled, timeout=30_000)
    assert "tidak menjawab" in section.status.text()
    assert server_connection(window_context.app.data_dir) is None  # the next start still opens SQLite


def test_switching_keeps_the_password_in_the_keyring_only(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers, memory_keyring: MemoryKeyring
) -> None:
    section = _section(window_context, qtbot)
    _enter(section, "postgresql+psycopg://tpps:Sandi-Kantor-77@server-kantor:5433/konvergensi_lebak")
    dialogs.answer("information_ok")
    with qtbot.waitSignal(section.switched):
        assert section.save_server(section.connection(active=True)) is True  # type: ignore[arg-type]
    data_dir = window_context.app.data_dir
    saved = server_connection(data_dir)
    assert (
        saved is not None and saved.active and (saved.host, saved.port, saved.user) == ("server-kantor", 5433, "tpps")
    )
    assert server_password(saved) == "Sandi-Kantor-77"
    assert b"Sandi-Kantor-77" not in (data_dir / PREFERENCES_FILE).read_bytes()
    assert window_context.app.extras[SWITCHED_FLAG] is True
    assert "Konvergensi ditutup" in dialogs.asked[-1][1]
    again = _section(window_context, qtbot)
    assert again.host.text() == "server-kantor" and again.password.text() == "Sandi-Kantor-77"
    assert again.local_button.isEnabled()
    dialogs.answer("information_ok")
    again.local_button.click()
    back = server_connection(data_dir)
    assert back is not None and not back.active


@pytest.mark.usefixtures("memory_keyring")
def test_test_then_move_onto_an_empty_server(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers, fresh_server_database: str
) -> None:
    section = _section(window_context, qtbot)
    _enter(section, fresh_server_database)
    with qtbot.waitSignal(section.checked, timeout=60_000) as checked:
        section.test_button.click()
    assert checked.args[0].empty and "Database kosong" in section.status.text()
    dialogs.answer("confirm_yes", "confirm_no")  # move; then do not switch yet
    with qtbot.waitSignal(section.moved, timeout=300_000) as moved:
        section.move_button.click()
    result = moved.args[0]
    assert result.before == result.after and result.after["region"] > 0
    assert "jumlah per tabel sama" in section.status.text() and "region:" in section.status.text()
    assert server_connection(window_context.app.data_dir) is None  # not switched
    with qtbot.waitSignal(section.checked, timeout=60_000) as checked:
        section.test_button.click()
    assert not checked.args[0].empty and "sudah berisi data" in section.status.text()
    dialogs.answer("information_ok")
    with qtbot.waitSignal(section.switched, timeout=60_000):
        section.switch_button.click()  # checked again in the background, then saved
    saved = server_connection(window_context.app.data_dir)
    assert saved is not None and saved.active and saved.database == make_url(fresh_server_database).database


def test_the_server_password_is_asked_at_start_only_without_a_keyring(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("KONVERGENSI_DATABASE_URL", raising=False)
    questions: list[str] = []

    def answer(text: str | None) -> Callable[[str], str | None]:
        def ask(message: str) -> str | None:
            questions.append(message)
            return text

        return ask

    assert server_password_at_start(tmp_path, None, answer("x")) == (True, None)  # SQLite: nothing asked
    save_server_connection(tmp_path, ServerConnection(host="server-kantor", user="tpps", active=True))
    assert server_password_at_start(tmp_path, None, answer("Sandi-77")) == (True, "Sandi-77")
    assert "tpps" in questions[-1] and "server-kantor" in questions[-1]
    assert server_password_at_start(tmp_path, None, answer(None)) == (False, None)  # cancelled: no start
    assert server_password_at_start(tmp_path, "sqlite:///x.sqlite3", answer("x")) == (True, None)
    monkeypatch.setenv("PGPASSWORD", "dari-lingkungan")  # libpq reads it itself
    assert server_password_at_start(tmp_path, None, answer("x")) == (True, None)
    assert len(questions) == 2
    assert "[server]" in server_start_hint(tmp_path, None) and PREFERENCES_FILE in server_start_hint(tmp_path, None)
    assert server_start_hint(tmp_path, "sqlite:///x.sqlite3") == ""


def test_a_remembered_database_key_is_forgotten_after_asking(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers, memory_keyring: MemoryKeyring
) -> None:
    """ "Lupakan kunci database": the same service as ``db key forget``; Batal keeps the key."""
    data_dir = window_context.app.data_dir
    remember_key(data_dir, bytes(range(32)))
    section = _section(window_context, qtbot)
    assert section.forget_key_button.isEnabled() and "diingat di komputer ini" in section.key_state.text()
    dialogs.answer("confirm_no")
    qtbot.mouseClick(section.forget_key_button, Qt.MouseButton.LeftButton)
    assert remembered_key(data_dir) == bytes(range(32))  # Batal: nothing removed
    dialogs.answer("confirm_yes")
    qtbot.mouseClick(section.forget_key_button, Qt.MouseButton.LeftButton)
    assert "frasa sandi atau kunci pemulihan ditanyakan lagi" in dialogs.asked[-1][1]
    assert remembered_key(data_dir) is None and memory_keyring.passwords == {}
    assert section.status.text() == "Kunci database dihapus dari komputer ini."
    assert not section.forget_key_button.isEnabled() and "tidak diingat" in section.key_state.text()


def test_without_a_remembered_key_the_forget_button_is_off(
    window_context: WindowContext, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.passwords[(KEY_SERVICE, "another folder")] = "00" * 32
    section = _section(window_context, qtbot)
    assert not section.forget_key_button.isEnabled() and "tidak diingat" in section.key_state.text()


class _RefusingKeyring(MemoryKeyring):
    """Holds the key but refuses to remove it (a locked credential store)."""

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("terkunci")


def test_a_store_that_refuses_to_forget_is_said_in_the_status_line(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers, memory_keyring: MemoryKeyring
) -> None:
    refusing = _RefusingKeyring()
    keyring.set_keyring(refusing)  # memory_keyring's teardown puts the previous backend back
    remember_key(window_context.app.data_dir, bytes(range(32)))
    section = _section(window_context, qtbot)
    dialogs.answer("confirm_yes")
    qtbot.mouseClick(section.forget_key_button, Qt.MouseButton.LeftButton)
    assert "menolak menghapus kunci database" in section.status.text()
    assert remembered_key(window_context.app.data_dir) == bytes(range(32)) and section.forget_key_button.isEnabled()
