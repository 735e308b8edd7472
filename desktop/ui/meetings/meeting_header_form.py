"""The header of a meeting: what, when, where, who chairs and who takes the minutes."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import _
from desktop.domain.meetings.codes import TIME_ZONES, MeetingLevel, MeetingType
from desktop.domain.meetings.records import MeetingData, MeetingValidationError, Signer
from desktop.ui.meetings.region_combo import RegionCombo
from desktop.ui.meetings.series_dialog import follow_type
from desktop.ui.widgets.code_combo import add_codes
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.field_errors import FieldErrors, error_label
from desktop.ui.widgets.time_field import TimeField

LOCKED_STYLE = 'QLineEdit[locked="true"], QPlainTextEdit[locked="true"] { background-color: palette(window); }'
"""Style sheet making locked text fields look like the disabled ones (set once on the editor)."""


def set_text_locked(widget: QLineEdit | QPlainTextEdit, locked: bool) -> None:
    """Makes a text field read-only (text stays selectable) and greys it like a disabled field (see LOCKED_STYLE)."""
    widget.setReadOnly(locked)
    if bool(widget.property("locked")) != locked:
        widget.setProperty("locked", locked)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class SignerBox(QGroupBox):
    """Name, jabatan, pangkat and NIP of a signatory.

    Args:
        title: the group title.
        prefix: object-name prefix of the fields (``chair``, ``secretary``), also the problem key of the name
            (``chair``) and, with ``_nip``, of the NIP (``chair_nip``).
        errors: the form's field errors, where the box registers its fields.
        parent: owner.
    """

    def __init__(self, title: str, prefix: str, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name = QLineEdit(self)
        self.name.setObjectName(f"{prefix}_name")
        self.position = QLineEdit(self)
        self.position.setObjectName(f"{prefix}_position")
        self.rank = QLineEdit(self)
        self.rank.setPlaceholderText(_("mis. Pembina (IV/a); kosong bila bukan PNS"))
        self.nip = QLineEdit(self)
        self.nip.setObjectName(f"{prefix}_nip")
        self.nip.setPlaceholderText(_("18 angka; kosong bila bukan PNS"))
        form = QFormLayout(self)
        form.addRow(_("Nama"), errors.field_row(prefix, self.name))  # "chair": name missing
        form.addRow(_("Jabatan"), self.position)
        form.addRow(_("Pangkat/gol."), self.rank)
        form.addRow(_("NIP"), errors.field_row(f"{prefix}_nip", self.nip))

    def load(self, signer: Signer) -> None:
        """Shows a signer."""
        self.name.setText(signer.name)
        self.position.setText(signer.position)
        self.rank.setText(signer.rank)
        self.nip.setText(signer.nip)

    def collect(self) -> Signer:
        """The edited signer."""
        return Signer(self.name.text(), self.position.text(), self.rank.text(), self.nip.text())


class MeetingHeaderForm(QWidget):
    """Edits a :class:`MeetingData` (except its series, chosen on the page).

    Args:
        regions: (code, label) choices for the meeting's region.
        parent: owner.
    """

    def __init__(self, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = MeetingData()
        self.title = QLineEdit(self)
        self.title.setObjectName("meeting_title")
        self.meeting_type = QComboBox(self)
        self.meeting_type.setObjectName("meeting_type")
        add_codes(self.meeting_type, MeetingType)
        self.level = QComboBox(self)
        add_codes(self.level, MeetingLevel)
        self.meeting_type.currentIndexChanged.connect(lambda _i: follow_type(self.meeting_type, self.level))
        self.region = RegionCombo(regions, parent=self)
        self.region.setObjectName("meeting_region")
        self.number = QLineEdit(self)
        self.number.setObjectName("meeting_number")
        self.meeting_date = DateField(self, value=date.today())
        self.meeting_date.setObjectName("meeting_date")
        self.start_time = TimeField(self)
        self.start_time.setObjectName("meeting_start_time")
        self.end_time = TimeField(self)
        self.end_time.setObjectName("meeting_end_time")
        self.has_end = QCheckBox(_("selesai pukul"), self)
        self.has_end.toggled.connect(self.end_time.setEnabled)
        self.time_zone = QComboBox(self)
        self.time_zone.addItems(list(TIME_ZONES))
        self.place = QLineEdit(self)
        self.place.setObjectName("meeting_place")
        self.online_link = QLineEdit(self)
        self.online_link.setPlaceholderText(_("tautan Zoom/Meet bila hybrid"))
        self.opening = QPlainTextEdit(self)
        self.opening.setObjectName("meeting_opening")
        self.opening.setPlaceholderText(_("Kata pembukaan (boleh kosong)"))
        self.opening.setMaximumHeight(70)
        self.general_problems = error_label(self, "header_problems")
        # Each problem is shown under its field (the others under the form); problems.text() lists them all.
        self.problems = FieldErrors(self, general=self.general_problems)
        self.chair = SignerBox(_("Pimpinan rapat"), "chair", self.problems, self)
        self.secretary = SignerBox(_("Notulis"), "secretary", self.problems, self)
        self._layout()

    def _layout(self) -> None:
        times_row = QWidget(self)
        times = QHBoxLayout(times_row)
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.start_time)
        times.addWidget(self.has_end)
        times.addWidget(self.end_time)
        times.addWidget(self.time_zone)
        times.addStretch(1)
        errors = self.problems
        end_signals = [self.start_time.timeChanged, self.has_end.toggled, self.time_zone.currentIndexChanged]
        time_row = errors.field_row("end_time", self.end_time, shown=times_row, cleared_by=end_signals)
        errors.alias("time_zone", "end_time")  # the time row's one error line
        form = QFormLayout()
        form.addRow(_("Judul/acara"), errors.field_row("title", self.title))
        form.addRow(_("Jenis rapat"), errors.field_row("meeting_type", self.meeting_type))
        form.addRow(_("Tingkat"), errors.field_row("level", self.level))
        form.addRow(_("Wilayah"), errors.field_row("region_code", self.region))
        form.addRow(_("Nomor dokumen"), self.number)
        form.addRow(_("Tanggal"), errors.field_row("meeting_date", self.meeting_date))
        form.addRow(_("Waktu"), time_row)
        form.addRow(_("Tempat"), self.place)
        form.addRow(_("Tautan daring"), self.online_link)
        form.addRow(_("Pembukaan"), self.opening)
        signers = QGridLayout()
        signers.addWidget(self.chair, 0, 0)
        signers.addWidget(self.secretary, 0, 1)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addLayout(signers)
        column.addWidget(self.general_problems)
        column.addStretch(1)

    def load(self, data: MeetingData) -> None:
        """Shows a meeting header."""
        self._data = data
        self.title.setText(data.title)
        self.meeting_type.setCurrentIndex(max(self.meeting_type.findData(data.meeting_type), 0))
        self.level.setCurrentIndex(max(self.level.findData(data.level), 0))
        self.region.set_code(data.region_code)
        self.number.setText(data.number)
        self.meeting_date.set_value(data.meeting_date)
        start = data.start_time or time(9, 0)
        self.start_time.setTime(QTime(start.hour, start.minute))
        self.has_end.setChecked(data.end_time is not None)
        self.end_time.setEnabled(data.end_time is not None)
        end = data.end_time or time(12, 0)
        self.end_time.setTime(QTime(end.hour, end.minute))
        self.time_zone.setCurrentText(data.time_zone)
        self.place.setText(data.place)
        self.online_link.setText(data.online_link)
        self.opening.setPlainText(data.opening)
        self.chair.load(data.chair)
        self.secretary.load(data.secretary)
        self.show_problems({})

    def collect(self) -> MeetingData:
        """The edited header (id and series kept from the loaded one).

        Raises:
            MeetingValidationError: the date is not valid (the problem is shown under it).
        """
        meeting_date = self.meeting_date.value()
        if not self.meeting_date.commit() or meeting_date is None:
            problems = {"meeting_date": self.meeting_date.problem()}
            self.show_problems(problems)
            raise MeetingValidationError(problems)
        start = self.start_time.time()
        end = self.end_time.time()
        return MeetingData(
            id=self._data.id,
            series_id=self._data.series_id,
            title=self.title.text(),
            meeting_type=str(self.meeting_type.currentData()),
            level=str(self.level.currentData()),
            region_code=self.region.code(),
            number=self.number.text(),
            meeting_date=meeting_date,
            start_time=time(start.hour(), start.minute()),
            end_time=time(end.hour(), end.minute()) if self.has_end.isChecked() else None,
            time_zone=self.time_zone.currentText(),
            place=self.place.text(),
            online_link=self.online_link.text(),
            chair=self.chair.collect(),
            secretary=self.secretary.collect(),
            opening=self.opening.toPlainText(),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        """Shows validation problems under their fields (problems of no header field under the form)."""
        self.problems.show(problems)

    def set_read_only(self, locked: bool) -> None:
        """Locks every field (finalised minutes)."""
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                set_text_locked(widget, locked)
            elif isinstance(widget, QComboBox | QTimeEdit | QCheckBox):
                widget.setEnabled(not locked)
        if not locked:
            self.end_time.setEnabled(self.has_end.isChecked())
