"""The sections of the office settings form, each usable alone (a wizard page) or stacked (the Settings page)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import _
from desktop.domain.identifiers import format_nip
from desktop.domain.office import DEFAULT_KRS_ROUND, OfficeSettings, PaperSize
from desktop.services.regions import RegionInfo
from desktop.ui.settings.region_picker import RegionPicker
from desktop.ui.widgets.dialogs import confirm_delete
from desktop.ui.widgets.field_errors import FieldErrors


class FormSection(QWidget):
    """A group of office fields with an error label under each field (see :class:`FieldErrors`).

    Subclasses add fields with :meth:`add_field` and implement :meth:`load` and :meth:`store`.
    """

    #: field names of :class:`OfficeSettings` this section edits
    FIELDS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(self)

    def add_field(self, name: str, label: str, widget: QWidget, *, cleared_by: tuple[SignalInstance, ...] = ()) -> None:
        """Adds a labelled field and its (hidden until needed) error label ``error_<name>``.

        An edit of the field clears its error; ``cleared_by`` are further signals that do (for fields that are
        no single input widget).
        """
        widget.setObjectName(name)
        self.form.addRow(label, self.errors.field_row(name, widget, cleared_by=cleared_by))

    def show_problems(self, problems: dict[str, str]) -> bool:
        """Shows the problems of this section's fields (others are ignored); returns True when there were any."""
        return self.errors.show({name: problems[name] for name in self.FIELDS if name in problems})

    def error_text(self, name: str) -> str:
        """The error shown under a field (empty when none)."""
        return self.errors.error_text(name)

    def load(self, settings: OfficeSettings) -> None:
        """Fills the fields from settings."""
        raise NotImplementedError

    def store(self, settings: OfficeSettings) -> None:
        """Copies the fields into settings."""
        raise NotImplementedError


