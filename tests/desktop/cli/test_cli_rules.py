"""The rules every command inherits from ``desktop.cli.main`` (docs/cli.md): exit codes, ``--json``, the docs.

The table below has one entry per command of the parser; a new command without an entry fails
:func:`test_the_table_names_every_command`, so its exit codes and JSON get checked too.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models.krs import KrsFamily
from db.models.meeting import Meeting, MeetingSeries
from desktop.cli import build_parser, main
from desktop.context import AppContext, open_context
from desktop.paths import DATABASE_FILE
from desktop.services.backup.catalogue import list_backups
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.exchange.conflicts import list_conflicts
from desktop.services.exchange.offices import read_card
from desktop.services.unit_of_work import unit_of_work
from tests.desktop.services.krs.conftest import write_csv
from tests.desktop.services.reports.demo_fixture import demo_context, demo_template
from tests.postgres import fresh_server_database

__all__ = ["demo_context", "demo_template", "fresh_server_database"]

ROOT = Path(__file__).resolve().parents[3]
DOCS = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
FRAMEWORK = str(ROOT / "resources" / "frameworks" / "aksi-2025.json")
BAD_DB = ["--database", "sqlite:///{dir}/bukan-database.sqlite3"]  # a file that is not a database: exit 1
NOT_A_SERVER = "sqlite:///{dir}/bukan-server.sqlite3"  # the server commands want PostgreSQL: exit 1
SIGNED_IN = ["--user", "admin", "--password-file", "{dir}/sandi.txt"]  # the admin NEEDS_USERS prepares
ZSCORE = ["cases", "zscore", "--sex", "P", "--birth", "2025-01-01", "--measured", "2025-06-01"]
CHILDREN = (
    "Nama;NIK;JK;Tgl Lahir;Nama Ortu;Desa;Kecamatan;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur\n"
    "Ani;;P;2025-01-10;Euis;Cibadak;Cibadak;2026-01-12;8,0;65,5;Terlentang\n"
)


def leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[str]:
    """Every command the parser runs, as the words typed after ``konvergensi`` (``krs worksheet import``)."""
    groups = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    if not groups:
        return [" ".join(prefix)]
    return [
        leaf
        for group in groups
        for name, child in group.choices.items()
        for leaf in leaf_commands(child, (*prefix, name))
    ]


# command -> (arguments that succeed (exit 0), arguments refused (exit 1)); None with the reason in NOT_IN_PROCESS.
TABLE: dict[str, tuple[list[str] | None, list[str] | None]] = {
    "gui": (None, None),
    "smoke-test": (None, None),
    "db upgrade": (["db", "upgrade"], [*BAD_DB, "db", "upgrade"]),
    "db check": (["db", "check"], [*BAD_DB, "db", "check"]),
    # Without a keyring (the suite's) nothing can be remembered: "none was"; a data folder that does not exist: 1.
    "db key forget": (["db", "key", "forget"], ["--data-dir", "{dir}/tidak-ada", "db", "key", "forget"]),
    "region show": (["region", "show", "36.02.18"], ["region", "show", "99.99"]),
    "region load": (["region", "load"], [*BAD_DB, "region", "load"]),
    "region search": (["region", "search", "Cibadak", "--level", "kecamatan"], [*BAD_DB, "region", "search", "x"]),
    "office show": (["office", "show"], [*BAD_DB, "office", "show"]),
    "office set": (["office", "set", "--phone", "(0252) 201235"], ["office", "set", "--email", "bukan surel"]),
    "office letterhead list": (["office", "letterhead", "list"], [*BAD_DB, "office", "letterhead", "list"]),
    "office letterhead add": (
        ["office", "letterhead", "add", "kec-baru", "--government", "PEMERINTAH KABUPATEN LEBAK", "--name", "KEC BARU"],
        ["office", "letterhead", "add", "kec-cibadak", "--government", "PEMERINTAH", "--name", "KECAMATAN CIBADAK"],
    ),
    "office letterhead set": (
        ["office", "letterhead", "set", "kec-cibadak", "--contact", "Telp. (0252) 281001"],
        ["office", "letterhead", "set", "tidak-ada", "--city", "Cibadak"],
    ),
    "office letterhead remove": (
        ["office", "letterhead", "remove", "kec-leuwidamar"],
        ["office", "letterhead", "remove", "tidak-ada"],
    ),
    "office letterhead use": (
        ["office", "letterhead", "use", "kec-cibadak", "--series", "{series}"],
        ["office", "letterhead", "use", "kec-cibadak", "--series", "999999"],
    ),
    "demo": (["demo"], [*BAD_DB, "demo"]),
    "aksi list": (["aksi", "list", "--year", "2025"], ["aksi", "list", "--year", "2000"]),
    "aksi start": (["aksi", "start", "--year", "2026"], ["aksi", "start", "--year", "2000"]),
    "aksi due": (["aksi", "due", "--today", "2025-06-01"], [*BAD_DB, "aksi", "due"]),
    "aksi framework load": (
        ["aksi", "framework", "load", FRAMEWORK],
        ["aksi", "framework", "load", "{dir}/rusak.json"],
    ),
    "aksi framework list": (["aksi", "framework", "list"], [*BAD_DB, "aksi", "framework", "list"]),
    "cases zscore": (
        [*ZSCORE, "--height", "60", "--method", "L", "--weight", "6"],
        [*ZSCORE, "--height", "0", "--method", "L"],
    ),
    "cases import": (["cases", "import", "{dir}/anak.csv"], ["cases", "import", "{dir}/kosong.csv"]),
    "cases recap": (["cases", "recap"], [*BAD_DB, "cases", "recap"]),
    "krs import": (["krs", "import", "{dir}/krs.csv"], ["krs", "import", "{dir}/kosong.csv"]),
    "krs template": (
        ["krs", "template", "-o", "{dir}/templat.xlsx"],
        ["krs", "template", "-o", "{dir}"],
    ),
    "krs worksheet export": (
        ["krs", "worksheet", "export", "--desa", "36.02.18.2004", "-o", "{dir}/lembar2.xlsx"],
        ["krs", "worksheet", "export", "--desa", "99.99.99.9999", "-o", "{dir}/lembar3.xlsx"],
    ),
    "krs worksheet import": (
        ["krs", "worksheet", "import", "{dir}/lembar.xlsx"],
        ["krs", "worksheet", "import", "{dir}/kosong.csv"],
    ),
    "krs print": (
        ["krs", "print", "--desa", "36.02.18.2004", "-o", "{dir}/daftar.pdf"],
        ["krs", "print", "--desa", "99.99.99.9999", "-o", "{dir}/daftar2.pdf"],
    ),
    "krs codes": (["krs", "codes"], ["krs", "codes", "--set", "tidak-ada", "X", "Y"]),
    "krs progress": (["krs", "progress"], [*BAD_DB, "krs", "progress"]),
    "meeting list": (["meeting", "list"], [*BAD_DB, "meeting", "list"]),
    "meeting show": (["meeting", "show", "{meeting}"], ["meeting", "show", "999999"]),
    "print minutes": (
        ["print", "minutes", "--meeting", "{meeting}", "-o", "{dir}/notulen.pdf"],
        ["print", "minutes", "--meeting", "999999", "-o", "{dir}/notulen2.pdf"],
    ),
    "print statement": (
        ["print", "statement", "--meeting", "{meeting}", "-o", "{dir}/ba.pdf"],
        ["print", "statement", "--meeting", "999999", "-o", "{dir}/ba2.pdf"],
    ),
    "print attendance": (
        ["print", "attendance", "--meeting", "{meeting}", "--before", "-o", "{dir}/hadir.pdf"],
        ["print", "attendance", "--meeting", "999999", "-o", "{dir}/hadir2.pdf"],
    ),
    "print invitation": (
        ["print", "invitation", "--meeting", "{meeting}", "--date", "2026-01-05", "-o", "{dir}/undangan.pdf"],
        ["print", "invitation", "--meeting", "999999", "-o", "{dir}/undangan2.pdf"],
    ),
    "print cover-letter": (
        ["print", "cover-letter", "--year", "2025", "--reports", "minlok,krs", "-o", "{dir}/pengantar.pdf"],
        ["print", "cover-letter", "--year", "2025", "--reports", "bukan-laporan", "-o", "{dir}/pengantar2.pdf"],
    ),
    "print aksi-overview": (
        ["print", "aksi-overview", "--year", "2025", "-o", "{dir}/aksi.pdf"],
        ["print", "aksi-overview", "--year", "2000", "-o", "{dir}/aksi2.pdf"],
    ),
    "print desa-cases": (
        ["print", "desa-cases", "--desa", "36.02.18.2004", "-o", "{dir}/balita.pdf"],
        ["print", "desa-cases", "--desa", "99.99.99.9999", "-o", "{dir}/balita2.pdf"],
    ),
    "export": (
        ["export", "minlok", "--year", "2025", "-o", "{dir}/minlok.xlsx"],
        ["export", "minlok", "--year", "2025", "-o", "{dir}/minlok.doc"],
    ),
    "audit list": (
        ["audit", "list", "--entity", "case_child", "--limit", "3"],
        ["audit", "list", "--since", "2026-12-05", "--until", "2026-12-01"],
    ),
    "audit export": (
        ["audit", "export", "--action", "create", "-o", "{dir}/riwayat.xlsx"],
        ["audit", "export", "-o", "{dir}/tidak-ada/riwayat.xlsx"],
    ),
    "db encrypt": (
        ["db", "encrypt", "--passphrase-file", "{dir}/sandi.txt"],
        ["db", "encrypt", "--passphrase-file", "{dir}/pendek.txt"],
    ),
    "db rekey": (
        ["--db-passphrase-file", "{dir}/sandi.txt", "db", "rekey", "--passphrase-file", "{dir}/sandi-baru.txt"],
        ["--db-passphrase-file", "{dir}/sandi.txt", "db", "rekey", "--passphrase-file", "{dir}/pendek.txt"],
    ),
    "backup create": (["backup", "create", "--to", "{dir}/usb"], [*BAD_DB, "backup", "create"]),
    "backup list": (["backup", "list", "--from", "{dir}/usb"], ["backup", "list", "--from", "{dir}/rusak.json"]),
    "backup verify": (["backup", "verify", "{dir}/usb/{backup}"], ["backup", "verify", "{dir}/tidak-ada.sqlite3"]),
    "backup restore": (
        ["backup", "restore", "{dir}/usb/{backup}", "--yes"],
        ["backup", "restore", "{dir}/tidak-ada.sqlite3", "--yes"],
    ),
    "office language": (
        ["office", "language", "--set", "en"],
        ["--data-dir", "{dir}/rusak.json", "office", "language", "--set", "en"],  # a file, not a folder
    ),
    "backup settings": (
        ["backup", "settings", "--second-folder", "{dir}/usb-kedua", "--keep-daily", "3"],
        ["backup", "settings", "--folder", "{dir}/rusak.json"],
    ),
    "office setup": (
        ["office", "setup", "--level", "kabupaten", "--region", "36.02", "--name", "Bappeda Lebak", "--update"],
        ["office", "setup", "--level", "kecamatan", "--region", "36.02", "--name", "Bappeda Lebak", "--update"],
    ),
    "office card": (["office", "card", "-o", "{dir}/kab.konvid"], [*BAD_DB, "office", "card", "-o", "{dir}/x.konvid"]),
    "partner add": (["partner", "add", "{dir}/kec.konvid", "--yes"], ["partner", "add", "{dir}/rusak.json", "--yes"]),
    "partner list": (["partner", "list"], [*BAD_DB, "partner", "list"]),
    "partner revoke": (["partner", "revoke", "{partner}"], ["partner", "revoke", "TIDAK-ADA"]),
    "exchange export": (
        ["exchange", "export", "--to", "{partner}", "-o", "{dir}/turun-2.konv"],
        ["exchange", "export", "--to", "TIDAK-ADA", "-o", "{dir}/turun-3.konv"],
    ),
    "exchange import": (["exchange", "import", "{dir}/naik.konv"], ["exchange", "import", "{dir}/rusak.json"]),
    "exchange ack": (["exchange", "ack", "{dir}/turun.konvack"], ["exchange", "ack", "{dir}/rusak.json"]),
    "exchange conflicts": (["exchange", "conflicts", "--all"], [*BAD_DB, "exchange", "conflicts"]),
    "exchange resolve": (
        ["exchange", "resolve", "{conflict}", "--keep", "incoming"],
        ["exchange", "resolve", "999999", "--keep", "local"],
    ),
    "server init": (["server", "init", "--database", "{server}"], ["server", "init", "--database", NOT_A_SERVER]),
    "server move": (["server", "move", "--database", "{server}"], ["server", "move", "--database", NOT_A_SERVER]),
    "server check": (["server", "check", "--database", "{server}"], ["server", "check", "--database", NOT_A_SERVER]),
    "server use": (["server", "use", "--database", "{server}"], ["server", "use", "--database", NOT_A_SERVER]),
    # 6 is the demo's draft meeting (November 2024); the first demo meeting's minutes are final.
    "meeting set": (
        ["meeting", "set", "--meeting", "6", "--title", "Minlok Cibadak"],
        ["meeting", "set", "--meeting", "{meeting}", "--title", "X"],
    ),
    "period submit": (
        [
            "--data-dir",
            "{dir}/kec",
            "period",
            "submit",
            "--kind",
            "minlok",
            "--period",
            "2024-11",
            "-o",
            "{dir}/p.konv",
        ],
        ["period", "submit", "--kind", "minlok", "--period", "2024-10", "--to", "{partner}", "-o", "{dir}/q.konv"],
    ),
    "period approve": (
        ["period", "approve", "--from", "{partner}", "--kind", "minlok", "--period", "2024-10", "-o", "{dir}/a.konv"],
        ["period", "approve", "--from", "{partner}", "--kind", "minlok", "--period", "2024-09", "-o", "{dir}/b.konv"],
    ),
    "period return": (
        [
            "period",
            "return",
            "--from",
            "{partner}",
            "--kind",
            "minlok",
            "--period",
            "2024-10",
            "--note",
            "Kurang",
            "-o",
            "{dir}/r.konv",
        ],
        ["period", "return", "--from", "{partner}", "--kind", "minlok", "--period", "2024-10", "-o", "{dir}/s.konv"],
    ),
    "period unlock": (
        [
            "period",
            "unlock",
            "--to",
            "{partner}",
            "--kind",
            "minlok",
            "--period",
            "2024-10",
            "--note",
            "Salah",
            "-o",
            "{dir}/u.konv",
        ],
        [
            "period",
            "unlock",
            "--to",
            "{partner}",
            "--kind",
            "minlok",
            "--period",
            "2024-08",
            "--note",
            "X",
            "-o",
            "{dir}/v.konv",
        ],
    ),
    "period status": (["period", "status", "--from", "{partner}"], ["period", "status", "--from", "TIDAK-ADA"]),
    "user add": (
        ["user", "add", "kepala", "--role", "admin", "--password-file", "{dir}/sandi.txt"],
        ["user", "add", "siti", "--role", "operator", "--password-file", "{dir}/sandi.txt"],  # the first: an admin
    ),
    "user list": (["user", "list"], [*BAD_DB, "user", "list"]),
    "user passwd": (
        [*SIGNED_IN, "user", "passwd", "admin", "--password-file", "{dir}/sandi-baru.txt"],
        [*SIGNED_IN, "user", "passwd", "tidak-ada", "--password-file", "{dir}/sandi-baru.txt"],
    ),
    "user disable": ([*SIGNED_IN, "user", "disable", "siti"], [*SIGNED_IN, "user", "disable", "admin"]),
    "user enable": ([*SIGNED_IN, "user", "enable", "siti"], ["user", "enable", "siti"]),  # not signed in
    "user role": (
        [*SIGNED_IN, "user", "role", "siti", "--role", "pembaca"],
        [*SIGNED_IN, "user", "role", "admin", "--role", "operator"],  # the last active admin stays one
    ),
}
NOT_IN_PROCESS = {
    "gui": "opens the window (its wrong usage is checked below, the window by the UI tests)",
    "smoke-test": "a child process in tests/desktop/cli/test_cli.py (exit 0 when every page opened)",
}
# An import that stores nothing reports its summary (every row rejected, with the reasons) and exits 1.
REFUSED_WITH_THEIR_REPORT = {"cases import"}
# A check that finds problems reports them with ``ok`` false and exits 1 (none at present: a damaged backup is a
# refusal like any other since issue #16's last stop).
REFUSED_WITH_THEIR_CHECK: set[str] = set()
# What the fixture prepares only for the commands that need it (keeps the other cases fast).
NEEDS_A_BACKUP = {"backup list", "backup verify", "backup restore"}
NEEDS_A_PARTNER = {"office card", "partner add", "partner list", "partner revoke"} | {
    name for name in TABLE if name.startswith(("exchange ", "period "))
}
# Users (an admin "admin" and an operator "siti", both with sandi.txt) for the commands that sign in.
NEEDS_USERS = {"user passwd", "user disable", "user enable", "user role"}
LEAVES = leaf_commands(build_parser())


def test_the_table_names_every_command() -> None:
    assert sorted(TABLE) == sorted(LEAVES)
    assert {name for name, cases in TABLE.items() if cases == (None, None)} == set(NOT_IN_PROCESS)


def documented_json(command: str) -> tuple[str, list[str]]:
    """The ``JSON:`` line under ``### `konvergensi COMMAND``` in docs/cli.md: (shape word, keys)."""
    heading = f"### `konvergensi {command}`\n"
    assert heading in DOCS, f"docs/cli.md has no section for {command!r}"
    section = DOCS[DOCS.index(heading) + len(heading) :].split("\n### ", 1)[0]
    line = next((line for line in section.splitlines() if line.startswith("JSON:")), None)
    assert line is not None, f"docs/cli.md: the section of {command!r} has no 'JSON:' line"
    shape = line.split()[1]
    assert shape in {"object", "list", "none"}, line
    return shape, re.findall(r"`(\w+)`", line)


