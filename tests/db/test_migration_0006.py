"""Migration 0006: the office's KRS data round, PK24 for a database created before it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from db import migrate
from db.engine import make_engine, sqlite_url


def test_upgrade_from_0005_keeps_the_office_and_gives_it_pk24(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(str(tmp_path / "old.sqlite3")))
    migrate.upgrade(engine, "0005")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO region (code, name, level, kind) VALUES ('36.02', 'Lebak', 2, 'Kabupaten')")
        )
        connection.execute(
            text(
                "INSERT INTO office (code, region_code, name, address, city, phone, email, website, head_name,"
                " head_position, head_rank, head_nip, paper_size, document_number_pattern, uuid, origin_office,"
                " created_at, updated_at, row_version) VALUES ('3602-abc', '36.02', 'Bapelitbangda Lebak',"
                " 'Jl. Abdi Negara 1', 'Rangkasbitung', '', '', '', 'Kepala', 'Kepala Badan', '', '', 'F4', '',"
                " 'u-1', '3602-abc', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 3)"
            )
        )
    migrate.upgrade(engine)
    assert migrate.migration_state(engine).up_to_date
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT code, name, address, row_version, krs_round FROM office")).all()
    assert [tuple(row) for row in rows] == [("3602-abc", "Bapelitbangda Lebak", "Jl. Abdi Negara 1", 3, "PK24")]
    engine.dispose()
