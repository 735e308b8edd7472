"""Importing a child list from e-PPGBM or a posyandu: one row is a child with one measurement.

The generic machinery of :mod:`desktop.services.tabular` reads the file, finds the header row, maps the columns
and parses the cells. The rules here: the desa comes from a ``Kode Desa`` column or from the desa name (with the
kecamatan name when a name exists in more than one kecamatan) and must lie in the office's kabupaten; the child is
recognised by NIK, else by name, birth date and desa; a measurement on the same date from an earlier import is
updated in place, a new date adds a measurement. Every measurement gets its z-scores, categories and flags.

Child lists are small (hundreds to a few thousand rows), so rows are written through the ORM, which keeps the
per-row audit trail. The dry run performs the same work in the transaction and rolls it back, so its counts are
exactly those of the apply; an error or a Cancel rolls the apply back completely.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.cases import CaseChild, CaseMeasurement
from db.models.region import Region
from db.repositories.cases_repository import find_child, live_measurements
from desktop.domain.cases.codes import MeasurementSource
from desktop.domain.cases.records import ChildInput, MeasurementInput
from desktop.domain.cases.zscore import Method, Sex
from desktop.domain.i18n import N_, _
from desktop.domain.regions import RegionLevel
from desktop.domain.tabular import ImportSummary
from desktop.domain.users import Permission
from desktop.services.cases.family_link import link_in_session
from desktop.services.cases.import_fields import CASE_FIELDS, IMPORT_KIND
from desktop.services.cases.records import insert_child, measurement_values, new_measurement
from desktop.services.job_lock import exclusive
from desktop.services.office import office_for_import_in
from desktop.services.tabular import (
    HeaderInfo,
    ParsedRow,
    RowParser,
    TableFileError,
    detect_header,
    merged_header_problem,
    missing_required,
    normalize_header,
    open_table,
    resolve_mapping,
)
from desktop.services.tabular.mapping import resolve_mapping_in
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import unit_of_work

CHECK_EVERY = 200


@dataclass(frozen=True, slots=True)
class _Desa:
    code: str
    kecamatan_name: str


class _Places:
    """Desa of the office's kabupaten by code and by normalised name."""

    def __init__(self, session: Session, kabupaten: str) -> None:
        query = select(Region.code, Region.name, Region.parent_code).where(Region.level == RegionLevel.DESA)
        if kabupaten:
            query = query.where(Region.code.startswith(kabupaten + "."))
        kecamatan = dict(
            session.execute(select(Region.code, Region.name).where(Region.level == RegionLevel.KECAMATAN)).all()
        )
        self.codes: set[str] = set()
        self.by_name: dict[str, list[_Desa]] = {}
        for code, name, parent in session.execute(query):
            self.codes.add(code)
            self.by_name.setdefault(normalize_header(name), []).append(
                _Desa(code, normalize_header(kecamatan.get(parent or "", "")))
            )

    def resolve(self, values: dict[str, Any]) -> tuple[str | None, str]:
        """Returns ``(desa code, "")`` or ``(None, reason)``."""
        code = values.get("desa_code")
        if code:
            return (
                (code, "")
                if code in self.codes
                else (None, _("kode desa {code} tidak dikenal di wilayah kantor").format(code=code))
            )
        name = values.get("desa_name")
        if not name:
            return None, _("isi Kode Desa atau nama Desa/Kelurahan")
        found = self.by_name.get(normalize_header(name), [])
        kecamatan = normalize_header(values.get("kecamatan_name") or "")
        if kecamatan:
            found = [desa for desa in found if desa.kecamatan_name == kecamatan]
        if len(found) == 1:
            return found[0].code, ""
        if not found:
            return None, _("desa {name} tidak ditemukan di wilayah kantor").format(name=name)
        return None, _("desa {name} ada di beberapa kecamatan; isi kolom Kecamatan atau Kode Desa").format(name=name)


def _row_inputs(values: dict[str, Any], desa_code: str) -> tuple[ChildInput, MeasurementInput]:
    child = ChildInput(
        name=values["name"],
        sex=Sex(values["sex"]),
        birth_date=values["birth_date"],
        desa_code=desa_code,
        mother_name=values.get("mother_name") or "",
        nik=values.get("nik"),
        no_kk=values.get("no_kk"),
        posyandu=values.get("posyandu") or "",
        address=values.get("address") or "",
    )
    measurement = MeasurementInput(
        measured_on=values["measured_on"],
        height_cm=values["height_cm"],
        method=Method(values["method"]),
        weight_kg=values.get("weight_kg"),
        measurer=values.get("measurer") or "",
    )
    return child, measurement


