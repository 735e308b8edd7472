"""Alembic environment: takes the engine from the in-code configuration (see :mod:`db.migrate`)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

import db.models  # noqa: F401 - registers every table on the metadata
from db.base import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Runs the migrations in one transaction on the configured engine."""
    engine: Engine = context.config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot ALTER most things: batch mode copies the table instead.
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported; pass an engine")
run_migrations_online()
