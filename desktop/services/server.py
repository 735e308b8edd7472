"""The office PostgreSQL server: checking a connection, preparing an empty database, moving SQLite data onto it.

An office that shares one server (issue #15) starts either fresh (:func:`init_server`: the migrations on an empty
database, optionally the first admin user) or from the SQLite data one PC already holds (:func:`move_to_server`:
the migrations, then every table copied in dependency order with Core inserts in one transaction, PostgreSQL's
sequences moved past the copied ids, and the rows per table counted on both sides). A database that already holds
data is never written to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

import db.models  # noqa: F401 - registers every table
from db import migrate
from db.base import Base
from db.engine import make_engine
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _
from desktop.preferences import (
    DEFAULT_PORT,
    ServerConnection,
    keyring_available,
    save_server_connection,
    save_server_password,
    server_connection,
)
from desktop.services.database import describe_database_error
from desktop.services.tasks import TaskControl

# Rows the migrations themselves insert (code lists): replaced by the source's rows on a move, and not counted
# as "data" when deciding whether a target is empty.
SEEDED_TABLES = frozenset({"krs_code"})
BATCH_ROWS = 5_000
CONNECT_TIMEOUT_SECONDS = 10

NOT_POSTGRESQL = N_("URL {url} bukan server PostgreSQL (contoh: postgresql+psycopg://pengguna@server/konvergensi)")
NOT_EMPTY = N_(
    "database {url} sudah berisi data ({tables}); Konvergensi hanya menyiapkan atau mengisi database yang kosong. "
    "Buat database baru yang kosong di server, lalu ulangi"
)

# Creates the first admin user on a prepared database: (engine, name, password); see :func:`admin_creator`.
AdminCreator = Callable[[Engine, str, str], None]


class ServerError(UserError):
    """A server that cannot be reached or used, or one that already holds data."""


@dataclass(slots=True)
class ServerCheck:
    """What :func:`check_server` found.

    Attributes:
        location: the server and database, without the password.
        version: the server's version string.
        current_revision: the migration revision(s) the database is at (empty when never migrated).
        head_revision: the newest revision of this Konvergensi.
        data_tables: tables that hold rows (the seeded code lists aside), with their counts.
    """

    location: str
    version: str
    current_revision: list[str] = field(default_factory=list)
    head_revision: list[str] = field(default_factory=list)
    data_tables: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """True when the database holds no data (a fresh one, or one only migrated)."""
        return not self.data_tables

    @property
    def up_to_date(self) -> bool:
        """True when the database is at this Konvergensi's newest revision."""
        return bool(self.current_revision) and set(self.current_revision) == set(self.head_revision)

    def as_dict(self) -> dict[str, Any]:
        """The findings as plain JSON values."""
        return {
            "location": self.location,
            "version": self.version,
            "current_revision": self.current_revision,
            "head_revision": self.head_revision,
            "empty": self.empty,
            "up_to_date": self.up_to_date,
            "data_tables": self.data_tables,
        }


@dataclass(slots=True)
class MoveResult:
    """What :func:`move_to_server` copied.

    Attributes:
        location: the target, without the password.
        before: rows per table in the SQLite source.
        after: rows per table in the server database after the copy (read in the copying transaction).
    """

    location: str
    before: dict[str, int]
    after: dict[str, int]

    @property
    def total(self) -> int:
        """Rows copied in all."""
        return sum(self.after.values())

    def as_dict(self) -> dict[str, Any]:
        """The result as plain JSON values."""
        return {
            "location": self.location,
            "tables": {name: self.after[name] for name in self.after},
            "total": self.total,
        }


def location_of(url: str) -> str:
    """The database a URL names, for messages and logs: ``user@host:port/database`` (never the password)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "?"
    if parsed.get_backend_name() != "postgresql":
        return parsed.render_as_string(hide_password=True)
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{user}{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def server_engine(url: str) -> Engine:
    """An engine for a PostgreSQL URL, with a bounded connection timeout.

    Raises:
        ServerError: the URL is not a PostgreSQL one, or it cannot be parsed.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ServerError(_(NOT_POSTGRESQL).format(url=url)) from None
    if parsed.get_backend_name() != "postgresql":
        raise ServerError(_(NOT_POSTGRESQL).format(url=location_of(url)))
    return make_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS}, pool_pre_ping=True)


def _unreachable(url: str, error: DBAPIError) -> ServerError:
    return ServerError(
        _("server {location} tidak dapat dipakai: {reason}").format(
            location=location_of(url), reason=describe_database_error(error)
        )
    )


