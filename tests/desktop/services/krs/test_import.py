"""KRS list import: every validation rule on real files, dry run, idempotence, all-or-nothing."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from db.models.audit import AuditEntry
from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.services.krs.import_service import preview_import, run_import
from desktop.services.tabular import TableFileError
from desktop.services.tabular.summary import save_rejected
from desktop.services.tasks import Cancelled, TaskControl
from tests.desktop.services.krs.conftest import write_csv, write_xls, write_xlsx
from tests.processes import kill_hard, unmeasured_environment

MakeRows = Callable[..., list[list[object]]]
NIK, KK, DESA = 8, 7, 1


def _families(context: AppContext) -> int:
    with context.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(KrsFamily)) or 0)


def _errors(summary: object) -> list[tuple[int, str, str]]:
    return [(e.row, e.column, e.reason) for e in summary.errors]  # type: ignore[attr-defined]


def test_preview_finds_header_below_titles_and_maps_columns(
    office_context: AppContext, tmp_path: Path, sample_rows: MakeRows
) -> None:
    path = write_xlsx(tmp_path / "krs.xlsx", sample_rows(3))
    preview = preview_import(office_context.session_factory, path)
    assert preview.header is not None and preview.header.row == 3
    assert preview.mapping["head_name"] == 9 and preview.mapping["nik"] == 8 and preview.mapping["no_kk"] == 7
    assert preview.missing == [] and len(preview.sample) == 3


def test_dry_run_writes_nothing_then_apply_then_reimport_unchanged(
    office_context: AppContext, tmp_path: Path, sample_rows: MakeRows
) -> None:
    path = write_xlsx(tmp_path / "krs.xlsx", sample_rows(40))
    dry = run_import(office_context.session_factory, path, dry_run=True)
    assert (dry.new, dry.updated, dry.unchanged, dry.rejected, dry.applied) == (40, 0, 0, 0, False)
    assert _families(office_context) == 0
    applied = run_import(office_context.session_factory, path, dry_run=False)
    assert (applied.new, applied.applied) == (40, True)
    again = run_import(office_context.session_factory, path, dry_run=False)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 40)
    assert _families(office_context) == 40
    with office_context.session_factory() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "import")) == 2
        found = session.execute(text("SELECT count(*) FROM krs_family_fts WHERE krs_family_fts MATCH '\"3602\"'"))
        assert found.scalar() == 40
        # The secondary indexes dropped for the bulk load are back, exactly as the migration made them.
        indexes = session.execute(text("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='krs_family'"))
        assert {"ix_krs_family_nik", "ix_krs_family_no_kk", "ix_krs_family_desa_code"} <= set(indexes.scalars())


def test_changed_row_counts_as_updated(office_context: AppContext, tmp_path: Path, sample_rows: MakeRows) -> None:
    rows = sample_rows(5)
    run_import(office_context.session_factory, write_xlsx(tmp_path / "a.xlsx", rows), dry_run=False)
    rows[2][6] = "Kp. Baru No. 1"
    summary = run_import(office_context.session_factory, write_xlsx(tmp_path / "b.xlsx", rows), dry_run=False)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 1, 4)
    with office_context.session_factory() as session:
        family = session.scalar(select(KrsFamily).where(KrsFamily.address == "Kp. Baru No. 1"))
        assert family is not None and family.row_version == 2


def test_every_validation_rule_reports_row_column_reason(
    office_context: AppContext, tmp_path: Path, sample_rows: MakeRows
) -> None:
    rows = sample_rows(9)
    rows[0][NIK] = "36021801019000"  # 14 digits
    rows[1][NIK] = 3602180101900001  # a number cell
    rows[2][DESA] = "36.02.99.2999"  # unknown desa
    rows[3][DESA] = "36.01.01.2001"  # Pandeglang: outside Kabupaten Lebak
    rows[4][KK] = rows[5][KK]  # duplicate No. KK within the file
    rows[6][9] = ""  # head name missing
    rows[7][12] = "mungkin"  # flag nonsense
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    summary = run_import(office_context.session_factory, path, dry_run=True)
    errors = _errors(summary)
    assert (4, "I", "NIK/No. KK harus 16 angka") in errors
    assert any(e[:2] == (5, "I") and "tersimpan sebagai angka" in e[2] for e in errors)
    assert (6, "B", "kode desa 36.02.99.2999 tidak dikenal") in errors
    assert (7, "B", "desa 36.01.01.2001 di luar wilayah Kabupaten Lebak") in errors
    assert (9, "H", "ganda dalam berkas (sama dengan baris 8)") in errors
    assert (10, "J", "wajib diisi") in errors
    assert any(e[:2] == (11, "M") for e in errors)
    assert (summary.rejected, summary.new) == (7, 2)
    data = summary.as_dict()
    assert {"row", "column", "reason"} <= set(data["errors"][0])


def test_duplicate_nik_against_database_rejected(
    office_context: AppContext, tmp_path: Path, sample_rows: MakeRows
) -> None:
    rows = sample_rows(3)
    run_import(office_context.session_factory, write_xlsx(tmp_path / "a.xlsx", rows), dry_run=False)
    other = sample_rows(1, seed=99)[0]
    other[KK] = "3602180101990009"
    other[NIK] = rows[0][NIK]
    summary = run_import(office_context.session_factory, write_xlsx(tmp_path / "b.xlsx", [other]), dry_run=True)
    assert summary.rejected == 1 and "sudah terdaftar" in summary.errors[0].reason


def test_xls_and_csv_semicolon_bom_import(office_context: AppContext, tmp_path: Path, sample_rows: MakeRows) -> None:
    rows = sample_rows(6)
    xls = run_import(office_context.session_factory, write_xls(tmp_path / "a.xls", rows), dry_run=True)
    assert (xls.new, xls.rejected, xls.header_row) == (6, 0, 2)
    csv_summary = run_import(office_context.session_factory, write_csv(tmp_path / "a.csv", rows), dry_run=True)
    assert (csv_summary.new, csv_summary.rejected) == (6, 0)
    plain = run_import(
        office_context.session_factory, write_csv(tmp_path / "b.csv", rows, ",", bom=False), dry_run=True
    )
    assert plain.new == 6


def test_xls_number_nik_refused(office_context: AppContext, tmp_path: Path, sample_rows: MakeRows) -> None:
    rows = sample_rows(2)
    rows[0][NIK] = 3602180101900001
    summary = run_import(office_context.session_factory, write_xls(tmp_path / "a.xls", rows), dry_run=True)
    assert summary.rejected == 1 and summary.errors[0].row == 3 and "angka" in summary.errors[0].reason


def test_rejected_rows_saved_as_xlsx(office_context: AppContext, tmp_path: Path, sample_rows: MakeRows) -> None:
    rows = sample_rows(3)
    rows[1][NIK] = "123"
    summary = run_import(office_context.session_factory, write_xlsx(tmp_path / "a.xlsx", rows), dry_run=True)
    save_rejected(summary, tmp_path / "ditolak.xlsx")
    sheet = load_workbook(tmp_path / "ditolak.xlsx").active
    assert sheet["A2"].value == 5
    assert "harus 16 angka" in sheet.cell(row=2, column=sheet.max_column).value


def test_missing_header_refused(office_context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(TableFileError, match="judul kolom"):
        run_import(office_context.session_factory, path)


def test_cancel_leaves_database_unchanged(office_context: AppContext, tmp_path: Path, sample_rows: MakeRows) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", sample_rows(12_000))
    control = TaskControl(lambda done, total, msg: control.cancel() if done >= 5_000 else None)
    with pytest.raises(Cancelled):
        run_import(office_context.session_factory, path, dry_run=False, control=control)
    assert _families(office_context) == 0


_KILL_CHILD = """
import sys
from pathlib import Path
from desktop.context import open_context
from desktop.services.krs.import_service import run_import
from desktop.services.tasks import TaskControl
context = open_context(Path(sys.argv[1]))
def report(done, total, message):
    if done >= 10_000:
        print("MIDWAY", flush=True)
        import time; time.sleep(60)
run_import(context.session_factory, sys.argv[2], dry_run=False, control=TaskControl(report))
"""


@pytest.mark.slow
def test_process_killed_mid_import_leaves_database_unchanged(
    office_context: AppContext, tmp_path: Path, sample_rows: MakeRows
) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", sample_rows(20_000))
    office_context.dispose()
    child = subprocess.Popen(
        [sys.executable, "-c", _KILL_CHILD, str(office_context.data_dir), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[4],
        env=unmeasured_environment(),
    )
    assert child.stdout is not None
    deadline = time.monotonic() + 120
    while child.stdout.readline().strip() != "MIDWAY":
        assert time.monotonic() < deadline and child.poll() is None
    kill_hard(child)
    child.wait()
    child.stdout.close()
    assert _families(office_context) == 0
    with office_context.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        names = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE tbl_name='krs_family'").scalars()
        assert {"krs_family_fts_ai", "ix_krs_family_nik", "ix_krs_family_kecamatan_code"} <= set(names)
