"""An .xlsx whose sheet XML breaks in the middle is refused whole, with the row, and nothing is stored (issue #17).

python-calamine reads a cell holding bytes XML does not allow as empty, so before this the rows above the break
were imported and the broken one reported as "Kode Desa: wajib diisi". Real files: a list written by openpyxl, one
cell's XML replaced by a damaged one (as a failing disk or a bad copy leaves it), read whole and in parts.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from desktop.services.tabular import TableFileError, readers, xlsx_parts
from tests.desktop.services.krs.conftest import write_xlsx


def _damaged(tmp_path: Path, row: int, damage: bytes) -> Path:
    path = write_xlsx(tmp_path / "daftar.xlsx", [list(r) for r in krs_rows(600, seed=2)])
    broken = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                start = data.index(f'<c r="B{row}"'.encode())
                end = data.index(b"</c>", start) + len(b"</c>")
                data = data[:start] + damage + data[end:]
            target.writestr(item.filename, data)
    return broken


@pytest.mark.parametrize("in_parts", [False, True], ids=["whole", "in-parts"])
@pytest.mark.parametrize(
    "damage",
    [
        b'<c r="B300" t="inlineStr"><is><t>36.02\x00\x01</t></is></c>',  # bytes XML does not allow
        b'<c r="B300" t="inlineStr"><is><t>36.02.24.2002</is></c>',  # a tag left open
        b'<c r="B300 t="inlineStr"><is><t>36.02.24.2002</t></is></c>',  # a quote lost
    ],
    ids=["control-bytes", "open-tag", "lost-quote"],
)
def test_a_sheet_broken_in_the_middle_is_refused_whole(
    office_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_parts: bool, damage: bytes
) -> None:
    if in_parts:  # the reading of a large sheet, part by part, on a small file
        monkeypatch.setattr(readers, "LARGE_SHEET_BYTES", 1)
        monkeypatch.setattr(xlsx_parts, "FIRST_PART_BYTES", 2_000)
        monkeypatch.setattr(xlsx_parts, "PART_BYTES", 9_000)
    path = _damaged(tmp_path, 300, damage)
    with pytest.raises(TableFileError) as caught:
        run_import(office_context.session_factory, path, dry_run=False)
    message = str(caught.value)
    assert "Berkas rusak" in message and "di sekitar baris 300" in message and "Seluruh berkas ditolak" in message
    assert "\n" not in message and "Traceback" not in message
    with office_context.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(KrsFamily)) == 0


def test_an_intact_list_still_imports_whole_and_in_parts(
    office_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "daftar.xlsx", [list(r) for r in krs_rows(300, seed=2)])
    assert run_import(office_context.session_factory, path, dry_run=True).new == 300
    monkeypatch.setattr(readers, "LARGE_SHEET_BYTES", 1)
    monkeypatch.setattr(xlsx_parts, "PART_BYTES", 9_000)
    assert run_import(office_context.session_factory, path, dry_run=True).new == 300