def data_tables(engine: Engine) -> dict[str, int]:
    """Tables of the database's current schema that hold rows (the seeded code lists and Alembic's own aside)."""
    counts: dict[str, int] = {}
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
        for name in sorted(names):
            if name == "alembic_version" or name in SEEDED_TABLES:
                continue
            quoted = connection.dialect.identifier_preparer.quote(name)
            rows = int(connection.execute(text(f"SELECT count(*) FROM {quoted}")).scalar_one())
            if rows:
                counts[name] = rows
    return counts


def check_server(url: str) -> ServerCheck:
    """Connects to a PostgreSQL database and reports its version, migration state and whether it holds data.

    Raises:
        ServerError: not a PostgreSQL URL, or the server cannot be reached (one sentence: refused, wrong password,
            no such database ...).
    """
    engine = server_engine(url)
    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar_one())
        return ServerCheck(
            location=location_of(url),
            version=version,
            current_revision=list(migrate.current_revisions(engine)),
            head_revision=list(migrate.head_revisions(engine)),
            data_tables=data_tables(engine),
        )
    except DBAPIError as error:
        raise _unreachable(url, error) from None
    finally:
        engine.dispose()


def _refuse_not_empty(url: str, tables: dict[str, int]) -> None:
    if tables:
        listed = ", ".join(f"{name} {count}" for name, count in list(tables.items())[:5])
        raise ServerError(_(NOT_EMPTY).format(url=location_of(url), tables=listed))


def init_server(
    url: str,
    *,
    admin: tuple[str, str] | None = None,
    create_admin: AdminCreator | None = None,
) -> ServerCheck:
    """Prepares an empty PostgreSQL database: every migration, then the first admin user when one is named.

    Args:
        url: the database URL (``postgresql+psycopg://...``).
        admin: (name, password) of the first admin user.
        create_admin: makes that user (part A's users service); required when ``admin`` is given.

    Returns:
        The state after the migrations.

    Raises:
        ServerError: the database holds data already, or cannot be reached.
    """
    if admin is not None and create_admin is None:
        raise ServerError(_("pengguna admin belum dapat dibuat pada versi ini; ulangi tanpa --admin"))
    engine = server_engine(url)
    try:
        _refuse_not_empty(url, data_tables(engine))
        migrate.upgrade(engine)
        if admin is not None and create_admin is not None:
            create_admin(engine, admin[0], admin[1])
    except DBAPIError as error:
        raise _unreachable(url, error) from None
    finally:
        engine.dispose()
    return check_server(url)


def copied_tables() -> list[Table]:
    """The application's tables in dependency order (a table after every table it refers to)."""
    return list(Base.metadata.sorted_tables)


def _source_counts(source: Engine, tables: list[Table]) -> dict[str, int]:
    with source.connect() as connection:
        return {
            table.name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
            for table in tables
        }


def _reset_sequences(connection: Any, tables: list[Table]) -> None:
    # Rows came with their ids: each serial/identity sequence moves past the largest one, or the next insert on
    # the server would collide with a copied row.
    for table in tables:
        for column in table.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.name, "column": column.name}
            ).scalar_one()
            if sequence is None:
                continue
            quoted_table = connection.dialect.identifier_preparer.quote(table.name)
            quoted_column = connection.dialect.identifier_preparer.quote(column.name)
            connection.execute(
                text(
                    f"SELECT setval(:sequence, coalesce((SELECT max({quoted_column}) FROM {quoted_table}), 1), "
                    f"(SELECT max({quoted_column}) FROM {quoted_table}) IS NOT NULL)"
                ),
                {"sequence": sequence},
            )


def move_to_server(source: Engine, url: str, *, control: TaskControl | None = None) -> MoveResult:
    """Moves the data of the SQLite database onto an empty PostgreSQL database.

    The target is migrated to the newest revision first; then, in one transaction, the seeded code lists are
    emptied, every table is copied in dependency order (rows in primary-key order, in batches of Core inserts),
    the sequences are reset and the rows per table are counted again. Any difference, a failure or a cancel rolls
    the whole copy back. The source is only read.

    Args:
        source: the engine of the SQLite database (at the newest revision: the context upgraded it on opening).
        url: the target database URL.
        control: progress (rows copied of all) and cancellation.

    Returns:
        The counts before and after.

    Raises:
        ServerError: the target holds data, cannot be reached, or its counts differ after the copy.
        Cancelled: the user cancelled (nothing was copied).
    """
    control = control or TaskControl()
    if source.dialect.name != "sqlite":
        raise ServerError(_("data yang dipindahkan harus berasal dari database SQLite di PC ini"))
    tables = copied_tables()
    before = _source_counts(source, tables)
    total = sum(before.values())
    engine = server_engine(url)
    try:
        _refuse_not_empty(url, data_tables(engine))
        control.report(0, total, _("Menyiapkan database server…"))
        migrate.upgrade(engine)
        done = 0
        with engine.begin() as target, source.connect() as reading:
            for table in reversed(tables):
                if table.name in SEEDED_TABLES:
                    target.execute(table.delete())
            for table in tables:
                order = list(table.primary_key.columns)
                result = reading.execution_options(yield_per=BATCH_ROWS).execute(select(table).order_by(*order))
                for batch in result.partitions(BATCH_ROWS):
                    control.check()
                    target.execute(table.insert(), [dict(row._mapping) for row in batch])
                    done += len(batch)
                    control.report(done, total, _("Menyalin {table}…").format(table=table.name))
            _reset_sequences(target, tables)
            after = {
                table.name: int(target.execute(select(func.count()).select_from(table)).scalar_one())
                for table in tables
            }
            differing = [name for name in before if before[name] != after.get(name)]
            if differing:
                raise ServerError(
                    _("jumlah baris berbeda setelah penyalinan ({tables}); tidak ada yang disimpan di server").format(
                        tables=", ".join(differing)
                    )
                )
    except DBAPIError as error:
        raise _unreachable(url, error) from None
    finally:
        engine.dispose()
    return MoveResult(location=location_of(url), before=before, after=after)


