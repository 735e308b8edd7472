"""Input of one measurement and a live panel of its z-scores, categories and flags (flags in red)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.domain.cases.records import MeasurementInput
from desktop.domain.cases.zscore import Method, ZScores
from desktop.domain.i18n import _
from desktop.ui.cases.cases_table_model import z_text
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.field_errors import FieldErrors

FLAG_STYLE = "color: #b00020; font-weight: bold;"


def date_edit(initial: date | None = None) -> DateField:
    """A date field (typed or picked from the calendar), showing ``initial`` or today."""
    return DateField(value=initial or date.today())


class MeasurementForm(QWidget):
    """Date, length/height, method, weight and measurer of one measurement.

    Args:
        parent: owner.
        with_measurer: whether the measurer's name is asked.
        general: the label for problems of no field of this form (see :class:`FieldErrors`).

    Attributes:
        errors: the fields' errors, keyed as :class:`MeasurementInput` names them (``measured_on``...).

    Signals:
        changed(): any input changed.
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, with_measurer: bool = True, general: QLabel | None = None
    ) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.errors = FieldErrors(self, general=general)
        self.measured_on = date_edit()
        self.height_cm = QDoubleSpinBox()
        self.height_cm.setRange(0.0, 250.0)
        self.height_cm.setDecimals(1)
        self.height_cm.setSuffix(" cm")
        self.method = QComboBox()
        self.method.addItem(_("Terlentang (panjang badan, PB)"), Method.LYING.value)
        self.method.addItem(_("Berdiri (tinggi badan, TB)"), Method.STANDING.value)
        self.weight_kg = QDoubleSpinBox()
        self.weight_kg.setRange(0.0, 100.0)
        self.weight_kg.setDecimals(1)
        self.weight_kg.setSuffix(" kg")
        self.weight_kg.setSpecialValueText(_("tidak ditimbang"))
        self.measurer = QLineEdit()
        self.measurer.setPlaceholderText(_("mis. Bidan Desi / Kader Posyandu Melati"))
        errors = self.errors
        self.layout_.addRow(_("Tanggal ukur"), errors.field_row("measured_on", self.measured_on))
        self.layout_.addRow(_("Panjang/tinggi badan"), errors.field_row("height_cm", self.height_cm))
        self.layout_.addRow(_("Cara ukur"), errors.field_row("method", self.method))
        self.layout_.addRow(_("Berat badan"), errors.field_row("weight_kg", self.weight_kg))
        if with_measurer:
            self.layout_.addRow(_("Petugas ukur"), errors.field_row("measurer", self.measurer))
        else:
            self.measurer.hide()
        for signal in (
            self.measured_on.dateChanged,
            self.height_cm.valueChanged,
            self.method.currentIndexChanged,
            self.weight_kg.valueChanged,
        ):
            signal.connect(self.changed)

    def value(self) -> MeasurementInput | None:
        """The entered measurement (weight None when 0 = not weighed); None while the date is not valid."""
        measured_on = self.measured_on.value()
        if measured_on is None:
            return None
        weight = self.weight_kg.value()
        return MeasurementInput(
            measured_on=measured_on,
            height_cm=round(self.height_cm.value(), 1),
            method=Method(self.method.currentData()),
            weight_kg=round(weight, 1) if weight > 0 else None,
            measurer=self.measurer.text().strip(),
        )

    def checked_value(self) -> MeasurementInput | None:
        """The entered measurement, or None after showing why the date is refused (next to the field)."""
        if not self.measured_on.commit():
            self.errors.set_error("measured_on", self.measured_on.problem())
            return None
        return self.value()


class ZScorePanel(QWidget):
    """Shows age, TB/U, BB/U and BB/TB with categories, and the flags highlighted in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.age = QLabel("-")
        self.haz = QLabel("-")
        self.waz = QLabel("-")
        self.whz = QLabel("-")
        self.flags = QLabel("")
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet(FLAG_STYLE)
        layout.addRow(_("Umur"), self.age)
        layout.addRow(_("TB/U (PB/U)"), self.haz)
        layout.addRow(_("BB/U"), self.waz)
        layout.addRow(_("BB/TB (BB/PB)"), self.whz)
        layout.addRow(self.flags)

    def show_result(self, result: ZScores | None) -> None:
        """Shows a result, or clears the panel for None."""
        if result is None:
            for label in (self.age, self.haz, self.waz, self.whz):
                label.setText("-")
            self.flags.setText("")
            return
        if result.age_days is None:
            self.age.setText("-")
        else:
            self.age.setText(_("{months} bulan ({days} hari)").format(months=result.age_months, days=result.age_days))
        self.haz.setText(z_text(result.haz, result.haz_category))
        self.haz.setStyleSheet("font-weight: bold;" + (" color: #b00020;" if result.stunted else ""))
        self.waz.setText(z_text(result.waz, result.waz_category))
        self.whz.setText(z_text(result.whz, result.whz_category))
        self.flags.setText("\n".join("\u26a0 " + _(label) for label in result.flag_labels))
