"""``konvergensi cases zscore|import|recap``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.context import AppContext


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_zscore_json(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["cases", "zscore", "--sex", "L", "--birth", "2024-01-01", "--measured", "2025-01-01", "--height", "70.0"]
    code = main([*args, "--method", "L", "--weight", "8.0", "--json"])
    assert code == 0
    data = _json(capsys)
    assert data == {
        "age_days": 366,
        "age_months": 12,
        "height_used": 70.0,
        "haz": -2.43,
        "waz": -1.71,
        "whz": -0.63,
        "haz_category": "pendek",
        "waz_category": "normal",
        "whz_category": "gizi baik",
        "flags": [],
    }


def test_zscore_without_weight_and_flags(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["cases", "zscore", "--sex", "P", "--birth", "2025-01-01", "--measured", "2024-12-01", "--height", "50"]
    assert main([*args, "--method", "L", "--json"]) == 0
    data = _json(capsys)
    assert isinstance(data, dict)
    assert (data["haz"], data["waz"], data["whz"], data["haz_category"]) == (None, None, None, None)
    assert data["flags"] == ["measured_before_birth"]
    assert main([*args[:-1], "7", "--method", "H"]) == 0
    assert "PERHATIAN: tanggal ukur sebelum tanggal lahir" in capsys.readouterr().out


def test_zscore_refuses_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["cases", "zscore", "--sex", "P", "--birth", "2025-01-01", "--measured", "2025-06-01", "--height", "0"]
    assert main([*args, "--method", "L", "--json"]) == 1
    assert _json(capsys) == {"error": "panjang/tinggi badan harus lebih dari 0"}
    with pytest.raises(SystemExit):
        main(["cases", "zscore", "--sex", "X", "--birth", "2025-01-01", "--measured", "2025-06-01", "--height", "60"])


def test_import_dry_run_and_apply_then_recap(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(office_context.data_dir)
    office_context.dispose()
    path = tmp_path / "anak.csv"
    path.write_text(
        "Nama;NIK;JK;Tgl Lahir;Nama Ortu;Desa;Kecamatan;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur\n"
        "Ani;;P;2025-01-10;Euis;Cibadak;Cibadak;2026-01-12;8,0;65,5;Terlentang\n"
        "Budi;;L;2024-02-01;Siti;Asem;Cibadak;2026-01-12;11,0;84,0;Berdiri\n"
        "Cici;3602185001250001;P;2025-01-10;Yati;Asem;Cibadak;2026-01-12;8,0;ab;Terlentang\n",
        encoding="utf-8",
    )
    assert main(["--data-dir", data_dir, "cases", "import", str(path), "--dry-run", "--json"]) == 0
    dry = _json(capsys)
    assert isinstance(dry, dict)
    assert (dry["new"], dry["updated"], dry["unchanged"], dry["rejected"], dry["applied"]) == (2, 0, 0, 1, False)
    assert dry["errors"] == [{"row": 4, "column": "J", "column_name": "Tinggi", "reason": "harus angka"}]
    assert main(["--data-dir", data_dir, "cases", "import", str(path), "--json"]) == 0
    applied = _json(capsys)
    assert isinstance(applied, dict) and applied["applied"] is True and applied["new"] == 2
    assert main(["--data-dir", data_dir, "cases", "recap", "--region", "36.02.18", "--json"]) == 0
    recap = _json(capsys)
    assert isinstance(recap, list)
    kecamatan = recap[0]
    assert (kecamatan["code"], kecamatan["measured"], kecamatan["stunted"], kecamatan["stunted_percent"]) == (
        "36.02.18",
        2,
        1,
        50.0,
    )
    missing = tmp_path / "nope.xlsx"
    assert main(["--data-dir", data_dir, "cases", "import", str(missing), "--json"]) == 1
    assert "error" in str(_json(capsys))
