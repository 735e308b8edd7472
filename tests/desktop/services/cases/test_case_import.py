"""Importing child lists (e-PPGBM / posyandu): header detection, per-row errors, dry run, all-or-nothing, re-import."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.context import AppContext
from desktop.services.cases.case_import import import_cases
from desktop.services.cases.records import get_case, list_cases
from desktop.services.tabular import TableFileError
from desktop.services.tasks import Cancelled, TaskControl

TODAY = date(2026, 11, 20)
HEADER = [
    "No", "NIK", "Nama", "JK", "Tgl Lahir", "Nama Ortu", "No KK", "Kec", "Desa/Kel", "Posyandu",
    "Tanggal Pengukuran", "Berat", "Tinggi", "Cara Ukur",
]  # fmt: skip


def _row(number: int, **changes: Any) -> list[Any]:
    values: dict[str, Any] = {
        "No": number,
        "NIK": f"36021841012500{number:02d}",
        "Nama": f"Anak {number}",
        "JK": "P",
        "Tgl Lahir": datetime(2025, 1, 1),
        "Nama Ortu": "Euis",
        "No KK": "3602180101200003",
        "Kec": "Cibadak",
        "Desa/Kel": "Cibadak",
        "Posyandu": "Melati",
        "Tanggal Pengukuran": datetime(2026, 2, 10),
        "Berat": 8.2,
        "Tinggi": 70.5,
        "Cara Ukur": "Terlentang",
    } | changes
    return [values[name] for name in HEADER]


def _write(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DATA BALITA HASIL PENGUKURAN e-PPGBM"])
    sheet.append(["Kecamatan Cibadak, Februari 2026"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_dry_run_then_apply_then_reimport(office_context: AppContext, tmp_path: Path) -> None:
    sf = office_context.session_factory
    path = _write(tmp_path / "eppgbm.xlsx", [_row(1), _row(2, JK="L", Tinggi="68,0", Berat="7,9"), _row(3)])
    dry = import_cases(sf, path, dry_run=True, today=TODAY)
    assert (dry.new, dry.updated, dry.unchanged, dry.rejected, dry.applied) == (3, 0, 0, 0, False)
    assert dry.header_row == 3
    assert list_cases(sf) == []
    applied = import_cases(sf, path, dry_run=False, today=TODAY)
    assert (applied.new, applied.rejected, applied.applied) == (3, 0, True)
    rows = list_cases(sf)
    assert [row.name for row in rows] == ["Anak 1", "Anak 2", "Anak 3"]
    assert rows[0].desa_code == "36.02.18.2004" and rows[0].status == "terdata"
    assert rows[1].latest is not None and rows[1].latest.height_cm == 68.0 and rows[1].latest.method == "L"
    assert rows[1].latest.haz is not None and rows[1].latest.haz < -2
    again = import_cases(sf, path, dry_run=False, today=TODAY)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    changed = _write(
        tmp_path / "changed.xlsx",
        [_row(1, Tinggi=71.5), _row(2, **{"Tanggal Pengukuran": datetime(2026, 3, 10)}), _row(3)],
    )
    summary = import_cases(sf, changed, dry_run=False, today=TODAY)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 2, 1)
    first = get_case(sf, rows[0].id)
    assert [m.height_cm for m in first.measurements] == [71.5]
    assert len(get_case(sf, rows[1].id).measurements) == 2


def test_row_errors_are_reported_with_row_and_column(office_context: AppContext, tmp_path: Path) -> None:
    sf = office_context.session_factory
    rows = [
        _row(1, NIK=3602184101250001),  # NIK as a number: the 16th digit is lost
        _row(2, JK="X"),
        _row(3, **{"Desa/Kel": "Tidak Ada"}),
        _row(4, **{"Tgl Lahir": "31/02/2025"}),
        _row(5, **{"Tanggal Pengukuran": datetime(2027, 1, 1)}),
        _row(6, **{"Cara Ukur": ""}),
        _row(7),
        _row(7, No=8),  # same child, same date as the row above
        _row(9, Tinggi=7.2),  # implausible but stored and flagged
    ]
    summary = import_cases(sf, _write(tmp_path / "errors.xlsx", rows), dry_run=False, today=TODAY)
    assert (summary.new, summary.rejected) == (2, 7)
    errors = {(e["row"], e["column"]): e["reason"] for e in summary.as_dict()["errors"]}
    assert "tersimpan sebagai angka" in errors[(4, "B")]
    assert errors[(5, "D")] == "jenis kelamin harus L atau P"
    assert "tidak ditemukan" in errors[(6, "I")]
    assert errors[(7, "E")].startswith("tanggal tidak sah")
    assert errors[(8, "K")] == "tanggal ukur di masa depan"
    assert "wajib diisi" in errors[(9, "N")]
    assert errors[(11, "C")] == "ganda dalam berkas (sama dengan baris 10)"
    flagged = next(row for row in list_cases(sf) if row.name == "Anak 9")
    assert flagged.latest is not None and "haz_implausible" in flagged.latest.flags


def test_csv_with_desa_code_and_text_dates(office_context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "posyandu.csv"
    path.write_text(
        "Nama Anak;NIK Anak;Jenis Kelamin;Tanggal Lahir;Nama Ibu;Kode Desa;Tanggal Ukur;Berat (kg);"
        "Tinggi/Panjang (cm);Cara Ukur;Petugas Ukur\n"
        "Rizky;;L;05/03/2023;Iyah;3602242001;12 Februari 2026;10,4;86,0;Berdiri;Kader Eti\n",
        encoding="utf-8",
    )
    summary = import_cases(office_context.session_factory, path, dry_run=False, today=TODAY)
    assert (summary.new, summary.rejected) == (1, 0), summary.as_dict()
    [row] = list_cases(office_context.session_factory)
    assert (row.desa_name, row.birth_date, row.nik) == ("Kalanganyar", date(2023, 3, 5), None)
    assert row.latest is not None and row.latest.measurer == "Kader Eti" and row.latest.method == "H"


def test_missing_required_columns_and_no_header(office_context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("Nama;JK;Tgl Lahir;Desa\nA;L;2025-01-01;Cibadak\n", encoding="utf-8")
    with pytest.raises(TableFileError, match="Tanggal Ukur"):
        import_cases(office_context.session_factory, path, today=TODAY)
    empty = tmp_path / "empty.csv"
    empty.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(TableFileError, match="Baris judul"):
        import_cases(office_context.session_factory, empty, today=TODAY)


def test_cancel_rolls_everything_back(office_context: AppContext, tmp_path: Path) -> None:
    path = _write(tmp_path / "many.xlsx", [_row(n) for n in range(1, 60)])
    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        import_cases(office_context.session_factory, path, dry_run=False, control=control, today=TODAY)
    assert list_cases(office_context.session_factory) == []


def test_corrected_birth_date_recomputes_zscores(office_context: AppContext, tmp_path: Path) -> None:
    sf = office_context.session_factory
    import_cases(sf, _write(tmp_path / "a.xlsx", [_row(1)]), dry_run=False, today=TODAY)
    [before] = list_cases(sf)
    assert before.latest is not None and before.latest.age_months == 13
    fixed = _write(tmp_path / "b.xlsx", [_row(1, **{"Tgl Lahir": datetime(2025, 7, 1)})])
    summary = import_cases(sf, fixed, dry_run=False, today=TODAY)
    assert (summary.updated, summary.new) == (1, 0)
    [after] = list_cases(sf)
    assert after.id == before.id and after.birth_date == date(2025, 7, 1)
    assert after.latest is not None and after.latest.age_months == 7
    assert after.latest.haz is not None and before.latest.haz is not None and after.latest.haz > before.latest.haz
