"""The "Periode" tab of the exchange page: submit a period, approve/return/unlock one, and every period's state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import _
from desktop.domain.periods import Decision, PeriodKind, PeriodState
from desktop.services.exchange.periods import (
    PeriodRow,
    decide_period,
    period_status,
    submit_period,
    upward_partner_code,
)
from desktop.services.tasks import TaskControl
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.save_target import checked_save_target
from desktop.ui.window_context import WindowContext


class PeriodTab(QWidget):
    """Submitting, deciding and listing periods (kunci periode).

    Args:
        context: the window context.
        message: the page's message line (failures and results).
        parent: owner.
    """

    def __init__(self, context: WindowContext, message: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.message = message
        self.rows: list[PeriodRow] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        for kind in PeriodKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.period_edit = QLineEdit(self)
        self.period_edit.setPlaceholderText(_("mis. 2024-10, PK24, 2024-S2, 2024"))
        self.submit_button = QPushButton(_("Kirim periode ke kantor di atas…"), self)
        form.addRow(_("Jenis data:"), self.kind_combo)
        form.addRow(_("Periode:"), self.period_edit)
        form.addRow("", self.submit_button)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [_("Kantor"), _("Jenis"), _("Periode"), _("Status"), _("Keputusan"), _("Catatan")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(_("Catatan atau alasan (wajib untuk kembalikan dan buka kunci)"))
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(_("Setujui…"), self)
        self.return_button = QPushButton(_("Kembalikan…"), self)
        self.unlock_button = QPushButton(_("Buka kunci…"), self)
        for button in (self.approve_button, self.return_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result = QLabel(self)
        self.result.setObjectName("period_result")
        self.result.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_edit)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.submit_button.clicked.connect(self._on_submit_clicked)
        self.approve_button.clicked.connect(lambda: self._on_decide_clicked(Decision.APPROVE))
        self.return_button.clicked.connect(lambda: self._on_decide_clicked(Decision.RETURN))
        self.unlock_button.clicked.connect(lambda: self._on_decide_clicked(Decision.UNLOCK))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reads the periods again."""
        try:
            self.rows = period_status(self.context.app.session_factory)
        except Exception as error:  # an office not set up yet shows the reason, not a failure
            self.rows = []
            self.result.setText(str(error))
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            decided = f"{row.decided_by}, {row.decided_at}" if row.decided_at else ""
            cells = [
                f"{row.office_name} ({row.office_code})",
                PeriodKind(row.kind).label,
                row.period,
                row.state_label,
                decided,
                row.note,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected(self) -> PeriodRow | None:
        """The chosen period row."""
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.selected()
        state = PeriodState(row.state) if row is not None else None
        self.approve_button.setEnabled(state is PeriodState.SUBMITTED)
        self.return_button.setEnabled(state is PeriodState.SUBMITTED)
        self.unlock_button.setEnabled(state is PeriodState.APPROVED)

    def submit_to(self, target: Path, partner_code: str) -> None:
        """Writes the submission package of the chosen kind and period for the office above."""
        app = self.context.app
        checked = checked_save_target(self, target, app=app, show=self.result)
        if checked is None:
            return
        target = checked
        kind = PeriodKind(self.kind_combo.currentData())
        period = self.period_edit.text()

        def task(_control: TaskControl) -> Any:
            return submit_period(app.session_factory, app.data_dir, partner_code, kind, period, target)

        def done(result: object) -> None:
            self.result.setText(
                _("Periode {kind} {period} dikirim: {file}. Bawa berkas ini ke kantor di atas.").format(
                    kind=kind.label, period=period.strip().upper(), file=target
                )
            )
            self.refresh()

        self._start(task, done)

    def decide_selected(self, decision: Decision, target: Path) -> None:
        """Approves, returns or unlocks the chosen partner period and writes the decision package."""
        row = self.selected()
        if row is None:
            self.result.setText(_("Pilih dulu periode kiriman kantor bawahan di tabel."))
            return
        app = self.context.app
        checked = checked_save_target(self, target, app=app, show=self.result)
        if checked is None:
            return
        target = checked
        note = self.note_edit.text()

        def task(_control: TaskControl) -> Any:
            kind = PeriodKind(row.kind)
            return decide_period(
                app.session_factory, app.data_dir, row.office_code, kind, row.period, decision, note, target
            )

        def done(result: object) -> None:
            assert isinstance(result, PeriodRow)
            self.result.setText(
                _("Periode {period} dari {office}: {state}. Bawa berkas {file} ke kantor itu.").format(
                    period=result.period, office=result.office_code, state=result.state_label, file=target
                )
            )
            self.note_edit.clear()
            self.refresh()

        self._start(task, done)

    def _on_submit_clicked(self) -> None:
        try:
            code = upward_partner_code(self.context.app.session_factory)
        except Exception as error:  # no office above known: the refusal is shown, nothing opens
            report_failure(self, error, show=self.result)
            return
        name, _filter = QFileDialog.getSaveFileName(self, _("Simpan kiriman periode"), "periode.konv", "*.konv")
        if name:
            self.submit_to(Path(name), code)

    def _on_decide_clicked(self, decision: Decision) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, _("Simpan keputusan"), "keputusan.konv", "*.konv")
        if name:
            self.decide_selected(decision, Path(name))

    def _start(self, task: Any, on_done: Any) -> None:
        self.result.clear()

        def failed(error: BaseException, trace: str) -> None:
            report_failure(self, error, show=self.result, trace=trace)

        self.context.runner.run(task, on_done=on_done, on_error=failed, writes=True)
