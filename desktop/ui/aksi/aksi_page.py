"""The "Aksi Konvergensi" page: a year's actions with status colours and a detail editor, the checklists per desa
and month, the prevalence targets and figures, and the printable year overview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.aksi.records import AksiRow, YearOverview
from desktop.domain.i18n import _
from desktop.services.aksi.framework_schema import FrameworkError
from desktop.services.aksi.frameworks import load_framework_file
from desktop.services.aksi.overview import year_overview
from desktop.services.aksi.progress import list_year
from desktop.services.tasks import TaskControl
from desktop.ui.aksi.aksi_detail_widget import AksiDetailWidget
from desktop.ui.aksi.aksi_table_model import AksiTableModel
from desktop.ui.aksi.checklist_widget import ChecklistWidget
from desktop.ui.aksi.prevalence_widget import PrevalenceWidget
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.opener import open_path
from desktop.ui.widgets.read_only_table import install_full_text_tooltips
from desktop.ui.widgets.save_target import checked_save_target
from desktop.ui.widgets.task_feedback import track_in_status_bar
from desktop.ui.widgets.unsaved import UnsavedEditor, settle_unsaved
from desktop.ui.window_context import WindowContext
from desktop.ui.worker import TaskHandle

OPD_COLUMN_WIDTH = 180  # long OPD names are elided; the tooltip has them in full


class AksiPage(QWidget):
    """Tracks the convergence actions of a year.

    Args:
        context: the window context.
        today: the date used for overdue marks (tests pass a fixed date).

    Signals:
        printed(object): the year overview PDF was written (its path) or could not be (None).
    """

    printed = Signal(object)

    def __init__(self, context: WindowContext, today: date | None = None) -> None:
        super().__init__()
        self.context = context
        self.printing: TaskHandle | None = None
        self.setObjectName("aksi_page")
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2019, 2100)
        self.year.setValue((today or date.today()).year)
        self._shown_year = self.year.value()
        self.framework_label = QLabel(self)
        self.framework_label.setObjectName("framework_label")
        self.print_button = QPushButton(_("Cetak ikhtisar tahun…"), self)
        self.print_button.setObjectName("print_overview")
        self.print_button.clicked.connect(self._on_print_clicked)
        self.print_message = QLabel(self)
        self.print_message.setObjectName("print_message")
        self.print_message.setWordWrap(True)
        self.load_button = QPushButton(_("Muat kerangka…"), self)
        self.load_button.setObjectName("load_framework")
        self.load_button.setToolTip(_("Pasang berkas kerangka aksi (JSON) yang baru atau diperbarui"))
        self.load_button.clicked.connect(self._on_load_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Tahun:"), self))
        top.addWidget(self.year)
        top.addWidget(self.framework_label)
        top.addWidget(self.print_message, 1)
        top.addWidget(self.load_button)
        top.addWidget(self.print_button)

        self.model = AksiTableModel(today)
        self.table = QTableView(self)
        install_full_text_tooltips(self.table)
        self.table.setObjectName("aksi_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # long OPD names end in "…", full in the tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # "Nama aksi" takes the free width
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, OPD_COLUMN_WIDTH)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail = AksiDetailWidget(context, self)
        self.detail.saved.connect(self._on_detail_saved)
        # The editor's form scrolls inside its tab (Simpan pinned below it), so on a 768-pixel screen the table
        # above still shows every action.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([290, 500])
        self._table_fitted = False
        splitter = self.splitter

        self.checklists = ChecklistWidget(context, self)
        self.prevalence = PrevalenceWidget(context.app.session_factory, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aksi_tabs")
        self.tabs.addTab(splitter, _("Aksi"))
        self.tabs.addTab(self.checklists, _("Daftar periksa desa"))
        self.tabs.addTab(self.prevalence, _("Target dan prevalensi"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.year.valueChanged.connect(self._on_year_changed)
        self.refresh()

    def table_height_for_rows(self) -> int:
        """The height that shows every action of the year without scrolling (header, rows, frame)."""
        rows = max(self.model.rowCount(), 3)
        header = self.table.horizontalHeader().sizeHint().height()
        scroll_bar = self.table.horizontalScrollBar().sizeHint().height()
        return (
            header + rows * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth() + scroll_bar
        )

    def fit_table(self) -> None:
        """Gives the table the height of all its rows (at most two thirds of the pane), the editor the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        wanted = min(self.table_height_for_rows(), total * 2 // 3)
        self.splitter.setSizes([wanted, total - wanted])
        self._table_fitted = True

    def showEvent(self, event: QShowEvent) -> None:
        """Fits the table to its rows the first time the page is laid out."""
        super().showEvent(event)
        if not self._table_fitted:
            QTimer.singleShot(0, self.fit_table)

    # -- unsaved changes (page protocol) -----------------------------------------------------------------------------
    def editors(self) -> list[tuple[int, UnsavedEditor]]:
        """The page's editors with the tab each is on."""
        return [(0, self.detail), (1, self.checklists), (2, self.prevalence)]

    def has_unsaved_changes(self) -> bool:
        """True when the action detail, the checklist grid or the prevalence form holds unsaved input."""
        return any(editor.has_unsaved_changes() for _tab, editor in self.editors())

    def confirm_leave(self) -> bool:
        """Asks Simpan / Buang / Batal for each editor with unsaved input (showing its tab); False on Batal."""
        for tab, editor in self.editors():
            if editor.has_unsaved_changes():
                self.tabs.setCurrentIndex(tab)
                if not settle_unsaved(self, editor):
                    return False
        return True

    def refresh(self) -> None:
        """Reloads the year's actions (keeping the selected one) and the other tabs; reads only."""
        current = self.selected_row()
        selected = current.number if current is not None else None
        year = self.year.value()
        rows = list_year(self.context.app.session_factory, year)
        self.model.set_rows(rows)
        if rows:
            self.framework_label.setText(_("Kerangka: {0}").format(rows[0].framework_code))
        else:
            self.framework_label.setText(_("Tidak ada kerangka aksi untuk tahun {0}.").format(year))
        self.checklists.set_year(year)
        self.prevalence.refresh()
        if self._table_fitted:
            self.fit_table()  # another year's framework may have more actions
        row = self.model.row_of_number(selected) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.detail.load(self.model.rows[row])
        else:
            self.detail.load(None)

    def selected_row(self) -> AksiRow | None:
        """Returns the selected action, None when nothing is selected."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def selected_progress_id(self) -> int | None:
        """Returns the progress id of the selected action, None when nothing is selected or nothing is saved yet."""
        row = self.selected_row()
        return row.progress_id if row is not None else None

    def select_action(self, number: int) -> None:
        """Selects the action with the given number."""
        for row, item in enumerate(self.model.rows):
            if item.number == number:
                self.table.selectRow(row)
                return

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        target = self.selected_row()
        shown = self.detail.detail.row if self.detail.detail is not None else None
        if (
            shown is not None
            and (target is None or target.number != shown.number)
            and self.detail.has_unsaved_changes()
        ):
            self._select_quietly(shown.number)  # while asking, the list shows the action the question is about
            if not settle_unsaved(self, self.detail):
                return  # Batal: the list stays on the action being edited
            self._select_quietly(target.number if target is not None else None)  # a save reloaded the list
            target = self.selected_row()
        self.detail.load(target)

    def _select_quietly(self, number: int | None) -> None:
        """Selects an action (or nothing) without loading it into the editor."""
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)
        row = self.model.row_of_number(number) if number is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        selection.blockSignals(blocked)
        self.table.viewport().update()

    def _on_detail_saved(self, number: int) -> None:
        rows = list_year(self.context.app.session_factory, self.year.value())
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        row = self.model.row_of_number(number)
        if row >= 0:
            self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)

    def _on_year_changed(self, year: int) -> None:
        if year == self._shown_year:
            return
        if not self.confirm_leave():
            blocked = self.year.blockSignals(True)
            self.year.setValue(self._shown_year)  # Batal: the year and the input stay
            self.year.blockSignals(blocked)
            return
        self._shown_year = year
        self._select_quietly(None)
        self.refresh()

    def print_overview(self, target: Path) -> TaskHandle | None:
        """Writes the year overview PDF in the background; the label says where and ``printed`` fires when done.

        Returns:
            The task, None when a print is already running.
        """
        if self.printing is not None:
            return None
        checked = checked_save_target(self, target, app=self.context.app, show=self._print_refused)
        if checked is None:
            return None
        target = checked
        factory, year = self.context.app.session_factory, self.year.value()

        def work(_control: TaskControl) -> tuple[YearOverview | None, int]:
            from desktop.reports.aksi_overview_pdf import build_year_overview

            overview = year_overview(factory, year)
            return overview, (build_year_overview(target, overview) if overview is not None else 0)

        self.print_button.setEnabled(False)
        self.print_message.setStyleSheet("")
        self.print_message.setText(_("Mencetak ikhtisar tahun {0}…").format(year))
        self.printing = self.context.runner.run(
            work,
            on_done=lambda result: self._on_printed(target, result),
            on_error=self._on_print_failed,
        )
        track_in_status_bar(self, self.printing, _("Mencetak ikhtisar aksi"))
        return self.printing

    def _on_printed(self, target: Path, result: tuple[YearOverview | None, int]) -> None:
        self.printing = None
        self.print_button.setEnabled(True)
        overview, pages = result
        if overview is None:
            self.print_message.setText(_("Tidak ada data untuk dicetak."))
            self.printed.emit(None)
            return
        self.print_message.setText(_("Tersimpan: {0} ({1} halaman)").format(target.name, pages))
        self.printed.emit(target)

    def _on_print_failed(self, error: BaseException, trace: str) -> None:
        self.printing = None
        self.print_button.setEnabled(True)
        self.print_message.setStyleSheet("color: #b00020;")
        template = _("Gagal mencetak: {reason}")
        report_failure(self, error, show=self.print_message, template=template, trace=trace)
        self.printed.emit(None)

    def load_framework(self, path: Path) -> bool:
        """Validates and installs a framework file; the message label gives the outcome or the reason."""
        if not self.confirm_leave():  # the page reloads after installing
            return False
        try:
            result = load_framework_file(self.context.app.session_factory, path)
        except FrameworkError as error:
            self.print_message.setText(str(error))
            self.print_message.setStyleSheet("color: #b00020;")
            return False
        verb = _("dipasang") if result.created else _("diperbarui")
        self.print_message.setText(
            _("Kerangka {0} (tahun {1}, {2} aksi) {3}.").format(result.code, result.years, result.actions, verb)
        )
        self.print_message.setStyleSheet("color: #1b5e20;")
        self.refresh()
        return True

    def _on_load_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Pilih berkas kerangka aksi"), "", _("Kerangka aksi (*.json)")
        )
        if name:
            self.load_framework(Path(name))

    def _on_print_clicked(self) -> None:
        suggested = str(self.context.app.data_dir / f"ikhtisar-aksi-{self.year.value()}.pdf")
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Simpan ikhtisar tahun sebagai PDF"), suggested, _("PDF (*.pdf)")
        )
        if name and self.print_overview(Path(name)) is not None:
            self.printed.connect(self._open_printed, Qt.ConnectionType.SingleShotConnection)

    def _print_refused(self, sentence: str) -> None:
        self.print_message.setStyleSheet("color: #b00020")
        self.print_message.setText(sentence)

    def _open_printed(self, path: Path | None) -> None:
        if path is not None:
            open_path(self, path)
