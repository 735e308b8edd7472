"""The "Pertukaran Data" page: partners, sending a package, receiving one, resolving conflicts, the history."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import N_, _
from desktop.paths import removable_drives
from desktop.preferences import backup_settings
from desktop.services.backup.automatic import backup_before_large_import
from desktop.services.exchange.acks import write_ack
from desktop.services.exchange.conflicts import ConflictInfo, list_conflicts, resolve_conflict
from desktop.services.exchange.export import ExportResult, export_package
from desktop.services.exchange.importer import OUTCOMES, ExchangeImportResult, import_package
from desktop.services.exchange.offices import (
    add_partner,
    list_partners,
    own_card,
    package_history,
    read_card,
    revoke_partner,
    write_card,
)
from desktop.services.krs.family_list import code_labels, region_name
from desktop.services.tasks import TaskControl
from desktop.ui.exchange.conflict_view import describe, field_label, shown_fields, shown_value
from desktop.ui.exchange.period_tab import PeriodTab
from desktop.ui.widgets.dialogs import confirm
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.save_target import checked_save_target
from desktop.ui.window_context import WindowContext

OUTCOME_HEADERS = {
    "new": _("Baru"),
    "updated": _("Diperbarui"),
    "unchanged": _("Tidak berubah"),
    "conflicts": _("Konflik"),
    "deleted": _("Dihapus"),
    "rejected": _("Ditolak"),
}

ENTITY_LABELS = {
    "krs_family": N_("Keluarga KRS"),
    "krs_verification": N_("Verifikasi KRS"),
    "case_child": N_("Anak (kasus stunting)"),
    "case_measurement": N_("Pengukuran anak"),
    "case_status_change": N_("Status kasus"),
    "person": N_("Daftar kontak"),
    "meeting_series": N_("Seri rapat"),
    "meeting": N_("Rapat"),
    "meeting_participant": N_("Peserta rapat"),
    "agenda_item": N_("Agenda rapat"),
    "discussion_point": N_("Pembahasan rapat"),
    "meeting_decision": N_("Keputusan rapat"),
    "action_item": N_("RTL"),
    "action_review": N_("Tinjauan RTL"),
    "action_status_change": N_("Status RTL"),
    "checklist_value": N_("Daftar periksa desa"),
    "prevalence_figure": N_("Angka prevalensi"),
}


def entity_label(name: str) -> str:
    """The Indonesian name of an exchanged entity."""
    return _(ENTITY_LABELS[name]) if name in ENTITY_LABELS else name


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


class ExchangePage(QWidget):
    """Exchange with partner offices by file (``.konv``), with the dry-run summary before anything is applied.

    Args:
        context: the window context.
        parent: owner.
    """

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_page")
        self.context = context
        self._pending: Path | None = None
        self._last_import: ExchangeImportResult | None = None
        layout = QVBoxLayout(self)
        title = QLabel(_("<h2>Pertukaran Data</h2>"), self)
        self.own_label = QLabel(self)
        self.own_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._partners_tab(), _("Mitra"))
        self.tabs.addTab(self._send_tab(), _("Kirim data"))
        self.tabs.addTab(self._receive_tab(), _("Terima data"))
        self.tabs.addTab(self._conflicts_tab(), _("Konflik"))
        self.tabs.addTab(self._history_tab(), _("Riwayat"))
        self.message = QLabel(self)
        self.periods = PeriodTab(context, self.message, self)
        self.tabs.addTab(self.periods, _("Periode"))
        self.message.setObjectName("exchange_message")
        self.message.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.own_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)  # a package (.konv) or a partner's card (.konvid) dropped anywhere on the page
        self.refresh()

    # --- building -------------------------------------------------------------------------------------------

    def _partners_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.partners = _table(
            [_("Kode"), _("Nama"), _("Tingkat"), _("Wilayah"), _("Sidik jari"), _("Kirim"), _("Terima"), _("Diakui")],
            tab,
        )
        buttons = QHBoxLayout()
        self.add_partner_button = QPushButton(_("Tambah dari kartu…"), tab)
        self.revoke_button = QPushButton(_("Cabut mitra"), tab)
        self.card_button = QPushButton(_("Tulis kartu kantor ini…"), tab)
        for button in (self.add_partner_button, self.revoke_button, self.card_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.no_partners_hint = QLabel(
            _(
                "Belum ada mitra. Minta kartu kantor (.konvid) dari kantor mitra lewat flashdisk, lalu klik "
                "“Tambah dari kartu…” (atau seret kartunya ke halaman ini) dan cocokkan sidik jarinya lewat telepon."
            ),
            tab,
        )
        self.no_partners_hint.setObjectName("no_partners_hint")
        self.no_partners_hint.setWordWrap(True)
        layout.addWidget(self.no_partners_hint)
        layout.addWidget(self.partners, 1)
        layout.addLayout(buttons)
        self.add_partner_button.clicked.connect(self._on_add_partner_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.card_button.clicked.connect(self._on_card_clicked)
        return tab

    def _send_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.partner_combo = QComboBox(tab)
        self.target_combo = QComboBox(tab)
        self.target_combo.setObjectName("target_combo")
        self.send_hint = QLabel(tab)
        self.send_hint.setObjectName("send_hint")
        self.send_hint.setWordWrap(True)
        self.full_check = QCheckBox(_("Seluruh cakupan (bukan hanya perubahan sejak tanda terima terakhir)"), tab)
        self.names_check = QCheckBox(_("Ke provinsi: sertakan data dengan nama"), tab)
        self.send_button = QPushButton(_("Kirim data ke berkas…"), tab)
        self.send_result = QLabel(tab)
        self.send_result.setWordWrap(True)
        form.addRow("", self.send_hint)
        form.addRow(_("Mitra:"), self.partner_combo)
        form.addRow(_("Simpan ke:"), self.target_combo)
        form.addRow("", self.full_check)
        form.addRow("", self.names_check)
        form.addRow("", self.send_button)
        form.addRow("", self.send_result)
        self.send_button.clicked.connect(self._on_send_clicked)
        return tab

    def _receive_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.open_button = QPushButton(_("Buka paket (.konv)…"), tab)
        self.package_label = QLabel(tab)
        self.package_label.setWordWrap(True)
        self.summary = _table([_("Data"), *OUTCOME_HEADERS.values()], tab)
        self.summary.horizontalHeader().setStretchLastSection(False)
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(_("Terapkan"), tab)
        self.receipt_button = QPushButton(_("Simpan tanda terima untuk pengirim…"), tab)
        self.apply_button.setEnabled(False)
        self.receipt_button.setEnabled(False)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.package_label)
        layout.addWidget(self.summary, 1)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.receipt_button.clicked.connect(self._on_receipt_clicked)
        return tab

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        self.conflicts = _table([_("No."), _("Data"), _("Rekaman"), _("Dari"), _("Beda di")], splitter)
        self.sides = _table([_("Isian"), _("Versi kantor ini"), _("Versi masuk")], splitter)
        splitter.addWidget(self.conflicts)
        splitter.addWidget(self.sides)
        buttons = QHBoxLayout()
        self.keep_local_button = QPushButton(_("Pakai versi kantor ini"), tab)
        self.keep_incoming_button = QPushButton(_("Pakai versi masuk"), tab)
        self.all_local_button = QPushButton(_("Semua: versi kantor ini"), tab)
        self.all_incoming_button = QPushButton(_("Semua: versi masuk"), tab)
        for button in (
            self.keep_local_button,
            self.keep_incoming_button,
            self.all_local_button,
            self.all_incoming_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.conflicts.itemSelectionChanged.connect(self._on_conflict_selected)
        self.keep_local_button.clicked.connect(lambda: self.resolve_selected("local"))
        self.keep_incoming_button.clicked.connect(lambda: self.resolve_selected("incoming"))
        self.all_local_button.clicked.connect(lambda: self.resolve_all("local"))
        self.all_incoming_button.clicked.connect(lambda: self.resolve_all("incoming"))
        return tab

    def _history_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.history = _table(
            [_("Arah"), _("Mitra"), _("No."), _("Dibuat (jam pengirim)"), _("Cakupan"), _("Rekaman"), _("Diakui")], tab
        )
        layout.addWidget(self.history)
        return tab

    # --- state ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads partners, conflicts, history and periods again."""
        factory = self.context.app.session_factory
        self.periods.refresh()
        try:
            card = own_card(factory, self.context.app.data_dir)
        except Exception as error:  # an office not set up yet is shown, not raised
            self.own_label.setText(str(error))
        else:
            self.own_label.setText(
                _("Kantor ini: {name} ({code}), tingkat {level}; sidik jari {fingerprint}").format(
                    name=card.name, code=card.code, level=card.as_dict()["level_name"], fingerprint=card.fingerprint
                )
            )
        partners = list_partners(factory)
        _fill(
            self.partners,
            [
                [
                    p.code,
                    p.name + (_(" [dicabut]") if p.revoked else ""),
                    p.level_name,
                    p.region_code,
                    p.fingerprint,
                    p.last_sent_sequence,
                    p.last_received_sequence,
                    p.last_acked_sequence,
                ]
                for p in partners
            ],
        )
        self.partner_combo.clear()
        for partner in partners:
            if not partner.revoked:
                self.partner_combo.addItem(f"{partner.name} ({partner.code})", partner.code)
        self._show_send_state(bool(partners))
        self._conflict_rows = list_conflicts(factory)
        names = {p.code: p.name for p in partners}
        regions: dict[str, str] = {}

        def region(code: str) -> str:
            if code not in regions:
                regions[code] = region_name(factory, code)
            return regions[code]

        _fill(
            self.conflicts,
            [
                [
                    c.id,
                    entity_label(c.entity),
                    describe(entity_label(c.entity), c.local or c.incoming, region),
                    f"{names[c.partner]} ({c.partner})" if c.partner in names else c.partner,
                    ", ".join(field_label(c.entity, k) for k in shown_fields(c.entity, {}, c.differences)) or "-",
                ]
                for c in self._conflict_rows
            ],
        )
        self.sides.setRowCount(0)
        self.tabs.setTabText(3, _("Konflik ({count})").format(count=len(self._conflict_rows)))
        arrows = {"sent": _("dikirim"), "received": _("diterima")}
        _fill(
            self.history,
            [
                [
                    arrows.get(e.direction, e.direction),
                    e.partner,
                    e.sequence,
                    e.created_at[:19].replace("T", " "),
                    e.scope,
                    e.records,
                    _("ya") if e.acknowledged else "-",
                ]
                for e in package_history(factory)
            ],
        )

    def _show_send_state(self, any_partner: bool) -> None:
        """Says what to do first when nothing can be sent yet, and offers the plugged-in sticks first."""
        can_send = self.partner_combo.count() > 0
        self.send_button.setEnabled(can_send)
        self.no_partners_hint.setVisible(not any_partner)
        if can_send:
            self.send_hint.setText("")
        elif any_partner:
            self.send_hint.setText(_("Semua mitra sudah dicabut. Tambahkan lagi kartu kantor mitra di tab Mitra."))
        else:
            self.send_hint.setText(
                _("Belum ada mitra untuk dikirimi data. Tambahkan mitra dari kartunya di tab Mitra.")
            )
        self.send_hint.setVisible(not can_send)
        self.refresh_targets()

    def refresh_targets(self) -> None:
        """Lists the USB sticks and memory cards plugged in now first, then "another folder"."""
        chosen = self.target_combo.currentData()
        self.target_combo.clear()
        for drive in removable_drives():
            self.target_combo.addItem(_("Flashdisk {drive}").format(drive=drive), str(drive))
        self.target_combo.addItem(_("Folder lain…"), "")
        index = self.target_combo.findData(chosen)
        self.target_combo.setCurrentIndex(max(index, 0))

    # --- dropping files -------------------------------------------------------------------------------------

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in (".konv", ".konvid") else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accepts one package or one office card."""
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """A dropped package is checked (the dry-run summary); a dropped card adds the partner after confirmation."""
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if path.suffix.lower() == ".konv":
            self.open_package(path)
        else:
            self.tabs.setCurrentIndex(0)
            self.add_partner_from(path)

    # --- partners -------------------------------------------------------------------------------------------

    def add_partner_from(self, path: Path) -> bool:
        """Shows a card's fingerprint and adds the partner once the user confirms it."""
        try:
            card = read_card(path)
            question = _("Sidik jari {name} ({code}): {fingerprint}. Sama dengan yang dibacakan kantor itu?").format(
                name=card.name, code=card.code, fingerprint=card.fingerprint
            )
            if not confirm(self, _("Tambah mitra"), question, _("Ya, percayai"), _("Batal")):
                return False
            add_partner(self.context.app.session_factory, card)
        except Exception as error:  # routed to the one failure helper
            report_failure(self, error, show=self.message)
            return False
        self.message.setText(_("Mitra ditambahkan: {name}").format(name=card.name))
        self.refresh()
        return True

    def _on_add_partner_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, _("Kartu kantor mitra"), "", _("Kartu kantor (*.konvid)"))
        if name:
            self.add_partner_from(Path(name))

    def _on_revoke_clicked(self) -> None:
        item = self.partners.item(self.partners.currentRow(), 0)
        if item is None:
            return
        code = item.text()
        if confirm(
            self, _("Cabut mitra"), _("Cabut kepercayaan pada {code}?").format(code=code), _("Cabut"), _("Batal")
        ):
            revoke_partner(self.context.app.session_factory, code)
            self.refresh()

    def _on_card_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, _("Kartu kantor"), "kantor.konvid", _("Kartu (*.konvid)"))
        if name and checked_save_target(self, name, app=self.context.app, show=self.message) is not None:
            try:
                card = write_card(self.context.app.session_factory, self.context.app.data_dir, Path(name))
            except Exception as error:  # routed to the one failure helper
                report_failure(self, error, show=self.message)
                return
            self.message.setText(
                _("Kartu kantor ditulis: {file}. Sidik jari: {fingerprint}").format(
                    file=name, fingerprint=card.fingerprint
                )
            )

    # --- sending --------------------------------------------------------------------------------------------

    def send_to(self, target: Path) -> None:
        """Writes a package for the chosen partner in the background."""
        code = self.partner_combo.currentData()
        if not code:
            self.message.setText(_("Tambahkan mitra dulu di tab Mitra."))
            return
        app = self.context.app
        checked = checked_save_target(self, target, app=app, show=self.message)
        if checked is None:
            return
        target = checked
        full, names = self.full_check.isChecked(), self.names_check.isChecked()

        def task(control: TaskControl) -> ExportResult:
            return export_package(
                app.session_factory, app.data_dir, code, target, full=full, with_names=names, control=control
            )

        self._start(task, self._on_sent, _("Menulis paket"))

    def suggested_package_path(self) -> str:
        """Where the save dialog starts: the chosen stick (or the last folder), named after the partner and day."""
        code = str(self.partner_combo.currentData() or "mitra")
        name = f"ke-{code}-{date.today():%Y%m%d}.konv"
        folder = self.target_combo.currentData()
        return str(Path(folder) / name) if folder else name

    def _on_send_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Simpan paket"), self.suggested_package_path(), _("Paket (*.konv)")
        )
        if name:
            self.send_to(Path(name))

    def _on_sent(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.send_result.setText(
            _("Paket #{sequence} ditulis dan diperiksa: {file} ({total} rekaman).").format(
                sequence=result.sequence, file=result.file, total=result.total
            )
        )
        self.refresh()

    # --- receiving ------------------------------------------------------------------------------------------

    def open_package(self, path: Path) -> None:
        """Checks a package and shows the dry-run summary (what a double-clicked ``.konv`` opens)."""
        self.tabs.setCurrentIndex(2)
        self._pending = path
        self.apply_button.setEnabled(False)
        self.receipt_button.setEnabled(False)
        self.package_label.setText(_("Memeriksa {file}…").format(file=path.name))
        app = self.context.app

        def task(control: TaskControl) -> ExchangeImportResult:
            return import_package(app.session_factory, app.data_dir, path, dry_run=True, control=control)

        self._start(task, self._on_checked, _("Memeriksa paket"))

    def _on_open_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, _("Buka paket"), "", _("Paket (*.konv)"))
        if name:
            self.open_package(Path(name))

    def _show_summary(self, result: ExchangeImportResult) -> None:
        rows = [[entity_label(name), *(o.counts[k] for k in OUTCOMES)] for name, o in result.by_entity.items()]
        rows.append([_("Jumlah"), *(result.total(k) for k in OUTCOMES)])
        _fill(self.summary, rows)
        package = result.package
        text = _("Paket #{sequence} dari {sender}, dibuat {created} (jam pengirim).").format(
            sequence=package["sequence"],
            sender=package["sender"]["name"],
            created=str(package["created_at"])[:19].replace("T", " "),
        )
        if result.already_imported:
            text += " " + _("Paket ini sudah pernah diimpor; tidak ada yang berubah karenanya.")
        self.package_label.setText(text)

    def _on_checked(self, result: object) -> None:
        assert isinstance(result, ExchangeImportResult)
        self._show_summary(result)
        self.apply_button.setEnabled(not result.changed_nothing)

    def apply_pending(self) -> None:
        """Imports the package whose summary is shown."""
        path = self._pending
        if path is None:
            return
        app = self.context.app
        backup_first = backup_before_large_import(app.engine, app.data_dir, backup_settings(app.data_dir))

        def task(control: TaskControl) -> ExchangeImportResult:
            return import_package(app.session_factory, app.data_dir, path, control=control, before_commit=backup_first)

        self.apply_button.setEnabled(False)
        self._start(task, self._on_applied, _("Mengimpor paket"), writes=True)

    def _on_apply_clicked(self) -> None:
        self.apply_pending()

    def _on_applied(self, result: object) -> None:
        assert isinstance(result, ExchangeImportResult)
        self._last_import = result
        self._show_summary(result)
        self.receipt_button.setEnabled(True)
        text = _("Paket diterapkan. Simpan tanda terima untuk pengirim.")
        if result.safety_backup is not None:
            text += " " + _("Cadangan sebelum impor: {name}").format(name=result.safety_backup.name)
        self.message.setText(text)
        self.refresh()

    def save_receipt(self, target: Path) -> None:
        """Writes the receipt of the last import."""
        if self._last_import is None:
            return
        inputs = [self._pending] if self._pending is not None else []
        checked = checked_save_target(self, target, app=self.context.app, inputs=inputs, show=self.message)
        if checked is None:
            return
        target = checked
        try:
            write_ack(self.context.app.session_factory, self.context.app.data_dir, self._last_import, target)
        except Exception as error:  # routed to the one failure helper
            report_failure(self, error, show=self.message)
            return
        self.message.setText(_("Tanda terima ditulis: {file}").format(file=target))

    def _on_receipt_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, _("Tanda terima"), "tanda-terima.konvack", "(*.konvack)")
        if name:
            self.save_receipt(Path(name))

    # --- conflicts ------------------------------------------------------------------------------------------

    def _selected_conflict(self) -> ConflictInfo | None:
        row = self.conflicts.currentRow()
        return self._conflict_rows[row] if 0 <= row < len(self._conflict_rows) else None

    def _on_conflict_selected(self) -> None:
        conflict = self._selected_conflict()
        if conflict is None:
            self.sides.setRowCount(0)
            return
        keys = shown_fields(conflict.entity, conflict.local, conflict.differences)
        labels = code_labels(self.context.app.session_factory)
        lists = {"existence_code": "existence", "result_code": "result", "verifier_role": "verifier_role"}

        def value(key: str, record: dict[str, Any]) -> str:
            code = record.get(key)
            if key in lists and code and (lists[key], str(code)) in labels:  # a KRS code: its label
                return labels[(lists[key], str(code))]
            return shown_value(key, code, conflict.entity)

        rows = [
            [field_label(conflict.entity, key), value(key, conflict.local), value(key, conflict.incoming)]
            for key in keys
        ]
        if conflict.deletion:  # the partner deleted the record: that is the whole incoming version
            rows = [[label, local, _("(dihapus di kantor mitra)")] for label, local, _incoming in rows]
        _fill(self.sides, rows)
        for row in range(sum(1 for key in keys if key in conflict.differences)):
            for column in range(3):
                item = self.sides.item(row, column)
                if item is None:
                    continue
                font = item.font()
                font.setBold(True)
                item.setFont(font)

    def resolve_selected(self, keep: str) -> None:
        """Resolves the selected conflict."""
        conflict = self._selected_conflict()
        if conflict is not None:
            self._resolve([conflict], keep)

    def resolve_all(self, keep: str) -> None:
        """Resolves every listed conflict the same way."""
        self._resolve(list(self._conflict_rows), keep)

    def _resolve(self, conflicts: list[ConflictInfo], keep: str) -> None:
        try:
            for conflict in conflicts:
                resolve_conflict(self.context.app.session_factory, conflict.id, keep)
        except Exception as error:  # routed to the one failure helper
            report_failure(self, error, show=self.message)
        self.refresh()

    # --- background -----------------------------------------------------------------------------------------

    def _start(self, task: Any, on_done: Any, title: str, *, writes: bool = False) -> None:
        self.message.clear()

        def failed(error: BaseException, trace: str) -> None:
            report_failure(self, error, show=self.message, trace=trace)

        handle = self.context.runner.run(
            task,
            on_done=on_done,
            on_error=failed,
            on_cancelled=lambda: self.message.setText(_("Dibatalkan; tidak ada yang berubah.")),
            writes=writes,
        )
        window = self.window()
        progress = getattr(window, "task_progress", None)
        if progress is not None:
            progress.track(handle, title)
