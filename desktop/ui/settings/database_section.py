"""Database on the Settings page: which database this PC works on, and connecting it to the office server.

The server (host, port, database, user) is a preference of this Windows user; the password goes to the system
keyring (Windows Credential Manager), never to a file; without a keyring it is asked for at every start. "Uji
koneksi" and "Pindahkan data ke server" run off the GUI thread; switching to the server applies when Konvergensi is
opened again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.context import server_url
from desktop.domain.i18n import _
from desktop.preferences import (
    DEFAULT_PORT,
    ServerConnection,
    keyring_available,
    server_connection,
    server_password,
)
from desktop.services.key_store import KeyStoreError, forget_remembered_key, remembered_key
from desktop.services.os_errors import describe_os_error
from desktop.services.server import (
    MoveResult,
    ServerCheck,
    ServerError,
    check_server,
    move_to_server,
    refuse_unprepared,
    use_local_database,
    use_server,
)
from desktop.services.tasks import TaskControl
from desktop.ui.widgets.dialogs import confirm, inform
from desktop.ui.widgets.failures import report_failure
from desktop.ui.window_context import WindowContext

# Set in AppContext.extras once this PC was switched to another database: the window closes to be opened again.
SWITCHED_FLAG = "database_switched"


def check_text(result: ServerCheck) -> str:
    """What "Uji koneksi" found, in one or two sentences."""
    text = _("Terhubung ke {location} (PostgreSQL {version}).").format(location=result.location, version=result.version)
    if result.empty:
        return text + " " + _("Database kosong: data PC ini dapat dipindahkan ke sana.")
    if not result.up_to_date:
        return text + " " + _("Database berisi data dari versi Konvergensi lain; perbarui dulu semua PC.")
    return text + " " + _("Database sudah berisi data kantor: PC ini dapat langsung memakainya.")


def move_text(result: MoveResult) -> str:
    """The counts of a move, per table with rows, before and after."""
    lines = [
        _("{total} baris dipindahkan ke {location}; jumlah per tabel sama sebelum dan sesudah:").format(
            total=result.total, location=result.location
        )
    ]
    lines += [
        f"  {name}: {result.before[name]} → {count}" for name, count in result.after.items() if result.before[name]
    ]
    return "\n".join(lines)


class DatabaseSection(QWidget):
    """The database controls of the Settings page.

    Args:
        context: the window context (data folder, engine, background runner).
        parent: owner.

    Signals:
        checked(object): "Uji koneksi" succeeded (the :class:`ServerCheck`).
        moved(object): the data were moved onto the server (the :class:`MoveResult`).
        switched(): this PC was switched to another database (applies at the next start).
    """

    checked = Signal(object)
    moved = Signal(object)
    switched = Signal()

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("database_section")
        self.current = QLabel(self)
        self.current.setObjectName("current_database")
        self.current.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(_("mis. server-bappeda atau 192.168.1.10"))
        self.port = QSpinBox(self)
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setMaximumWidth(120)
        self.database = QLineEdit(self)
        self.database.setObjectName("server_database")
        self.user = QLineEdit(self)
        self.user.setObjectName("server_user")
        self.password = QLineEdit(self)
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring_hint = QLabel(self)
        self.keyring_hint.setObjectName("keyring_hint")
        self.keyring_hint.setWordWrap(True)
        self.test_button = QPushButton(_("&Uji koneksi"), self)
        self.test_button.setObjectName("test_connection")
        self.move_button = QPushButton(_("&Pindahkan data ke server…"), self)
        self.move_button.setObjectName("move_to_server")
        self.switch_button = QPushButton(_("Pakai server ini di PC ini"), self)
        self.switch_button.setObjectName("use_server")
        self.local_button = QPushButton(_("Kembali ke database di PC ini"), self)
        self.local_button.setObjectName("use_local_database")
        self.key_state = QLabel(self)
        self.key_state.setObjectName("database_key_state")
        self.key_state.setWordWrap(True)
        self.forget_key_button = QPushButton(_("&Lupakan kunci database di komputer ini…"), self)
        self.forget_key_button.setObjectName("forget_database_key")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("database_progress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("database_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Server:"), self.host)
        form.addRow(_("Port:"), self.port)
        form.addRow(_("Nama database:"), self.database)
        form.addRow(_("Pengguna:"), self.user)
        form.addRow(_("Kata sandi:"), self.password)
        form.addRow("", self.keyring_hint)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.move_button, self.switch_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.local_button)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_state, 1)
        key_row.addWidget(self.forget_key_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(key_row)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.forget_key_button.clicked.connect(self._on_forget_key_clicked)
        self.move_button.clicked.connect(self._on_move_clicked)
        self.switch_button.clicked.connect(self._on_switch_clicked)
        self.local_button.clicked.connect(self._on_local_clicked)
        self.load()

    @property
    def on_sqlite(self) -> bool:
        """True while this window works on the SQLite database of this PC."""
        return self.context.app.engine.dialect.name == "sqlite"

    def load(self) -> None:
        """Shows the database in use and the saved server."""
        app = self.context.app
        if self.on_sqlite:
            self.current.setText(
                _("Database saat ini: berkas SQLite di PC ini, {path}").format(path=app.database_location)
            )
        else:
            self.current.setText(_("Database saat ini: server {location}").format(location=app.database_location))
        saved = server_connection(app.data_dir)
        self.host.setText(saved.host if saved else "")
        self.port.setValue(saved.port if saved else DEFAULT_PORT)
        self.database.setText(saved.database if saved else "konvergensi")
        self.user.setText(saved.user if saved else "konvergensi")
        self.password.setText((server_password(saved) or "") if saved else "")
        if keyring_available():
            self.keyring_hint.setText(_("Kata sandi disimpan di Windows Credential Manager pengguna ini."))
        else:
            self.keyring_hint.setText(
                _("Sistem ini tidak punya penyimpan kata sandi: kata sandi ditanyakan setiap Konvergensi dibuka.")
            )
        self.move_button.setEnabled(self.on_sqlite)
        self.local_button.setEnabled(saved is not None and saved.active)
        self._show_key_state()

    def _show_key_state(self) -> None:
        remembered = remembered_key(self.context.app.data_dir) is not None
        self.key_state.setText(
            _("Kunci database folder data ini diingat di komputer ini (Windows Credential Manager).")
            if remembered
            else _("Kunci database tidak diingat di komputer ini.")
        )
        self.forget_key_button.setEnabled(remembered)

    @Slot()
    def _on_forget_key_clicked(self) -> None:
        self.forget_database_key()

    def forget_database_key(self) -> None:
        """Asks, then removes the database key remembered on this PC ("Ingat di komputer ini")."""
        if not confirm(
            self,
            _("Lupakan kunci database"),
            _(
                "Kunci database folder data ini dihapus dari komputer ini. Saat Konvergensi dibuka berikutnya, frasa "
                "sandi atau kunci pemulihan ditanyakan lagi: pastikan Anda masih memilikinya."
            ),
            _("Lupakan"),
        ):
            return
        try:
            forgotten = forget_remembered_key(self.context.app.data_dir)
        except KeyStoreError as error:
            report_failure(self, error, show=self.status)
            return
        self.status.setText(
            _("Kunci database dihapus dari komputer ini.")
            if forgotten
            else _("Tidak ada kunci database yang diingat di komputer ini.")
        )
        self._show_key_state()

    def connection(self, *, active: bool = False) -> ServerConnection | None:
        """The server as entered, or None (with a sentence in the status line) when no server name was entered."""
        host = self.host.text().strip()
        if not host:
            self.status.setText(_("Isi nama atau alamat server dulu."))
            self.host.setFocus()
            return None
        return ServerConnection(
            host=host,
            port=self.port.value(),
            database=self.database.text().strip() or "konvergensi",
            user=self.user.text().strip() or "konvergensi",
            active=active,
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.test_button, self.switch_button):
            button.setEnabled(not busy)
        self.move_button.setEnabled(not busy and self.on_sqlite)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.setFormat(f"%p% {message}" if message else "%p%")

    def _on_failed(self, error: BaseException, trace: str) -> None:
        self._busy(False)
        self.status.clear()
        report_failure(self, error, show=self.status, trace=trace)

    @Slot()
    def _on_test_clicked(self) -> None:
        self.test_connection()

    def test_connection(self) -> None:
        """Connects to the entered server in the background and says what it found."""
        connection = self.connection()
        if connection is None:
            return
        url = server_url(connection, self.password.text())

        def task(_control: TaskControl) -> ServerCheck:
            return check_server(url)

        self._busy(True)
        self.status.setText(_("Menghubungi server…"))
        self.context.runner.run(task, on_done=self._on_checked, on_error=self._on_failed)

    def _on_checked(self, result: ServerCheck) -> None:
        self._busy(False)
        self.status.setText(check_text(result))
        self.checked.emit(result)

    @Slot()
    def _on_move_clicked(self) -> None:
        self.move_data()

    def move_data(self) -> None:
        """Asks, then copies the SQLite data onto the entered (empty) server database in the background."""
        connection = self.connection()
        if connection is None or not self.on_sqlite:
            return
        if not confirm(
            self,
            _("Pindahkan data ke server"),
            _(
                "Seluruh data di PC ini disalin ke database {database} di server {host}. Database itu harus kosong; "
                "data di PC ini tidak diubah. Jumlah baris tiap tabel dibandingkan sebelum dan sesudah."
            ).format(database=connection.database, host=connection.host),
            _("Pindahkan"),
        ):
            return
        engine, url = self.context.app.engine, server_url(connection, self.password.text())

        def task(control: TaskControl) -> MoveResult:
            return move_to_server(engine, url, control=control)

        self._busy(True)
        self.status.setText(_("Memindahkan data…"))
        self.context.runner.run(
            task,
            on_done=self._on_moved,
            on_error=self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=lambda: self._busy(False),
            writes=True,
        )

    def _on_moved(self, result: MoveResult) -> None:
        self._busy(False)
        self.status.setText(move_text(result))
        self.moved.emit(result)
        if confirm(
            self,
            _("Data dipindahkan"),
            move_text(result) + "\n\n" + _("Pakai server ini di PC ini mulai sekarang? Konvergensi akan ditutup."),
            _("Pakai server"),
        ):
            self.switch_to_server()

    @Slot()
    def _on_switch_clicked(self) -> None:
        self.switch_to_server()

    def switch_to_server(self) -> None:
        """Checks the entered server in the background; when it answers and is ready, makes it this PC's database.

        A server that does not answer, or whose database is not prepared, is not switched to: the next start would
        fail there.
        """
        connection = self.connection(active=True)
        if connection is None:
            return
        url = server_url(connection, self.password.text())

        def task(_control: TaskControl) -> ServerCheck:
            return check_server(url)

        self._busy(True)
        self.status.setText(_("Menghubungi server…"))
        self.context.runner.run(
            task, on_done=lambda result: self._switch_checked(connection, result), on_error=self._on_failed
        )

    def _switch_checked(self, connection: ServerConnection, result: ServerCheck) -> None:
        self._busy(False)
        try:
            refuse_unprepared(result)
        except ServerError as error:
            self.status.setText(str(error))
            return
        if result.empty and not confirm(
            self,
            _("Pakai server"),
            _("Database di server masih kosong; data PC ini belum dipindahkan ke sana. Tetap pakai server ini?"),
            _("Pakai server"),
        ):
            return
        self.save_server(connection)

    def save_server(self, connection: ServerConnection) -> bool:
        """Saves ``connection`` as this PC's database (the password to the keyring) and closes to restart."""
        try:
            kept = use_server(self.context.app.data_dir, connection, self.password.text())
        except OSError as error:
            self.status.setText(describe_os_error(error))
            return False
        note = (
            _("Kata sandi disimpan di Windows Credential Manager.")
            if kept
            else _("Kata sandi akan ditanyakan setiap Konvergensi dibuka.")
        )
        return self._restart(_("PC ini akan memakai server {host}. {note}").format(host=connection.host, note=note))

    @Slot()
    def _on_local_clicked(self) -> None:
        try:
            if use_local_database(self.context.app.data_dir) is None:
                return
        except OSError as error:
            self.status.setText(describe_os_error(error))
            return
        self._restart(_("PC ini akan memakai lagi database SQLite di folder datanya."))

    def _restart(self, message: str) -> bool:
        self.context.app.extras[SWITCHED_FLAG] = True
        self.status.setText(message)
        self.load()
        self.switched.emit()
        inform(
            self, _("Database diganti"), message + " " + _("Konvergensi ditutup sekarang; buka lagi untuk melanjutkan.")
        )
        self.window().close()
        return True
