"""The Verval KRS page: family list with filters and search, detail with history, verification, progress."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.repositories.krs_repository import NOT_VERIFIED, FamilyFilter
from desktop.domain.i18n import _
from desktop.domain.identifiers import mask_nik
from desktop.domain.krs.codes import RiskFactor, Sasaran, flag_text
from desktop.domain.numbers import decimal_text, integer_text
from desktop.services.audit_trail import record_desa_list_print, record_worksheet_export
from desktop.services.exchange.periods import records_lock
from desktop.services.krs import family_list
from desktop.services.krs.progress_service import ProgressRow, verification_progress
from desktop.services.krs.verification_service import list_codes, verification_history
from desktop.services.krs.worksheet_export import export_worksheet
from desktop.services.office import get_office
from desktop.services.regions import by_name, children_of
from desktop.ui.krs.import_dialog import KrsImportDialog
from desktop.ui.krs.krs_table_model import KrsTableModel
from desktop.ui.krs.verification_dialog import VerificationDialog
from desktop.ui.widgets.change_watcher import ChangeWatcher
from desktop.ui.widgets.dialogs import inform
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.period_banner import PeriodLockBanner
from desktop.ui.widgets.read_only_table import (
    DATE_SAMPLE,
    NIK_SAMPLE,
    install_full_text_tooltips,
    keep_identifiers_whole,
)
from desktop.ui.widgets.save_target import checked_save_target
from desktop.ui.window_context import WindowContext

# Longer lists get an index of page starts in the background (shorter ones jump by offset, quick enough).
_INDEXED_FROM = 10 * KrsTableModel.PAGE
# Widest a text column starts (addresses can be long; the full text shows as a tooltip).
_MAX_TEXT_COLUMN = 260


class KrsPage(QWidget):
    """Verval KRS: the list (paged from the database), filters, detail, verification editor and progress."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_factory = context.app.session_factory
        self.dialog: KrsImportDialog | None = None
        self.total: int | None = None
        layout = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.import_button = QPushButton(_("Impor daftar KRS..."))
        self.export_button = QPushButton(_("Ekspor lembar kerja desa..."))
        self.worksheet_button = QPushButton(_("Impor lembar kerja..."))
        self.verify_button = QPushButton(_("Verifikasi terpilih..."))
        self.print_button = QPushButton(_("Cetak daftar desa (PDF)..."))
        self.reveal_button = QPushButton(_("Tampilkan NIK"))
        for button in (
            self.import_button,
            self.export_button,
            self.worksheet_button,
            self.print_button,
            self.verify_button,
            self.reveal_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.lock_banner = PeriodLockBanner(self)  # the selected families' round is approved: no verification
        layout.addWidget(self.lock_banner)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._list_tab(), _("Daftar keluarga"))
        self.tabs.addTab(self._progress_tab(), _("Progres"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.export_worksheet)
        self.worksheet_button.clicked.connect(self.choose_worksheet)
        self.print_button.clicked.connect(self.print_desa_list)
        self.verify_button.clicked.connect(self.verify_selected)
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.tabs.currentChanged.connect(lambda index: self.refresh_progress() if index == 1 else None)
        self._update_buttons()

    # -- layout ----------------------------------------------------------------------------------------------------
    def _list_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.kecamatan = QComboBox()
        self.desa = QComboBox()
        self.sasaran = self._choice(_("Semua sasaran"), Sasaran.labels().items())
        self.risk = self._choice(_("Semua faktor risiko"), RiskFactor.labels().items())
        self.status = self._choice(_("Semua status"), [(NOT_VERIFIED, _("Belum diverifikasi"))])
        self.result = self._choice(_("Semua hasil"), [])
        for item in list_codes(self.session_factory, "existence"):
            self.status.addItem(item.label, item.code)
        for item in list_codes(self.session_factory, "result"):
            self.result.addItem(item.label, item.code)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Cari nama, NIK, No. KK atau alamat"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.search.placeholderText())  # the placeholder is cut on a narrow window
        for widget in (self.kecamatan, self.desa, self.sasaran, self.risk, self.status, self.result):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)
        self.counts = QLabel()
        layout.addWidget(self.counts)
        self._fill_kecamatan()
        self.model = KrsTableModel(self.session_factory, self)
        self.table = QTableView()
        install_full_text_tooltips(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_columns()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history = QTableWidget(0, 5)
        install_full_text_tooltips(self.history)
        self.history.setHorizontalHeaderLabels(
            [_("Tanggal"), _("Status"), _("Hasil"), _("Verifikator"), _("Keterangan")]
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # dates whole
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(QLabel(_("Riwayat verifikasi")))
        side_layout.addWidget(self.history, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.kecamatan.currentIndexChanged.connect(self._kecamatan_changed)
        for combo in (self.desa, self.sasaran, self.risk, self.status, self.result):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._show_counts()
        self.watcher = ChangeWatcher(self.session_factory, tab)  # another PC's change reloads the list
        self.watcher.changed.connect(self.refresh)
        return tab

    def _fit_columns(self) -> None:
        """Columns as wide as the header and the first page's text (the list is never measured row by row); NIK,
        No. KK and the date as wide as the widest such value, so they are never cut; long addresses are capped and
        show in full as a tooltip."""
        self.table.resizeColumnsToContents()
        keep_identifiers_whole(self.table, {3: NIK_SAMPLE, 4: NIK_SAMPLE, 11: DATE_SAMPLE})
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column not in (3, 4, 11) and header.sectionSize(column) > _MAX_TEXT_COLUMN:
                header.resizeSection(column, _MAX_TEXT_COLUMN)

    def _choice(self, everything: str, items: Iterable[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, "")
        for key, label in items:
            combo.addItem(label, key)
        return combo

    def _progress_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.progress_level = QLabel()
        layout.addWidget(self.progress_level)
        self.progress_table = QTableWidget(0, 6)
        install_full_text_tooltips(self.progress_table)
        self.progress_table.setHorizontalHeaderLabels(
            [
                _("Kode"),
                _("Wilayah"),
                _("Jumlah"),
                _("Terverifikasi"),
                _("%"),
                _("Tetap berisiko"),
            ]
        )
        progress_header = self.progress_table.horizontalHeader()
        progress_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        progress_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the names take the free width
        self.progress_table.cellDoubleClicked.connect(self._drill_down)
        layout.addWidget(self.progress_table, 1)
        back = QPushButton(_("Semua kecamatan"))
        back.clicked.connect(lambda: self.refresh_progress(None))
        layout.addWidget(back)
        self._progress_kecamatan: str | None = None
        return tab

    def _fill_kecamatan(self) -> None:
        self.kecamatan.blockSignals(True)
        self.kecamatan.clear()
        self.kecamatan.addItem(_("Semua kecamatan"), "")
        office = get_office(self.session_factory)
        if office is not None and office.region_code:
            for region in by_name(children_of(self.session_factory, office.region_code)):
                self.kecamatan.addItem(region.name, region.code)
        self.kecamatan.blockSignals(False)
        self._fill_desa()

    def _fill_desa(self) -> None:
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(_("Semua desa"), "")
        code = self.kecamatan.currentData()
        if code:
            for region in by_name(children_of(self.session_factory, code)):
                self.desa.addItem(region.name, region.code)
        self.desa.blockSignals(False)

    # -- list ------------------------------------------------------------------------------------------------------
    def current_filter(self) -> FamilyFilter:
        """The filter the controls describe."""
        return FamilyFilter(
            kecamatan_code=self.kecamatan.currentData() or "",
            desa_code=self.desa.currentData() or "",
            sasaran=self.sasaran.currentData() or "",
            risk_factor=self.risk.currentData() or "",
            existence_code=self.status.currentData() or "",
            result_code=self.result.currentData() or "",
            search=self.search.text().strip(),
        )

    def _kecamatan_changed(self) -> None:
        self._fill_desa()
        self.apply_filter()

    def apply_filter(self) -> None:
        """Shows the families the controls select."""
        self.model.set_filter(self.current_filter())
        self._show_counts()
        self._selection_changed()

    def _show_counts(self) -> None:
        # Counting a million rows takes longer than showing the first page: done in the background.
        flt = self.model.current_filter
        session_factory = self.session_factory
        self.total = None
        self.counts.setText(_("Menghitung..."))

        def count(_control: object) -> int:
            return family_list.count(session_factory, flt)

        self.context.runner.run(count, on_done=lambda total: self._counted(flt, total))

    def _counted(self, flt: FamilyFilter, total: int) -> None:
        if flt != self.model.current_filter:
            return
        self.total = total
        self.model.set_total(flt, total)  # from now on the scroll bar spans the whole list
        if total > _INDEXED_FROM:
            # Where each page starts, so a jump far down the list is a keyset read like the first page.
            session_factory, size, generation = self.session_factory, KrsTableModel.PAGE, self.model.generation
            self.context.runner.run(
                lambda _control: family_list.list_page_starts(session_factory, flt, size),
                on_done=lambda starts: self.model.set_page_starts(generation, starts),
            )
        self.counts.setText(_("{total} keluarga").format(total=integer_text(total)))

    def refresh(self) -> None:
        """Shows the current state everywhere on the page (when the page is shown again, after an import, a
        verification): the list and its count, the selected families with their history, and the progress."""
        selected = self.selected_ids()
        self.model.refresh()
        self._show_counts()
        self._reselect(selected)
        if self.tabs.currentIndex() == 1:  # otherwise it is reloaded when its tab is shown
            self.refresh_progress(self._progress_kecamatan)

    def _reselect(self, family_ids: list[int]) -> None:
        """Selects the given families again among the loaded rows, and shows their detail and history (a single
        family is shown even when the filter no longer lists it)."""
        selection = self.table.selectionModel()
        wanted = set(family_ids)
        blocked = selection.blockSignals(True)
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if wanted and self.model.family_id(row) in wanted:
                selection.select(self.model.index(row, 0), flags)
                wanted.discard(self.model.family_id(row) or 0)
        selection.blockSignals(blocked)
        self.table.viewport().update()
        self._update_buttons()
        if len(family_ids) == 1:
            self.show_detail(family_ids[0])
        else:
            self._selection_changed()

    def selected_ids(self) -> list[int]:
        """The ids of the selected families."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [family_id for row in rows if (family_id := self.model.family_id(row)) is not None]

    def _update_buttons(self) -> None:
        ids = self.selected_ids()  # the selected families' round approved: shown up front, no verification
        self.lock_banner.show_lock(records_lock(self.session_factory, "krs_family", ids) if ids else None)
        selected = bool(self.table.selectionModel().selectedRows())
        self.verify_button.setEnabled(selected and not self.lock_banner.locked)
        self.reveal_button.setEnabled(selected)

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        ids = self.selected_ids()
        if len(ids) != 1:
            self.detail.setText(_("{count} keluarga dipilih").format(count=str(len(ids))) if ids else "")
            self.history.setRowCount(0)
            return
        self.show_detail(ids[0])

    def show_detail(self, family_id: int) -> None:
        """Shows one family and its verification history."""
        family = family_list.get_family(self.session_factory, family_id)
        if family is None:
            return
        sasaran = flag_text(family, Sasaran) or "-"
        risks = flag_text(family, RiskFactor) or "-"
        wife, targets, risk_title, source = _("Istri"), _("Sasaran"), _("Faktor risiko"), _("Sumber")
        self.detail.setText(
            f"<b>{family.head_name}</b><br>NIK {mask_nik(family.nik or '')} / KK {mask_nik(family.no_kk or '')}<br>"
            f"{family.address} RT {family.rt} RW {family.rw}<br>{wife}: {family.wife_name}"
            f" ({family.wife_age or '-'})<br>{targets}: {sasaran}<br>{risk_title}: {risks}"
            f"<br>{source}: {family.source_round}"
        )
        history = verification_history(self.session_factory, family_id)
        self.history.setRowCount(len(history))
        for row, record in enumerate(history):
            values = (
                record.verified_on.strftime("%d-%m-%Y"),
                record.existence,
                record.result,
                f"{record.verifier_name} ({record.verifier_role})",
                record.notes,
            )
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))

    def reveal_selected(self) -> None:
        """Reveals the NIK of the selected rows (explicit action)."""
        for index in self.table.selectionModel().selectedRows():
            self.model.reveal(index.row())

    # -- actions ---------------------------------------------------------------------------------------------------
    def verify_selected(self) -> VerificationDialog | None:
        """Opens the verification editor for the selected families."""
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = VerificationDialog(self.session_factory, ids, self)
        dialog.saved.connect(self._verified)
        dialog.open()
        return dialog

    def _verified(self, count: int) -> None:
        self.message.setText(_("Verifikasi tersimpan untuk {count} keluarga.").format(count=integer_text(count)))
        self.refresh()

    def choose_import(self) -> None:
        """Asks for a list file and opens the import dialog."""
        path, _filter = QFileDialog.getOpenFileName(self, _("Pilih daftar KRS"), "", _("Daftar (*.xlsx *.xls *.csv)"))
        if path:
            self.open_import(Path(path))

    def choose_worksheet(self) -> None:
        """Asks for a filled-in worksheet and opens the import dialog for it."""
        path, _filter = QFileDialog.getOpenFileName(self, _("Pilih lembar kerja"), "", "Excel (*.xlsx)")
        if path:
            self.open_import(Path(path), worksheet=True)

    def open_import(self, path: Path, *, worksheet: bool = False) -> KrsImportDialog:
        """Opens the (non-modal) import dialog for ``path``."""
        self.dialog = KrsImportDialog(self.context, path, worksheet=worksheet, parent=self)
        self.dialog.applied.connect(self.refresh)
        self.dialog.show()
        return self.dialog

    def _ask_for_desa(self, title: str, what: str) -> None:
        """Says, in a message the user must acknowledge, that ``what`` is made for one desa at a time."""
        text = _(
            "{what} dibuat per desa. Pilih kecamatan lalu desanya di penyaring di atas daftar, kemudian coba lagi."
        ).format(what=what[:1].upper() + what[1:])
        self.message.setText(text)
        inform(self, title, text)
        (self.desa if self.desa.isEnabled() else self.kecamatan).setFocus()

    def export_worksheet(self) -> None:
        """Writes the worksheet of the desa chosen in the filter (asks for one when none is chosen)."""
        code = self.desa.currentData()
        if not code:
            self._ask_for_desa(_("Ekspor lembar kerja desa"), _("lembar kerja verval"))
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Simpan lembar kerja"), f"verval_krs_{self.desa.currentText()}.xlsx", "Excel (*.xlsx)"
        )
        target = checked_save_target(self, path, app=self.context.app, show=self.message) if path else None
        if target:
            try:
                result = export_worksheet(self.session_factory, code, target)
                record_worksheet_export(self.session_factory, code, False, result.families)
            except Exception as error:  # a refusal or a file error in the label, a bug to the error dialog
                report_failure(self, error, show=self.message)
                return
            self.message.setText(
                _("Lembar kerja Desa {desa_name} ({families} keluarga) disimpan.").format(
                    desa_name=result.desa_name, families=str(result.families)
                )
            )

    def print_desa_list(self) -> None:
        """Writes the printed verification list (PDF) of the desa chosen in the filter."""
        from desktop.reports.krs_desa_list_pdf import build_desa_krs_list
        from desktop.services.krs.desa_list import desa_verification_list

        code = self.desa.currentData()
        if not code:
            self._ask_for_desa(_("Cetak daftar desa"), _("daftar verval"))
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Simpan daftar verval"), f"daftar_verval_{self.desa.currentText()}.pdf", "PDF (*.pdf)"
        )
        target = checked_save_target(self, path, app=self.context.app, show=self.message) if path else None
        if target:
            try:
                data = desa_verification_list(self.session_factory, code)
                pages = build_desa_krs_list(target, data)
                record_desa_list_print(self.session_factory, "krs", data.desa_code, len(data.rows))
            except Exception as error:  # a refusal or a file error in the label, a bug to the error dialog
                report_failure(self, error, show=self.message)
                return
            self.message.setText(_("Daftar verval disimpan ({pages} halaman).").format(pages=str(pages)))

    # -- progress --------------------------------------------------------------------------------------------------
    def refresh_progress(self, kecamatan: str | None = None) -> None:
        """Fills the progress table (per kecamatan, or per desa of ``kecamatan``)."""
        self._progress_kecamatan = kecamatan
        rows = verification_progress(self.session_factory, kecamatan)
        self.progress_level.setText(_("Per desa") if kecamatan else _("Per kecamatan (klik dua kali)"))
        self._show_progress(rows)

    def _show_progress(self, rows: list[ProgressRow]) -> None:
        self.progress_table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            values = (
                row.code,
                row.name,
                integer_text(row.total),
                integer_text(row.verified),
                decimal_text(row.percent, 1),
                integer_text(row.by_result.get("tetap_berisiko", 0)),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:  # numbers line up on the right
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.percent < 50:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.progress_table.setItem(number, column, item)

    def _drill_down(self, row: int, _column: int) -> None:
        if self._progress_kecamatan is None:
            item = self.progress_table.item(row, 0)
            if item is not None:
                self.refresh_progress(item.text())
