"""Verification records, code lists, history and audit, progress, and the desa worksheet round trip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from db.models.audit import AuditEntry
from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.services.krs.import_service import run_import
from desktop.services.krs.progress_service import verification_progress
from desktop.services.krs.verification_service import (
    VerificationError,
    VerificationInput,
    list_codes,
    record_verification,
    save_code,
    verification_history,
)
from desktop.services.krs.worksheet_export import export_worksheet
from desktop.services.krs.worksheet_import import run_worksheet_import
from tests.desktop.services.krs.conftest import write_xlsx

MakeRows = Callable[..., list[list[object]]]
DESA = "36.02.18.2001"


@pytest.fixture
def imported(office_context: AppContext, tmp_path: Path, sample_rows: MakeRows) -> AppContext:
    run_import(office_context.session_factory, write_xlsx(tmp_path / "krs.xlsx", sample_rows(45)), dry_run=False)
    return office_context


def _ids(context: AppContext, desa: str = DESA) -> list[int]:
    with context.session_factory() as session:
        return list(session.scalars(select(KrsFamily.id).where(KrsFamily.desa_code == desa).order_by(KrsFamily.id)))


def _visit(**changes: object) -> VerificationInput:
    data = VerificationInput("ditemukan", "tidak_berisiko_lagi", "Euis Rohayati", "bidan", date(2024, 9, 2), "ok")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_bulk_verification_history_and_audit(imported: AppContext) -> None:
    ids = _ids(imported)[:3]
    assert record_verification(imported.session_factory, ids, _visit(flags={"jamban_tidak_layak": False})) == 3
    record_verification(
        imported.session_factory, ids[:1], _visit(result_code="tetap_berisiko", verified_on=date(2024, 10, 1))
    )
    history = verification_history(imported.session_factory, ids[0])
    assert [h.result for h in history] == ["Tetap berisiko", "Tidak berisiko lagi"]
    assert history[1].verifier_role == "Bidan" and history[1].flags == {"jamban_tidak_layak": False}
    with imported.session_factory() as session:
        family = session.get(KrsFamily, ids[0])
        assert family is not None and family.result_code == "tetap_berisiko" and family.jamban_tidak_layak is False
        changes = session.scalar(
            select(func.count()).where(AuditEntry.entity == "krs_family", AuditEntry.field == "result_code")
        )
        assert changes == 4


def test_invalid_verification_refused_with_reasons(imported: AppContext) -> None:
    with pytest.raises(VerificationError) as caught:
        record_verification(imported.session_factory, _ids(imported)[:1], _visit(existence_code="x", verifier_name=""))
    assert set(caught.value.problems) == {"existence_code", "verifier_name"}


def test_code_lists_are_editable(imported: AppContext) -> None:
    save_code(imported.session_factory, "existence", "bercerai", "Bercerai", active=False)
    save_code(imported.session_factory, "result", "perlu_pendampingan", "Perlu pendampingan")
    assert "bercerai" not in [c.code for c in list_codes(imported.session_factory, "existence")]
    assert list_codes(imported.session_factory, "result")[-1].label == "Perlu pendampingan"
    record_verification(imported.session_factory, _ids(imported)[:1], _visit(result_code="perlu_pendampingan"))


def test_progress_per_kecamatan_and_desa(imported: AppContext) -> None:
    record_verification(imported.session_factory, _ids(imported)[:2], _visit())
    rows = {row.code: row for row in verification_progress(imported.session_factory)}
    assert rows["36.02.18"].name == "Cibadak" and rows["36.02.18"].verified == 2
    assert sum(row.total for row in rows.values()) == 45
    desa = verification_progress(imported.session_factory, "36.02.18")
    assert desa[-1].code == DESA and desa[-1].by_result == {"tidak_berisiko_lagi": 2}
    assert desa[0].percent == 0.0  # the desa furthest behind comes first


def test_worksheet_round_trip_with_conflict(imported: AppContext, tmp_path: Path) -> None:
    target = tmp_path / "lembar.xlsx"
    result = export_worksheet(imported.session_factory, DESA, target)
    assert result.families == 5
    book = load_workbook(target)
    assert book.sheetnames[:2] == ["Petunjuk", "Data"]
    sheet = book["Data"]
    assert sheet.protection.sheet and sheet.column_dimensions["A"].hidden
    assert sheet["G5"].value.endswith("**********") and sheet["G5"].data_type == "s"
    assert sheet["G5"].protection.locked and not sheet["L5"].protection.locked
    assert any("Daftar!" in str(v.formula1) for v in sheet.data_validations.dataValidation)
    # The team fills rows 5-7; meanwhile the office records a visit for the family of row 6 (a conflict).
    for row in (5, 6, 7):
        sheet[f"L{row}"] = "Ditemukan"
        sheet[f"M{row}"] = "Tetap berisiko"
        sheet[f"N{row}"] = date(2024, 9, 3)
        sheet[f"O{row}"] = "Ai Nurhayati"
        sheet[f"P{row}"] = "Kader PKK"
    sheet["P7"] = "Dukun"  # not in the list
    book.save(target)
    with imported.session_factory() as session:
        uuid6 = sheet["A6"].value.split(":")[0]
        conflict_id = session.scalar(select(KrsFamily.id).where(KrsFamily.uuid == uuid6))
    record_verification(imported.session_factory, [conflict_id], _visit())
    dry = run_worksheet_import(imported.session_factory, target, dry_run=True)
    assert (dry.new, dry.rejected, len(dry.conflicts), dry.unchanged) == (1, 1, 1, 2)
    assert dry.conflicts[0].row == 6 and dry.errors[0].row == 7 and dry.errors[0].column == "P"
    applied = run_worksheet_import(imported.session_factory, target, dry_run=False)
    assert applied.new == 1
    with imported.session_factory() as session:
        kept = session.get(KrsFamily, conflict_id)
        assert kept is not None and kept.result_code == "tidak_berisiko_lagi"
    chosen = run_worksheet_import(imported.session_factory, target, dry_run=False, overwrite={uuid6})
    assert chosen.updated == 1
    with imported.session_factory() as session:
        overwritten = session.get(KrsFamily, conflict_id)
        assert overwritten is not None and overwritten.result_code == "tetap_berisiko"
    again = run_worksheet_import(imported.session_factory, target, dry_run=True)
    assert (again.new, again.updated) == (0, 0)
