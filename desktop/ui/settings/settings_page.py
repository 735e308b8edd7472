"""Pengaturan: edit the office settings entered in the setup wizard."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.services.office import OfficeSettings, OfficeValidationError, get_office, kabupaten_choices, save_office
from desktop.ui.settings.office_sections import (
    DocumentSection,
    EmblemSection,
    FormSection,
    HeadSection,
    IdentitySection,
)
from desktop.ui.window_context import WindowContext


class SettingsPage(QWidget):
    """All office settings on one scrollable page with a Save button.

    Args:
        context: the window context.

    Signals:
        office_saved(): the settings were stored.
    """

    office_saved = Signal()

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("settings_page")
        factory = context.app.session_factory
        self.identity = IdentitySection(kabupaten_choices(factory))
        self.emblem = EmblemSection()
        self.head = HeadSection()
        self.document = DocumentSection()
        self.sections: list[FormSection] = [self.identity, self.emblem, self.head, self.document]
        body = QWidget()
        column = QVBoxLayout(body)
        for title, section in (
            (self.tr("Identitas kantor"), self.identity),
            (self.tr("Lambang kop surat"), self.emblem),
            (self.tr("Kepala kantor (penandatangan)"), self.head),
            (self.tr("Dokumen"), self.document),
        ):
            box = QGroupBox(title, body)
            QVBoxLayout(box).addWidget(section)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.status = QLabel(self)
        self.status.setObjectName("settings_status")
        self.save_button = QPushButton(self.tr("&Simpan"), self)
        self.save_button.setObjectName("save_settings")
        self.revert_button = QPushButton(self.tr("Kembalikan"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.revert_button.clicked.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Loads the stored settings into the form."""
        office = get_office(self.context.app.session_factory) or OfficeSettings()
        for section in self.sections:
            section.load(office)
            section.show_problems({})
        self.status.clear()

    def collect(self) -> OfficeSettings:
        """Builds settings from the form."""
        settings = OfficeSettings()
        for section in self.sections:
            section.store(settings)
        return settings

    def save(self) -> bool:
        """Validates and stores the form; returns True when saved."""
        try:
            save_office(self.context.app.session_factory, self.collect())
        except OfficeValidationError as error:
            for section in self.sections:
                section.show_problems(error.problems)
            self.status.setText(self.tr("Belum tersimpan: periksa isian yang ditandai merah."))
            self.status.setStyleSheet("color: #b00020;")
            return False
        for section in self.sections:
            section.show_problems({})
        self.status.setText(self.tr("Pengaturan tersimpan."))
        self.status.setStyleSheet("color: #1b5e20;")
        self.office_saved.emit()
        return True

    def _on_save_clicked(self) -> None:
        self.save()
