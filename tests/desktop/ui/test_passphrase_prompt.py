"""The passphrase asked at start for an encrypted database: real dialog, real SQLCipher file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from db.engine import engine_key
from desktop.context import AppContext
from desktop.services.encryption import PASSPHRASE_ENV, encrypt_database
from desktop.ui.passphrase_prompt import ask_passphrase, open_with_passphrase

PASSPHRASE = "rahasia kantor lebak"


def test_a_wrong_passphrase_is_asked_again_then_the_right_one_opens(
    office_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    encrypt_database(office_context.engine, office_context.data_dir, PASSPHRASE)
    answers = ["salah sekali", PASSPHRASE]
    asked: list[str] = []

    def user(message: str) -> str | None:
        asked.append(message)
        return answers.pop(0)

    context = open_with_passphrase(office_context.data_dir, None, user)
    assert context is not None and engine_key(context.engine) is not None
    context.dispose()
    assert asked == ["Database ini terenkripsi.", "Frasa sandi database salah."]
    assert open_with_passphrase(office_context.data_dir, None, lambda _message: None) is None
    assert open_with_passphrase(office_context.data_dir, None, lambda _message: "salah lagi") is None


def test_a_plain_database_opens_without_a_question(office_context: AppContext) -> None:
    def never(message: str) -> str | None:
        raise AssertionError(message)

    context = open_with_passphrase(office_context.data_dir, None, never)
    assert context is not None and engine_key(context.engine) is None
    context.dispose()


def test_the_dialog_masks_what_is_typed(qtbot: QtBot) -> None:
    seen: list[QLineEdit.EchoMode] = []

    def type_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.textEchoMode())
        dialog.setTextValue(PASSPHRASE)
        dialog.accept()

    QTimer.singleShot(50, type_it)
    assert ask_passphrase("Database ini terenkripsi.") == PASSPHRASE
    assert seen == [QLineEdit.EchoMode.Password]
