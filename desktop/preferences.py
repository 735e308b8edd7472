"""Preferences of the person at this computer that the window and the command line both follow.

Kept in ``preferences.ini`` in the data folder (plain ``configparser``, no Qt), beside ``ui-state.ini`` (window
geometry, Qt's). Office-wide settings live in the database instead (``office`` table). Today one preference: the
interface language (``[interface] language = id|en``); ``$KONVERGENSI_LANGUAGE`` overrides it for one run.
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.atomic_file import atomic_write_bytes
from desktop.domain.backups import BackupSettings, RotationPolicy
from desktop.domain.i18n import LANGUAGES, SOURCE_LANGUAGE

PREFERENCES_FILE = "preferences.ini"
LANGUAGE_ENV = "KONVERGENSI_LANGUAGE"


def _read(data_dir: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    path = data_dir / PREFERENCES_FILE
    try:
        parser.read_string(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error):
        pass  # no file yet, or one a person broke by hand: the defaults apply
    return parser


def saved_language(data_dir: Path) -> str:
    """The interface language chosen in Pengaturan (Indonesian when none was chosen or the file is unreadable)."""
    code = _read(data_dir).get("interface", "language", fallback=SOURCE_LANGUAGE).strip()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def interface_language(data_dir: Path) -> str:
    """The language to speak in this run: ``$KONVERGENSI_LANGUAGE`` when set to a known code, else the saved one."""
    override = os.environ.get(LANGUAGE_ENV, "").strip()
    return override if override in LANGUAGES else saved_language(data_dir)


def save_language(data_dir: Path, code: str) -> None:
    """Remembers the interface language (written atomically, other preferences kept).

    Raises:
        ValueError: an unknown language code (a programming error: the choice comes from :data:`LANGUAGES`).
    """
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    parser = _read(data_dir)
    if not parser.has_section("interface"):
        parser.add_section("interface")
    parser.set("interface", "language", code)
    _write(data_dir, parser)


def _write(data_dir: Path, parser: configparser.ConfigParser) -> None:
    lines: list[str] = []
    for section in parser.sections():
        lines.append(f"[{section}]")
        lines.extend(f"{key} = {value}" for key, value in parser.items(section))
        lines.append("")
    data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(data_dir / PREFERENCES_FILE, "\n".join(lines).encode("utf-8"))


def _count(parser: configparser.ConfigParser, key: str, default: int) -> int:
    try:
        value = parser.getint("backup", key, fallback=default)
    except ValueError:
        return default
    return value if 0 <= value <= 1000 else default


def backup_settings(data_dir: Path) -> BackupSettings:
    """The backup folder, second folder and rotation chosen in Pengaturan (``[backup]``; defaults when unset)."""
    parser = _read(data_dir)
    default = RotationPolicy()
    policy = RotationPolicy(
        daily=_count(parser, "daily", default.daily),
        weekly=_count(parser, "weekly", default.weekly),
        monthly=_count(parser, "monthly", default.monthly),
        special=_count(parser, "special", default.special),
    )
    folder = parser.get("backup", "folder", fallback="").strip() or None
    second = parser.get("backup", "second_folder", fallback="").strip() or None
    return BackupSettings(folder=folder, second_folder=second, policy=policy)


def save_backup_settings(data_dir: Path, settings: BackupSettings) -> None:
    """Remembers the backup settings (written atomically, other preferences kept)."""
    parser = _read(data_dir)
    if not parser.has_section("backup"):
        parser.add_section("backup")
    parser.set("backup", "folder", settings.folder or "")
    parser.set("backup", "second_folder", settings.second_folder or "")
    for key in ("daily", "weekly", "monthly", "special"):
        parser.set("backup", key, str(getattr(settings.policy, key)))
    _write(data_dir, parser)


KEYRING_SERVICE = "Konvergensi"
"""The service name of the database password in the system keyring (Windows Credential Manager)."""
DEFAULT_PORT = 5432


@dataclass(frozen=True, slots=True)
class ServerConnection:
    """The office PostgreSQL server this PC works on (``[server]`` in the preferences; never the password).

    Attributes:
        host: the server's name or address.
        port: its TCP port.
        database: the database name.
        user: the PostgreSQL role.
        active: True once this PC was switched to the server (the next start opens it instead of SQLite).
    """

    host: str
    port: int = DEFAULT_PORT
    database: str = "konvergensi"
    user: str = "konvergensi"
    active: bool = False

    @property
    def keyring_name(self) -> str:
        """The name the password is kept under in the keyring: ``user@host:port/database``."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def server_connection(data_dir: Path) -> ServerConnection | None:
    """The server saved in Pengaturan → Database, or None when none was saved (or the entry is unusable)."""
    parser = _read(data_dir)
    host = parser.get("server", "host", fallback="").strip()
    if not host:
        return None
    try:
        port = parser.getint("server", "port", fallback=DEFAULT_PORT)
    except ValueError:
        port = DEFAULT_PORT
    return ServerConnection(
        host=host,
        port=port if 0 < port < 65536 else DEFAULT_PORT,
        database=parser.get("server", "database", fallback="").strip() or "konvergensi",
        user=parser.get("server", "user", fallback="").strip() or "konvergensi",
        active=parser.get("server", "active", fallback="no").strip().lower() in {"yes", "true", "1"},
    )


def save_server_connection(data_dir: Path, connection: ServerConnection | None) -> None:
    """Remembers the server (written atomically, other preferences kept); None forgets it (back to SQLite).

    The password is not part of it: see :func:`save_server_password`.
    """
    parser = _read(data_dir)
    parser.remove_section("server")
    if connection is not None:
        parser.add_section("server")
        parser.set("server", "host", connection.host)
        parser.set("server", "port", str(connection.port))
        parser.set("server", "database", connection.database)
        parser.set("server", "user", connection.user)
        parser.set("server", "active", "yes" if connection.active else "no")
    _write(data_dir, parser)


# ``keyring`` is imported where it is used: importing it (and finding its backends) takes a noticeable part of a
# second, which every start of the window and of each command would otherwise pay.


def keyring_available() -> bool:
    """True when the system has a keyring to hold the password (keyring's "fail" backend means none)."""
    import keyring
    import keyring.backends.fail

    return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)


def save_server_password(connection: ServerConnection, password: str) -> bool:
    """Keeps the server password in the system keyring; never in a file.

    Returns:
        False when there is no keyring (the password is then asked for at every start).
    """
    import keyring
    import keyring.errors

    if not keyring_available():
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, connection.keyring_name, password)
    except keyring.errors.KeyringError:
        return False
    return True


def server_password(connection: ServerConnection) -> str | None:
    """The password kept in the keyring for the server, or None (none kept, or no keyring)."""
    import keyring
    import keyring.errors

    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, connection.keyring_name)
    except keyring.errors.KeyringError:
        return None


def forget_server_password(connection: ServerConnection) -> None:
    """Removes the server password from the keyring (nothing happens when none is kept)."""
    import keyring
    import keyring.errors

    if not keyring_available():
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, connection.keyring_name)
    except keyring.errors.KeyringError:  # PasswordDeleteError: none was kept
        pass
