"""Migrations: one linear chain, a working upgrade from nothing, and models equal to what the migrations build."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

import db.models  # noqa: F401 - registers every table
from db import migrate
from db.base import Base
from db.engine import make_engine, sqlite_url

# Tables created by migrations with raw SQL that the ORM does not model (e.g. SQLite FTS5 virtual tables and their
# shadow tables); compare_metadata cannot describe them.
_UNMODELLED_PREFIXES = ("krs_family_fts",)


def _engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_engine(sqlite_url(str(tmp_path / "m.sqlite3")))


def test_revisions_form_one_linear_chain(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(_engine(tmp_path)))
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    for revision in revisions:
        down = revision.down_revision
        assert down is None or isinstance(down, str), f"{revision.revision} merges branches"
    # Walking from head to base visits every script: nothing dangles off the chain.
    assert len({r.revision for r in revisions}) == len(list(script.revision_map.iterate_revisions("heads", "base")))


def test_upgrade_on_empty_database_reaches_head(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    assert migrate.current_revisions(engine) == ()
    migrate.upgrade(engine)
    state = migrate.migration_state(engine)
    assert state.up_to_date
    assert {"region", "office", "audit_entry"} <= set(inspect(engine).get_table_names())


def test_models_equal_migrations(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parent: (
                    not (kind == "table" and name is not None and name.startswith(_UNMODELLED_PREFIXES))
                ),
            },
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    from alembic import command

    engine = _engine(tmp_path)
    migrate.upgrade(engine)
    command.downgrade(migrate.alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.migration_state(engine).up_to_date