def test_docs_list_every_command_with_an_example() -> None:
    for command in LEAVES:
        documented_json(command)
        section = DOCS[DOCS.index(f"### `konvergensi {command}`") :].split("\n### ", 1)[0]
        example = rf"^    konvergensi (?:--[a-z-]+ \S+ )*{re.escape(command)}(?: |$)"  # global options may come first
        assert re.search(example, section, flags=re.MULTILINE), f"docs/cli.md: no example line for {command!r}"
    documented = re.findall(r"^### `konvergensi ([a-z -]+)`", DOCS, flags=re.MULTILINE)
    assert sorted(documented) == sorted(LEAVES)


def _run(data_dir: Path | str, *arguments: str) -> None:
    assert main(["--data-dir", str(data_dir), *arguments]) == 0, arguments


def _prepare_exchange(data_dir: str, folder: Path, regions: Path, conflict: bool) -> dict[str, str]:
    """The demo office as a kabupaten with a partner kecamatan (TPPS Cibadak): cards, packages both ways, a receipt.

    With ``conflict`` both offices then change the same family and the kecamatan's next package conflicts.
    """
    kec = folder / "kec"
    kec.mkdir()
    shutil.copy(regions, kec / DATABASE_FILE)
    _run(
        data_dir, "office", "setup", "--level", "kabupaten", "--region", "36.02", "--name", "Bappeda Lebak", "--update"
    )
    _run(kec, "office", "setup", "--level", "kecamatan", "--region", "36.02.18", "--name", "TPPS Cibadak")
    _run(data_dir, "office", "card", "-o", str(folder / "kab.konvid"))
    _run(kec, "office", "card", "-o", str(folder / "kec.konvid"))
    codes = {"kab": read_card(folder / "kab.konvid").code, "kec": read_card(folder / "kec.konvid").code}
    _run(data_dir, "partner", "add", str(folder / "kec.konvid"), "--yes")
    _run(kec, "partner", "add", str(folder / "kab.konvid"), "--yes")
    _run(data_dir, "exchange", "export", "--to", codes["kec"], "-o", str(folder / "turun.konv"))
    _run(kec, "exchange", "import", str(folder / "turun.konv"), "--ack-out", str(folder / "turun.konvack"))
    _run(kec, "exchange", "export", "--to", codes["kab"], "-o", str(folder / "naik.konv"))
    found = "0"
    if conflict:
        _run(data_dir, "exchange", "import", str(folder / "naik.konv"))
        for office, address in ((Path(data_dir), "Versi kabupaten"), (kec, "Versi kecamatan")):
            context = open_context(office)
            with unit_of_work(context.session_factory) as session:
                family = session.scalars(
                    select(KrsFamily).where(KrsFamily.kecamatan_code == "36.02.18").order_by(KrsFamily.uuid)
                ).first()
                assert family is not None
                family.address = address
            context.dispose()
        _run(kec, "exchange", "export", "--to", codes["kab"], "-o", str(folder / "naik-2.konv"))
        _run(data_dir, "exchange", "import", str(folder / "naik-2.konv"))
        context = open_context(Path(data_dir))
        (found,) = [str(item.id) for item in list_conflicts(context.session_factory, include_resolved=False)]
        context.dispose()
    return {"partner": codes["kec"], "conflict": found}


