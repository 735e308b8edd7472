"""The empty KRS list template an office hands to whoever compiles the list: every column the import reads.

The data sheet's header row holds exactly the labels of :data:`~desktop.services.krs.fields.KRS_FIELDS`, so the
import maps every column automatically. Identifier columns (Kode Desa, RW, RT, No. KK, NIK) are formatted as text,
so a 16-digit NIK typed into Excel keeps its last digit. The example row lives on the instructions sheet, never on
the data sheet, so a template filled in without deleting anything imports no invented family.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.domain.i18n import N_, doc_
from desktop.services.krs.fields import KRS_FIELDS
from desktop.services.tabular import save_workbook_safely, set_text

DATA_SHEET = N_("Daftar KRS")
NOTES_SHEET = N_("Petunjuk")
# Columns whose content is a code or an identifier: text, so Excel neither drops leading zeros nor rounds digits.
TEXT_FIELDS = frozenset({"desa_code", "rw", "rt", "no_kk", "nik", "source_round"})
FLAG_CHOICES = "Y,T"
EXAMPLE_HEADING = N_("Contoh (hanya contoh)")


@dataclass(frozen=True, slots=True)
class ColumnNote:
    """What the instructions sheet says about one column.

    Attributes:
        key: the field key.
        required: "wajib", "wajib salah satu" or "" (optional).
        content: what to type.
        example: the example value, as text.
    """

    key: str
    required: str
    content: str
    example: str


_FLAG = N_("Y bila ya, T bila tidak (juga Ya/Tidak, 1/0, tanda \u2713); kosong berarti tidak")
NOTES: tuple[ColumnNote, ...] = (
    ColumnNote(
        "source_round", "", N_("putaran pendataan, mis. PK24 (bila tidak ada kolomnya: dipilih saat impor)"), "PK24"
    ),
    ColumnNote("semester", "", "1 atau 2", "1"),
    ColumnNote(
        "desa_code",
        "wajib",
        N_(
            "kode Kemendagri desa/kelurahan, 10 angka: PP.KK.CC.DDDD (provinsi.kabupaten.kecamatan.desa) atau tanpa "
            "titik; desa harus berada di kabupaten/kota kantor"
        ),
        "36.02.18.2004",
    ),
    ColumnNote("rw", "", N_("RW atau nama dusun (maks. 40 karakter)"), "003"),
    ColumnNote("rt", "", N_("RT (maks. 10 karakter)"), "002"),
    ColumnNote("address", "", "alamat atau nomor rumah (maks. 200 karakter)", N_("Kp. Cibadak No. 12")),
    ColumnNote(
        "no_kk",
        N_("wajib salah satu"),
        N_("16 angka, diketik sebagai teks (kolom ini sudah berformat Teks); No. KK atau NIK wajib diisi salah satu"),
        "3602180101240001",
    ),
    ColumnNote("nik", N_("wajib salah satu"), N_("NIK kepala keluarga, 16 angka, sebagai teks"), "3602184101900002"),
    ColumnNote("head_name", "wajib", "nama kepala keluarga (maks. 120 karakter)", N_("Asep Saepudin")),
    ColumnNote("wife_name", "", "nama istri (maks. 120 karakter)", N_("Euis Nurhayati")),
    ColumnNote("wife_age", "", "umur istri dalam tahun, 10 sampai 80", "31"),
    ColumnNote("baduta", "", _FLAG, "Y"),
    ColumnNote("balita", "", _FLAG, "Y"),
    ColumnNote("pus", "", _FLAG, "Y"),
    ColumnNote("pus_hamil", "", _FLAG, "T"),
    ColumnNote("air_minum_tidak_layak", "", _FLAG, "T"),
    ColumnNote("jamban_tidak_layak", "", _FLAG, "Y"),
    ColumnNote("terlalu_muda", "", _FLAG, "T"),
    ColumnNote("terlalu_tua", "", _FLAG, "T"),
    ColumnNote("terlalu_dekat", "", _FLAG, "T"),
    ColumnNote("terlalu_banyak", "", _FLAG, "T"),
    ColumnNote("welfare_rank", "", N_("peringkat kesejahteraan (desil P3KE): 1, 2, 3, 4 atau >4"), "2"),
    ColumnNote("risk_status", "", "status risiko dari pendataan (maks. 30 karakter)", N_("Berisiko")),
)
_NOTES_BY_KEY = {note.key: note for note in NOTES}


def write_krs_template(target: Path | str) -> Path:
    """Writes the KRS list template (.xlsx) atomically: a data sheet with the header row and an instructions sheet.

    Args:
        target: the file to write; an existing file is replaced only once the new one is complete.

    Returns:
        The path written.

    Raises:
        OSError: the file cannot be written (folder missing, no permission, disk full, the target is a folder).
    """
    target = Path(target)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = DATA_SHEET
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFE699")
    optional_fill = PatternFill("solid", fgColor="DDEBF7")
    flags = DataValidation(type="list", formula1=f'"{FLAG_CHOICES}"', allow_blank=True)
    flags.error = doc_("Isi Y (ya) atau T (tidak).")
    flags.errorTitle = doc_("Isian tidak sah")
    sheet.add_data_validation(flags)
    for column, spec in enumerate(KRS_FIELDS, start=1):
        note = _NOTES_BY_KEY[spec.key]
        cell = sheet.cell(row=1, column=column)
        set_text(cell, spec.label)
        cell.font = bold
        cell.fill = required_fill if note.required else optional_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        letter = get_column_letter(column)
        dimension = sheet.column_dimensions[letter]
        dimension.width = max(12, min(len(spec.label) + 4, 28))
        if spec.key in TEXT_FIELDS:
            # A column style: every cell typed into it later is text, not a number Excel would round.
            dimension.number_format = "@"
            dimension.width = max(dimension.width, 20)
        if spec.lookup is not None:
            flags.add(f"{letter}2:{letter}100000")
    sheet.row_dimensions[1].height = 32
    sheet.freeze_panes = "A2"
    _write_notes(workbook.create_sheet(NOTES_SHEET), bold)
    save_workbook_safely(workbook, target)
    return target


def _write_notes(notes: Any, bold: Font) -> None:
    lines = [
        doc_("Templat daftar Keluarga Berisiko Stunting (KRS) untuk Konvergensi."),
        doc_("Isi satu keluarga per baris di lembar '{data_sheet}', mulai baris 2. Jangan ubah judul kolom.").format(
            data_sheet=DATA_SHEET
        ),
        doc_("Kolom wajib (kuning): Kode Desa dan Nama Kepala Keluarga, ditambah No. KK atau NIK (salah satu)."),
        doc_(
            "Kolom lain (biru) boleh dikosongkan atau dihapus. Baris yang salah tidak ikut diimpor; "
            "daftar alasannya tampil saat impor dan dapat disimpan."
        ),
        "",
    ]
    for line in lines:
        notes.append([line])
    notes["A1"].font = Font(bold=True, size=13)
    header_row = len(lines) + 1
    notes.append([doc_("Kolom"), doc_("Wajib"), doc_("Isian"), EXAMPLE_HEADING])
    for cell in notes[header_row]:
        cell.font = bold
    for row, spec in enumerate(KRS_FIELDS, start=header_row + 1):
        note = _NOTES_BY_KEY[spec.key]
        for column, value in enumerate((spec.label, note.required or "tidak", note.content, note.example), start=1):
            set_text(notes.cell(row=row, column=column), value)
    for letter, width in (("A", 26), ("B", 18), ("C", 90), ("D", 30)):
        notes.column_dimensions[letter].width = width
