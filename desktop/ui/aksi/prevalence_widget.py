"""The district's stunting prevalence targets and achieved figures by year and source, beside the national ones."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain import numbers
from desktop.domain.i18n import _
from desktop.services.aksi.prevalence import (
    KIND_ACHIEVED,
    KIND_TARGET,
    PrevalenceError,
    list_figures,
    national_reference,
    save_figure,
)
from desktop.services.office import get_office
from desktop.ui.widgets.read_only_table import install_full_text_tooltips
from desktop.ui.widgets.unsaved import DirtyTracker
from desktop.ui.widgets.unsaved_mark import UnsavedMark

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def percent_text(value: float) -> str:
    """Returns ``21,5%`` (up to two decimals, through the shared Indonesian formatter)."""
    return numbers.percent_text(value, 2, trim=True)


class PrevalenceWidget(QWidget):
    """Lists and records the district's targets and achieved prevalence; shows the national figures too.

    An unsaved editor: a value, source or note typed but not saved is asked about before the page is left.
    """

    def __init__(self, session_factory: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.table = QTableWidget(0, 5, self)
        install_full_text_tooltips(self.table)
        self.table.setObjectName("prevalence_table")
        self.table.setHorizontalHeaderLabels([_("Tahun"), _("Jenis"), _("Sumber"), _("Prevalensi"), _("Nasional")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.kind = QComboBox(self)
        self.kind.addItem(_("Target"), KIND_TARGET)
        self.kind.addItem(_("Capaian"), KIND_ACHIEVED)
        self.source = QComboBox(self)
        self.source.setEditable(True)
        self.source.addItems(["", *national_reference().sources])
        self.value = QDoubleSpinBox(self)
        self.value.setObjectName("prevalence_value")
        self.value.setRange(0, 100)
        self.value.setDecimals(2)
        self.value.setSuffix(" %")
        self.notes = QLineEdit(self)
        self.notes.setPlaceholderText(_("Catatan (dasar target, dokumen sumber)"))
        self.save_button = QPushButton(_("Simpan angka"), self)
        self.save_button.setObjectName("save_prevalence")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.message = QLabel(self)
        self.message.setObjectName("prevalence_message")
        form = QHBoxLayout()
        for label, widget in (
            (_("Tahun:"), self.year),
            (_("Jenis:"), self.kind),
            (_("Sumber:"), self.source),
            (_("Nilai:"), self.value),
        ):
            form.addWidget(QLabel(label, self))
            form.addWidget(widget)
        form.addWidget(self.notes, 1)
        self.tracker = DirtyTracker(self)
        self.tracker.watch(self.value, self.source, self.notes)
        self.unsaved_mark = UnsavedMark(self.tracker, self.save_button, self)
        form.addWidget(self.unsaved_mark)
        form.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.refresh()

    def _region(self) -> str | None:
        office = get_office(self.session_factory)
        return office.region_code if office else None

    def refresh(self) -> None:
        """Reloads the figures."""
        region = self._region()
        figures = list_figures(self.session_factory, region) if region else []
        national = {p.year: f"{percent_text(p.value)} ({p.label})" for p in national_reference().prevalence}
        national_targets = {t.year: percent_text(t.value) for t in national_reference().targets}
        self.table.setRowCount(len(figures))
        for row, figure in enumerate(figures):
            reference = (
                national_targets.get(figure.year, "") if figure.kind == KIND_TARGET else national.get(figure.year, "")
            )
            cells = (
                str(figure.year),
                _("Target") if figure.kind == KIND_TARGET else _("Capaian"),
                figure.source or "-",
                percent_text(figure.value),
                reference,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def save(self) -> bool:
        """Saves the figure in the form; the message label reports the outcome."""
        region = self._region()
        if region is None:
            self.message.setText(_("Kantor belum diatur."))
            return False
        try:
            save_figure(
                self.session_factory,
                region,
                self.year.value(),
                str(self.kind.currentData()),
                self.value.value(),
                source=self.source.currentText(),
                notes=self.notes.text(),
            )
        except PrevalenceError as error:
            self.message.setText(str(error))
            self.message.setStyleSheet(ERROR_STYLE)
            return False
        self.message.setText(_("Angka tersimpan."))
        self.message.setStyleSheet(OK_STYLE)
        self.tracker.mark_clean()
        self.refresh()
        return True

    def _on_save_clicked(self) -> None:
        self.save()

    # -- unsaved changes (UnsavedEditor) ----------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """True while a typed figure is not saved."""
        return self.tracker.is_dirty

    def save_changes(self) -> bool:
        """Saves the typed figure."""
        return self.save()

    def discard_changes(self) -> None:
        """Empties the form."""
        with self.tracker.loading():
            self.value.setValue(0)
            self.source.setCurrentText("")
            self.notes.clear()
        self.message.clear()

    def unsaved_title(self) -> str:
        """The figure, for the question."""
        return _("angka prevalensi {0} tahun {1}").format(self.kind.currentText().lower(), self.year.value())
