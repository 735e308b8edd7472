"""The z-score calculator for one child, used at the posyandu desk: nothing is stored."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.cases.zscore import Sex, ZScores, compute_zscores
from desktop.domain.i18n import _
from desktop.ui.cases.measurement_form import MeasurementForm, ZScorePanel, date_edit
from desktop.ui.widgets.window_fit import fit_title


class ZScoreDialog(QDialog):
    """Sex, birth date and a measurement in; TB/U, BB/U, BB/TB, Permenkes categories and flags out, live."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Kalkulator Z-Score (standar WHO, Permenkes 2/2020)"))
        fit_title(self)
        layout = QVBoxLayout(self)
        child = QFormLayout()
        self.sex = QComboBox()
        self.sex.addItem(_("Laki-laki"), Sex.L.value)
        self.sex.addItem(_("Perempuan"), Sex.P.value)
        self.birth = date_edit(date(date.today().year - 1, date.today().month, 1))
        child.addRow(_("Jenis kelamin"), self.sex)
        self.form = MeasurementForm(self, with_measurer=False)
        child.addRow(_("Tanggal lahir"), self.form.errors.field_row("birth_date", self.birth))
        layout.addLayout(child)
        layout.addWidget(self.form)
        self.message = QLabel("")
        self.message.setObjectName("validationMessage")
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        self.panel = ZScorePanel(self)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sex.currentIndexChanged.connect(self.recompute)
        self.birth.dateChanged.connect(self.recompute)
        self.form.changed.connect(self.recompute)
        self.zscores: ZScores | None = None
        self.recompute()

    def recompute(self) -> None:
        """Recomputes from the inputs; problems go to the message label."""
        value = self.form.value()
        birth = self.birth.value()
        if value is None or birth is None:
            self.zscores = None  # the date's problem is shown under it once the user leaves it
            self.message.setText("")
        elif value.height_cm <= 0:
            self.zscores = None
            self.message.setText(_("Isi panjang/tinggi badan."))
        else:
            self.zscores = compute_zscores(
                Sex(self.sex.currentData()),
                birth,
                value.measured_on,
                value.height_cm,
                value.method,
                value.weight_kg,
            )
            self.message.setText("")
        self.panel.show_result(self.zscores)
