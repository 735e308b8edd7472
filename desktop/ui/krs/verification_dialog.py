"""Recording a verification for one or several selected families."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.i18n import _
from desktop.domain.krs.codes import FLAGS
from desktop.services.exchange.periods import records_lock
from desktop.services.krs.verification_service import (
    VerificationError,
    VerificationInput,
    list_codes,
    record_verification,
)
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.field_errors import FieldErrors, error_label
from desktop.ui.widgets.period_banner import PeriodLockBanner
from desktop.ui.widgets.unsaved_mark import GuardedDialog, UnsavedMark
from desktop.ui.widgets.window_fit import fit_title


class VerificationDialog(GuardedDialog):
    """Form for a field visit; applies it to every given family in one transaction.

    With typed input, Esc, the close button and Batal ask Simpan / Buang / Batal first.

    Args:
        session_factory: the session factory.
        family_ids: the selected families.
    """

    saved = Signal(int)

    def __init__(self, session_factory: sessionmaker[Session], family_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.session_factory = session_factory
        self.family_ids = family_ids
        self.setWindowTitle(_("Verifikasi {count} keluarga").format(count=str(len(family_ids))))
        fit_title(self)
        layout = QVBoxLayout(self)
        self.lock_banner = PeriodLockBanner(self)
        layout.addWidget(self.lock_banner)
        form = QFormLayout()
        self.existence = self._combo("existence")
        # No preselection: applied to every selected family, a default "Ditemukan" would be a silent claim.
        self.existence.setPlaceholderText(_("— pilih status keberadaan —"))
        self.existence.setCurrentIndex(-1)
        self.result_combo = self._combo("result", blank=True)
        self.verifier = QLineEdit()
        self.role = self._combo("verifier_role")
        self.date = DateField(value=date.today())
        self.date.setObjectName("verified_on")
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        general = error_label(self, "verification_problems")
        # Each problem is shown under its field; message.text() lists every problem shown.
        self.errors = self.message = FieldErrors(self, general=general)
        errors = self.errors
        form.addRow(_("Status keberadaan"), errors.field_row("existence_code", self.existence))
        form.addRow(_("Hasil verifikasi"), errors.field_row("result_code", self.result_combo))
        form.addRow(_("Nama verifikator (TPK)"), errors.field_row("verifier_name", self.verifier))
        form.addRow(_("Peran verifikator"), errors.field_row("verifier_role", self.role))
        form.addRow(_("Tanggal"), errors.field_row("verified_on", self.date))
        form.addRow(_("Keterangan"), self.notes)
        layout.addLayout(form)
        flags = QGroupBox(_("Perbarui sasaran/faktor risiko (kotak abu-abu = tidak berubah)"))
        grid = QGridLayout(flags)
        self.flag_boxes: dict[str, QCheckBox] = {}
        for number, flag in enumerate(FLAGS):
            name = flag.value
            box = QCheckBox(flag.label)
            box.setTristate(True)
            box.setCheckState(Qt.CheckState.PartiallyChecked)
            self.flag_boxes[name] = box
            grid.addWidget(box, number // 2, number % 2)
        layout.addWidget(flags)
        layout.addWidget(general)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.tracker.watch(self.existence, self.result_combo, self.verifier, self.role, self.date, self.notes)
        for box in self.flag_boxes.values():
            box.checkStateChanged.connect(self.tracker.mark_dirty)  # tri-state: toggled misses "unchanged → no"
        self.unsaved_mark = UnsavedMark(self.tracker, None, self)
        layout.addWidget(self.unsaved_mark)
        layout.addWidget(buttons)
        self._apply_period_lock(flags)

    def _apply_period_lock(self, flags: QGroupBox) -> None:
        """Read-only, with the approval named above the form, when a family's round is approved."""
        self.lock_banner.show_lock(records_lock(self.session_factory, "krs_family", self.family_ids))
        if not self.lock_banner.locked:
            return
        for widget in (self.existence, self.result_combo, self.verifier, self.role, self.date, flags):
            widget.setEnabled(False)
        self.notes.setReadOnly(True)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)

    def _combo(self, list_name: str, *, blank: bool = False) -> QComboBox:
        combo = QComboBox()
        if blank:
            combo.addItem(_("(belum ada)"), None)
        for item in list_codes(self.session_factory, list_name):
            combo.addItem(item.label, item.code)
        return combo

    def value(self) -> VerificationInput | None:
        """The form's content; None while the date is not valid."""
        verified_on = self.date.value()
        if verified_on is None:
            return None
        return VerificationInput(
            existence_code=str(self.existence.currentData() or ""),
            result_code=self.result_combo.currentData(),
            verifier_name=self.verifier.text(),
            verifier_role=str(self.role.currentData()),
            verified_on=verified_on,
            notes=self.notes.toPlainText(),
            flags={
                name: box.checkState() == Qt.CheckState.Checked
                for name, box in self.flag_boxes.items()
                if box.checkState() != Qt.CheckState.PartiallyChecked
            },
        )

    def save(self) -> bool:
        """Records the verification; problems are shown next to their fields. Returns True when saved."""
        if self.lock_banner.locked:
            return False
        value = self.value()
        if not self.date.commit() or value is None:
            self.errors.set_error("verified_on", self.date.problem())
            return False
        try:
            count = record_verification(self.session_factory, self.family_ids, value)
        except VerificationError as error:
            self.errors.show(error.problems)
            return False
        self.tracker.mark_clean()
        self.saved.emit(count)
        self.accept()
        return True
