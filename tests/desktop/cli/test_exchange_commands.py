"""``office setup|card``, ``partner add|list|revoke``, ``exchange export|import|ack|conflicts|resolve``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models.krs import KrsFamily
from desktop.cli import main
from desktop.context import open_context
from desktop.paths import DATABASE_FILE
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from desktop.services.unit_of_work import unit_of_work
from tests.desktop.services.krs.conftest import write_csv


def _json(capsys: pytest.CaptureFixture[str], folder: Path, *args: str, code: int = 0) -> Any:
    assert main(["--data-dir", str(folder), *args, "--json"]) == code
    return json.loads(capsys.readouterr().out)


def _office(regions_template: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(regions_template, folder / DATABASE_FILE)
    return folder


def test_the_whole_workflow_on_the_command_line(
    tmp_path: Path, regions_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kab = _office(regions_template, tmp_path / "kab")
    kec = _office(regions_template, tmp_path / "kec")
    setup = ["office", "setup", "--level", "kabupaten", "--region", "36.02", "--name", "Bappeda Lebak"]
    made = _json(capsys, kab, *setup)
    assert (made["level"], made["region_name"]) == (2, "Kabupaten Lebak")
    refused = _json(capsys, kab, *setup, code=1)
    assert "--update" in refused["error"]
    assert _json(capsys, kab, *setup, "--update", "--city", "Rangkasbitung")["city"] == "Rangkasbitung"
    wrong = ["office", "setup", "--level", "kecamatan", "--region", "36.02", "--name", "X"]
    assert "bukan wilayah tingkat kecamatan" in _json(capsys, kec, *wrong, code=1)["error"]
    _json(capsys, kec, "office", "setup", "--level", "kecamatan", "--region", "36.02.18", "--name", "TPPS Cibadak")
    kab_card = _json(capsys, kab, "office", "card", "-o", str(tmp_path / "kab.konvid"))
    kec_card = _json(capsys, kec, "office", "card", "-o", str(tmp_path / "kec.konvid"))
    assert "PRIVATE" not in (tmp_path / "kab.konvid").read_text() and len(kab_card["fingerprint"]) == 19
    assert _json(capsys, kab, "partner", "add", str(tmp_path / "kec.konvid"), code=1)["error"].endswith("--yes.")
    added = _json(capsys, kab, "partner", "add", str(tmp_path / "kec.konvid"), "--yes")
    assert added["fingerprint"] == kec_card["fingerprint"]
    _json(capsys, kec, "partner", "add", str(tmp_path / "kab.konvid"), "--yes")
    (partner,) = _json(capsys, kab, "partner", "list")
    assert (partner["code"], partner["level_name"], partner["revoked"]) == (kec_card["code"], "kecamatan", False)

    context = open_context(kab)
    run_import(context.session_factory, write_csv(tmp_path / "krs.csv", [list(r) for r in krs_rows(18)]), dry_run=False)
    context.dispose()
    package = tmp_path / "down.konv"
    sent = _json(capsys, kab, "exchange", "export", "--to", kec_card["code"], "-o", str(package))
    assert sent["counts"]["krs_family"] == 6 and sent["sequence"] == 1
    dry = _json(capsys, kec, "exchange", "import", str(package), "--dry-run")
    assert {key: dry[key] for key in ("new", "updated", "unchanged", "conflicts", "deleted", "rejected")} == {
        "new": 6,
        "updated": 0,
        "unchanged": 0,
        "conflicts": 0,
        "deleted": 0,
        "rejected": 0,
    }
    assert dry["by_entity"]["krs_family"]["new"] == 6 and dry["package"]["sender"]["code"] == kab_card["code"]
    receipt = tmp_path / "down.konvack"
    assert _json(capsys, kec, "exchange", "import", str(package), "--ack-out", str(receipt))["new"] == 6
    assert _json(capsys, kab, "exchange", "ack", str(receipt))["acknowledged"]["krs_family"] == 6
    (partner,) = _json(capsys, kab, "partner", "list")
    assert (partner["last_sent_sequence"], partner["last_acked_sequence"]) == (1, 1)

    for folder, address in ((kab, "Versi kabupaten"), (kec, "Versi kecamatan")):
        context = open_context(folder)
        with unit_of_work(context.session_factory) as session:
            family = session.scalars(
                select(KrsFamily).where(KrsFamily.kecamatan_code == "36.02.18").order_by(KrsFamily.uuid)
            ).first()
            assert family is not None
            family.address = address
        context.dispose()
    _json(capsys, kab, "exchange", "export", "--to", kec_card["code"], "-o", str(tmp_path / "down-2.konv"))
    assert _json(capsys, kec, "exchange", "import", str(tmp_path / "down-2.konv"))["conflicts"] == 1
    (conflict,) = _json(capsys, kec, "exchange", "conflicts")
    assert {"id", "entity", "record", "local", "incoming"} <= set(conflict)
    assert (conflict["local"]["address"], conflict["incoming"]["address"]) == ("Versi kecamatan", "Versi kabupaten")
    resolved = _json(capsys, kec, "exchange", "resolve", str(conflict["id"]), "--keep", "incoming")
    assert resolved["resolution"] == "incoming"
    assert _json(capsys, kec, "exchange", "conflicts") == []
    assert (
        "Tidak ada konflik terbuka"
        in _json(capsys, kec, "exchange", "resolve", "999", "--keep", "local", code=1)["error"]
    )

    revoked = _json(capsys, kec, "partner", "revoke", kab_card["code"])
    assert revoked["revoked"] is True
    assert main(["--data-dir", str(kec), "exchange", "import", str(package)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Galat: Paket ini dari mitra") and error.count("\n") == 1


def test_partner_add_without_a_terminal_asks_for_yes(
    tmp_path: Path, regions_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kab = _office(regions_template, tmp_path / "kab")
    kec = _office(regions_template, tmp_path / "kec")
    _json(capsys, kab, "office", "setup", "--level", "kabupaten", "--region", "36.02", "--name", "Bappeda Lebak")
    _json(capsys, kec, "office", "setup", "--level", "kecamatan", "--region", "36.02.18", "--name", "TPPS Cibadak")
    card = _json(capsys, kec, "office", "card", "-o", str(tmp_path / "kec.konvid"))
    # pytest's stdin is not a terminal, as in a script or a pipe: no question, no trust, one sentence.
    assert main(["--data-dir", str(kab), "partner", "add", str(tmp_path / "kec.konvid")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""  # a refusal writes nothing on stdout; the card shown to compare is on stderr
    assert card["fingerprint"] in captured.err
    assert captured.err.strip().endswith("tambahkan --yes.") and "Traceback" not in captured.err
    assert _json(capsys, kab, "partner", "list") == []
