"""``office setup --update`` with another region: the office code follows the region, refused once partners exist."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models.krs import KrsFamily
from db.models.region import Region
from desktop.cli import main
from desktop.context import open_context
from desktop.paths import DATABASE_FILE
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from tests.desktop.services.krs.conftest import write_csv

SETUP = ["office", "setup", "--level", "kecamatan", "--name", "TPPS Kecamatan"]


def _json(capsys: pytest.CaptureFixture[str], folder: Path, *args: str, code: int = 0) -> Any:
    assert main(["--data-dir", str(folder), *args, "--json"]) == code
    return json.loads(capsys.readouterr().out)


def _office(regions_template: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(regions_template, folder / DATABASE_FILE)
    return folder


def test_a_new_region_gives_a_new_code_and_the_records_follow(
    tmp_path: Path, regions_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The IT officer typed the wrong kecamatan: corrected before any partner, the code starts with the right one."""
    folder = _office(regions_template, tmp_path / "kec")
    first = _json(capsys, folder, *SETUP, "--region", "36.02.17")
    assert first["code"].startswith("360217-")
    context = open_context(folder)
    with context.session_factory() as session:
        desa = session.execute(select(Region.code, Region.name).where(Region.parent_code == "36.02.17")).first()
    assert desa is not None
    rows = [list(row) for row in krs_rows(12, desa=[(desa.code, desa.name, "Cikulur")])]
    run_import(context.session_factory, write_csv(tmp_path / "krs.csv", rows), dry_run=False)
    context.dispose()
    same = _json(capsys, folder, *SETUP, "--region", "36.02.17", "--update", "--city", "Cikulur")
    assert same["code"] == first["code"]  # the same region keeps the code
    moved = _json(capsys, folder, *SETUP, "--region", "36.02.18", "--update")
    assert moved["code"].startswith("360218-") and moved["region_code"] == "36.02.18"
    assert _json(capsys, folder, "office", "show")["code"] == moved["code"]
    context = open_context(folder)
    with context.session_factory() as session:
        query = select(KrsFamily.origin_office, func.count()).group_by(KrsFamily.origin_office)
        origins = {origin: count for origin, count in session.execute(query).all()}
    context.dispose()
    assert origins == {moved["code"]: 12}  # nothing still carries the old code
    card = _json(capsys, folder, "office", "card", "-o", str(tmp_path / "kec.konvid"))
    assert (card["code"], card["region_code"]) == (moved["code"], "36.02.18")


def test_a_new_region_is_refused_once_the_office_has_partners(
    tmp_path: Path, regions_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kec = _office(regions_template, tmp_path / "kec")
    kab = _office(regions_template, tmp_path / "kab")
    made = _json(capsys, kec, *SETUP, "--region", "36.02.18")
    _json(capsys, kab, "office", "setup", "--level", "kabupaten", "--region", "36.02", "--name", "Bappeda Lebak")
    _json(capsys, kab, "office", "card", "-o", str(tmp_path / "kab.konvid"))
    _json(capsys, kec, "partner", "add", str(tmp_path / "kab.konvid"), "--yes")
    refused = _json(capsys, kec, *SETUP, "--region", "36.02.17", "--update", code=1)
    assert "tidak dapat diganti" in refused["error"] and made["code"] in refused["error"]
    shown = _json(capsys, kec, "office", "show")
    assert (shown["code"], shown["region_code"]) == (made["code"], "36.02.18")  # nothing was saved
