"""The interface language on the Settings page: a preference of this computer, not of the office."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.domain.i18n import LANGUAGES, _
from desktop.preferences import save_language, saved_language


class LanguageSection(QWidget):
    """Chooses the language of the interface, kept in ``preferences.ini`` of the data folder.

    The language is set once at start (every text is built in it), so a new choice applies when Konvergensi is
    opened again. Documents and reports are not affected.

    Args:
        data_dir: the data folder holding ``preferences.ini``.
        parent: owner.
    """

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.language = QComboBox(self)
        self.language.setObjectName("interface_language")
        self.language.setMaximumWidth(320)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own name, readable whatever is chosen
        hint = QLabel(_("Berlaku saat Konvergensi dibuka lagi."), self)
        hint.setObjectName("interface_language_hint")
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(_("Bahasa:"), self.language)
        form.addRow("", hint)

    def load(self) -> None:
        """Shows the saved choice."""
        self.language.setCurrentIndex(max(self.language.findData(saved_language(self.data_dir)), 0))

    def chosen(self) -> str:
        """The code of the chosen language."""
        return str(self.language.currentData())

    def is_changed(self) -> bool:
        """True when the choice differs from the saved one."""
        return self.chosen() != saved_language(self.data_dir)

    def store(self) -> None:
        """Saves the choice.

        Raises:
            OSError: ``preferences.ini`` cannot be written.
        """
        save_language(self.data_dir, self.chosen())
