"""Alembic configured in code, so migrations run the same from a checkout, a wheel or a frozen build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.domain.errors import UserError
from desktop.domain.i18n import _

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    """Builds the Alembic configuration for an engine, without an ``alembic.ini`` file.

    Args:
        engine: the engine whose database is migrated.

    Returns:
        The configuration; ``env.py`` takes the engine from ``config.attributes``.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    config.attributes["engine"] = engine
    return config


class NewerDatabaseError(UserError):
    """The database is at a revision these migration scripts do not know: a newer Konvergensi made it.

    Attributes:
        unknown: the revisions the database is at that no script here defines.
    """

    def __init__(self, unknown: tuple[str, ...]) -> None:
        super().__init__(
            _(
                "Database ini dibuat atau diperbarui oleh Konvergensi versi yang lebih baru (revisi {revisions}). "
                "Versi ini tidak dapat membukanya dan tidak mengubahnya: pasang Konvergensi versi terbaru, atau "
                "pakai cadangan yang dibuat dengan versi ini."
            ).format(revisions=", ".join(unknown))
        )
        self.unknown = unknown


def unknown_revisions(engine: Engine) -> tuple[str, ...]:
    """The revisions the database is at that no migration script here defines (empty when all are known)."""
    current = current_revisions(engine)
    if not current:
        return ()
    script = ScriptDirectory.from_config(alembic_config(engine))
    known = {revision.revision for revision in script.walk_revisions()}
    return tuple(revision for revision in current if revision not in known)


def check_not_newer(engine: Engine) -> None:
    """Refuses a database made by a newer version, before anything reads or writes it.

    Raises:
        NewerDatabaseError: the database is at a revision these scripts do not know.
    """
    unknown = unknown_revisions(engine)
    if unknown:
        raise NewerDatabaseError(unknown)


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Brings the database schema to ``revision`` (every head by default).

    Args:
        engine: the engine of the database.
        revision: target revision.

    Raises:
        NewerDatabaseError: a newer version made the database; it is left as it is.
    """
    check_not_newer(engine)
    command.upgrade(alembic_config(engine), revision)


def head_revisions(engine: Engine) -> tuple[str, ...]:
    """Returns the head revisions of the migration scripts (one for a linear chain)."""
    return tuple(ScriptDirectory.from_config(alembic_config(engine)).get_heads())


def current_revisions(engine: Engine) -> tuple[str, ...]:
    """Returns the revisions the database is at (empty for a database never migrated)."""
    with engine.connect() as connection:
        return tuple(MigrationContext.configure(connection).get_current_heads())


@dataclass(frozen=True, slots=True)
class MigrationState:
    """Where the database stands against the migration scripts."""

    current: tuple[str, ...]
    heads: tuple[str, ...]

    @property
    def up_to_date(self) -> bool:
        """True when the database is at the single head."""
        return len(self.heads) == 1 and set(self.current) == set(self.heads)


def migration_state(engine: Engine) -> MigrationState:
    """Compares the database's revision with the scripts' heads."""
    return MigrationState(current=current_revisions(engine), heads=head_revisions(engine))
