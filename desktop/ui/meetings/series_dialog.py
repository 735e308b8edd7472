"""A dialog creating a meeting series (``Minlok Kecamatan Cibadak``)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services.meetings.codes import LEVELS, MEETING_TYPES
from desktop.services.meetings.records import SeriesData
from desktop.ui.meetings.region_combo import RegionCombo
from desktop.ui.widgets.window_fit import fit_title


class SeriesDialog(QDialog):
    """Name, meeting type, level and region of a new series; validation problems appear in a label.

    Args:
        regions: (code, label) choices.
        parent: owner.
    """

    def __init__(self, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Seri rapat baru"))
        fit_title(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("series_name")
        self.name.setPlaceholderText(self.tr("mis. Minlok Kecamatan Cibadak"))
        self.meeting_type = QComboBox(self)
        self.meeting_type.setObjectName("series_type")
        for code, label in MEETING_TYPES.items():
            self.meeting_type.addItem(self.tr(label), code)
        self.level = QComboBox(self)
        self.level.setObjectName("series_level")
        for code, label in LEVELS.items():
            self.level.addItem(self.tr(label), code)
        self.region = RegionCombo(regions, parent=self)
        self.region.setObjectName("series_region")
        self.problems = QLabel(self)
        self.problems.setObjectName("series_problems")
        self.problems.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Nama seri"), self.name)
        form.addRow(self.tr("Jenis rapat"), self.meeting_type)
        form.addRow(self.tr("Tingkat"), self.level)
        form.addRow(self.tr("Wilayah"), self.region)
        form.addRow(self.problems)
        form.addRow(self.buttons)
        self.buttons.rejected.connect(self.reject)

    def collect(self) -> SeriesData:
        """The series as entered."""
        return SeriesData(
            name=self.name.text(),
            meeting_type=str(self.meeting_type.currentData()),
            level=str(self.level.currentData()),
            region_code=self.region.code(),
        )
