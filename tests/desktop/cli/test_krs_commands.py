"""``konvergensi krs import|worksheet export|worksheet import|print|progress``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.context import AppContext
from desktop.services.demo.krs_demo import krs_rows
from tests.desktop.services.krs.conftest import write_csv, write_xlsx


def _run(context: AppContext, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    context.dispose()
    assert main(["--data-dir", str(context.data_dir), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_import_json_counts_and_errors(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [list(row) for row in krs_rows(20)]
    rows[4][8] = "12345"
    path = write_xlsx(tmp_path / "krs.xlsx", rows)
    dry = _run(office_context, capsys, "krs", "import", str(path), "--dry-run")
    assert (dry["new"], dry["updated"], dry["unchanged"], dry["rejected"]) == (19, 0, 0, 1)
    assert dry["errors"] == [
        {"row": 8, "column": "I", "column_name": "NIK Kepala Keluarga", "reason": "NIK/No. KK harus 16 angka"}
    ]
    applied = _run(office_context, capsys, "krs", "import", str(path))
    assert applied["new"] == 19 and applied["applied"] is True
    again = _run(office_context, capsys, "krs", "import", str(write_csv(tmp_path / "krs.csv", rows)))
    assert (again["new"], again["unchanged"], again["rejected"]) == (0, 19, 1)
    assert again["errors"][0]["row"] == 6  # type: ignore[index]


def test_worksheet_print_and_progress(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "krs.xlsx", [list(row) for row in krs_rows(90)])
    _run(office_context, capsys, "krs", "import", str(path))
    sheet = tmp_path / "lembar.xlsx"
    exported = _run(office_context, capsys, "krs", "worksheet", "export", "--desa", "3602182004", "-o", str(sheet))
    assert exported["families"] == 10 and sheet.exists()
    back = _run(office_context, capsys, "krs", "worksheet", "import", str(sheet), "--dry-run")
    assert (back["unchanged"], back["rejected"]) == (10, 0)
    pdf = tmp_path / "daftar.pdf"
    printed = _run(office_context, capsys, "krs", "print", "--desa", "36.02.18.2004", "-o", str(pdf))
    assert printed["pages"] >= 1 and pdf.read_bytes().startswith(b"%PDF")
    progress = _run(office_context, capsys, "krs", "progress")
    assert progress["level"] == "kecamatan" and len(progress["rows"]) == 4  # type: ignore[arg-type]
    desa = _run(office_context, capsys, "krs", "progress", "--kecamatan", "36.02.18")
    assert {row["code"] for row in desa["rows"]} == {"36.02.18.2001", "36.02.18.2003", "36.02.18.2004"}  # type: ignore[union-attr]


def test_import_unreadable_file_fails_cleanly(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    office_context.dispose()
    assert main(["--data-dir", str(office_context.data_dir), "krs", "import", str(bad), "--json"]) == 1
    assert "rusak" in json.loads(capsys.readouterr().out)["error"]


def test_code_lists_edited_from_command_line(office_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    listed = _run(office_context, capsys, "krs", "codes")
    assert [item["code"] for item in listed["verifier_role"]] == ["bidan", "kader_pkk", "kader_kb"]  # type: ignore[index]
    changed = _run(office_context, capsys, "krs", "codes", "--set", "existence", "ganda", "Data ganda", "--inactive")
    ganda = next(i for i in changed["existence"] if i["code"] == "ganda")  # type: ignore[union-attr]
    assert ganda == {"code": "ganda", "label": "Data ganda", "active": False}


def test_import_round_defaults_to_the_office_round(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.desktop.services.krs.test_office_round import rounds, set_round, write_without_round

    path = write_without_round(tmp_path / "krs.xlsx", 5)
    set_round(office_context, "PK26")
    assert _run(office_context, capsys, "krs", "import", str(path))["new"] == 5
    assert rounds(office_context) == {"PK26"}
    assert _run(office_context, capsys, "krs", "import", str(path), "--round", "pk22")["new"] == 5
    assert rounds(office_context) == {"PK26", "PK22"}
