"""A dialog creating a meeting series (``Minlok Kecamatan Cibadak``)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.domain.i18n import _
from desktop.domain.meetings.codes import TYPE_LEVELS, MeetingLevel, MeetingType, region_level
from desktop.domain.meetings.records import SeriesData
from desktop.ui.meetings.region_combo import RegionCombo
from desktop.ui.widgets.code_combo import add_codes
from desktop.ui.widgets.field_errors import FieldErrors, error_label
from desktop.ui.widgets.window_fit import fit_title


def follow_type(type_combo: QComboBox, level_combo: QComboBox) -> None:
    """Sets the level a meeting type implies (Minlok → kecamatan, Rakor TPPS Kabupaten → kabupaten)."""
    level = TYPE_LEVELS.get(str(type_combo.currentData()))
    if level is not None:
        level_combo.setCurrentIndex(max(level_combo.findData(level.value), 0))


class SeriesDialog(QDialog):
    """Name, meeting type, level and region of a new series; validation problems appear under their fields.

    The level follows the type, and the region follows the level: the office's kabupaten for a kabupaten
    series, otherwise the user picks the kecamatan or desa (no region of the wrong level is preselected).

    Args:
        regions: (code, label) choices.
        parent: owner.
        office_region: the office's kabupaten, preselected for kabupaten series.
        letterheads: (id, label) of the issuer letterheads the series may print with; the first choice is always
            the office's own kop.
    """

    def __init__(
        self,
        regions: list[tuple[str, str]],
        parent: QWidget | None = None,
        office_region: str = "",
        letterheads: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Seri rapat baru"))
        fit_title(self)
        self.office_region = office_region
        self.name = QLineEdit(self)
        self.name.setObjectName("series_name")
        self.name.setPlaceholderText(_("mis. Minlok Kecamatan Cibadak"))
        self.meeting_type = QComboBox(self)
        self.meeting_type.setObjectName("series_type")
        add_codes(self.meeting_type, MeetingType)
        self.level = QComboBox(self)
        self.level.setObjectName("series_level")
        add_codes(self.level, MeetingLevel)
        self.region = RegionCombo(regions, parent=self)
        self.region.setObjectName("series_region")
        line = self.region.lineEdit()
        if line is not None:
            line.setPlaceholderText(_("ketik nama kecamatan/desa…"))
        self.letterhead = QComboBox(self)
        self.letterhead.setObjectName("series_letterhead")
        self.letterhead.addItem(_("Kop kantor sendiri"), None)
        for letterhead_id, label in letterheads or []:
            self.letterhead.addItem(label, letterhead_id)
        general = error_label(self, "series_problems")
        # Each problem is shown under its field; problems.text() lists every problem shown.
        self.problems = FieldErrors(self, general=general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Buat seri"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Batal"))
        errors = self.problems
        form = QFormLayout(self)
        form.addRow(_("Nama seri"), errors.field_row("name", self.name))
        form.addRow(_("Jenis rapat"), errors.field_row("meeting_type", self.meeting_type))
        form.addRow(_("Tingkat"), errors.field_row("level", self.level))
        form.addRow(_("Wilayah"), errors.field_row("region_code", self.region))
        form.addRow(_("Kop surat"), errors.field_row("letterhead_id", self.letterhead))
        form.addRow(general)
        form.addRow(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.meeting_type.currentIndexChanged.connect(lambda _i: follow_type(self.meeting_type, self.level))
        self.level.currentIndexChanged.connect(lambda _i: self._follow_level())
        follow_type(self.meeting_type, self.level)
        self._follow_level()

    def _follow_level(self) -> None:
        """A region of the chosen level: the office's kabupaten, or an empty choice for kecamatan/desa."""
        level = str(self.level.currentData())
        if level == "kabupaten" and self.office_region:
            self.region.set_code(self.office_region)
        elif region_level(self.region.code()) != level:
            self.region.setCurrentIndex(-1)
            self.region.setEditText("")

    def show_problems(self, problems: dict[str, str]) -> None:
        """Shows the service's problems under their fields."""
        self.problems.show(problems)

    def collect(self) -> SeriesData:
        """The series as entered."""
        return SeriesData(
            name=self.name.text(),
            meeting_type=str(self.meeting_type.currentData()),
            level=str(self.level.currentData()),
            region_code=self.region.code(),
            letterhead_id=self.letterhead.currentData(),
        )