def _prepare_period(data_dir: str, folder: Path, partner: str, approved: bool) -> None:
    """The kecamatan submits its October Minlok; the kabupaten (the demo office) imports it (and approves it)."""
    kec = folder / "kec"
    _run(kec, "period", "submit", "--kind", "minlok", "--period", "2024-10", "-o", str(folder / "periode.konv"))
    _run(data_dir, "exchange", "import", str(folder / "periode.konv"))
    if approved:
        period = ["--kind", "minlok", "--period", "2024-10"]
        _run(data_dir, "period", "approve", "--from", partner, *period, "-o", str(folder / "setuju.konv"))


@pytest.fixture
def inputs(
    demo_context: AppContext, tmp_path: Path, regions_template: Path, request: pytest.FixtureRequest
) -> dict[str, str]:
    """The placeholders of the table: a folder with input files, the first demo meeting and meeting series.

    For the backup and exchange commands also a backup, a partner office with packages and a receipt, a conflict.
    """
    command = request.node.callspec.params.get("command", "") if hasattr(request.node, "callspec") else ""
    folder = tmp_path / "masukan"
    folder.mkdir()
    (folder / "sandi.txt").write_text("kuda-lumping-gamelan-2026\n", encoding="utf-8")
    (folder / "sandi-baru.txt").write_text("angklung-reog-wayang-2027\n", encoding="utf-8")
    (folder / "pendek.txt").write_text("x\n", encoding="utf-8")
    (folder / "bukan-database.sqlite3").write_bytes(b"bukan database" * 300)
    (folder / "rusak.json").write_text("{bukan json", encoding="utf-8")
    (folder / "anak.csv").write_text(CHILDREN, encoding="utf-8")
    write_csv(folder / "krs.csv", [list(row) for row in krs_rows(5, seed=3)])
    (folder / "kosong.csv").write_text(CHILDREN.splitlines()[0] + "\n", encoding="utf-8")
    with demo_context.session_factory() as session:
        meeting = session.scalars(select(Meeting.id).order_by(Meeting.id)).first()
        series = session.scalars(select(MeetingSeries.id).order_by(MeetingSeries.id)).first()
    demo_context.dispose()
    data_dir = str(demo_context.data_dir)
    export = ["krs", "worksheet", "export", "--desa", "36.02.18.2004", "-o", str(folder / "lembar.xlsx")]
    assert main(["--data-dir", data_dir, *export]) == 0
    values = {"dir": str(folder), "meeting": str(meeting), "series": str(series), "data_dir": data_dir}
    values |= {"backup": "", "partner": "", "conflict": "0", "server": ""}
    if command == "db rekey":
        _run(data_dir, "db", "encrypt", "--passphrase-file", str(folder / "sandi.txt"))
    if command in NEEDS_A_BACKUP:
        _run(data_dir, "backup", "create", "--to", str(folder / "usb"))
        (values["backup"],) = [entry.path.name for entry in list_backups(folder / "usb")]
    if command.startswith("server "):
        values["server"] = request.getfixturevalue("fresh_server_database")
        if command == "server use":  # a prepared server, as Pengaturan → Database asks too
            _run(data_dir, "server", "init", "--database", values["server"])
    if command in NEEDS_USERS:
        password = ["--password-file", str(folder / "sandi.txt")]
        _run(data_dir, "user", "add", "admin", "--role", "admin", *password)
        _run(data_dir, "--user", "admin", *password, "user", "add", "siti", "--role", "operator", *password)
    if command in NEEDS_A_PARTNER:
        values |= _prepare_exchange(
            data_dir, folder, regions_template, conflict=command in {"exchange conflicts", "exchange resolve"}
        )
    if command.startswith("period "):
        _prepare_period(data_dir, folder, values["partner"], approved=command == "period unlock")
    return values