def _update_child(session: Session, row: CaseChild, child: ChildInput) -> bool:
    """Fills in what the file adds or changes (empty cells keep the stored value); True when anything changed.

    A corrected sex or birth date (the child matched by NIK) recomputes the z-scores of every measurement.
    """
    changed = False
    for attribute in ("nik", "mother_name", "no_kk", "posyandu", "address", "name"):
        value = getattr(child, attribute)
        if value and getattr(row, attribute) != value:
            setattr(row, attribute, value)
            changed = True
    if (row.sex, row.birth_date) != (child.sex.value, child.birth_date):
        row.sex, row.birth_date = child.sex.value, child.birth_date
        for measurement in live_measurements(session, row.id):
            stored = MeasurementInput(
                measurement.measured_on,
                measurement.height_cm,
                Method(measurement.method),
                measurement.weight_kg,
                measurement.measurer,
            )
            for attribute, value in measurement_values(row, stored).items():
                setattr(measurement, attribute, value)
        changed = True
    return changed


def _update_measurement(row: CaseMeasurement, child: CaseChild, measurement: MeasurementInput) -> bool:
    same = (row.height_cm, row.weight_kg, row.method, row.measurer) == (
        measurement.height_cm,
        measurement.weight_kg,
        measurement.method.value,
        measurement.measurer,
    )
    if same:
        return False
    for attribute, value in measurement_values(child, measurement).items():
        setattr(row, attribute, value)
    return True


class _RowWriter:
    """Applies one validated row to the session; returns new / updated / unchanged."""

    def __init__(self, session: Session, parser: RowParser, places: _Places, today: date, desa_key: str) -> None:
        self.session = session
        self.parser = parser
        self.places = places
        self.today = today
        self.seen: dict[tuple[str, date], int] = {}
        self.desa_key = desa_key

    def process(self, row: ParsedRow) -> str | None:
        """Validates and applies one parsed row; returns new / updated / unchanged, or None when rejected (the
        reasons are then in ``row.errors``)."""
        if row.errors:
            return None
        code, reason = self.places.resolve(row.values)
        if code is None:
            row.errors.append(self.parser.error(row.row, self.desa_key, reason))
            return None
        child, measurement = _row_inputs(row.values, code)
        self.problems(row, child, measurement)
        if row.errors:
            return None
        return self.apply(child, measurement)

    def problems(self, row: ParsedRow, child: ChildInput, measurement: MeasurementInput) -> None:
        values = row.values
        if child.birth_date > self.today:
            row.errors.append(self.parser.error(row.row, "birth_date", _("tanggal lahir di masa depan")))
        if measurement.measured_on > self.today:
            row.errors.append(self.parser.error(row.row, "measured_on", _("tanggal ukur di masa depan")))
        identity = values.get("nik") or f"{normalize_header(child.name)}|{child.birth_date}|{child.desa_code}"
        first = self.seen.setdefault((identity, measurement.measured_on), row.row)
        if first != row.row:
            row.errors.append(
                self.parser.error(
                    row.row, "name", _("ganda dalam berkas (sama dengan baris {first})").format(first=first)
                )
            )

    def apply(self, child: ChildInput, measurement: MeasurementInput) -> str:
        existing = find_child(self.session, child.nik, child.name, child.birth_date, child.desa_code)
        if existing is None:
            row = insert_child(self.session, child, self.today)
            self.session.add(new_measurement(row, measurement, MeasurementSource.IMPORT))
            self.session.flush()
            return "new"
        changed = _update_child(self.session, existing, child)
        same_day = [
            m
            for m in live_measurements(self.session, existing.id)
            if m.measured_on == measurement.measured_on and m.source == MeasurementSource.IMPORT
        ]
        if same_day:
            changed = _update_measurement(same_day[0], existing, measurement) or changed
        else:
            self.session.add(new_measurement(existing, measurement, MeasurementSource.IMPORT))
            changed = True
        self.session.flush()
        return "updated" if changed else "unchanged"


@dataclass(frozen=True, slots=True)
class CaseImportPreview:
    """What the import dialog shows before the check.

    Attributes:
        header: the detected header row, None when none was found.
        mapping: field key to column index (remembered for files of this shape, else automatic).
        remembered: True when the mapping was remembered from an earlier file.
        missing: labels of required fields not mapped.
        sheet_name: the sheet read.
        sheet_names: every sheet of the workbook (the dialog offers them when there are several).
    """

    header: HeaderInfo | None
    mapping: dict[str, int]
    remembered: bool
    missing: list[str]
    sheet_name: str = ""
    sheet_names: tuple[str, ...] = ()


def preview_case_import(
    session_factory: sessionmaker[Session], path: Path | str, sheet: str | None = None
) -> CaseImportPreview:
    """Opens a child list, finds its header row and proposes the column mapping.

    Raises:
        TableFileError: the file cannot be read.
    """
    source = open_table(path, sheet)
    sheets = (source.sheet_name, tuple(source.sheet_names))
    header = detect_header(source, CASE_FIELDS)
    if header is None:
        return CaseImportPreview(None, {}, False, [], *sheets)
    mapping, remembered = resolve_mapping(session_factory, IMPORT_KIND, header, CASE_FIELDS)
    return CaseImportPreview(header, mapping, remembered, mapping_problems(mapping), *sheets)


