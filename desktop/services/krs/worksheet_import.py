"""Importing a filled-in desa worksheet: dry run with conflicts, then the apply in one transaction.

A row with an empty ``Status Keberadaan`` is left alone. A row whose family changed in the database since the
worksheet was made (its row version moved on) is a **conflict**: listed, and applied only when the user chooses
the worksheet's version for it (``overwrite``); otherwise the database keeps its version.

A filled row is trusted only when its **visible identity** matches the family its hidden key names: the head's name,
NIK and No. KK (masked or not) as the worksheet showed them. Sorting only the visible columns swaps keys; such a row
is rejected by row and column instead of landing on the wrong family. The other locked columns (RW, RT, address,
wife, sasaran, risk factors) cannot be changed through the worksheet either: an edit there rejects the row, naming
the column, the old and the new text, so the officer corrects the family in the application (nothing is silently
ignored). A key that appears twice (a copied row) is rejected at its second row.

The visit date follows the worksheet's own rule: from 1 January 2020 to today, written as a date cell, an Excel
serial number or text in the forms the case import reads (``2/9/2024``, ``2/9/24``, ``2024-09-02``,
``12 Desember 2023``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.krs import KrsCode, KrsFamily, KrsVerification
from desktop.domain.i18n import N_, _
from desktop.domain.identifiers import mask_nik
from desktop.domain.krs.codes import RiskFactor, Sasaran, flag_text
from desktop.domain.krs.records import WorksheetConflict
from desktop.domain.tabular import ImportSummary
from desktop.domain.users import Permission
from desktop.services.cases.import_fields import parse_date
from desktop.services.job_lock import exclusive
from desktop.services.krs.verification_service import VerificationError, VerificationInput, validate_input
from desktop.services.krs.worksheet_export import DATA_SHEET
from desktop.services.tabular import (
    CellError,
    FieldSpec,
    HeaderInfo,
    RowParser,
    TableFileError,
    TableSource,
    auto_map,
    detect_header,
    merged_header_problem,
    normalize_header,
    open_table,
    parse_text,
)
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import unit_of_work

# The worksheet's data validation: visits from this day on (the verval KRS rounds began in 2020), none in the future.
EARLIEST_VISIT = date(2020, 1, 1)


def _parse_date(value: Any) -> date:
    """The visit date in any form the case import reads, within the worksheet's rule."""
    parsed = parse_date(value)
    if parsed < EARLIEST_VISIT:
        raise CellError(_("tanggal sebelum 1 Januari 2020 (tanggal kunjungan verval KRS)"))
    if parsed > date.today():
        raise CellError(_("tanggal di masa depan"))
    return parsed


def _key(value: Any) -> tuple[str, int]:
    match = re.fullmatch(r"([0-9a-f-]{36}):([0-9]+)", parse_text(value))
    if not match:
        raise CellError(_("kunci baris rusak; jangan ubah kolom tersembunyi 'Kunci'"))
    return match.group(1), int(match.group(2))


WORKSHEET_FIELDS = (
    FieldSpec("key", N_("Kunci"), (), True, _key),
    FieldSpec("rw", "RW/Dusun", (), False, parse_text),
    FieldSpec("rt", "RT", (), False, parse_text),
    FieldSpec("address", N_("Alamat"), (), False, parse_text),
    FieldSpec("head_name", N_("Nama Kepala Keluarga"), (), False, parse_text),
    FieldSpec("nik", "NIK", (), False, parse_text),
    FieldSpec("no_kk", "No. KK", (), False, parse_text),
    FieldSpec("wife_name", N_("Nama Istri"), (), False, parse_text),
    FieldSpec("sasaran", N_("Sasaran"), (), False, parse_text),
    FieldSpec("risk", N_("Faktor Risiko"), (), False, parse_text),
    FieldSpec("existence", N_("Status Keberadaan"), (), False, parse_text),
    FieldSpec("result", N_("Hasil Verifikasi"), (), False, parse_text),
    FieldSpec("verified_on", N_("Tanggal Verifikasi"), (), False, _parse_date),
    FieldSpec("verifier_name", N_("Nama Verifikator"), (), False, parse_text),
    FieldSpec("verifier_role", N_("Peran Verifikator"), (), False, parse_text),
    FieldSpec("notes", N_("Keterangan"), (), False, parse_text),
)


class _Codes:
    def __init__(self, session: Session) -> None:
        self.lookup: dict[tuple[str, str], str] = {}
        for item in session.scalars(select(KrsCode)):
            self.lookup[(item.list_name, normalize_header(item.label))] = item.code
            self.lookup[(item.list_name, normalize_header(item.code))] = item.code

    def code(self, list_name: str, text: str | None) -> str | None:
        if not text:
            return None
        return self.lookup.get((list_name, normalize_header(text)))


