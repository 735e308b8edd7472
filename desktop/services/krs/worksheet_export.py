"""The field worksheet per desa (.xlsx): instructions, locked identity columns, drop-downs, a hidden key per row.

The hidden key ``<family uuid>:<row version>`` lets the import recognise each family and detect families changed
in the database since the worksheet was made. NIK and No. KK are masked unless explicitly asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.krs import KrsFamily, KrsVerification
from db.models.region import Region
from desktop.domain.dates import long_date
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _, doc_
from desktop.domain.identifiers import mask_nik
from desktop.domain.krs.codes import RiskFactor, Sasaran, flag_text
from desktop.domain.users import Permission
from desktop.reports.workbooks.print_setup import apply_print_setup
from desktop.services.krs.verification_service import list_codes_in
from desktop.services.office import read_office
from desktop.services.permissions import require
from desktop.services.tabular import save_workbook_safely, set_text
from desktop.services.unit_of_work import reading

DATA_SHEET = N_("Data")
HEADER_ROW = 4
LOCKED_HEADERS = (
    N_("Kunci"),
    "No",
    "RW/Dusun",
    "RT",
    N_("Alamat"),
    N_("Nama Kepala Keluarga"),
    "NIK",
    "No. KK",
    N_("Nama Istri"),
    N_("Sasaran"),
    N_("Faktor Risiko"),
)
EDITABLE_HEADERS = (
    N_("Status Keberadaan"),
    N_("Hasil Verifikasi"),
    N_("Tanggal Verifikasi"),
    N_("Nama Verifikator"),
    N_("Peran Verifikator"),
    N_("Keterangan"),
)
_WIDTHS = (4, 5, 10, 6, 28, 26, 19, 19, 24, 20, 26, 20, 22, 14, 24, 16, 30)

INSTRUCTIONS = (
    N_("PETUNJUK PENGISIAN LEMBAR KERJA VERVAL KRS"),
    "",
    N_("1. Isi hanya kolom berwarna kuning di lembar 'Data': Status Keberadaan, Hasil Verifikasi, Tanggal Verifikasi,"),
    N_("   Nama Verifikator, Peran Verifikator dan Keterangan. Kolom identitas keluarga terkunci."),
    N_("2. Pilih Status, Hasil dan Peran dari daftar pilihan (panah di sel)."),
    N_("   Tanggal ditulis sebagai tanggal, mis. 2/9/2024."),
    N_("3. Baris yang Status Keberadaannya kosong dianggap belum diverifikasi dan tidak diubah."),
    N_("4. Jangan menambah, menghapus atau mengurutkan ulang baris; jangan mengubah kolom tersembunyi 'Kunci'."),
    N_("5. Simpan sebagai .xlsx lalu serahkan kembali ke sekretariat TPPS untuk diimpor."),
    "",
    N_("Data ini memuat data pribadi (UU 27/2022). Simpan dan kirim hanya kepada yang berwenang."),
)


@dataclass(frozen=True, slots=True)
class WorksheetResult:
    """What was exported: the file, the desa and the number of families."""

    path: Path
    desa_code: str
    desa_name: str
    families: int


def _codes_sheet(workbook: Workbook, active: dict[str, list[str]]) -> dict[str, str]:
    sheet = workbook.create_sheet("Daftar")
    ranges: dict[str, str] = {}
    for column, list_name in enumerate(("existence", "result", "verifier_role"), start=1):
        labels = active[list_name]
        for row, label in enumerate(labels, start=1):
            set_text(sheet.cell(row=row, column=column), label)
        letter = chr(64 + column)
        ranges[list_name] = f"Daftar!${letter}$1:${letter}${max(len(labels), 1)}"
    sheet.sheet_state = "hidden"
    return ranges


def _validations(sheet: object, ranges: dict[str, str], first: int, last: int) -> None:
    base = len(LOCKED_HEADERS)
    for offset, list_name in ((1, "existence"), (2, "result"), (5, "verifier_role")):
        letter = chr(64 + base + offset)
        rule = DataValidation(
            type="list",
            formula1=ranges[list_name],
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=doc_("Isian tidak sah"),
            error=doc_("Pilih dari daftar."),
        )
        rule.add(f"{letter}{first}:{letter}{last}")
        sheet.add_data_validation(rule)  # type: ignore[attr-defined]
    date_letter = chr(64 + base + 3)
    rule = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="DATE(2020,1,1)",
        allow_blank=True,
        showErrorMessage=True,
        error=doc_("Isi tanggal, mis. 2/9/2024."),
    )
    rule.add(f"{date_letter}{first}:{date_letter}{last}")
    sheet.add_data_validation(rule)  # type: ignore[attr-defined]


def export_worksheet(
    session_factory: sessionmaker[Session], desa_code: str, target: Path, *, reveal_nik: bool = False
) -> WorksheetResult:
    """Writes the verification worksheet of one desa (safely: temp file, fsync, replace).

    Raises:
        UserError: the desa is unknown.
    """
    with reading(session_factory) as session:  # the code lists, the desa and its families: one session
        require(session, Permission.EXPORT_NAMES)
        if reveal_nik:
            require(session, Permission.REVEAL_NIK)
        labels = {
            list_name: {item.code: item.label for item in list_codes_in(session, list_name, include_inactive=True)}
            for list_name in ("existence", "result", "verifier_role")
        }
        active = {name: [item.label for item in list_codes_in(session, name)] for name in labels}
        office = read_office(session)
        desa = session.get(Region, desa_code)
        if desa is None:
            raise UserError(_("Kode desa {code} tidak dikenal.").format(code=desa_code))
        kecamatan = session.get(Region, desa.parent_code) if desa.parent_code else None
        families = list(
            session.scalars(
                select(KrsFamily)
                .where(KrsFamily.desa_code == desa_code, KrsFamily.deleted_at.is_(None))
                .order_by(KrsFamily.rw, KrsFamily.rt, KrsFamily.head_name, KrsFamily.id)
            )
        )
        latest: dict[int, KrsVerification] = {}
        ids = [family.id for family in families if family.existence_code]
        for visit in session.scalars(
            select(KrsVerification)
            .where(KrsVerification.family_id.in_(ids), KrsVerification.deleted_at.is_(None))
            .order_by(KrsVerification.verified_on, KrsVerification.id)
        ):
            latest[visit.family_id] = visit
    workbook = Workbook()
    info = workbook.active
    info.title = doc_("Petunjuk")
    for row, line in enumerate(INSTRUCTIONS, start=1):
        set_text(info.cell(row=row, column=1), line)
    info["A1"].font = Font(bold=True, size=13)
    sheet = workbook.create_sheet(DATA_SHEET)
    workbook.active = 1
    ranges = _codes_sheet(workbook, active)
    set_text(
        sheet["B1"],
        doc_("LEMBAR KERJA VERVAL KRS - DESA {upper}, KECAMATAN {value}").format(
            upper=desa.name.upper(), value=kecamatan.name.upper() if kecamatan else ""
        ),
    )
    sheet["B1"].font = Font(bold=True, size=12)
    set_text(
        sheet["B2"],
        doc_("Kode desa {desa_code}; dibuat {long_date}; {count} keluarga").format(
            desa_code=desa_code, long_date=long_date(date.today()), count=len(families)
        ),
    )
    yellow = PatternFill("solid", fgColor="FFF2CC")
    for column, title in enumerate((*LOCKED_HEADERS, *EDITABLE_HEADERS), start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column)
        set_text(cell, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for number, family in enumerate(families, start=1):
        _write_family(sheet, HEADER_ROW + number, number, family, labels, reveal_nik, yellow)
        _write_visit(sheet, HEADER_ROW + number, latest.get(family.id), labels)
    last = HEADER_ROW + max(len(families), 1)
    _validations(sheet, ranges, HEADER_ROW + 1, last)
    for column, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[chr(64 + column)].width = width
    sheet.column_dimensions["A"].hidden = True
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)
    sheet.auto_filter.ref = f"B{HEADER_ROW}:{chr(64 + len(_WIDTHS))}{last}"
    sheet.protection.sheet = True
    sheet.protection.autoFilter = False
    sheet.protection.formatColumns = False
    # Every sheet on the office's paper: the instructions portrait, the data landscape with its header repeated.
    for worksheet in workbook.worksheets:
        apply_print_setup(
            worksheet,
            paper=office.paper_size if office else None,
            landscape=worksheet is sheet,
            title_rows=(HEADER_ROW, HEADER_ROW) if worksheet is sheet else None,
        )
    save_workbook_safely(workbook, target)
    return WorksheetResult(Path(target), desa_code, desa.name, len(families))


def _shown(value: str | None, reveal: bool) -> str:
    if not value:
        return ""
    return value if reveal else mask_nik(value)


def _write_family(
    sheet: object,
    row: int,
    number: int,
    family: KrsFamily,
    labels: dict[str, dict[str, str]],
    reveal: bool,
    fill: PatternFill,
) -> None:
    def put(column: int, value: object) -> None:
        set_text(sheet.cell(row=row, column=column), value)  # type: ignore[attr-defined]

    put(1, f"{family.uuid}:{family.row_version}")
    sheet.cell(row=row, column=2).value = number  # type: ignore[attr-defined]
    for column, value in enumerate(
        (
            family.rw,
            family.rt,
            family.address,
            family.head_name,
            _shown(family.nik, reveal),
            _shown(family.no_kk, reveal),
            family.wife_name,
            flag_text(family, Sasaran, short=True, document=True),
            flag_text(family, RiskFactor, short=True, document=True),
        ),
        start=3,
    ):
        put(column, value)
    base = len(LOCKED_HEADERS)
    put(base + 1, labels["existence"].get(family.existence_code or "", ""))
    put(base + 2, labels["result"].get(family.result_code or "", ""))
    date_cell = sheet.cell(row=row, column=base + 3)  # type: ignore[attr-defined]
    date_cell.value = family.verified_on
    date_cell.number_format = "DD/MM/YYYY"
    for column in range(base + 1, base + len(EDITABLE_HEADERS) + 1):
        cell = sheet.cell(row=row, column=column)  # type: ignore[attr-defined]
        cell.protection = Protection(locked=False)
        cell.fill = fill


def _write_visit(sheet: Any, row: int, visit: KrsVerification | None, labels: dict[str, dict[str, str]]) -> None:
    # The latest verification fills the editable columns, so an untouched row imports back as unchanged.
    if visit is None:
        return
    base = len(LOCKED_HEADERS)
    set_text(sheet.cell(row=row, column=base + 1), labels["existence"].get(visit.existence_code, ""))
    set_text(sheet.cell(row=row, column=base + 2), labels["result"].get(visit.result_code or "", ""))
    sheet.cell(row=row, column=base + 3).value = visit.verified_on
    set_text(sheet.cell(row=row, column=base + 4), visit.verifier_name)
    set_text(sheet.cell(row=row, column=base + 5), labels["verifier_role"].get(visit.verifier_role, ""))
    set_text(sheet.cell(row=row, column=base + 6), visit.notes)