def mapping_problems(mapping: dict[str, int]) -> list[str]:
    """Labels of what the mapping still lacks: the required fields and a desa column (code or name)."""
    missing = [spec.label for spec in missing_required(mapping, CASE_FIELDS)]
    if "desa_code" not in mapping and "desa_name" not in mapping:
        missing.append(_("Kode Desa atau Desa/Kelurahan"))
    return missing


@exclusive(N_("impor kasus"))
def import_cases(
    session_factory: sessionmaker[Session],
    path: Path | str,
    *,
    mapping: dict[str, int] | None = None,
    dry_run: bool = True,
    control: TaskControl | None = None,
    sheet: str | None = None,
    today: date | None = None,
) -> ImportSummary:
    """Runs a dry run or the apply of a child list import.

    Args:
        session_factory: the session factory.
        path: the .xlsx, .xls or .csv file.
        mapping: the confirmed column mapping; the remembered or automatic one when None.
        dry_run: classify and report only; nothing is stored.
        control: progress and cancellation; Cancel rolls the whole import back.
        sheet: the sheet to read (the first when None).
        today: the date against which future dates are refused (today when None).

    Returns:
        The summary (``applied`` True when stored).

    Raises:
        TableFileError: unreadable file, no header row, or required columns not mapped.
        Cancelled: the user cancelled; nothing was stored.
    """
    control = control or TaskControl()
    today = today or date.today()
    source = open_table(path, sheet)
    header = detect_header(source, CASE_FIELDS)
    if header is None:
        message = _("Baris judul kolom tidak ditemukan (mis. 'Nama', 'Tgl Lahir', 'Tinggi', 'Cara Ukur').")
        others = [name for name in source.sheet_names if name != source.sheet_name]
        if others:
            message += " " + _(
                "Lembar kerja yang dibaca: {sheet!r}; lembar lain dalam berkas: {others}. Pilih lembar yang berisi "
                "data (--sheet NAMA)."
            ).format(sheet=source.sheet_name, others=", ".join(repr(name) for name in others))
        raise TableFileError(message)
    # The whole import: one transaction, committed once.
    with unit_of_work(session_factory, permission=Permission.IMPORT) as session:
        if mapping is None:
            mapping, _remembered = resolve_mapping_in(session, IMPORT_KIND, header, CASE_FIELDS)
        missing = mapping_problems(mapping)
        if missing:
            unmapped = [s for s in CASE_FIELDS if s.key not in mapping and (s.required or s.key.startswith("desa"))]
            raise TableFileError(
                _("Kolom wajib belum dipetakan: ")
                + ", ".join(missing)
                + merged_header_problem(source, header, unmapped)
            )
        parser = RowParser(header, CASE_FIELDS, mapping)
        summary = ImportSummary(header=header.cells, header_row=header.row)
        total = max(source.total_rows - header.row, 0)
        office = office_for_import_in(session)
        places = _Places(session, office.region_code)
        writer = _RowWriter(session, parser, places, today, "desa_code" if "desa_code" in mapping else "desa_name")
        hidden = source.hidden_rows
        for done, (number, cells) in enumerate(source.rows(start=header.row + 1), start=1):
            control.check()  # every row (each row queries): Cancel / Ctrl+C stops within a row, not 200
            parsed = parser.parse(number, cells)
            if parsed is None:
                continue
            if number in hidden:
                summary.note_hidden(number)
            kind = writer.process(parsed)
            if kind is None:
                summary.reject(number, cells, parsed.errors)
                continue
            summary.new += kind == "new"
            summary.updated += kind == "updated"
            summary.unchanged += kind == "unchanged"
            if done % CHECK_EVERY == 0:
                control.report(done, total, _("Baris {done} dari {total}").format(done=done, total=total))
        control.check()
        summary.filtered = source.marks.autofilter
        if dry_run:
            session.rollback()
            return summary
        link_in_session(session)
        _remember(session, header.shape_hash, header.cells, mapping)
    summary.applied = True
    control.report(total, total, _("Selesai"))
    return summary


def _remember(session: Session, shape_hash: str, cells: list[str], mapping: dict[str, int]) -> None:
    """Remembers the mapping inside the import transaction (a cancelled import forgets it too)."""
    from db.base import utc_now
    from db.models.tabular import ImportMapping

    row = session.scalar(
        select(ImportMapping).where(ImportMapping.kind == IMPORT_KIND, ImportMapping.shape_hash == shape_hash)
    )
    if row is None:
        row = ImportMapping(kind=IMPORT_KIND, shape_hash=shape_hash)
        session.add(row)
    row.header_json = json.dumps(cells, ensure_ascii=False)
    row.mapping_json = json.dumps(mapping, sort_keys=True)
    row.updated_at = utc_now()
