"""A list large enough to be read part by part imports exactly like one read whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.context import AppContext
from desktop.services.krs.import_service import run_import
from desktop.services.tabular import readers, xlsx_parts
from tests.desktop.services.krs.conftest import write_xlsx

MakeRows = Callable[..., list[list[object]]]
NIK = 8


def test_list_read_in_parts_gives_the_same_outcome(
    office_context: AppContext, tmp_path: Path, sample_rows: MakeRows, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = sample_rows(400)
    rows[250][NIK] = 3602180101900001  # a NIK typed as a number, in a later part
    rows[300][NIK] = rows[10][NIK]  # a duplicate across parts
    path = write_xlsx(tmp_path / "krs.xlsx", rows)
    whole = run_import(office_context.session_factory, path, dry_run=True)
    monkeypatch.setattr(readers, "LARGE_SHEET_BYTES", 1)
    monkeypatch.setattr(xlsx_parts, "FIRST_PART_BYTES", 4_000)
    monkeypatch.setattr(xlsx_parts, "PART_BYTES", 20_000)
    parted = run_import(office_context.session_factory, path, dry_run=False)
    assert (parted.new, parted.rejected) == (whole.new, whole.rejected) == (398, 2)
    errors = [(e.row, e.column, e.reason) for e in parted.errors]
    assert errors == [(e.row, e.column, e.reason) for e in whole.errors]
    assert any(row == 254 and "tersimpan sebagai angka" in reason for row, _column, reason in errors)
