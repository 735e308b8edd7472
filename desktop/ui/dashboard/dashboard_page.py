"""Beranda: the office kop, what is overdue or due soon, the status of the year's actions, checklist completion
per kecamatan, and charts of prevalence against targets and of verval KRS progress."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.aksi.codes import AksiStatus
from desktop.domain.dates import day_date, long_date, month_name
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.numbers import integer_text, percent_text
from desktop.domain.periods import PeriodKind
from desktop.preferences import backup_settings
from desktop.services.aksi.checklists import checklist_templates
from desktop.services.aksi.dashboard import DashboardData, gather_dashboard
from desktop.services.aksi.due import DEFAULT_HORIZON_DAYS, DueItem
from desktop.services.aksi.prevalence import national_reference
from desktop.services.backup.catalogue import backup_folder, last_good_backup
from desktop.services.exchange.periods import period_status
from desktop.ui.aksi.aksi_table_model import OVERDUE_COLOR, STATUS_COLORS, short_date
from desktop.ui.home.home_page import HomePage
from desktop.ui.settings.backup_section import last_backup_text
from desktop.ui.widgets.change_watcher import ChangeWatcher
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.read_only_table import read_only_table
from desktop.ui.window_context import WindowContext

DUE_SOON_COLOR = "#fff3c4"


def _swap(layout: QVBoxLayout, old: QWidget | None, new: QWidget) -> QWidget:
    if old is not None:
        layout.removeWidget(old)
        old.deleteLater()
    layout.addWidget(new)
    return new


class DashboardPage(QWidget):
    """The home page.

    Args:
        context: the window context.
        today: the day deadlines are judged from (tests pass a fixed date).

    Signals:
        loaded(): the sections were filled from freshly gathered data.
    """

    loaded = Signal()

    def __init__(self, context: WindowContext, today: date | None = None) -> None:
        super().__init__()
        self.context = context
        self.fixed_today = today
        self.loads = 0
        self._loading = False
        self._reload_again = False
        self.setObjectName("dashboard_page")
        # The office kop card and work area, reused from the plain home page.
        self.home = HomePage(context)
        self.home.data_box.hide()
        home_layout = self.home.layout()
        if home_layout is not None:
            home_layout.setContentsMargins(0, 0, 0, 0)
        self.year = QSpinBox(self)
        self.year.setObjectName("dashboard_year")
        self.year.setRange(2019, 2100)
        self.year.setValue(self.today().year)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("as_of")
        self.backup_notice = QLabel(self)
        self.backup_notice.setObjectName("backup_notice")
        self.backup_notice.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Tahun:"), self))
        top.addWidget(self.year)
        top.addWidget(self.as_of, 1)

        self.due_summary = QLabel(self)
        self.due_summary.setObjectName("due_summary")
        self.due_summary.setWordWrap(True)
        self.due_table = read_only_table(
            [_("Tenggat"), _("Sisa"), _("Perihal"), _("Penanggung jawab")],
            self,
            name="due_table",
            selectable=False,
            row_height=22,
        )
        self._fit_columns(self.due_table, stretch=(2, 3))  # Perihal and Penanggung jawab share the free width
        due_box = QGroupBox(_("Perlu perhatian: terlambat dan jatuh tempo dalam 30 hari"), self)
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_summary)
        due_layout.addWidget(self.due_table)

        self.status_box = QGroupBox(self)
        self.status_layout = QVBoxLayout(self.status_box)
        self.status_table = read_only_table(
            [_("Aksi"), _("Status"), _("Rencana selesai")],
            self,
            name="status_table",
            selectable=False,
            row_height=22,
        )
        self._fit_columns(self.status_table, stretch=(0,))
        self.status_layout.addWidget(self.status_table)
        self.status_view: QWidget | None = None

        self.checklist_box = QGroupBox(_("Kelengkapan daftar periksa desa per kecamatan"), self)
        self.template = QComboBox(self)
        self.template.setObjectName("dashboard_template")
        for template in checklist_templates():
            self.template.addItem(template.name, template.code)
        self.checklist_period = QLabel(self)
        self.checklist_period.setObjectName("checklist_period")
        self.completion_table = read_only_table(
            [_("Kecamatan"), _("Desa lengkap"), _("%")],
            self,
            name="completion_table",
            selectable=False,
            row_height=22,
        )
        checklist_layout = QVBoxLayout(self.checklist_box)
        checklist_layout.addWidget(self.template)
        checklist_layout.addWidget(self.checklist_period)
        checklist_layout.addWidget(self.completion_table)

        self.prevalence_box = QGroupBox(_("Prevalensi stunting dan target"), self)
        self.prevalence_layout = QVBoxLayout(self.prevalence_box)
        self.prevalence_view: QWidget | None = None
        self.verval_box = QGroupBox(_("Kemajuan verval KRS per kecamatan"), self)
        self.verval_box.setObjectName("verval_box")
        self.verval_layout = QVBoxLayout(self.verval_box)
        self.verval_view: QWidget | None = None
        self.period_box = QGroupBox(_("Kunci periode: periode jatuh tempo dan statusnya"), self)
        self.period_table = read_only_table(
            [_("Kantor"), _("Jenis"), _("Periode"), _("Status"), _("Catatan")],
            self,
            name="period_table",
            selectable=False,
            row_height=22,
        )
        self._fit_columns(self.period_table, stretch=(0, 4))
        QVBoxLayout(self.period_box).addWidget(self.period_table)

        grid = QGridLayout()
        grid.addWidget(due_box, 0, 0)
        grid.addWidget(self.status_box, 0, 1)
        grid.addWidget(self.checklist_box, 1, 0)
        grid.addWidget(self.prevalence_box, 1, 1)
        grid.addWidget(self.verval_box, 2, 0, 1, 2)
        grid.addWidget(self.period_box, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 16, 16, 16)
        column.addWidget(self.home)
        column.addWidget(self.backup_notice)
        column.addLayout(top)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.year.valueChanged.connect(self._on_year_changed)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.watcher = ChangeWatcher(context.app.session_factory, self)  # another PC's change refreshes the figures
        self.watcher.changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _fit_columns(table: QTableWidget, stretch: tuple[int, ...]) -> None:
        """The ``stretch`` columns share the free width (eliding their text, shown whole as a tooltip); the others
        (dates, counts) fit their content; no side scrolling, so every column stays in sight."""
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _show_backup_notice(self) -> None:
        """When the newest good backup was made; in red when there is none or it is more than 7 days old."""
        data_dir = self.context.app.data_dir
        text, warning = last_backup_text(
            last_good_backup(backup_folder(data_dir, backup_settings(data_dir))), datetime.now().astimezone()
        )
        self.backup_notice.setText(text)
        self.backup_notice.setStyleSheet("color: #b00020; font-weight: bold;" if warning else "color: #555;")

    def _show_periods(self, today: date) -> None:
        """The periods due (this office's, and each office's below) with their states; quick, read at once."""
        try:
            rows = period_status(self.context.app.session_factory, today=today)
        except UserError:  # no office set up yet: nothing is due
            rows = []
        self.period_table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = [
                row.office_name or row.office_code,
                PeriodKind(row.kind).label,
                row.period,
                row.state_label,
                row.note,
            ]
            for column, text in enumerate(cells):
                self.period_table.setItem(index, column, QTableWidgetItem(text))

    def today(self) -> date:
        """The day deadlines are judged from."""
        return self.fixed_today or date.today()

    def refresh(self) -> None:
        """Reloads the page: the kop at once, the rest gathered in the background (the window shows first)."""
        self.home.refresh()
        today = self.today()
        self.as_of.setText(_("Keadaan per {0}").format(day_date(today, screen=True)))
        self._show_backup_notice()
        self._show_periods(today)
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        factory = self.context.app.session_factory
        year = self.year.value()
        code = str(self.template.currentData() or "")
        handle = self.context.runner.run(
            lambda control: gather_dashboard(factory, today, year, code, control),
            on_done=self._on_gathered,
            on_error=self._on_gather_failed,
            writes=True,  # the year's action rows are created on first use
        )
        handle.ended.connect(self._on_gather_ended)

    def _on_gathered(self, data: DashboardData) -> None:
        self.show_data(data)

    def _on_gather_failed(self, error: BaseException, trace: str) -> None:
        template = _("Beranda tidak dapat dimuat: {reason}")
        report_failure(self, error, show=self.due_summary, template=template, trace=trace)

    def _on_gather_ended(self) -> None:
        self._loading = False
        self.watcher.mark_seen()  # the gather's own writes (a year's first action rows) are no one else's change
        if self._reload_again:
            self._reload_again = False
            self.refresh()

    def show_data(self, data: DashboardData) -> None:
        """Fills the sections from gathered data."""
        self._show_due(data)
        self._show_status(data)
        self._show_checklists(data)
        self._show_prevalence(data)
        self._show_verval(data)
        self.loads += 1
        self.loaded.emit()

    def _show_due(self, data: DashboardData) -> None:
        items = data.due
        overdue = sum(1 for item in items if item.overdue)
        text = _("{0} terlambat, {1} jatuh tempo dalam {2} hari.").format(
            overdue, len(items) - overdue, DEFAULT_HORIZON_DAYS
        )
        if not items:
            text = _("Tidak ada aksi atau RTL yang terlambat atau jatuh tempo dalam 30 hari.")
        if not data.holidays_known:
            text += " " + _("Hari libur tahun {0} belum tersedia; hanya Sabtu dan Minggu yang dilewati.").format(
                data.today.year
            )
        self.due_summary.setText(text)
        self.due_table.setRowCount(len(items))
        for row, item in enumerate(items):
            self._due_row(row, item)
        self.due_table.setMinimumHeight(min(320, 30 + 22 * max(len(items), 3)))

    def _due_row(self, row: int, item: DueItem) -> None:
        if item.overdue:
            left = _("lewat {0} hari kerja").format(-item.working_days_left)
        elif item.days_left == 0:
            left = _("hari ini")
        else:
            left = _("{0} hari kerja").format(item.working_days_left)
        deadline = short_date(item.effective_deadline)
        tip = f"{item.title}\n{item.status}"
        if item.effective_deadline != item.deadline:
            deadline += " *"
            tip += "\n" + _("Tenggat {0} jatuh pada hari libur; mundur ke hari kerja berikutnya.").format(
                long_date(item.deadline, screen=True)
            )
        color = QColor(OVERDUE_COLOR if item.overdue else DUE_SOON_COLOR)
        for column, text in enumerate((deadline, left, item.title, item.responsible)):
            cell = QTableWidgetItem(text)
            cell.setToolTip(tip)
            cell.setBackground(QBrush(color))
            cell.setForeground(QBrush(QColor("#000000")))
            self.due_table.setItem(row, column, cell)

    def _show_status(self, data: DashboardData) -> None:
        from desktop.ui.dashboard.dashboard_charts import status_chart

        rows = data.rows
        self.status_box.setTitle(_("Status aksi tahun {0}").format(data.year))
        counts = Counter(r.status for r in rows)
        labels = {s.value: s.label for s in AksiStatus if counts[s]}
        view = status_chart(dict(counts), labels, _("{0} aksi").format(len(rows)))
        view.setObjectName("status_view")
        self.status_view = _swap(self.status_layout, self.status_view, view)
        self.status_table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            planned = short_date(row.planned_end) if row.planned_end else "-"
            for column, text in enumerate((f"{row.label} {row.name}", _(row.status_label), planned)):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setBackground(QBrush(QColor(STATUS_COLORS.get(row.status, "#ffffff"))))
                    cell.setForeground(QBrush(QColor("#000000")))
                self.status_table.setItem(index, column, cell)
        self.status_table.setFixedHeight(self.status_table.horizontalHeader().sizeHint().height() + 22 * len(rows) + 4)

    def _show_checklists(self, data: DashboardData) -> None:
        if data.month is None:
            self.checklist_period.setText(_("Belum ada isian tahun {0}.").format(data.year))
            self.completion_table.setRowCount(0)
            return
        self.checklist_period.setText(
            _("Isian terakhir: {0} {1}").format(month_name(data.month, screen=True), data.year)
        )
        self.completion_table.setRowCount(len(data.completion))
        for index, row in enumerate(data.completion):
            shade = QColor.fromHsv(int(120 * row.percent / 100), 60, 250)
            cells = (
                row.name,
                f"{integer_text(row.desa_complete)} / {integer_text(row.desa_total)}",
                percent_text(row.percent, 0),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setBackground(QBrush(shade))
                    cell.setForeground(QBrush(QColor("#000000")))
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.completion_table.setItem(index, column, cell)
        self.completion_table.setMinimumHeight(min(320, 30 + 22 * len(data.completion)))

    def _show_prevalence(self, data: DashboardData) -> None:
        from desktop.ui.dashboard.dashboard_charts import prevalence_chart

        name = data.region_name.replace("Kabupaten ", "Kab. ").replace("Kota ", "")
        view = prevalence_chart(data.figures, national_reference(), name)
        view.setObjectName("prevalence_chart")
        self.prevalence_view = _swap(self.prevalence_layout, self.prevalence_view, view)

    def _show_verval(self, data: DashboardData) -> None:
        from desktop.ui.dashboard.dashboard_charts import progress_chart

        if data.verval is None:  # a build without the KRS module
            self.verval_box.hide()
            return
        if not data.verval:
            view: QWidget = QLabel(_("Belum ada data keluarga berisiko stunting (KRS) yang diimpor."), self)
        else:
            view = progress_chart(
                [(r.name, r.percent) for r in data.verval],
                _("Keluarga terverifikasi: {0} dari {1}").format(
                    integer_text(sum(r.verified for r in data.verval)),
                    integer_text(sum(r.total for r in data.verval)),
                ),
            )
        view.setObjectName("verval_view")
        self.verval_view = _swap(self.verval_layout, self.verval_view, view)

    def _on_year_changed(self, _year: int) -> None:
        self.refresh()

    def _on_template_changed(self, _index: int) -> None:
        self.refresh()
