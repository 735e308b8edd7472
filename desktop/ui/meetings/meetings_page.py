"""Rapat: meeting series and their meetings on the left, the meeting editor on the right.

Unsaved input in the editor is settled (Simpan / Buang / Batal) before another meeting, another series, a new
meeting or another page replaces it; Batal keeps the meeting selected.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
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

from desktop.domain.i18n import _
from desktop.domain.meetings.codes import TYPE_LEVELS, MeetingLevel, MeetingStatus, MeetingType
from desktop.domain.meetings.records import MeetingData, MeetingError, MeetingValidationError, SeriesData
from desktop.services.letterheads import list_letterheads
from desktop.services.meetings.meeting_service import (
    create_meeting,
    get_meeting,
    list_meetings,
    list_series,
    region_choices,
    save_series,
    suggested_number,
)
from desktop.services.office import get_office
from desktop.ui.meetings.meeting_editor import MeetingEditor
from desktop.ui.meetings.new_meeting_dialog import NewMeetingDialog
from desktop.ui.meetings.rows_table_model import Column, RowsTableModel
from desktop.ui.meetings.series_dialog import SeriesDialog
from desktop.ui.widgets.read_only_table import install_full_text_tooltips
from desktop.ui.widgets.unsaved import settle_unsaved
from desktop.ui.window_context import WindowContext


def _short_status(status: str) -> str:
    """``Final`` or ``Draf`` for the list (the editor says more)."""
    return _("Final") if status == MeetingStatus.FINAL else MeetingStatus.label_of(status)


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
        self.new_series_button = QPushButton(_("Seri baru…"), self)
        self.new_series_button.setObjectName("new_series")
        self.new_meeting_button = QPushButton(_("Rapat baru"), self)
        self.new_meeting_button.setObjectName("new_meeting")
        self.model = RowsTableModel(
            [
                Column("meeting_date", _("Tanggal"), display=lambda d: d.strftime("%d-%m-%Y"), editable=False),
                Column("region_name", _("Wilayah"), editable=False),
                Column("title", _("Judul"), editable=False),
                Column("meeting_type", _("Jenis"), "choice", MeetingType.source_labels(), editable=False),
                Column("status", _("Status"), display=_short_status, editable=False),
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
        self._series_index = 0
        self.series_choice.currentIndexChanged.connect(self._on_series_changed)
        self.new_series_button.clicked.connect(self.open_series_dialog)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.view.selectionModel().currentRowChanged.connect(self._on_meeting_selected)
        self.editor.changed.connect(self._on_editor_changed)
        self.series_dialog: SeriesDialog | None = None
        self.new_meeting_dialog: NewMeetingDialog | None = None
        self._reload_lists()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Seri:"), self))
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
        """Shown again: reloads the series, the meetings and the meeting shown (what other pages changed, e.g. an
        RTL marked done on the RTL page); unsaved input in the editor stays."""
        self._reload_lists()
        self.editor.reload_stored()

    def has_unsaved_changes(self) -> bool:
        """True while the meeting editor holds unsaved input."""
        return self.editor.has_unsaved_changes()

    def confirm_leave(self) -> bool:
        """Asks Simpan / Buang / Batal about unsaved input; False keeps the page."""
        return settle_unsaved(self, self.editor)

    def _reload_lists(self) -> None:
        """Reloads the series and meetings, keeping the selection where possible."""
        current = self.series_choice.currentData()
        self.series_choice.blockSignals(True)
        self.series_choice.clear()
        self.series_choice.addItem(_("Semua rapat"), None)
        for series in list_series(self.context.app.session_factory):
            self.series_choice.addItem(f"{series.name} ({series.meeting_count})", series.id)
        self.series_choice.setCurrentIndex(max(self.series_choice.findData(current), 0))
        self._series_index = self.series_choice.currentIndex()
        self.series_choice.blockSignals(False)
        self.reload_meetings()

    def _on_series_changed(self, index: int) -> None:
        if index == self._series_index:
            return
        if not settle_unsaved(self, self.editor):
            self._set_series_quietly(self._series_index)  # Batal: the series and the meeting stay
            return
        self._series_index = self.series_choice.currentIndex()
        self.reload_meetings()

    def _set_series_quietly(self, index: int) -> None:
        blocked = self.series_choice.blockSignals(True)
        self.series_choice.setCurrentIndex(index)
        self.series_choice.blockSignals(blocked)
        self._series_index = self.series_choice.currentIndex()

    def reload_meetings(self, select_id: int | None = None) -> None:
        """Lists the meetings of the chosen series and selects ``select_id`` (or keeps the current one)."""
        keep = select_id if select_id is not None else self.editor.meeting_id
        self.model.set_rows(list_meetings(self.context.app.session_factory, self.series_choice.currentData()))
        if self._select_quietly(keep):
            if keep != self.editor.meeting_id:
                self.editor.load(keep)
            return
        self.editor.load(None)

    def _row_of(self, meeting_id: int | None) -> int | None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == meeting_id:
                return row
        return None

    def _select_quietly(self, meeting_id: int | None) -> bool:
        """Selects a meeting's row without loading it again; False when it is not listed."""
        row = self._row_of(meeting_id)
        selection = self.view.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            if row is None:
                selection.clear()
                self.view.setCurrentIndex(QModelIndex())
                return False
            self.view.selectRow(row)
            return True
        finally:
            selection.blockSignals(blocked)

    def _on_meeting_selected(self, current: object, _previous: object) -> None:
        row = getattr(current, "row", lambda: -1)()
        if not 0 <= row < self.model.rowCount():
            return
        meeting_id = self.model.row_at(row).id
        if meeting_id == self.editor.meeting_id:
            return
        if not settle_unsaved(self, self.editor):
            # Batal: the current meeting stays selected; again once the click that chose the other row is done
            # (the view selects the clicked row after this signal).
            self._select_quietly(self.editor.meeting_id)
            QTimer.singleShot(0, lambda: self._select_quietly(self.editor.meeting_id))
            return
        # Saving reloaded the list (the title may have changed): select the chosen meeting again, then show it.
        self._select_quietly(meeting_id)
        self.editor.load(meeting_id)

    def _on_editor_changed(self) -> None:
        self._reload_lists()

    def open_series_dialog(self) -> SeriesDialog:
        """Opens the new-series dialog (non-modal to the event loop: ``open()``)."""
        found = list_letterheads(self.context.app.session_factory)
        kops = [(item.id, f"{item.key} — {item.name}") for item in found if item.id is not None]
        dialog = SeriesDialog(self.regions, self, office_region=self.office_region, letterheads=kops)
        dialog.buttons.accepted.connect(lambda: self._on_series_accepted(dialog))
        self.series_dialog = dialog
        dialog.open()
        return dialog

    def _on_series_accepted(self, dialog: SeriesDialog) -> None:
        try:
            series_id = save_series(self.context.app.session_factory, dialog.collect())
        except MeetingValidationError as error:
            dialog.show_problems(error.problems)
            return
        dialog.accept()
        self._reload_lists()
        self.series_choice.setCurrentIndex(self.series_choice.findData(series_id))

    def _series(self, series_id: int) -> SeriesData | None:
        return next((s for s in list_series(self.context.app.session_factory) if s.id == series_id), None)

    def new_meeting(self) -> NewMeetingDialog | None:
        """Asks for the new meeting's series and date (after settling unsaved input); nothing is created until the
        user presses *Buat rapat*. Non-modal to the event loop (``open()``)."""
        if not settle_unsaved(self, self.editor):
            return None
        series = list_series(self.context.app.session_factory)
        dialog = NewMeetingDialog(series, self.series_choice.currentData(), self)
        dialog.buttons.accepted.connect(lambda: self._on_new_meeting_accepted(dialog))
        self.new_meeting_dialog = dialog
        dialog.open()
        return dialog

    def _on_new_meeting_accepted(self, dialog: NewMeetingDialog) -> None:
        when = dialog.chosen_date()
        if when is None:  # the dialog says why under its date field
            return
        created_id = self.create_meeting(dialog.series_id(), dialog.chosen_type(), when)
        if created_id is not None:
            dialog.accept()

    def create_meeting(self, series_id: int | None, meeting_type: str, when: date) -> int | None:
        """Creates a meeting (open RTL and unfinished agenda of the series carry over) and shows it."""
        factory = self.context.app.session_factory
        series = self._series(series_id) if series_id is not None else None
        data = MeetingData(
            series_id=series_id,
            title=series.name if series else MeetingType.label_of(meeting_type),
            meeting_type=series.meeting_type if series else meeting_type,
            level=series.level if series else TYPE_LEVELS.get(meeting_type, MeetingLevel.KABUPATEN).value,
            region_code=series.region_code if series else self.office_region,
            number=suggested_number(self.number_pattern, when),
            meeting_date=when,
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
            _(
                "Rapat baru dibuat; {carried_actions} RTL terbuka dan {carried_agenda} agenda belum selesai dibawa "
                "dari rapat sebelumnya."
            ).format(carried_actions=str(created.carried_actions), carried_agenda=str(created.carried_agenda))
        )
        if self.series_choice.currentData() not in (None, series_id):
            self._set_series_quietly(max(self.series_choice.findData(series_id), 0))
        self._reload_lists()
        self.reload_meetings(created.id)
        return created.id
