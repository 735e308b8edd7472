"""Rapat: meeting series and their meetings on the left, the meeting editor on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.meetings.codes import MEETING_STATUSES, MEETING_TYPES, STATUS_FINAL, label
from desktop.services.meetings.meeting_service import (
    create_meeting,
    get_meeting,
    list_meetings,
    list_series,
    region_choices,
    save_series,
    suggested_number,
)
from desktop.services.meetings.records import MeetingData, MeetingError, MeetingValidationError, SeriesData
from desktop.services.office import get_office
from desktop.ui.meetings.meeting_editor import MeetingEditor
from desktop.ui.meetings.rows_table_model import Column, RowsTableModel
from desktop.ui.meetings.series_dialog import SeriesDialog
from desktop.ui.widgets.read_only_table import install_full_text_tooltips
from desktop.ui.window_context import WindowContext


def _short_status(status: str) -> str:
    """``Final`` or ``Draf`` for the list (the editor says more)."""
    return "Final" if status == STATUS_FINAL else label(MEETING_STATUSES, status)


class MeetingsPage(QWidget):
    """The Rapat page.

    Args:
        context: the window context.
    """

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self.setObjectName("meetings_page")
        self.context = context
        office = get_office(context.app.session_factory)
        self.office_region = office.region_code if office else ""
        self.number_pattern = office.document_number_pattern if office else ""
        self.regions = region_choices(context.app.session_factory, self.office_region) if office else []
        self.series_choice = QComboBox(self)
        self.series_choice.setObjectName("series_choice")
        self.new_series_button = QPushButton(self.tr("Seri baru…"), self)
        self.new_series_button.setObjectName("new_series")
        self.new_meeting_button = QPushButton(self.tr("Rapat baru"), self)
        self.new_meeting_button.setObjectName("new_meeting")
        self.model = RowsTableModel(
            [
                Column("meeting_date", self.tr("Tanggal"), display=lambda d: d.strftime("%d-%m-%Y"), editable=False),
                Column("region_name", self.tr("Wilayah"), editable=False),
                Column("title", self.tr("Judul"), editable=False),
                Column("meeting_type", self.tr("Jenis"), "choice", MEETING_TYPES, editable=False),
                Column("status", self.tr("Status"), display=_short_status, editable=False),
            ],
            lambda: None,
            self,
        )
        self.view = QTableView(self)
        install_full_text_tooltips(self.view)
        self.view.setObjectName("meetings_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Date, region and status fit their text; the title takes the rest on one line (full title in the editor),
        # so meetings of the same title in different kecamatan are told apart by the region column.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setColumnHidden(3, True)  # the type is in the series; shown in the editor
        self.message = QLabel(self)
        self.message.setObjectName("meetings_message")
        self.message.setWordWrap(True)
        self.editor = MeetingEditor(context, self.regions, self)
        self._layout()
        self.series_choice.currentIndexChanged.connect(lambda _i: self.reload_meetings())
        self.new_series_button.clicked.connect(self.open_series_dialog)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.view.selectionModel().currentRowChanged.connect(self._on_meeting_selected)
        self.editor.changed.connect(self._on_editor_changed)
        self.series_dialog: SeriesDialog | None = None
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Seri:"), self))
        top.addWidget(self.series_choice, 1)
        top.addWidget(self.new_series_button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        column.addWidget(self.new_meeting_button)
        column.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        """Reloads the series and meetings, keeping the selection where possible."""
        current = self.series_choice.currentData()
        self.series_choice.blockSignals(True)
        self.series_choice.clear()
        self.series_choice.addItem(self.tr("Semua rapat"), None)
        for series in list_series(self.context.app.session_factory):
            self.series_choice.addItem(f"{series.name} ({series.meeting_count})", series.id)
        self.series_choice.setCurrentIndex(max(self.series_choice.findData(current), 0))
        self.series_choice.blockSignals(False)
        self.reload_meetings()

    def reload_meetings(self, select_id: int | None = None) -> None:
        """Lists the meetings of the chosen series and selects ``select_id`` (or keeps the current one)."""
        keep = select_id if select_id is not None else self.editor.meeting_id
        self.model.set_rows(list_meetings(self.context.app.session_factory, self.series_choice.currentData()))
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == keep:
                self.view.selectRow(row)
                return
        self.editor.load(None)

    def _on_meeting_selected(self, current: object, _previous: object) -> None:
        row = getattr(current, "row", lambda: -1)()
        if 0 <= row < self.model.rowCount():
            meeting_id = self.model.row_at(row).id
            if meeting_id != self.editor.meeting_id:
                self.editor.load(meeting_id)

    def _on_editor_changed(self) -> None:
        self.refresh()

    def open_series_dialog(self) -> SeriesDialog:
        """Opens the new-series dialog (non-modal to the event loop: ``open()``)."""
        dialog = SeriesDialog(self.regions, self)
        dialog.region.set_code(self.office_region)
        dialog.buttons.accepted.connect(lambda: self._on_series_accepted(dialog))
        self.series_dialog = dialog
        dialog.open()
        return dialog

    def _on_series_accepted(self, dialog: SeriesDialog) -> None:
        try:
            series_id = save_series(self.context.app.session_factory, dialog.collect())
        except MeetingValidationError as error:
            dialog.problems.setText("\n".join(error.problems.values()))
            return
        dialog.accept()
        self.refresh()
        self.series_choice.setCurrentIndex(self.series_choice.findData(series_id))

    def _series(self, series_id: int) -> SeriesData | None:
        return next((s for s in list_series(self.context.app.session_factory) if s.id == series_id), None)

    def new_meeting(self) -> int | None:
        """Creates a meeting in the chosen series (open RTL and unfinished agenda carry over) and selects it."""
        factory = self.context.app.session_factory
        series_id = self.series_choice.currentData()
        series = self._series(series_id) if series_id is not None else None
        today = date.today()
        data = MeetingData(
            series_id=series_id,
            title=series.name if series else self.tr("Rapat baru"),
            meeting_type=series.meeting_type if series else "LAINNYA",
            level=series.level if series else "kabupaten",
            region_code=series.region_code if series else self.office_region,
            number=suggested_number(self.number_pattern, today),
            meeting_date=today,
        )
        previous = list_meetings(factory, series_id) if series_id is not None else []
        if previous:
            last = get_meeting(factory, previous[0].id).header
            data.chair, data.secretary, data.place = last.chair, last.secretary, last.place
        try:
            created = create_meeting(factory, data)
        except MeetingError as error:
            self.message.setText(str(error))
            return None
        self.message.setText(
            self.tr("Rapat baru dibuat; %1 RTL terbuka dan %2 agenda belum selesai dibawa dari rapat sebelumnya.")
            .replace("%1", str(created.carried_actions))
            .replace("%2", str(created.carried_agenda))
        )
        self.reload_meetings(created.id)
        self.editor.load(created.id)
        return created.id
