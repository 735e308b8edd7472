"""The office server: init, check and the move of SQLite data onto it, on the real PostgreSQL test server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db.engine import make_engine, make_session_factory
from desktop.cli import main
from desktop.context import AppContext
from desktop.services.server import ServerError, check_server, copied_tables, init_server, move_to_server
from desktop.services.tasks import Cancelled, TaskControl
from desktop.services.users import authenticate, list_users, sign_in
from tests.desktop.services.reports.demo_fixture import demo_context, demo_template
from tests.postgres import fresh_server_database

__all__ = ["demo_context", "demo_template", "fresh_server_database"]


def _sqlite_counts(context: AppContext) -> dict[str, int]:
    with context.engine.connect() as connection:
        return {
            t.name: int(connection.execute(select(func.count()).select_from(t)).scalar_one()) for t in copied_tables()
        }


def test_not_postgresql_is_refused_with_a_sentence(tmp_path: Path) -> None:
    for url in (f"sqlite:///{tmp_path}/x.sqlite3", "bukan url"):
        with pytest.raises(ServerError, match="bukan server PostgreSQL"):
            check_server(url)


def test_an_unreachable_server_is_one_sentence() -> None:
    # A port nothing listens on (the discard port of localhost): refused at once.
    with pytest.raises(ServerError, match="tidak menjawab") as refused:
        check_server("postgresql+psycopg://konvergensi:Sandi-Rahasia@127.0.0.1:9/konvergensi")
    assert "konvergensi@127.0.0.1:9/konvergensi" in str(refused.value) and "Sandi-Rahasia" not in str(refused.value)


def test_init_migrates_an_empty_database_then_refuses_it_once_it_holds_data(fresh_server_database: str) -> None:
    before = check_server(fresh_server_database)
    assert before.empty and before.current_revision == [] and before.version
    after = init_server(fresh_server_database)
    assert after.up_to_date and after.empty
    assert init_server(fresh_server_database).up_to_date  # migrated but still empty: allowed again
    engine = make_engine(fresh_server_database)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO region (code, name, level, kind) VALUES ('36', 'BANTEN', 1, 'provinsi')"))
    engine.dispose()
    with pytest.raises(ServerError, match=r"sudah berisi data .*region 1"):
        init_server(fresh_server_database)
    assert check_server(fresh_server_database).data_tables == {"region": 1}


def test_init_with_an_admin_but_no_users_service_refuses_before_migrating(fresh_server_database: str) -> None:
    with pytest.raises(ServerError, match="admin"):
        init_server(fresh_server_database, admin=("admin", "sandi-panjang-sekali"), create_admin=None)


def test_move_copies_every_table_with_equal_counts_and_the_server_works_on(
    demo_context: AppContext, fresh_server_database: str
) -> None:
    expected = _sqlite_counts(demo_context)
    assert expected["krs_family"] > 0 and expected["region"] > 90_000
    seen: list[tuple[int, int]] = []
    result = move_to_server(
        demo_context.engine, fresh_server_database, control=TaskControl(lambda d, t, _m: seen.append((d, t)))
    )
    assert result.before == expected and result.after == expected
    assert seen[-1] == (sum(expected.values()), sum(expected.values()))
    server = make_engine(fresh_server_database)
    with server.connect() as connection:
        counted = {
            t.name: int(connection.execute(select(func.count()).select_from(t)).scalar_one()) for t in copied_tables()
        }
    assert counted == expected
    # The sequences were moved past the copied ids: the next id of every filled table is a fresh one.
    checked = 0
    with server.connect() as connection:
        for table in copied_tables():
            (column,) = table.primary_key.columns if len(table.primary_key.columns) == 1 else (None,)
            if column is None or not counted[table.name]:
                continue
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            ).scalar_one()
            if sequence is None:
                continue
            largest = connection.execute(select(func.max(column))).scalar_one()
            assert connection.execute(text("SELECT nextval(:s)"), {"s": sequence}).scalar_one() > largest, table.name
            checked += 1
    assert checked >= 5
    server.dispose()
    with pytest.raises(ServerError, match="sudah berisi data"):
        move_to_server(demo_context.engine, fresh_server_database)  # a second move onto the filled database


def test_a_cancelled_move_leaves_the_server_without_data(demo_context: AppContext, fresh_server_database: str) -> None:
    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        move_to_server(demo_context.engine, fresh_server_database, control=control)
    assert check_server(fresh_server_database).empty  # migrated, nothing copied


def test_cli_server_commands_in_a_child_process(
    demo_context: AppContext, fresh_server_database: str, tmp_path: Path
) -> None:
    data_dir = str(demo_context.data_dir)
    demo_context.dispose()

    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", data_dir, "server", *arguments],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )

    checked = run("check", "--database", fresh_server_database, "--json")
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["empty"] is True
    moved = run("move", "--database", fresh_server_database, "--json")
    assert moved.returncode == 0, moved.stderr
    report = json.loads(moved.stdout)
    assert report["tables"] == report["before"] and report["total"] == sum(report["before"].values()) > 90_000
    again = run("init", "--database", fresh_server_database)
    assert again.returncode == 1 and again.stderr.startswith("Galat: database ") and "sudah berisi data" in again.stderr
    assert "Traceback" not in again.stderr


def test_init_with_admin_prepares_the_server_and_its_first_admin_signs_in(
    fresh_server_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "sandi.txt"
    secret.write_text("kuda-lumping-gamelan-2026\n", encoding="utf-8")
    arguments = ["--data-dir", str(tmp_path / "data"), "server", "init", "--database", fresh_server_database]
    assert main([*arguments, "--admin", "kepala", "--password-file", str(secret), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["up_to_date"] is True
    engine = make_engine(fresh_server_database)
    try:
        factory = make_session_factory(engine)
        signed = authenticate(factory, "kepala", "kuda-lumping-gamelan-2026")
        sign_in(factory, signed)
        [admin] = list_users(factory)
        assert (admin.name, str(admin.role)) == ("kepala", "admin")
    finally:
        engine.dispose()
    assert main([*arguments, "--json"]) == 1  # the users table holds the admin: no longer an empty database
