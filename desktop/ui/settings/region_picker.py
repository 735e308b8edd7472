"""A line edit that finds a kabupaten/kota by typing part of its name."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.domain.i18n import _
from desktop.services.regions import RegionInfo


class RegionPicker(QLineEdit):
    """Chooses a region of one level from a completer that matches anywhere in the name, case-insensitive.

    Args:
        regions: the regions offered (e.g. the 514 kabupaten/kota).
        parent: owner.

    Signals:
        region_changed(str): the chosen code, or ``""`` when the text matches no region.
    """

    region_changed = Signal(str)

    def __init__(self, regions: list[RegionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_label = {self.label(region): region for region in regions}
        self._code = ""
        completer = QCompleter(sorted(self._by_label), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setPlaceholderText(_("Ketik nama kabupaten/kota, mis. Lebak"))
        self.setClearButtonEnabled(True)
        completer.activated.connect(self._on_completer_activated)
        self.textChanged.connect(self._on_text_changed)

    @staticmethod
    def label(region: RegionInfo) -> str:
        """The text shown for a region: ``Kabupaten Lebak — Banten (36.02)``."""
        parent = region.path.split(", ", 1)[1] if ", " in region.path else ""
        return f"{region.name} — {parent} ({region.code})" if parent else f"{region.name} ({region.code})"

    @property
    def model_size(self) -> int:
        """Number of regions offered."""
        model = self.completer().model()
        return model.rowCount() if isinstance(model, QStringListModel) else len(self._by_label)

    def code(self) -> str:
        """The chosen region's code, or ``""``."""
        return self._code

    def set_code(self, code: str) -> None:
        """Shows the region with this code (or clears the field)."""
        for label, region in self._by_label.items():
            if region.code == code:
                self.setText(label)
                return
        self.clear()

    def _on_completer_activated(self, label: str) -> None:
        self.setText(label)

    def _on_text_changed(self, text: str) -> None:
        region = self._by_label.get(text)
        code = region.code if region is not None else ""
        if code != self._code:
            self._code = code
            self.region_changed.emit(code)
