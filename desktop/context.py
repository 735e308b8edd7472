"""The application context: data folder, database engine and session factory, built once at start."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db import migrate
from db.engine import make_engine, make_session_factory, sqlite_url
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _
from desktop.paths import DATABASE_FILE, DATABASE_URL_ENV, default_data_dir, is_unc_path, on_network_share
from desktop.preferences import ServerConnection, backup_settings, server_connection, server_password
from desktop.services import file_cipher
from desktop.services.backup.automatic import upgrade_with_backup
from desktop.services.backup.backup_service import FILES_FOLDER
from desktop.services.encryption import open_key, wrong_key
from desktop.services.key_store import forget_key
from desktop.services.output_targets import remove_stale_workbook_files


@dataclass(slots=True)
class AppContext:
    """What the services and the UI need to reach the data, passed down from the entry point.

    Attributes:
        data_dir: the data folder (database, stored files, logs).
        database_url: the SQLAlchemy URL in use.
        engine: the engine.
        session_factory: makes sessions that write the audit trail.
        log_path: the current log file, if logging was set up.
    """

    data_dir: Path
    database_url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    log_path: Path | None = None
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def files_dir(self) -> Path:
        """Folder for files the application keeps (attachments, evidence), created on demand."""
        path = self.data_dir / FILES_FOLDER
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def database_location(self) -> str:
        """Human-readable location of the database: a file path for SQLite, the URL without password otherwise."""
        url = make_url(self.database_url)
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        """Closes every pooled connection."""
        self.engine.dispose()


NETWORK_SHARE_MESSAGE = N_(
    "Folder data {folder} berada di folder jaringan (network share); SQLite tidak aman di sana karena penguncian "
    "berkasnya tidak dapat diandalkan. Pakai folder di disk PC ini, atau pakai server PostgreSQL kantor (README, "
    'bagian "Beberapa PC dengan satu server PostgreSQL").'
)


class NetworkShareError(UserError):
    """A SQLite database in a folder on a network share: refused before it is opened."""


def server_url(connection: ServerConnection, password: str | None = None) -> str:
    """The SQLAlchemy URL of a PostgreSQL server (psycopg); without a password libpq reads ``PGPASSWORD``/pgpass."""
    return URL.create(
        "postgresql+psycopg",
        username=connection.user,
        password=password or None,
        host=connection.host,
        port=connection.port,
        database=connection.database,
    ).render_as_string(hide_password=False)


def active_server(data_dir: Path, database_url: str | None = None) -> ServerConnection | None:
    """The server this PC was switched to, when neither ``database_url`` nor the environment names another one."""
    if database_url or os.environ.get(DATABASE_URL_ENV):
        return None
    connection = server_connection(data_dir)
    return connection if connection is not None and connection.active else None


def resolve_database_url(data_dir: Path, database_url: str | None = None, *, password: str | None = None) -> str:
    """Picks the database: the given URL, else ``$KONVERGENSI_DATABASE_URL``, else the server this PC was switched
    to in Pengaturan → Database (its password from ``password``, else the keyring), else SQLite in the data folder.
    """
    if database_url or os.environ.get(DATABASE_URL_ENV):
        return database_url or os.environ[DATABASE_URL_ENV]
    connection = active_server(data_dir)
    if connection is not None:
        return server_url(connection, password or server_password(connection))
    return sqlite_url(str(data_dir / DATABASE_FILE))


def refuse_network_share(url: str) -> None:
    """Refuses a SQLite database whose folder lies on a network share (:func:`desktop.paths.on_network_share`).

    Raises:
        NetworkShareError: the sentence that points to the PostgreSQL setup.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return
    folder = Path(parsed.database).parent
    if is_unc_path(parsed.database) or on_network_share(folder):
        shown = parsed.database.replace("/", "\\").rsplit("\\", 1)[0] if is_unc_path(parsed.database) else str(folder)
        raise NetworkShareError(_(NETWORK_SHARE_MESSAGE).format(folder=shown))


def current_user() -> str:
    """Returns the operating-system user name, recorded in the audit trail."""
    try:
        return getpass.getuser()
    except OSError:  # no user name in the environment (some service accounts)
        return ""


def open_context(
    data_dir: Path | None = None,
    database_url: str | None = None,
    *,
    upgrade: bool = True,
    secret: str | None = None,
    password: str | None = None,
) -> AppContext:
    """Opens the data folder and the database, migrating it to the newest schema unless told not to.

    Args:
        data_dir: the data folder; the platform default when None.
        database_url: the database URL; see :func:`resolve_database_url`.
        upgrade: apply pending migrations (after a verified backup of a database with an older schema).
        secret: the passphrase or recovery key of an encrypted SQLite database (ignored for a plain one).
        password: the password of the office server this PC was switched to (asked at start when the system has
            no keyring); ignored otherwise.

    Returns:
        The context.

    Raises:
        NewerDatabaseError: a newer Konvergensi made the database (it is not touched).
        EncryptionError: an encrypted database without a secret, or with a wrong one.
        NetworkShareError: a SQLite database in a folder on a network share.
    """
    folder = (data_dir or default_data_dir()).expanduser().resolve()
    url = resolve_database_url(folder, database_url, password=password)
    refuse_network_share(url)
    folder.mkdir(parents=True, exist_ok=True)
    parsed = make_url(url)
    key = None
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        key = open_key(Path(parsed.database), folder, secret)
    engine = make_engine(url, key=key)
    if key is not None:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
        except DBAPIError:
            engine.dispose()
            if not secret:  # the key remembered on this PC is stale (another key since): ask again
                forget_key(folder)
            raise wrong_key() from None
    try:
        migrate.check_not_newer(engine)  # a newer version's database: refused whether or not it would be upgraded
    except DBAPIError:
        if upgrade:
            raise
        # Not readable at all (a damaged file): the command that does not upgrade (db check) reports it itself.
    file_cipher.use_database_key(folder / FILES_FOLDER, key)  # stored files are encrypted with the database
    if key is not None:  # what an interrupted db encrypt or restore left plain is sealed now
        file_cipher.seal_plain_files(folder / FILES_FOLDER, key)
    if upgrade:
        upgrade_with_backup(engine, folder, backup_settings(folder))  # a verified backup first (issue #16)
    remove_stale_workbook_files()  # what killed exports left in the temporary folder
    return AppContext(
        data_dir=folder,
        database_url=url,
        engine=engine,
        session_factory=make_session_factory(engine, actor=current_user()),
    )