def _fill(arguments: list[str], values: dict[str, str]) -> list[str]:
    return ["--data-dir", values["data_dir"], *(argument.format(**values) for argument in arguments)]


def _keys_present(command: str, output: Any) -> None:
    shape, keys = documented_json(command)
    if shape == "list":
        assert isinstance(output, list), command
        items = output
    else:
        assert isinstance(output, dict), command
        items = [output]
    for item in items:
        missing = set(keys) - set(item)
        assert not missing, f"{command}: documented keys missing from its --json output: {sorted(missing)}"


@pytest.mark.parametrize("command", [name for name in TABLE if name not in NOT_IN_PROCESS])
def test_exit_codes_and_json_of_every_command(
    command: str, inputs: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    done, refused = TABLE[command]
    assert done is not None and refused is not None
    capsys.readouterr()
    assert main([*_fill(done, inputs), "--json"]) == 0, capsys.readouterr()
    captured = capsys.readouterr()
    _keys_present(command, json.loads(captured.out))  # only JSON on stdout
    assert "Galat" not in captured.err and "\r[" not in captured.err  # no bar: stderr is not a terminal here
    assert main([*_fill(refused, inputs), "--json"]) == 1
    captured = capsys.readouterr()
    refusal = json.loads(captured.out)
    if command in REFUSED_WITH_THEIR_REPORT:
        _keys_present(command, refusal)
        assert refusal["stores_nothing"] is True
    elif command in REFUSED_WITH_THEIR_CHECK:
        assert {"path", "ok", "problems"} <= set(refusal), command
        assert refusal["ok"] is False and refusal["problems"]
    else:
        assert set(refusal) == {"error"} and refusal["error"], command
    assert main(_fill(refused, inputs)) == 1
    captured = capsys.readouterr()
    if command in REFUSED_WITH_THEIR_REPORT | REFUSED_WITH_THEIR_CHECK:
        assert "Galat" not in captured.err and captured.out.strip(), command
    else:
        assert captured.out == "" and captured.err.startswith("Galat: "), command


@pytest.mark.parametrize("command", LEAVES)
def test_wrong_usage_is_2(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    done = TABLE[command][0] or command.split()
    arguments = [
        argument.format(
            dir=tmp_path, meeting=1, series=1, backup="b", partner="p", conflict=1, server="postgresql://x/y"
        )
        for argument in done
    ]
    with pytest.raises(SystemExit) as raised:
        main(["--data-dir", str(tmp_path / "data"), *arguments, "--tidak-ada-opsi-ini"])
    assert raised.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("penggunaan: konvergensi")
    assert "--tidak-ada-opsi-ini" in captured.err
    assert not (tmp_path / "data").exists()  # refused before anything was opened


def test_office_set_changes_only_the_named_fields(inputs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = ["--data-dir", inputs["data_dir"]]
    assert main([*data_dir, "office", "show", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    changed = ["--head-name", "Dr. Siti Aminah, M.Si.", "--head-nip", "19750202 200003 2 002", "--krs-round", "2025"]
    assert main([*data_dir, "office", "set", *changed, "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert (after["head_name"], after["head_nip"], after["krs_round"]) == (
        "Dr. Siti Aminah, M.Si.",
        "197502022000032002",
        "PK25",
    )
    unchanged = {key for key in before if key not in {"head_name", "head_nip", "krs_round"}}
    assert {key: after[key] for key in unchanged} == {key: before[key] for key in unchanged}
    # One invalid field: nothing is saved, the valid one neither.
    assert main([*data_dir, "office", "set", "--city", "Serang", "--email", "bukan"]) == 1
    assert "Alamat e-mail tidak sah" in capsys.readouterr().err
    assert main([*data_dir, "office", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == after
    emblem = Path(inputs["dir"]) / "lambang.png"
    shutil.copy(ROOT / "resources" / "assets" / "emblem_placeholder.png", emblem)
    assert main([*data_dir, "office", "set", "--emblem", str(emblem), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["emblem_bytes"] == emblem.stat().st_size
    assert main([*data_dir, "office", "set", "--no-emblem", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["emblem_bytes"] == 0


def test_a_refused_letterhead_names_the_reason_not_the_field(
    inputs: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = ["--data-dir", inputs["data_dir"]]
    taken = ["office", "letterhead", "add", "kec-cibadak", "--government", "PEMERINTAH", "--name", "KECAMATAN X"]
    assert main([*data_dir, *taken]) == 1
    assert capsys.readouterr().err == "Galat: kop kec-cibadak tidak disimpan: Kode kop kec-cibadak sudah dipakai.\n"
    (Path(inputs["dir"]) / "bukan.png").write_text("bukan gambar", encoding="utf-8")
    not_an_image = ["office", "letterhead", "set", "kec-cibadak", "--emblem", str(Path(inputs["dir"]) / "bukan.png")]
    assert main([*data_dir, *not_an_image, "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == {
        "error": "kop kec-cibadak tidak disimpan: Lambang harus berupa gambar PNG atau JPEG."
    }
