"""Migration 0007: issuer letterheads; a database with series and meetings keeps them, each printing its office's
kop until a letterhead is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db import migrate
from db.engine import make_engine, sqlite_url

STAMP = "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1"


def test_upgrade_from_0006_keeps_series_and_meetings(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(str(tmp_path / "old.sqlite3")))
    migrate.upgrade(engine, "0006")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO region (code, name, level, kind) VALUES ('36.02.18', 'Cibadak', 3, 'Kecamatan')")
        )
        connection.execute(
            text(
                "INSERT INTO meeting_series (id, name, meeting_type, level, region_code, notes, uuid, origin_office,"
                f" created_at, updated_at, row_version) VALUES (7, 'Minlok Cibadak', 'MINLOK_KEC', 'kecamatan',"
                f" '36.02.18', '', 's-1', 'x', {STAMP})"
            )
        )
        connection.execute(
            text(
                "INSERT INTO meeting (series_id, title, meeting_type, level, region_code, number, meeting_date,"
                " place, online_link, opening, time_zone, chair_name, chair_position, chair_rank, chair_nip,"
                " secretary_name, secretary_position, secretary_rank, secretary_nip, status, version,"
                " correction_reason, uuid, origin_office, created_at, updated_at, row_version)"
                " VALUES (7, 'Minlok', 'MINLOK_KEC',"
                " 'kecamatan', '36.02.18', '', '2024-10-11', '', '', '', 'WIB', '', '', '', '', '', '', '', '',"
                f" 'draft', 0, '', 'm-1', 'x', {STAMP})"
            )
        )
    migrate.upgrade(engine)
    assert migrate.migration_state(engine).up_to_date
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, name, letterhead_id FROM meeting_series")).all()
        assert [tuple(row) for row in rows] == [(7, "Minlok Cibadak", None)]
        assert connection.execute(text("SELECT count(*) FROM meeting WHERE series_id = 7")).scalar() == 1
    with pytest.raises(IntegrityError), engine.begin() as connection:  # the reference is enforced
        connection.execute(text("UPDATE meeting_series SET letterhead_id = 99 WHERE id = 7"))
    engine.dispose()
