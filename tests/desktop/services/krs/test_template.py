"""The KRS list template: read back as a spreadsheet, then filled in and imported through the real import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models.krs import KrsFamily
from desktop.cli import main
from desktop.context import AppContext
from desktop.services.krs.fields import KRS_FIELDS
from desktop.services.krs.import_service import preview_import, run_import
from desktop.services.krs.template import DATA_SHEET, NOTES_SHEET, TEXT_FIELDS, write_krs_template
from desktop.services.tabular import column_letter

LABELS = [spec.label for spec in KRS_FIELDS]


def _examples(path: Path) -> dict[str, str]:
    """Column label -> example value, as the instructions sheet shows them."""
    notes = load_workbook(path)[NOTES_SHEET]
    rows = list(notes.iter_rows(values_only=True))
    start = next(number for number, row in enumerate(rows) if row[0] == "Kolom") + 1
    return {str(row[0]): str(row[3]) for row in rows[start:] if row[0]}


def test_template_reads_back_with_text_identifier_columns(tmp_path: Path) -> None:
    path = write_krs_template(tmp_path / "templat.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [DATA_SHEET, NOTES_SHEET]
    sheet = workbook[DATA_SHEET]
    assert [cell.value for cell in sheet[1]] == LABELS
    assert sheet.max_row == 1, "the data sheet holds no example family"
    assert sheet.freeze_panes == "A2"
    for index, spec in enumerate(KRS_FIELDS):
        expected = "@" if spec.key in TEXT_FIELDS else "General"
        assert sheet.column_dimensions[column_letter(index)].number_format == expected, spec.key
    assert {"desa_code", "no_kk", "nik", "rt", "rw"} <= TEXT_FIELDS
    notes = list(workbook[NOTES_SHEET].iter_rows(values_only=True))
    required = {row[0]: row[1] for row in notes if row[0] in LABELS}
    assert required["Kode Desa"] == "wajib" and required["Nama Kepala Keluarga"] == "wajib"
    assert required["No. KK"] == required["NIK Kepala Keluarga"] == "wajib salah satu"
    assert required["Alamat"] == "tidak"
    assert any("PP.KK.CC.DDDD" in str(row[2]) for row in notes)
    assert set(_examples(path)) == set(LABELS)


def test_template_maps_every_column_automatically(office_context: AppContext, tmp_path: Path) -> None:
    path = write_krs_template(tmp_path / "templat.xlsx")
    preview = preview_import(office_context.session_factory, path)
    assert preview.header is not None and preview.header.row == 1
    assert preview.mapping == {spec.key: index for index, spec in enumerate(KRS_FIELDS)}
    assert preview.missing == [] and not preview.remembered
    empty = run_import(office_context.session_factory, path, dry_run=False)
    assert empty.stores_nothing and empty.lines()[0] == "Tidak ada yang disimpan: berkas tidak berisi baris data."


def test_filled_template_imports_the_example_and_more(office_context: AppContext, tmp_path: Path) -> None:
    path = write_krs_template(tmp_path / "templat.xlsx")
    examples = _examples(path)
    workbook = load_workbook(path)
    sheet = workbook[DATA_SHEET]
    # Typed as a person types into Excel: plain values into the pre-formatted cells (text columns stay text).
    second = {**examples, "No. KK": "3602180101240002", "NIK Kepala Keluarga": "3602184101900003", "RT": "007"}
    for values in (examples, second):
        sheet.append([values[label] for label in LABELS])
    workbook.save(path)
    summary = run_import(office_context.session_factory, path, dry_run=False)
    assert (summary.new, summary.rejected, summary.errors) == (2, 0, [])
    with office_context.session_factory() as session:
        families = session.scalars(select(KrsFamily).order_by(KrsFamily.no_kk)).all()
        stored = [(f.no_kk, f.nik, f.desa_code, f.rt, f.head_name, f.baduta, f.pus_hamil) for f in families]
    assert stored == [
        ("3602180101240001", "3602184101900002", "36.02.18.2004", "002", "Asep Saepudin", True, False),
        ("3602180101240002", "3602184101900003", "36.02.18.2004", "007", "Asep Saepudin", True, False),
    ]


def test_template_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "templat.xlsx"
    target.write_bytes(b"old content")
    write_krs_template(target)
    assert load_workbook(target).sheetnames == [DATA_SHEET, NOTES_SHEET]
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as raised:
        write_krs_template(folder)
    assert raised.value.filename == str(folder)  # the target is named, not the temporary file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "templat.xlsx"]


def test_template_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "templat-krs.xlsx"
    assert main(["--data-dir", str(tmp_path / "data"), "krs", "template", "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"Templat daftar KRS -> {target}"
    assert [cell.value for cell in load_workbook(target)[DATA_SHEET][1]] == LABELS
