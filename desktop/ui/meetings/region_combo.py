"""A combo box choosing a kabupaten, kecamatan or desa by typing part of its name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.domain.i18n import _


class RegionCombo(QComboBox):
    """Editable combo of (code, label) choices; matching anywhere in the label, case-insensitive.

    Args:
        choices: (code, label) pairs.
        optional: offer an empty first entry (code ``""``).
        empty_label: the text of that entry: ``(tanpa wilayah)`` (default) where it means "no region", e.g.
            ``(semua wilayah)`` where it means "do not filter by region".
        parent: owner.
    """

    def __init__(
        self,
        choices: list[tuple[str, str]],
        *,
        optional: bool = False,
        empty_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if optional:
            self.addItem(empty_label or _("(tanpa wilayah)"), "")
        for code, label in choices:
            self.addItem(label, code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def code(self) -> str:
        """The chosen region code, or ``""`` when the text matches no choice."""
        position = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(position) or "") if position >= 0 else ""

    def set_code(self, code: str | None) -> None:
        """Shows the choice with this code (the first entry when unknown)."""
        position = self.findData(code or "")
        self.setCurrentIndex(max(position, 0))
