"""Asks what a new meeting is before anything is created: its series (or type, outside a series) and date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.domain.i18n import _
from desktop.domain.meetings.codes import MeetingType
from desktop.domain.meetings.records import SeriesData
from desktop.ui.widgets.code_combo import add_codes
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.field_errors import FieldErrors
from desktop.ui.widgets.window_fit import fit_title


class NewMeetingDialog(QDialog):
    """Series (or "tanpa seri" with a meeting type) and date of a new meeting; Batal creates nothing.

    Args:
        series: the series to choose from.
        series_id: the series preselected (the one the page shows), or None.
        parent: owner.
    """

    def __init__(self, series: list[SeriesData], series_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Rapat baru"))
        fit_title(self)
        self._series = {item.id: item for item in series}
        self.series = QComboBox(self)
        self.series.setObjectName("new_meeting_series")
        self.series.addItem(_("(tanpa seri)"), None)
        for item in series:
            self.series.addItem(item.name, item.id)
        self.meeting_type = QComboBox(self)
        self.meeting_type.setObjectName("new_meeting_type")
        add_codes(self.meeting_type, MeetingType)
        self.meeting_date = DateField(self, value=date.today())
        self.meeting_date.setObjectName("new_meeting_date")
        self.errors = FieldErrors(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Buat rapat"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Batal"))
        form = QFormLayout(self)
        form.addRow(QLabel(_("Rapat baru dibuat setelah Anda memilih seri dan tanggalnya."), self))
        form.addRow(_("Seri"), self.series)
        form.addRow(_("Jenis rapat"), self.meeting_type)
        form.addRow(_("Tanggal"), self.errors.field_row("meeting_date", self.meeting_date))
        form.addRow(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.series.currentIndexChanged.connect(lambda _i: self._follow_series())
        self.series.setCurrentIndex(max(self.series.findData(series_id), 0) if series_id is not None else 0)
        self._follow_series()

    def _follow_series(self) -> None:
        """A series fixes the type; outside a series the user picks it."""
        chosen = self._series.get(self.series.currentData())
        if chosen is not None:
            self.meeting_type.setCurrentIndex(max(self.meeting_type.findData(chosen.meeting_type), 0))
        else:
            self.meeting_type.setCurrentIndex(max(self.meeting_type.findData("LAINNYA"), 0))
        self.meeting_type.setEnabled(chosen is None)

    def series_id(self) -> int | None:
        """The series chosen (None: a meeting outside any series)."""
        value = self.series.currentData()
        return int(value) if value is not None else None

    def chosen_type(self) -> str:
        """The meeting type (the series' own when a series is chosen)."""
        return str(self.meeting_type.currentData())

    def chosen_date(self) -> date | None:
        """The meeting date; None (and why, under the field) when the typed date is not valid."""
        if not self.meeting_date.commit():
            self.errors.set_error("meeting_date", self.meeting_date.problem())
            return None
        return self.meeting_date.value()