class IdentitySection(FormSection):
    """Region, office name, address, signing place and contacts."""

    FIELDS = ("region_code", "name", "address", "city", "phone", "email", "website")

    def __init__(self, kabupaten: list[RegionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = RegionPicker(kabupaten, self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(_("mis. Badan Perencanaan Pembangunan Daerah"))
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.city = QLineEdit(self)
        self.city.setPlaceholderText(_("tempat penandatanganan, mis. Rangkasbitung"))
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.website = QLineEdit(self)
        self.add_field("region_code", _("Kabupaten/kota:"), self.region)
        self.add_field("name", _("Nama kantor:"), self.name)
        self.add_field("address", _("Alamat:"), self.address)
        self.add_field("city", _("Tempat (kota) tanda tangan:"), self.city)
        self.add_field("phone", _("Telepon:"), self.phone)
        self.add_field("email", _("E-mail:"), self.email)
        self.add_field("website", _("Situs web:"), self.website)

    def load(self, settings: OfficeSettings) -> None:
        """Fills the fields from settings."""
        self.region.set_code(settings.region_code)
        self.name.setText(settings.name)
        self.address.setPlainText(settings.address)
        self.city.setText(settings.city)
        self.phone.setText(settings.phone)
        self.email.setText(settings.email)
        self.website.setText(settings.website)

    def store(self, settings: OfficeSettings) -> None:
        """Copies the fields into settings."""
        settings.region_code = self.region.code()
        settings.name = self.name.text()
        settings.address = self.address.toPlainText()
        settings.city = self.city.text()
        settings.phone = self.phone.text()
        settings.email = self.email.text()
        settings.website = self.website.text()


class EmblemSection(FormSection):
    """The emblem printed at the left of the letterhead (kop surat).

    Signals:
        changed(): another image was chosen or the image removed.
    """

    FIELDS = ("emblem_png",)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emblem: bytes | None = None
        self.preview = QLabel(self)
        self.preview.setFixedSize(120, 140)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #c8c8c8; background: white;")
        self.choose = QPushButton(_("Pilih gambar…"), self)
        self.choose.setObjectName("choose_emblem")
        self.remove = QPushButton(_("Hapus"), self)
        self.remove.setObjectName("remove_emblem")
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        self.add_field("emblem_png", _("Lambang daerah:"), holder, cleared_by=(self.changed,))
        hint = QLabel(_("PNG atau JPEG, paling besar 2 MB; tampil di kiri kop surat."), self)
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self._refresh()

    def set_emblem(self, data: bytes | None) -> None:
        """Sets the emblem image bytes (PNG/JPEG) and updates the preview."""
        changed = data != self._emblem
        self._emblem = data
        self._refresh()
        if changed:
            self.changed.emit()

    def emblem(self) -> bytes | None:
        """The chosen emblem bytes."""
        return self._emblem

    def load_file(self, path: Path) -> None:
        """Reads an image file as the emblem."""
        self.set_emblem(path.read_bytes())

    def _refresh(self) -> None:
        pixmap = QPixmap()
        if self._emblem and pixmap.loadFromData(self._emblem):
            self.preview.setPixmap(
                pixmap.scaled(110, 130, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(_("(tanpa lambang)") if not self._emblem else _("(gambar rusak)"))
        self.remove.setEnabled(self._emblem is not None)

    def _on_choose_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Pilih gambar lambang"), "", _("Gambar (*.png *.jpg *.jpeg)")
        )
        if name:
            self.load_file(Path(name))

    def _on_remove_clicked(self) -> None:
        self.remove_emblem()

    def remove_emblem(self) -> bool:
        """Removes the image from the form after asking; returns True when removed."""
        if self._emblem is None:
            return False
        detail = _("Kop surat dicetak tanpa lambang setelah disimpan.")
        if not confirm_delete(self, _("lambang kop surat"), detail):
            return False
        self.set_emblem(None)
        return True

    def load(self, settings: OfficeSettings) -> None:
        """Fills the fields from settings."""
        self.set_emblem(settings.emblem_png)

    def store(self, settings: OfficeSettings) -> None:
        """Copies the fields into settings."""
        settings.emblem_png = self._emblem


class HeadSection(FormSection):
    """The head of office, who signs documents: name with titles, position, rank and NIP."""

    FIELDS = ("head_name", "head_position", "head_rank", "head_nip")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.head_name = QLineEdit(self)
        self.head_name.setPlaceholderText(_("nama lengkap dengan gelar"))
        self.head_position = QLineEdit(self)
        self.head_position.setPlaceholderText(_("mis. Kepala Bappeda Kabupaten ..."))
        self.head_rank = QComboBox(self)
        self.head_rank.setEditable(True)
        self.head_rank.addItems(RANKS)
        self.head_rank.setCurrentText("")
        self.head_nip = QLineEdit(self)
        self.head_nip.setPlaceholderText(_("18 angka; kosongkan bila bukan PNS"))
        self.add_field("head_name", _("Nama:"), self.head_name)
        self.add_field("head_position", _("Jabatan:"), self.head_position)
        self.add_field("head_rank", _("Pangkat/golongan:"), self.head_rank)
        self.add_field("head_nip", _("NIP:"), self.head_nip)

    def load(self, settings: OfficeSettings) -> None:
        """Fills the fields from settings."""
        self.head_name.setText(settings.head_name)
        self.head_position.setText(settings.head_position)
        self.head_rank.setCurrentText(settings.head_rank)
        self.head_nip.setText(format_nip(settings.head_nip))

    def store(self, settings: OfficeSettings) -> None:
        """Copies the fields into settings."""
        settings.head_name = self.head_name.text()
        settings.head_position = self.head_position.text()
        settings.head_rank = self.head_rank.currentText()
        settings.head_nip = self.head_nip.text()


class DocumentSection(FormSection):
    """Paper size, the document numbering pattern and the current KRS data round."""

    FIELDS = ("paper_size", "document_number_pattern", "krs_round")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper_size = QComboBox(self)
        # The multiplication sign is meant (RUF001).
        self.paper_size.addItem(_("F4 (215 × 330 mm)"), PaperSize.F4.value)  # noqa: RUF001
        self.paper_size.addItem(_("A4 (210 × 297 mm)"), PaperSize.A4.value)  # noqa: RUF001
        self.pattern = QLineEdit(self)
        self.pattern.setPlaceholderText("400.5.7/{nomor}/Bappeda/{tahun}")
        self.add_field("paper_size", _("Ukuran kertas bawaan:"), self.paper_size)
        self.add_field("document_number_pattern", _("Pola nomor dokumen:"), self.pattern)
        hint = QLabel(_("{nomor} diganti nomor urut (kosong: ___ untuk diisi tangan), {tahun} diganti tahun."))
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.krs_round = QLineEdit(DEFAULT_KRS_ROUND, self)  # a new office starts with the default round
        self.krs_round.setObjectName("krs_round")
        self.krs_round.setPlaceholderText(DEFAULT_KRS_ROUND)
        self.krs_round.setMaxLength(8)
        self.add_field("krs_round", _("Putaran data KRS:"), self.krs_round)

    def load(self, settings: OfficeSettings) -> None:
        """Fills the fields from settings."""
        index = self.paper_size.findData(settings.paper_size)
        self.paper_size.setCurrentIndex(max(index, 0))
        self.pattern.setText(settings.document_number_pattern)
        self.krs_round.setText(settings.krs_round)

    def store(self, settings: OfficeSettings) -> None:
        """Copies the fields into settings."""
        settings.paper_size = str(self.paper_size.currentData())
        settings.document_number_pattern = self.pattern.text()
        settings.krs_round = self.krs_round.text().strip()


# Civil-service ranks (PP 99/2000), offered in the rank field; the field stays editable for other titles.
RANKS = [
    "Juru Muda (I/a)",
    "Juru Muda Tingkat I (I/b)",
    "Juru (I/c)",
    "Juru Tingkat I (I/d)",
    "Pengatur Muda (II/a)",
    "Pengatur Muda Tingkat I (II/b)",
    "Pengatur (II/c)",
    "Pengatur Tingkat I (II/d)",
    "Penata Muda (III/a)",
    "Penata Muda Tingkat I (III/b)",
    "Penata (III/c)",
    "Penata Tingkat I (III/d)",
    "Pembina (IV/a)",
    "Pembina Tingkat I (IV/b)",
    "Pembina Utama Muda (IV/c)",
    "Pembina Utama Madya (IV/d)",
    "Pembina Utama (IV/e)",
]