def admin_creator() -> AdminCreator:
    """The function that makes the first admin user (``desktop.services.users``) on a prepared server database."""
    from db.engine import make_session_factory
    from desktop.services.users import create_user

    def create(engine: Engine, name: str, password: str) -> None:
        create_user(make_session_factory(engine, actor=name), name, "admin", password)

    return create


NOT_PREPARED = N_(
    "Database di server belum disiapkan untuk versi ini: pindahkan data ke sana dulu, atau jalankan konvergensi "
    "server init."
)
NO_KEYRING = N_(
    "Komputer ini tidak punya penyimpan kata sandi (Windows Credential Manager): kata sandi server tidak disimpan, "
    "dan tidak akan ditulis ke berkas."
)


def connection_of(url: str) -> tuple[ServerConnection, str | None]:
    """The server a PostgreSQL URL names, as Pengaturan → Database keeps it, and the password the URL carries.

    Raises:
        ServerError: not a PostgreSQL URL, or one without a server name.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ServerError(_(NOT_POSTGRESQL).format(url=url)) from None
    if parsed.get_backend_name() != "postgresql" or not parsed.host:
        raise ServerError(_(NOT_POSTGRESQL).format(url=location_of(url)))
    connection = ServerConnection(
        host=parsed.host,
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "konvergensi",
        user=parsed.username or "konvergensi",
        active=True,
    )
    return connection, str(parsed.password) if parsed.password else None


def refuse_unprepared(check: ServerCheck) -> None:
    """Refuses a server whose database is not at this version's migrations: the next start would fail there.

    Raises:
        ServerError: the database was never prepared, or is at another revision.
    """
    if not check.up_to_date:
        raise ServerError(_(NOT_PREPARED))


def refuse_password_without_keyring(password: str | None) -> None:
    """Refuses a server password this PC cannot keep in a keyring (it is never written to a file instead).

    Raises:
        ServerError: a password is given and the system has no keyring.
    """
    if password and not keyring_available():
        raise ServerError(_(NO_KEYRING))


def use_server(
    data_dir: Path, connection: ServerConnection, password: str | None, *, refuse_without_keyring: bool = False
) -> bool:
    """Makes ``connection`` this PC's database from the next start; the password goes to the keyring, never a file.

    The caller has checked the server (:func:`check_server`, :func:`refuse_unprepared`). Pengaturan → Database and
    ``konvergensi server use`` both call this.

    Args:
        data_dir: the data folder whose preferences name the database.
        connection: the server.
        password: the server password, or None (then libpq's ``PGPASSWORD``/pgpass, or it is asked at start).
        refuse_without_keyring: refuse (and change nothing) when a password is given but cannot be kept in the
            keyring; otherwise it is then asked at every start.

    Returns:
        True when the password is kept in the keyring.

    Raises:
        ServerError: ``refuse_without_keyring`` and no keyring (or it refused the password).
        OSError: the preferences could not be written.
    """
    if refuse_without_keyring:
        refuse_password_without_keyring(password)
    kept = bool(password) and save_server_password(connection, password or "")
    if password and refuse_without_keyring and not kept:
        raise ServerError(_(NO_KEYRING))
    save_server_connection(data_dir, replace(connection, active=True))
    return kept


def use_local_database(data_dir: Path) -> ServerConnection | None:
    """Makes this PC work on the SQLite database of its data folder again from the next start.

    The server stays saved (not active), and so does its password, for switching back.

    Returns:
        The server the PC used until now, or None when it was not switched to one (nothing changed).

    Raises:
        OSError: the preferences could not be written.
    """
    saved = server_connection(data_dir)
    if saved is None or not saved.active:
        return None
    save_server_connection(data_dir, replace(saved, active=False))
    return saved