def _row_input(row: Any, parser: RowParser, codes: _Codes) -> VerificationInput | None:
    values = row.values
    existence = codes.code("existence", values.get("existence"))
    result = codes.code("result", values.get("result"))
    role = codes.code("verifier_role", values.get("verifier_role"))
    if existence is None:
        row.errors.append(parser.error(row.row, "existence", _("status keberadaan tidak ada dalam daftar")))
    if values.get("result") and result is None:
        row.errors.append(parser.error(row.row, "result", _("hasil verifikasi tidak ada dalam daftar")))
    if role is None:
        row.errors.append(parser.error(row.row, "verifier_role", _("peran verifikator wajib dipilih dari daftar")))
    if not values.get("verifier_name"):
        row.errors.append(parser.error(row.row, "verifier_name", _("nama verifikator wajib diisi")))
    if values.get("verified_on") is None:
        row.errors.append(parser.error(row.row, "verified_on", _("tanggal verifikasi wajib diisi")))
    if row.errors or existence is None or role is None:
        return None
    return VerificationInput(
        existence, result, values["verifier_name"], role, values["verified_on"], values.get("notes") or ""
    )


# The identity columns: a mismatch means the row is not the family its key names (keys swapped by a sort).
_IDENTITY = ("head_name", "nik", "no_kk")
# The other locked columns: shown for the team's orientation, changed only in the application.
_LOCKED = ("rw", "rt", "address", "wife_name", "sasaran", "risk")
# VerificationError's field names -> the worksheet columns they come from.
_PROBLEM_COLUMNS = {
    "existence_code": "existence",
    "result_code": "result",
    "verifier_name": "verifier_name",
    "verifier_role": "verifier_role",
    "verified_on": "verified_on",
}


