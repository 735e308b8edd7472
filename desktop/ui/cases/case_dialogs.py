"""Dialogs on one case: record a re-measurement (with a live z-score preview) and change the status."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.cases.codes import CaseStatus
from desktop.domain.cases.records import CaseRow
from desktop.domain.cases.workflow import allowed_next
from desktop.domain.cases.zscore import Sex, compute_zscores
from desktop.domain.i18n import _
from desktop.domain.periods import PeriodKind, semester_period
from desktop.services.cases.case_info import CaseError
from desktop.services.cases.records import change_status, record_remeasurement
from desktop.services.exchange.periods import period_lock_at
from desktop.ui.cases.measurement_form import MeasurementForm, ZScorePanel, date_edit
from desktop.ui.widgets.code_combo import add_codes
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.field_errors import FieldErrors
from desktop.ui.widgets.period_banner import PeriodLockBanner
from desktop.ui.widgets.unsaved_mark import GuardedDialog, UnsavedMark
from desktop.ui.widgets.window_fit import fit_title


def _message_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("validationMessage")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _show_semester_lock(
    session_factory: sessionmaker[Session], banner: PeriodLockBanner, case: CaseRow, field: DateField
) -> None:
    """Shows the approval of the semester of the date typed (in the child's desa), before anything is saved."""
    day = field.value()
    period = semester_period(day) if day is not None else None
    banner.show_lock(
        period_lock_at(session_factory, PeriodKind.CASES, period, case.desa_code) if period is not None else None
    )


class RemeasureDialog(GuardedDialog):
    """Records a verification re-measurement of one child; the case becomes *Diukur ulang*."""

    def __init__(self, session_factory: sessionmaker[Session], case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.case = case
        self.setWindowTitle(_("Ukur Ulang: {name}").format(name=case.name))
        fit_title(self)
        layout = QVBoxLayout(self)
        self.lock_banner = PeriodLockBanner(self)
        layout.addWidget(self.lock_banner)
        layout.addWidget(
            QLabel(
                _("{name}, lahir {birth}, {desa}").format(
                    name=case.name, birth=case.birth_date.strftime("%d-%m-%Y"), desa=case.desa_name
                )
            )
        )
        general = _message_label()
        self.form = MeasurementForm(self, general=general)
        # Every problem is shown next to its field (or under the form); message.text() lists them all.
        self.errors: FieldErrors = self.form.errors
        self.message = self.errors
        if case.latest is not None:
            self.form.height_cm.setValue(case.latest.height_cm)
            self.form.method.setCurrentIndex(max(self.form.method.findData(case.latest.method), 0))
            self.form.weight_kg.setValue(case.latest.weight_kg or 0.0)
        layout.addWidget(self.form)
        self.note = QLineEdit()
        self.note.setPlaceholderText(_("catatan (opsional)"))
        layout.addWidget(self.note)
        self.panel = ZScorePanel(self)
        layout.addWidget(self.panel)
        layout.addWidget(general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self.preview)
        self.form.measured_on.dateChanged.connect(self._check_lock)
        self.preview()
        self._check_lock()
        form = self.form
        self.tracker.watch(form.measured_on, form.height_cm, form.method, form.weight_kg, form.measurer, self.note)
        layout.insertWidget(layout.count() - 1, UnsavedMark(self.tracker, None, self))

    def _check_lock(self) -> None:
        _show_semester_lock(self.session_factory, self.lock_banner, self.case, self.form.measured_on)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self.lock_banner.locked)

    def preview(self) -> None:
        """Shows the z-scores of what is entered so far."""
        value = self.form.value()
        if value is None or value.height_cm <= 0:
            self.panel.show_result(None)
            return
        self.panel.show_result(
            compute_zscores(
                Sex(self.case.sex),
                self.case.birth_date,
                value.measured_on,
                value.height_cm,
                value.method,
                value.weight_kg,
            )
        )

    def save(self) -> bool:
        """Stores the re-measurement; problems are shown next to their fields. Returns True when saved."""
        value = self.form.checked_value()
        if value is None or self.lock_banner.locked:
            return False
        try:
            record_remeasurement(self.session_factory, self.case.id, value, note=self.note.text())
        except CaseError as error:
            self.errors.show(error.problems or {"": str(error)})
            return False
        self.tracker.mark_clean()
        self.accept()
        return True


class StatusDialog(GuardedDialog):
    """Changes a case's verification status to one the workflow allows.

    Nothing is preselected (the harmless default): Simpan stays disabled until a new status is chosen.
    """

    def __init__(self, session_factory: sessionmaker[Session], case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.case = case
        self.setWindowTitle(_("Ubah Status: {name}").format(name=case.name))
        fit_title(self)
        layout = QVBoxLayout(self)
        self.lock_banner = PeriodLockBanner(self)
        layout.addWidget(self.lock_banner)
        form = QFormLayout()
        form.addRow(_("Status sekarang"), QLabel(_(case.status_label)))
        self.status = QComboBox()
        add_codes(self.status, allowed_next(case.status))
        self.status.setPlaceholderText(_("— pilih status baru —"))
        self.status.setCurrentIndex(-1)  # no preselection: "Data tidak valid" must be a choice, not a default
        self.on = date_edit(date.today())
        self.note = QLineEdit()
        self.message = _message_label()
        self.errors = FieldErrors(self, general=self.message)
        form.addRow(_("Status baru"), self.status)
        form.addRow(_("Tanggal"), self.errors.field_row("on", self.on))
        form.addRow(_("Catatan"), self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(UnsavedMark(self.tracker, None, self))
        layout.addWidget(self.buttons)
        self.tracker.watch(self.status, self.on, self.note)
        self.status.currentIndexChanged.connect(self._update_save)
        self.on.dateChanged.connect(self._update_save)
        self._update_save()
        if self.status.count() == 0:
            self.message.setText(_("Status ini final; tidak dapat diubah lagi."))

    def _update_save(self) -> None:
        _show_semester_lock(self.session_factory, self.lock_banner, self.case, self.on)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.status.currentIndex() >= 0 and not self.lock_banner.locked)

    def save(self) -> bool:
        """Applies the change; a refusal (e.g. no re-measurement yet) is shown in the message label."""
        status = self.status.currentData()
        if self.lock_banner.locked:
            return False
        if status is None:
            self.message.setText(_("Pilih status baru."))
            return False
        on = self.on.value()
        if not self.on.commit() or on is None:
            self.errors.set_error("on", self.on.problem())
            return False
        try:
            change_status(self.session_factory, self.case.id, CaseStatus(status), note=self.note.text(), on=on)
        except CaseError as error:
            self.errors.show(error.problems or {"": str(error)})
            return False
        self.tracker.mark_clean()
        self.accept()
        return True
