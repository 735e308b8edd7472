"""Migration 0015: the KRS code list entries get their exchange columns; only untouched seeded ones count as seeded."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from db import migrate
from db.engine import make_engine, sqlite_url
from db.models.krs import SEEDED_AT, code_uuid


def test_entries_changed_before_the_upgrade_are_not_taken_for_seeded_ones(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(str(tmp_path / "m.sqlite3")))
    command.upgrade(migrate.alembic_config(engine), "0014")
    with engine.begin() as connection:
        connection.execute(text("UPDATE krs_code SET label = 'Pindah domisili' WHERE code = 'pindah'"))
        connection.execute(
            text("INSERT INTO krs_code (list_name, code, label, sort_order, active) VALUES ('result', 'x', 'X', 99, 1)")
        )
    migrate.upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT list_name, code, uuid, created_at FROM krs_code")).all()
    created = {code: str(at) for _name, code, _uuid, at in rows}
    seeded_text = SEEDED_AT.replace(tzinfo=None).isoformat(sep=" ")
    assert created["ditemukan"].startswith(seeded_text) and created["kader_kb"].startswith(seeded_text)
    assert not created["pindah"].startswith(seeded_text) and not created["x"].startswith(seeded_text)
    assert all(row_uuid == code_uuid(name, code) for name, code, row_uuid, _at in rows)