def _comparable(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shown_values(family: KrsFamily, key: str) -> tuple[str, ...]:
    """The texts the worksheet may show for ``key`` of ``family`` (NIK and No. KK masked or revealed)."""
    if key in ("nik", "no_kk"):
        value = getattr(family, key) or ""
        return (value, mask_nik(value)) if value else ("",)
    if key == "sasaran":
        return (flag_text(family, Sasaran, short=True, document=True),)
    if key == "risk":
        return (flag_text(family, RiskFactor, short=True, document=True),)
    return (getattr(family, key) or "",)


def _identity_errors(parsed: Any, parser: RowParser, family: KrsFamily, mapped: Collection[str]) -> None:
    """Adds an error for every visible identity column that does not match ``family`` and every edited locked one."""
    for key in (*_IDENTITY, *_LOCKED):
        if key not in mapped:
            continue
        typed = parsed.values.get(key) or ""
        shown = _shown_values(family, key)
        if _comparable(typed) in {_comparable(value) for value in shown}:
            continue
        old = shown[-1]
        if key in _IDENTITY:
            reason = _(
                "baris ini bukan keluarga yang ditunjuk kuncinya ('{old}' di database, '{new}' di lembar); "
                "jangan mengurutkan sebagian kolom saja"
            ).format(old=old, new=typed)
        else:
            reason = _(
                "kolom terkunci diubah: '{old}' → '{new}'; ubah data keluarga di aplikasi, bukan di lembar kerja"
            ).format(old=old, new=typed)
        parsed.errors.append(parser.error(parsed.row, key, reason))


def _checked_row(
    session: Session, parsed: Any, parser: RowParser, codes: _Codes, sheet: tuple[Collection[str], dict[str, int]]
) -> tuple[KrsFamily, VerificationInput, int] | None:
    """The family, the visit and the exported row version of a filled row; None (errors added) when invalid.

    ``sheet`` is the mapped field keys and the first row seen per family uuid (updated here).
    """
    mapped, seen = sheet
    if not parsed.errors:
        first = seen.setdefault(parsed.values["key"][0], parsed.row)
        if first != parsed.row:
            reason = _("kunci yang sama sudah ada di baris {row} (baris disalin?)").format(row=first)
            parsed.errors.append(parser.error(parsed.row, "key", reason))
    data = None if parsed.errors else _row_input(parsed, parser, codes)
    if data is None:
        return None
    uuid, version = parsed.values["key"]
    family = session.scalar(select(KrsFamily).where(KrsFamily.uuid == uuid))
    if family is None:
        parsed.errors.append(parser.error(parsed.row, "key", _("keluarga tidak ditemukan di database")))
        return None
    _identity_errors(parsed, parser, family, mapped)
    if parsed.errors:
        return None
    try:
        validate_input(session, data)
    except VerificationError as problem:
        for field, reason in problem.problems.items():
            parsed.errors.append(parser.error(parsed.row, _PROBLEM_COLUMNS.get(field, "existence"), reason))
        return None
    return family, data, version


def _blocked_by_conflict(
    summary: ImportSummary,
    number: int,
    family: KrsFamily,
    data: VerificationInput,
    version: int,
    overwrite: Collection[str],
) -> bool:
    """Lists the family as a conflict when it changed since export; True when the database version is kept."""
    if family.row_version == version:
        return False
    summary.conflicts.append(
        WorksheetConflict(
            uuid=family.uuid,
            row=number,
            head_name=family.head_name,
            database=family.existence_code or "",
            worksheet=data.existence_code,
        )
    )
    return family.uuid not in overwrite


def _same_as_latest(session: Session, family: KrsFamily, data: VerificationInput) -> bool:
    latest = session.scalar(
        select(KrsVerification)
        .where(KrsVerification.family_id == family.id)
        .order_by(KrsVerification.verified_on.desc(), KrsVerification.id.desc())
        .limit(1)
    )
    return latest is not None and (
        latest.existence_code,
        latest.result_code,
        latest.verified_on,
        latest.verifier_name,
        latest.verifier_role,
        latest.notes,
    ) == (
        data.existence_code,
        data.result_code,
        data.verified_on,
        data.verifier_name.strip(),
        data.verifier_role,
        data.notes.strip(),
    )


def _worksheet_header(source: TableSource) -> tuple[HeaderInfo, dict[str, int]]:
    """The worksheet's header row and its mapping; refused when the key or status column is not found."""
    header = detect_header(source, WORKSHEET_FIELDS)
    mapping = auto_map(header, WORKSHEET_FIELDS) if header else {}
    if header is None or "key" not in mapping or "existence" not in mapping:
        lost = [spec for spec in WORKSHEET_FIELDS if spec.key in ("key", "existence") and spec.key not in mapping]
        raise TableFileError(
            _("Bukan lembar kerja verval KRS dari aplikasi ini (kolom 'Kunci' tidak ditemukan).")
            + (merged_header_problem(source, header, lost) if header else "")
        )
    return header, mapping


@exclusive(N_("impor lembar kerja"))
def run_worksheet_import(
    session_factory: sessionmaker[Session],
    path: Path | str,
    *,
    dry_run: bool = True,
    overwrite: Collection[str] = (),
    control: TaskControl | None = None,
) -> ImportSummary:
    """Dry-runs or applies a filled-in worksheet.

    Args:
        session_factory: the session factory.
        path: the worksheet.
        dry_run: report only.
        overwrite: uuids of conflicting families for which the worksheet's version wins.
        control: progress and cancellation.

    Returns:
        The summary; ``new`` counts first verifications, ``updated`` further ones, ``conflicts`` lists the
        families changed since export (``uuid``, ``row``, ``head_name``, ``database``, ``worksheet``).

    Raises:
        TableFileError: not a worksheet made by this application.
    """
    control = control or TaskControl()
    source = open_table(path, DATA_SHEET)
    header, mapping = _worksheet_header(source)
    parser = RowParser(header, WORKSHEET_FIELDS, mapping)
    summary = ImportSummary(header=header.cells, header_row=header.row)
    with unit_of_work(session_factory, permission=Permission.IMPORT) as session:
        codes = _Codes(session)
        seen: dict[str, int] = {}  # family uuid -> the first row that names it
        hidden = source.hidden_rows
        for done, (number, cells) in enumerate(source.rows(start=header.row + 1), start=1):
            control.check()  # every row (each row queries): Cancel / Ctrl+C stops within a row, not 500
            if done % 500 == 0:
                control.report(done, source.total_rows, _("Baris {done}").format(done=done))
            parsed = parser.parse(number, cells)
            if parsed is None:
                continue
            if number in hidden:
                summary.note_hidden(number)
            if not parsed.errors and not parsed.values.get("existence"):
                summary.unchanged += 1
                continue
            checked = _checked_row(session, parsed, parser, codes, (mapping.keys(), seen))
            if checked is None:
                summary.reject(number, cells, parsed.errors)
                continue
            family, data, version = checked
            if _same_as_latest(session, family, data):
                summary.unchanged += 1
                continue
            if _blocked_by_conflict(summary, number, family, data, version, overwrite):
                continue
            if family.existence_code is None:
                summary.new += 1
            else:
                summary.updated += 1
            if not dry_run:
                _apply(session, family, data)
        control.check()
        summary.filtered = source.marks.autofilter
        if dry_run:
            session.rollback()
            return summary
    summary.applied = True
    return summary


def _apply(session: Session, family: KrsFamily, data: VerificationInput) -> None:
    session.add(
        KrsVerification(
            family_id=family.id,
            existence_code=data.existence_code,
            result_code=data.result_code,
            flags_json="{}",
            verifier_name=data.verifier_name.strip(),
            verifier_role=data.verifier_role,
            verified_on=data.verified_on,
            notes=data.notes.strip(),
        )
    )
    family.existence_code = data.existence_code
    family.result_code = data.result_code
    family.verified_on = data.verified_on
