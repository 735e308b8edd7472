"""Importing a KRS list: preview with the column mapping, dry run, then the apply in one transaction.

Both the dry run and the apply stream the file once: each row is parsed, validated (identifiers, desa inside the
office's kabupaten, duplicates within the file and against the database) and classified as new, updated,
unchanged or rejected by its identity in the round (``KK:<No. KK>``, else ``NIK:<NIK>``). The apply writes in
batches with Core ``insert()``/``update()`` executemany inside one transaction, checking for Cancel between
batches; any exception (or Cancel) rolls everything back. Rows with errors are not written: they are counted,
listed with row, column and reason in the summary and can be saved as a file; the valid rows are stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.base import new_uuid
from db.models.audit import AuditEntry
from db.period_guard import PeriodGuard
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _
from desktop.domain.numbers import integer_text
from desktop.domain.office import DEFAULT_KRS_ROUND, normalize_round
from desktop.domain.tabular import ImportSummary, RowError
from desktop.domain.users import Permission
from desktop.services.job_lock import exclusive
from desktop.services.krs.bulk_writer import BulkWriter
from desktop.services.krs.fields import IMPORT_KIND, KRS_FIELDS
from desktop.services.krs.row_validator import KrsRowValidator, content_hash, identity_key
from desktop.services.office import office_for_import_in, read_office
from desktop.services.tabular import (
    HeaderInfo,
    RowParser,
    TableFileError,
    detect_header,
    merged_header_problem,
    missing_required,
    open_table,
    remember_mapping,
    remember_mapping_in,
    resolve_mapping,
)
from desktop.services.tabular.mapping import resolve_mapping_in
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import reading, snapshot_connection, unit_of_work

BATCH_ROWS = 5_000


def office_round(session_factory: sessionmaker[Session]) -> str:
    """The KRS data round set in Pengaturan (rows without a ``Sumber Data`` column get it); PK24 before setup."""
    with reading(session_factory) as session:
        return office_round_in(session)


def office_round_in(session: Session) -> str:
    """:func:`office_round` inside an open unit of work."""
    office = read_office(session)
    return office.krs_round if office is not None else DEFAULT_KRS_ROUND


@dataclass(slots=True)
class ImportPreview:
    """What the mapping dialog shows before a dry run.

    Attributes:
        path: the file.
        sheet_name: the sheet read.
        header: the detected header row (None when not found).
        mapping: field key to column index (remembered or automatic).
        remembered: True when the mapping was remembered from an earlier file of the same shape.
        missing: labels of required fields not mapped.
        sample: the first data rows, for display.
        total_rows: rows in the sheet (for progress).
        sheet_names: every sheet of the workbook (the dialog offers them when there are several).
        merged_note: why required columns are missing when merged header cells hid their titles (else empty).
    """

    path: Path
    sheet_name: str
    header: HeaderInfo | None
    mapping: dict[str, int]
    remembered: bool
    missing: list[str]
    sample: list[list[Any]] = field(default_factory=list)
    total_rows: int = 0
    sheet_names: list[str] = field(default_factory=list)
    merged_note: str = ""


def preview_import(session_factory: sessionmaker[Session], path: Path | str, sheet: str | None = None) -> ImportPreview:
    """Opens a list file, finds its header row and proposes a column mapping.

    Raises:
        TableFileError: the file cannot be read.
    """
    source = open_table(path, sheet)
    header = detect_header(source, KRS_FIELDS)
    if header is None:
        return ImportPreview(
            Path(path), source.sheet_name, None, {}, False, [], [], source.total_rows, source.sheet_names
        )
    mapping, remembered = resolve_mapping(session_factory, IMPORT_KIND, header, KRS_FIELDS)
    sample: list[list[Any]] = []
    for count, (_number, cells) in enumerate(source.rows(start=header.row + 1)):
        if count >= 20:
            break
        sample.append(cells)
    unmapped = missing_required(mapping, KRS_FIELDS)
    missing = [spec.label for spec in unmapped]
    return ImportPreview(
        Path(path),
        source.sheet_name,
        header,
        mapping,
        remembered,
        missing,
        sample,
        source.total_rows,
        sheet_names=source.sheet_names,
        merged_note=merged_header_problem(source, header, unmapped).strip(),
    )


class ConcurrentImportError(UserError):
    """Another import stored the same families (NIK or No. KK in the round) while this one ran; nothing stored."""


@contextmanager
def _alone_or_refused() -> Iterator[None]:
    """Turns the database's uniqueness refusal (another writer got there first) into one sentence.

    The rows were checked against what was stored when the import began; a second import running at the same time
    (PostgreSQL: another computer of the office) may have stored the same NIK or No. KK since. The unique indexes of
    ``krs_family`` (the round and identity key; the round and NIK, migration 0014) then refuse the write, and the
    whole import rolls back.
    """
    try:
        yield
    except IntegrityError as error:
        if "krs_family" not in str(error.orig) and "uq_krs_family" not in str(error.orig):
            raise
        raise ConcurrentImportError(
            _(
                "Impor tidak disimpan: keluarga dengan NIK atau No. KK yang sama baru saja disimpan oleh impor lain "
                "yang berjalan bersamaan. Tidak ada baris dari impor ini yang disimpan; jalankan impor ini lagi "
                "untuk melihat baris mana yang sudah terdaftar."
            )
        ) from error


def _count(summary: ImportSummary, kind: str) -> None:
    if kind == "new":
        summary.new += 1
    elif kind == "unchanged":
        summary.unchanged += 1
    else:
        summary.updated += 1


@exclusive(N_("impor KRS"))
def run_import(
    session_factory: sessionmaker[Session],
    path: Path | str,
    *,
    mapping: dict[str, int] | None = None,
    source_round: str | None = None,
    semester: int | None = None,
    dry_run: bool = True,
    control: TaskControl | None = None,
    sheet: str | None = None,
) -> ImportSummary:
    """Runs a dry run or the apply of a KRS list import.

    Args:
        session_factory: the session factory.
        path: the file.
        mapping: the confirmed mapping (field key to column index); the remembered/automatic one when None.
        source_round: the round (``PK24``) of rows without a ``Sumber Data`` column; the office's when None.
        semester: the semester of rows without a ``Semester`` column.
        dry_run: classify and report only; nothing is written.
        control: progress and cancellation; Cancel rolls the whole import back.
        sheet: the sheet to read (the first when None).

    Returns:
        The summary (``applied`` True when written).

    Raises:
        TableFileError: unreadable file, no header row, or required columns not mapped.
        UserError: ``source_round`` is not a round (``PK 24`` and ``2024`` are read as ``PK24``).
        ConcurrentImportError: another import stored the same families meanwhile; nothing was stored.
        Cancelled: the user cancelled; nothing was written.
    """
    control = control or TaskControl()
    if source_round is not None:
        given, source_round = source_round, normalize_round(source_round)
        if source_round is None:
            raise UserError(
                _(
                    "Sumber data {given!r} tidak dikenal: tulis PK dan dua angka tahun (mis. PK24) atau tahunnya."
                ).format(given=given)
            )
    source = open_table(path, sheet)
    header = detect_header(source, KRS_FIELDS)
    if header is None:
        message = _("Baris judul kolom tidak ditemukan (mis. 'Nama Kepala Keluarga', 'Kode Desa').")
        others = [name for name in source.sheet_names if name != source.sheet_name]
        if others:
            message += " " + _(
                "Lembar kerja yang dibaca: {sheet!r}; lembar lain dalam berkas: {others}. Pilih lembar yang berisi "
                "data (--sheet NAMA)."
            ).format(sheet=source.sheet_name, others=", ".join(repr(name) for name in others))
        raise TableFileError(message)
    with _alone_or_refused(), unit_of_work(session_factory, permission=Permission.IMPORT) as session:  # one transaction
        source_round = source_round or office_round_in(session)
        if mapping is None:
            mapping, _remembered = resolve_mapping_in(session, IMPORT_KIND, header, KRS_FIELDS)
        missing = missing_required(mapping, KRS_FIELDS)
        if missing:
            raise TableFileError(
                _("Kolom wajib belum dipetakan: ")
                + ", ".join(spec.label for spec in missing)
                + merged_header_problem(source, header, missing)
            )
        parser = RowParser(header, KRS_FIELDS, mapping)
        summary = ImportSummary(header=header.cells, header_row=header.row)
        total = max(source.total_rows - header.row, 0)
        office = office_for_import_in(session)
        # The validator reads what was stored before this import through a read-only connection of its own (a
        # snapshot, not a second unit of work), while the writer thread owns the import transaction's connection.
        with snapshot_connection(session) as reader:
            validator = KrsRowValidator(reader, office, parser, source_round, semester)
            writer = BulkWriter(session.connection(), office.code if office else "", source.total_rows)
            try:
                guard = PeriodGuard(session.connection())
                _stream(source, header.row, parser, validator, writer, summary, dry_run, control, total, guard)
            finally:
                writer.close()
        if dry_run:
            session.rollback()
            return summary
        _audit(session, summary, Path(path), office.code if office else "")
        remember_mapping_in(session, IMPORT_KIND, header, mapping)
    summary.applied = True
    control.report(total, total, _("Selesai"))
    return summary


def _stream(
    source: Any,
    header_row: int,
    parser: RowParser,
    validator: KrsRowValidator,
    writer: BulkWriter,
    summary: ImportSummary,
    dry_run: bool,
    control: TaskControl,
    total: int,
    guard: PeriodGuard,
) -> None:
    """The single pass over the data rows: parse, validate, classify, batch the writes (never into a locked period)."""
    hidden = source.hidden_rows
    for done, (number, cells) in enumerate(source.rows(start=header_row + 1), start=1):
        parsed = parser.parse(number, cells)
        if parsed is None:
            continue
        if number in hidden:
            summary.note_hidden(number)
        outcome = None if parsed.errors else validator.check(parsed)
        if outcome is None:
            summary.reject(number, cells, parsed.errors)
            continue
        kind, values = outcome
        lock = guard.lock_for("krs_family", values) if kind != "unchanged" else None
        if lock is not None:
            summary.reject(number, cells, [RowError(number, "", "", lock.refusal().message)])
            continue
        _count(summary, kind)
        if not dry_run and kind != "unchanged":
            writer.add(kind, values)
        if done % BATCH_ROWS == 0:
            control.check()
            writer.flush()
            control.report(
                done,
                total,
                _("Baris {integer_text} dari {integer_text2}").format(
                    integer_text=integer_text(done), integer_text2=integer_text(total)
                ),
            )
    control.check()
    summary.filtered = source.marks.autofilter
    writer.finish()


def _audit(session: Session, summary: ImportSummary, path: Path, office_code: str) -> None:
    # Bulk writes bypass the per-row audit hook: one entry records the import as a whole.
    session.add(
        AuditEntry(
            office_code=office_code,
            actor=str(session.info.get("actor", "")),
            entity="krs_family",
            entity_uuid=new_uuid(),
            action="import",
            field=path.name[:60],
            new_value=json.dumps(
                {
                    "new": summary.new,
                    "updated": summary.updated,
                    "unchanged": summary.unchanged,
                    "rejected": summary.rejected,
                }
            ),
        )
    )


def confirm_mapping(session_factory: sessionmaker[Session], header: HeaderInfo, mapping: dict[str, int]) -> list[str]:
    """Stores a mapping the user confirmed; returns labels of required fields still missing (nothing stored then)."""
    missing = [spec.label for spec in missing_required(mapping, KRS_FIELDS)]
    if not missing:
        remember_mapping(session_factory, IMPORT_KIND, header, mapping)
    return missing


__all__: Sequence[str] = (
    "ConcurrentImportError",
    "ImportPreview",
    "confirm_mapping",
    "content_hash",
    "identity_key",
    "preview_import",
    "run_import",
)
