"""Database health: integrity, foreign keys and migration state, for ``konvergensi db check``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from db import migrate
from desktop.domain.i18n import N_, _


@dataclass(slots=True)
class DatabaseCheck:
    """The result of :func:`check_database`.

    Attributes:
        backend: dialect name (``sqlite``, ``postgresql``).
        integrity: ``ok`` or the problems SQLite's integrity check found.
        foreign_key_violations: rows whose foreign key points nowhere.
        current_revision: the migration revision(s) the database is at.
        head_revision: the newest revision(s) of the scripts.
        problems: everything wrong, in Indonesian; empty when healthy.
    """

    backend: str
    integrity: list[str] = field(default_factory=list)
    foreign_key_violations: int = 0
    current_revision: list[str] = field(default_factory=list)
    head_revision: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


def check_database(engine: Engine) -> DatabaseCheck:
    """Checks the database without changing it.

    Args:
        engine: the engine.

    Returns:
        The findings; ``ok`` is False if the file is damaged, a foreign key dangles, the migration chain has
        more than one head, or the database is not at the newest revision.
    """
    result = DatabaseCheck(backend=engine.dialect.name)
    if result.backend == "sqlite":
        with engine.connect() as connection:
            result.integrity = [str(row[0]) for row in connection.execute(text("PRAGMA integrity_check"))]
            result.foreign_key_violations = len(list(connection.execute(text("PRAGMA foreign_key_check"))))
        if result.integrity != ["ok"]:
            result.problems.append(_("pemeriksaan integritas SQLite gagal: ") + "; ".join(result.integrity[:5]))
        if result.foreign_key_violations:
            result.problems.append(
                _("{foreign_key_violations} baris melanggar foreign key").format(
                    foreign_key_violations=result.foreign_key_violations
                )
            )
    state = migrate.migration_state(engine)
    result.current_revision = list(state.current)
    result.head_revision = list(state.heads)
    if len(state.heads) != 1:
        result.problems.append(_("rantai migrasi bercabang: {count} head").format(count=len(state.heads)))
    elif unknown := migrate.unknown_revisions(engine):
        result.problems.append(
            _(
                "database dibuat oleh Konvergensi versi yang lebih baru (revisi {revisions}); pasang versi terbaru "
                "(db upgrade tidak dapat membantu)"
            ).format(revisions=", ".join(unknown))
        )
    elif not state.current:
        result.problems.append(_("database belum dimigrasi (jalankan: konvergensi db upgrade)"))
    elif not state.up_to_date:
        result.problems.append(
            _("database pada revisi {join}, terbaru {join2} (jalankan: konvergensi db upgrade)").format(
                join=", ".join(state.current), join2=", ".join(state.heads)
            )
        )
    return result


# What SQLite (and PostgreSQL) say, and the sentence the user reads; the first match wins.
_DATABASE_ERRORS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("database is locked", "database table is locked", "lock timeout", "could not obtain lock"),
        N_(
            "database sedang ditulis oleh proses lain (jendela atau perintah Konvergensi lain); coba lagi sebentar lagi"
        ),
    ),
    (("database or disk is full", "no space left", "disk full"), N_("disk tempat database penuh; kosongkan ruang")),
    (
        ("readonly database", "read-only", "read only"),
        N_("database hanya dapat dibaca (berkas atau disknya dilindungi dari penulisan)"),
    ),
    (
        ("unable to open database file",),
        N_("berkas database tidak dapat dibuka (folder tidak ada atau tidak ada izin)"),
    ),
    (("pattern too complex", "like or glob pattern too complex"), N_("pola pencarian terlalu panjang")),
    (("disk i/o error",), N_("kesalahan baca/tulis disk pada database (disk penuh, dicabut, atau rusak)")),
    # PostgreSQL (libpq) when a PC cannot use the office server.
    (
        ("password authentication failed", "no password supplied", "fe_sendauth"),
        N_("server menolak nama pengguna atau kata sandi database"),
    ),
    (
        ("connection refused", "could not connect", "timeout expired", "connection timed out", "no route to host"),
        N_("server database tidak menjawab (server mati, alamat atau port salah, atau diblokir firewall port 5432)"),
    ),
    (
        ("could not translate host name", "name or service not known", "nodename nor servname"),
        N_("nama server database tidak dikenal di jaringan ini"),
    ),
    (("no pg_hba.conf entry",), N_("server tidak mengizinkan PC ini (pg_hba.conf belum memuat jaringan kantor)")),
    (('fatal:  database "', 'fatal:  role "'), N_("database atau pengguna itu tidak ada di server")),
)


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite database URL; None for another backend or an in-memory database."""
    parsed = make_url(url)
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None


def describe_database_error(error: BaseException, location: Path | None = None) -> str:
    """One Indonesian sentence for a database failure: locked, disk full, read-only, a pattern too long, damaged.

    Args:
        error: a DBAPIError (its ``orig`` says what the driver reported) or the driver's own error.
        location: the SQLite file, when known: a file SQLite cannot open in a folder that cannot be written (a
            read-only disk or data folder: the write-ahead log cannot be made) is said to be read-only.
    """
    original = getattr(error, "orig", None) or error
    reported = str(original).lower()
    if "unable to open database file" in reported and location is not None and location.exists():
        if not os.access(location.parent, os.W_OK) or not os.access(location, os.W_OK):
            return _(
                "database hanya dapat dibaca (berkas atau disknya dilindungi dari penulisan); Konvergensi perlu "
                "menulis di folder data"
            )
    for needles, sentence in _DATABASE_ERRORS:
        if any(needle in reported for needle in needles):
            return _(sentence)
    return _("database tidak dapat dibuka atau rusak: {orig}").format(orig=original)
