"""Alembic configured in code, so migrations run the same from a checkout, a wheel or a frozen build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Brings the database schema to ``revision`` (every head by default).

    Args:
        engine: the engine of the database.
        revision: target revision.
    """
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
