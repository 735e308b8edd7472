"""The *Kasus Stunting* page: the case list with filters, a case's detail, re-measurement, status, recap,
the z-score calculator, the import of child lists and the by-name print per desa."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases.codes import CaseStatus
from desktop.domain.cases.records import CaseDetail, CaseRow
from desktop.domain.i18n import _
from desktop.domain.numbers import integer_text
from desktop.reports.case_list_pdf import build_desa_case_list
from desktop.services.audit_trail import record_access, record_desa_list_print
from desktop.services.cases.case_info import CaseError
from desktop.services.cases.desa_list import desa_case_list
from desktop.services.cases.family_link import case_with_family, link_families
from desktop.services.cases.recap import RecapRow, cases_with_recap
from desktop.services.office import get_office
from desktop.services.regions import by_name, children_of
from desktop.services.tasks import TaskControl
from desktop.ui.cases.case_detail_widget import CaseDetailWidget
from desktop.ui.cases.case_dialogs import RemeasureDialog, StatusDialog
from desktop.ui.cases.case_import_dialog import CaseImportDialog
from desktop.ui.cases.cases_table_model import CasesTableModel, RecapTableModel
from desktop.ui.cases.zscore_dialog import ZScoreDialog
from desktop.ui.widgets.change_watcher import ChangeWatcher
from desktop.ui.widgets.code_combo import add_codes
from desktop.ui.widgets.dialogs import inform
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.opener import open_path
from desktop.ui.widgets.read_only_table import LIST_ROW_HEIGHT, read_only_view
from desktop.ui.widgets.save_target import checked_save_target
from desktop.ui.widgets.task_feedback import track_in_status_bar
from desktop.ui.window_context import WindowContext
from desktop.ui.worker import TaskHandle

SEARCH_DELAY_MS = 250  # typing in the name filter reloads once the user pauses


@dataclass(frozen=True, slots=True)
class _Listing:
    rows: list[CaseRow]
    recap: list[RecapRow]


@dataclass(frozen=True, slots=True)
class _Shown:
    detail: CaseDetail | None
    family: str
    error: str


class CasesPage(QWidget):
    """Kasus Stunting: verify listed stunting cases by re-measurement.

    Reading the list, the recap and a case's detail, linking to KRS and printing run in the background; results
    are applied on the GUI thread and a result older than the latest request is ignored (generation counters).

    Signals:
        refreshed(): the list and recap show the current filters.
        detail_shown(): the detail shows the current case.
        printed(object): the desa list PDF was written (its path) or could not be (None).
    """

    refreshed = Signal()
    detail_shown = Signal()
    printed = Signal(object)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_factory = context.app.session_factory
        self._list_generation = 0
        self._detail_generation = 0
        self._pending: set[str] = set()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addLayout(self._actions())
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.model = CasesTableModel()
        self.table = read_only_view(self.model)
        self.table.verticalHeader().setDefaultSectionSize(LIST_ROW_HEIGHT)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _index: self.remeasure())
        self.detail = CaseDetailWidget()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        # The list gets two thirds of the height (about 15 rows at 1366 x 768), the detail below the rest.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([400, 200])
        self.tabs.addTab(splitter, _("Daftar kasus"))
        self.recap_model = RecapTableModel()
        self.recap_table = read_only_view(self.recap_model)
        self.tabs.addTab(self.recap_table, _("Rekap per kecamatan/desa"))
        self.counts = QLabel("")
        self.counts.setObjectName("countsLabel")
        layout.addWidget(self.counts)
        self.message = QLabel("")
        self.message.setObjectName("validationMessage")
        layout.addWidget(self.message)
        self._fill_kecamatan()
        self.refresh()
        self.watcher = ChangeWatcher(self.session_factory, self)  # another PC's change reloads the list
        self.watcher.changed.connect(self.refresh)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kecamatan = QComboBox()
        self.desa = QComboBox()
        self.status = QComboBox()
        self.status.addItem(_("Semua status"), "")
        add_codes(self.status, CaseStatus)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Cari nama anak / ibu"))
        self.search.setClearButtonEnabled(True)
        self.reveal = QCheckBox(_("Tampilkan NIK"))
        for label, widget in (
            (_("Kecamatan"), self.kecamatan),
            (_("Desa"), self.desa),
            (_("Status"), self.status),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(self.search, 1)
        row.addWidget(self.reveal)
        self.kecamatan.currentIndexChanged.connect(self._on_kecamatan)
        self.desa.currentIndexChanged.connect(self._on_desa)
        self.status.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.reveal.toggled.connect(self._on_reveal)
        return row

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.remeasure_button = QPushButton(_("Ukur ulang…"))
        self.status_button = QPushButton(_("Ubah status…"))
        self.calculator_button = QPushButton(_("Kalkulator z-score…"))
        self.import_button = QPushButton(_("Impor daftar anak…"))
        self.link_button = QPushButton(_("Tautkan keluarga KRS"))
        self.link_button.setToolTip(_("Cocokkan anak dengan keluarga KRS menurut No. KK atau nama ibu"))
        self.link_button.clicked.connect(self.link_krs)
        self.print_button = QPushButton(_("Cetak daftar desa…"))
        self.print_button.setToolTip(_("Daftar nama per desa untuk tindak lanjut posyandu (NIK disamarkan)"))
        self.print_button.clicked.connect(lambda: self.print_desa_list())
        self.remeasure_button.clicked.connect(self.remeasure)
        self.status_button.clicked.connect(self.change_status)
        self.calculator_button.clicked.connect(self.open_calculator)
        self.import_button.clicked.connect(self.open_import)
        buttons = (
            self.remeasure_button,
            self.status_button,
            self.calculator_button,
            self.import_button,
            self.link_button,
            self.print_button,
        )
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _fill_kecamatan(self) -> None:
        self.kecamatan.blockSignals(True)
        self.kecamatan.clear()
        office = get_office(self.session_factory)
        self.kecamatan.addItem(_("Semua kecamatan"), office.region_code if office else "")
        if office is not None and office.region_code.count(".") == 1:
            for region in by_name(children_of(self.session_factory, office.region_code)):
                self.kecamatan.addItem(region.name, region.code)
        self.kecamatan.blockSignals(False)
        self._fill_desa()

    def _fill_desa(self) -> None:
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(_("Semua desa"), "")
        code = self.kecamatan.currentData() or ""
        if code.count(".") == 2:
            for region in by_name(children_of(self.session_factory, code)):
                self.desa.addItem(region.name, region.code)
        self.desa.blockSignals(False)
        self.print_button.setEnabled(False)

    @property
    def busy(self) -> bool:
        """True while a list, detail, link or print task of this page has not finished."""
        return bool(self._pending) or self._search_timer.isActive()

    def _run(
        self,
        key: str,
        fn: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None],
        *,
        writes: bool = False,
        failure: str = "",
    ) -> TaskHandle:
        self._pending.add(key)

        def done(result: object) -> None:
            self._pending.discard(key)
            on_done(result)

        def failed(error: BaseException, trace: str) -> None:
            self._pending.discard(key)
            report_failure(self, error, show=self.message, template=failure or _("Gagal: {reason}"), trace=trace)

        return self.context.runner.run(fn, on_done=done, on_error=failed, writes=writes)

    def link_krs(self) -> TaskHandle:
        """Links unlinked children to KRS families in the background; the message label says how many."""
        factory = self.session_factory
        self.link_button.setEnabled(False)
        self.message.setText(_("Menautkan anak ke keluarga KRS…"))

        def done(linked: object) -> None:
            self.link_button.setEnabled(True)
            self.message.setText(
                _("{count} anak ditautkan ke keluarga KRS.").format(
                    count=integer_text(linked if isinstance(linked, int) else None)
                )
            )
            self.refresh()

        handle = self._run("link", lambda _control: link_families(factory), done, writes=True)
        handle.ended.connect(lambda: self.link_button.setEnabled(True))
        track_in_status_bar(self, handle, _("Menautkan keluarga KRS"))
        return handle

    def print_desa_list(self, target: Path | None = None, *, open_after: bool = True) -> TaskHandle | None:
        """Writes the chosen desa's follow-up list as PDF in the background (asking where when ``target`` is None);
        ``printed`` fires when done and the file opens when ``open_after``."""
        desa = self.desa.currentData()
        if not desa:
            text = _("Daftar nama dicetak per desa. Pilih kecamatan lalu desanya di penyaring, kemudian coba lagi.")
            self.message.setText(text)
            inform(self, _("Cetak daftar desa"), text)
            return None
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, _("Simpan daftar desa"), f"daftar-balita-{self.desa.currentText()}.pdf", "PDF (*.pdf)"
            )
            if not name:
                return None
            target = Path(name)
        checked = checked_save_target(self, target, app=self.context.app, show=self.message)
        if checked is None:
            return None
        factory, path = self.session_factory, checked

        def work(_control: TaskControl) -> Path:
            data = desa_case_list(factory, desa)
            build_desa_case_list(path, data)
            record_desa_list_print(factory, "cases", data.desa_code, len(data.rows))
            return path

        def done(_result: object) -> None:
            self.print_button.setEnabled(bool(self.desa.currentData()))
            self.message.setText(_("Tersimpan: {name}").format(name=path.name))
            if open_after:
                open_path(self, path)
            self.printed.emit(path)

        self.print_button.setEnabled(False)
        self.message.setText(_("Mencetak daftar desa…"))
        handle = self._run("print", work, done, failure=_("Daftar tidak dapat dibuat: {reason}"))
        handle.failed.connect(lambda *_args: self.print_button.setEnabled(bool(self.desa.currentData())))
        handle.failed.connect(lambda *_args: self.printed.emit(None))
        track_in_status_bar(self, handle, _("Mencetak daftar desa"))
        return handle

    def _on_kecamatan(self) -> None:
        self._fill_desa()
        self.refresh()

    def _on_desa(self) -> None:
        self.print_button.setEnabled(bool(self.desa.currentData()))
        self.refresh()

    def _on_reveal(self, reveal: bool) -> None:
        self.model.set_reveal_nik(reveal)
        if reveal:  # every full NIK shown on screen is audited: who, which list, how many children
            factory = self.context.app.session_factory
            record_access(factory, "reveal", "case_child", _("daftar kasus"), self.model.rowCount())
        self._show_current()

    def region_filter(self) -> str | None:
        """The chosen desa, else the chosen kecamatan, else the office's kabupaten (None: everything)."""
        return self.desa.currentData() or self.kecamatan.currentData() or None

    def refresh(self) -> None:
        """Reloads the list and the recap with the current filters in the background, keeping the selected child."""
        self._search_timer.stop()
        self._list_generation += 1
        generation = self._list_generation
        factory = self.session_factory
        region, status = self.region_filter(), self.status.currentData() or None
        text, recap_region = self.search.text().strip() or None, self.kecamatan.currentData() or None

        def work(_control: TaskControl) -> _Listing:
            return _Listing(*cases_with_recap(factory, region, status, text, recap_region))  # one session

        self._run(f"list{generation}", work, lambda result: self._apply_listing(generation, result))

    def _apply_listing(self, generation: int, listing: _Listing) -> None:
        if generation != self._list_generation:
            return  # the filters changed meanwhile; a newer result follows
        current = self.current_case()
        rows = listing.rows
        self.model.set_rows(rows)
        self.recap_model.set_rows(listing.recap)
        flagged = sum(1 for row in rows if row.latest is not None and row.latest.flags)
        stunted = sum(1 for row in rows if row.latest is not None and row.latest.stunted)
        self.counts.setText(
            _("{count} anak · {stunted} stunting (hasil ukur terakhir) · {flagged} data janggal").format(
                count=integer_text(len(rows)), stunted=integer_text(stunted), flagged=integer_text(flagged)
            )
        )
        if current is not None:
            for number, row in enumerate(rows):
                if row.id == current.id:
                    self.table.selectRow(number)
                    break
        self._show_current()
        self.refreshed.emit()

    def current_case(self) -> CaseRow | None:
        """The case selected in the list."""
        return self.model.row_at(self.table.currentIndex())

    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        case = self.current_case()
        self.remeasure_button.setEnabled(case is not None)
        self.status_button.setEnabled(case is not None)
        self._detail_generation += 1
        generation = self._detail_generation
        if case is None:
            self.detail.show_detail(None)
            self.detail_shown.emit()
            return
        factory, case_id = self.session_factory, case.id

        def work(_control: TaskControl) -> _Shown:
            try:
                detail, found = case_with_family(factory, case_id)  # one session
            except CaseError as error:
                return _Shown(None, "", str(error))
            family = f"{found[0]} / {found[1]} ({found[2]})" if found else ""
            return _Shown(detail, family, "")

        self._run(f"detail{generation}", work, lambda shown: self._apply_detail(generation, shown))

    def _apply_detail(self, generation: int, shown: _Shown) -> None:
        if generation != self._detail_generation:
            return
        if shown.error:
            self.message.setText(shown.error)
        self.detail.show_detail(shown.detail, reveal=self.reveal.isChecked(), family=shown.family)
        self.detail_shown.emit()

    def remeasure(self) -> RemeasureDialog | None:
        """Opens the re-measurement dialog for the selected child (window-modal; the list reloads when saved)."""
        case = self.current_case()
        if case is None:
            return None
        dialog = RemeasureDialog(self.session_factory, case, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def change_status(self) -> StatusDialog | None:
        """Opens the status dialog for the selected child."""
        case = self.current_case()
        if case is None:
            return None
        dialog = StatusDialog(self.session_factory, case, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_calculator(self) -> ZScoreDialog:
        """Opens the z-score calculator (non-modal, so it can stay open at the posyandu desk)."""
        dialog = ZScoreDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_import(self) -> CaseImportDialog:
        """Opens the import dialog; the list reloads after an import."""
        dialog = CaseImportDialog(self.session_factory, self.context.runner, self, app=self.context.app)
        dialog.imported.connect(self.refresh)
        dialog.open()
        return dialog
