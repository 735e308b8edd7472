"""Checklist entry per desa and month (3 standar dan 4 PASTI, Intervensi Serentak) for one kecamatan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import month_name
from desktop.domain.i18n import _
from desktop.domain.periods import PeriodKind
from desktop.services.aksi.checklists import ChecklistError, checklist_templates, month_grid, save_desa_values
from desktop.services.exchange.periods import period_lock_at
from desktop.services.office import get_office
from desktop.services.regions import by_name, children_of
from desktop.ui.aksi.checklist_table_model import NO, YES, ChecklistTableModel
from desktop.ui.widgets.period_banner import PeriodLockBanner
from desktop.ui.widgets.read_only_table import install_full_text_tooltips
from desktop.ui.widgets.unsaved import DirtyTracker, settle_unsaved
from desktop.ui.widgets.unsaved_mark import UnsavedMark
from desktop.ui.window_context import WindowContext

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


class YesNoDelegate(QStyledItemDelegate):
    """Edits yes/no cells with a drop-down (empty, Ya, Tidak); other cells with the default line edit."""

    def __init__(self, model: ChecklistTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        item = self.model.item_at(index.column())
        if item is None or item.type != "ya_tidak":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(["", _(YES), _(NO)])
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class ChecklistWidget(QWidget):
    """Pick a checklist, kecamatan and month; fill the grid; save.

    An unsaved editor: edited cells not saved yet are asked about before another checklist, kecamatan, month or
    year is shown (Batal keeps the grid and the choice).

    Args:
        context: the window context.
        parent: owner.
    """

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = date.today().year
        self.template = QComboBox(self)
        self.template.setObjectName("checklist_template")
        for template in checklist_templates():
            self.template.addItem(template.name, template.code)
        self.kecamatan = QComboBox(self)
        self.kecamatan.setObjectName("checklist_kecamatan")
        self.month = QComboBox(self)
        self.month.setObjectName("checklist_month")
        for month in range(1, 13):
            self.month.addItem(month_name(month, screen=True), month)
        self.month.setCurrentIndex(date.today().month - 1)
        self.model = ChecklistTableModel()
        self.model.problem.connect(self._on_model_problem)
        self.tracker = DirtyTracker(self)
        self.tracker.watch_model(self.model)
        self.view = QTableView(self)
        install_full_text_tooltips(self.view)
        self.view.setObjectName("checklist_grid")
        self.view.setModel(self.model)
        self.view.setItemDelegate(YesNoDelegate(self.model, self.view))
        self.edit_triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setEditTriggers(self.edit_triggers)
        self.lock_banner = PeriodLockBanner(self)  # the kecamatan's month is approved: the grid is read-only
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel(self)
        self.summary.setObjectName("checklist_summary")
        self.message = QLabel(self)
        self.message.setObjectName("checklist_message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(_("Simpan daftar periksa"), self)
        self.save_button.setObjectName("save_checklist")
        self.save_button.clicked.connect(self._on_save_clicked)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(_("Daftar periksa:"), self))
        pickers.addWidget(self.template, 1)
        pickers.addWidget(QLabel(_("Kecamatan:"), self))
        pickers.addWidget(self.kecamatan, 1)
        pickers.addWidget(QLabel(_("Bulan:"), self))
        pickers.addWidget(self.month)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary)
        buttons.addWidget(self.message, 1)
        self.unsaved_mark = UnsavedMark(self.tracker, self.save_button, self)
        buttons.addWidget(self.unsaved_mark)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._load_kecamatan()
        self._shown = self._choice()
        self.template.currentIndexChanged.connect(self._on_template_changed)
        for combo in (self.kecamatan, self.month):
            combo.currentIndexChanged.connect(self._on_picker_changed)

    def _load_kecamatan(self) -> None:
        office = get_office(self.context.app.session_factory)
        self.kecamatan.blockSignals(True)
        self.kecamatan.clear()
        if office is not None:
            for region in by_name(children_of(self.context.app.session_factory, office.region_code)):
                self.kecamatan.addItem(region.name, region.code)
        self.kecamatan.blockSignals(False)

    def set_year(self, year: int) -> None:
        """Shows the given year's values."""
        self.year = year
        self.reload()

    def reload(self) -> None:
        """Loads the grid for the chosen checklist, kecamatan, month and year."""
        code = self.template.currentData()
        kecamatan = self.kecamatan.currentData()
        if not code or not kecamatan:
            return
        factory = self.context.app.session_factory
        template = next(t for t in checklist_templates() if t.code == code)
        rows = month_grid(factory, code, kecamatan, self.year, int(self.month.currentData()))
        with self.tracker.loading():
            self.model.set_rows(template, rows)
        self._shown = self._choice()
        self._update_summary()
        period = f"{self.year:04d}-{int(self.month.currentData()):02d}"
        self.lock_banner.show_lock(period_lock_at(factory, PeriodKind.CHECKLIST, period, kecamatan))
        locked = self.lock_banner.locked
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if locked else self.edit_triggers)
        self.save_button.setVisible(not locked)

    def _choice(self) -> tuple[int, int, int]:
        return self.template.currentIndex(), self.kecamatan.currentIndex(), self.month.currentIndex()

    def _restore_choice(self) -> None:
        for combo, index in zip((self.template, self.kecamatan, self.month), self._shown, strict=True):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(blocked)

    def _update_summary(self) -> None:
        template = self.model.template
        if template is None:
            return
        complete = sum(1 for row in self.model.rows if row.complete(template))
        self.summary.setText(_("{0} dari {1} desa lengkap").format(complete, len(self.model.rows)))

    def _on_template_changed(self) -> None:
        if not settle_unsaved(self, self):
            self._restore_choice()
            return
        code = self.template.currentData()
        template = next((t for t in checklist_templates() if t.code == code), None)
        if template is not None and len(template.usual_months) == 1:
            # A once-a-year checklist (Intervensi Serentak in June) opens on its month.
            self.month.blockSignals(True)
            self.month.setCurrentIndex(template.usual_months[0] - 1)
            self.month.blockSignals(False)
        self._on_picker_changed()

    def _on_picker_changed(self) -> None:
        if not settle_unsaved(self, self):
            self._restore_choice()  # Batal: the grid keeps its input and its kecamatan/month
            return
        self.message.clear()
        self.reload()

    def _on_model_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE)

    def save(self) -> bool:
        """Saves the edited desa of the grid shown; the message label reports the outcome."""
        # The grid shown, not the pickers: they may already name the next grid while the user is asked.
        code = self.template.itemData(self._shown[0])
        month = int(self.month.itemData(self._shown[2]))
        changed = 0
        try:
            for region_code, values in self.model.changes().items():
                changed += save_desa_values(
                    self.context.app.session_factory, code, region_code, self.year, month, values
                )
        except ChecklistError as error:
            self.message.setText(str(error))
            self.message.setStyleSheet(ERROR_STYLE)
            return False
        self.reload()
        self.message.setText(_("Tersimpan: {0} isian berubah.").format(changed))
        self.message.setStyleSheet(OK_STYLE)
        return True

    def _on_save_clicked(self) -> None:
        self.save()

    # -- unsaved changes (UnsavedEditor) ----------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """True while edited cells are not saved."""
        return bool(self.model.dirty)

    def save_changes(self) -> bool:
        """Saves the edited desa."""
        return self.save()

    def discard_changes(self) -> None:
        """Shows the stored values again."""
        self.model.dirty.clear()
        self.tracker.mark_clean()
        self.reload()

    def unsaved_title(self) -> str:
        """The checklist and month, for the question."""
        template, kecamatan, month = self._shown
        return _("daftar periksa '{0}' {1}, {2} {3}").format(
            self.template.itemText(template), self.kecamatan.itemText(kecamatan), self.month.itemText(month), self.year
        )
