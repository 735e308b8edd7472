"""Finding the header row, mapping columns to fields, remembering a mapping per file shape, parsing rows."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.base import utc_now
from db.models.tabular import ImportMapping
from desktop.domain.i18n import _
from desktop.domain.tabular import RowError
from desktop.services.tabular.fields import (
    CellError,
    CellParser,
    FieldSpec,
    UncalculatedFormula,
    is_empty,
    normalize_header,
)
from desktop.services.tabular.readers import RawRow, TableSource
from desktop.services.unit_of_work import reading, unit_of_work

_MISSING = object()
# Distinct texts a memo remembers per field (a column of names would otherwise fill memory).
_MEMO_LIMIT = 4096

# How many rows from the top are searched for the header row.
HEADER_SEARCH_ROWS = 30


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 -> ``A``, 27 -> ``AB``."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass(slots=True)
class HeaderInfo:
    """The detected header row.

    Attributes:
        row: its row number as the spreadsheet shows it.
        cells: the header texts, one per column.
    """

    row: int
    cells: list[str]

    @property
    def shape_hash(self) -> str:
        """Identifies files of the same shape: a hash of the normalised header row."""
        normalised = "|".join(normalize_header(cell) for cell in self.cells)
        return hashlib.sha256(normalised.rstrip("|").encode("utf-8")).hexdigest()


def _match(cell: str, specs: Sequence[FieldSpec]) -> str | None:
    text = normalize_header(cell)
    if not text:
        return None
    for spec in specs:
        if text in spec.normalized_variants():
            return spec.key
    return None


def detect_header(source: TableSource, specs: Sequence[FieldSpec]) -> HeaderInfo | None:
    """Finds the header row among the first rows: the one whose cells match the most field variants.

    Title rows and merged cells above the header are skipped; a row needs at least two matching cells.

    Returns:
        The header, or None when no row looks like one.
    """
    best: tuple[int, int, RawRow] | None = None
    for number, cells in source.head(HEADER_SEARCH_ROWS):
        score = len({key for cell in cells if (key := _match(str(cell), specs))})
        if score >= 2 and (best is None or score > best[0]):
            best = (score, number, cells)
    if best is None:
        return None
    return HeaderInfo(best[1], [str(cell).strip() if not is_empty(cell) else "" for cell in best[2]])


def auto_map(header: HeaderInfo, specs: Sequence[FieldSpec]) -> dict[str, int]:
    """Maps each field to the first column whose header matches one of its variants."""
    mapping: dict[str, int] = {}
    for index, cell in enumerate(header.cells):
        key = _match(cell, specs)
        if key is not None and key not in mapping:
            mapping[key] = index
    return mapping


def missing_required(mapping: dict[str, int], specs: Sequence[FieldSpec]) -> list[FieldSpec]:
    """The required fields the mapping leaves out."""
    return [spec for spec in specs if spec.required and spec.key not in mapping]


def merged_header_problem(source: TableSource, header: HeaderInfo, missing: Sequence[FieldSpec]) -> str:
    """Why required columns are missing when merged cells cross the header row (one or two sentences), or ``""``.

    A title merged over two header rows leaves the row that was taken as the header without that column's name
    (python-calamine gives a merged range's text only to its first cell), so the column is not found at all.

    Args:
        source: the table (its marks hold the merged ranges of an .xlsx sheet).
        header: the header row found.
        missing: the required fields the mapping leaves out.
    """
    crossing = [
        merge
        for merge in source.marks.merged
        if merge[0] <= header.row <= merge[2] and (merge[0], merge[1]) != (merge[2], merge[3])
    ]
    if not crossing or not missing:
        return ""
    rows = dict(source.head(HEADER_SEARCH_ROWS))
    named: list[str] = []
    for first_row, first_column, last_row, last_column in crossing:
        cells = rows.get(first_row, [])
        text = str(cells[first_column]) if first_column < len(cells) and not is_empty(cells[first_column]) else ""
        ref = f"{column_letter(first_column)}{first_row}:{column_letter(last_column)}{last_row}"
        named += [
            _("kolom {label!r} ada di sel gabungan {ref}").format(label=spec.label, ref=ref)
            for spec in missing
            if _match(text, [spec]) == spec.key
        ]
    if named:
        found = _("Baris judul {row}: {named}, sehingga kolom itu tidak bernama di baris judul.").format(
            row=header.row, named="; ".join(named)
        )
    else:
        refs = ", ".join(
            f"{column_letter(merge[1])}{merge[0]}:{column_letter(merge[3])}{merge[2]}" for merge in crossing[:10]
        )
        found = _("Baris judul {row} memuat sel gabungan ({refs}) yang menutupi judul kolom.").format(
            row=header.row, refs=refs
        )
    return " " + found + " " + _("Pisahkan sel gabungan di baris judul (satu judul per kolom), lalu impor lagi.")


def remembered_mapping(
    session_factory: sessionmaker[Session], kind: str, header: HeaderInfo, specs: Sequence[FieldSpec]
) -> dict[str, int] | None:
    """The mapping the user confirmed last time for a file of this shape, if any (unknown fields dropped)."""
    with reading(session_factory) as session:
        return remembered_mapping_in(session, kind, header, specs)


def remembered_mapping_in(
    session: Session, kind: str, header: HeaderInfo, specs: Sequence[FieldSpec]
) -> dict[str, int] | None:
    """:func:`remembered_mapping` inside an open unit of work."""
    stored = session.scalar(
        select(ImportMapping.mapping_json).where(
            ImportMapping.kind == kind, ImportMapping.shape_hash == header.shape_hash
        )
    )
    if stored is None:
        return None
    keys = {spec.key for spec in specs}
    data = json.loads(stored)
    return {key: int(index) for key, index in data.items() if key in keys and 0 <= int(index) < len(header.cells)}


def remember_mapping(
    session_factory: sessionmaker[Session], kind: str, header: HeaderInfo, mapping: dict[str, int]
) -> None:
    """Stores the confirmed mapping for files of this shape (replacing an earlier one), in its own transaction."""
    with unit_of_work(session_factory) as session:
        remember_mapping_in(session, kind, header, mapping)


def remember_mapping_in(session: Session, kind: str, header: HeaderInfo, mapping: dict[str, int]) -> None:
    """Stores the confirmed mapping inside the caller's transaction (an import that rolls back forgets it too)."""
    row = session.scalar(
        select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.shape_hash == header.shape_hash)
    )
    if row is None:
        row = ImportMapping(kind=kind, shape_hash=header.shape_hash)
        session.add(row)
    row.header_json = json.dumps(header.cells, ensure_ascii=False)
    row.mapping_json = json.dumps(mapping, sort_keys=True)
    row.updated_at = utc_now()


def resolve_mapping(
    session_factory: sessionmaker[Session], kind: str, header: HeaderInfo, specs: Sequence[FieldSpec]
) -> tuple[dict[str, int], bool]:
    """The remembered mapping for this shape if there is one, else the automatic one.

    Returns:
        ``(mapping, remembered)``.
    """
    with reading(session_factory) as session:
        return resolve_mapping_in(session, kind, header, specs)


def resolve_mapping_in(
    session: Session, kind: str, header: HeaderInfo, specs: Sequence[FieldSpec]
) -> tuple[dict[str, int], bool]:
    """:func:`resolve_mapping` inside an open unit of work (an import reads it in its own)."""
    stored = remembered_mapping_in(session, kind, header, specs)
    if stored is not None:
        return stored, True
    return auto_map(header, specs), False


@dataclass(slots=True)
class ParsedRow:
    """One data row after parsing.

    Attributes:
        row: the row number as the spreadsheet shows it.
        values: field key to parsed value (only fields that parsed).
        raw: the raw cells of the row.
        errors: problems found; a row with errors is rejected.
    """

    row: int
    values: dict[str, Any]
    raw: RawRow
    errors: list[RowError] = field(default_factory=list)


# Control characters other than tab and line breaks (which parse_text() turns into spaces), and the replacement
# character a wrong decoding leaves.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def _formula_reason(cell: Any) -> str:
    return _(
        "berisi rumus ={formula} tanpa nilai tersimpan (berkas dibuat program yang tidak menghitungnya); buka dan "
        "simpan berkas di Excel atau LibreOffice agar nilainya terhitung, atau ketik nilainya"
    ).format(formula=getattr(cell, "formula", ""))


class RowParser:
    """Parses data rows with a confirmed mapping.

    Args:
        header: the header row.
        specs: the field specifications.
        mapping: field key to 0-based column index.
    """

    def __init__(self, header: HeaderInfo, specs: Sequence[FieldSpec], mapping: dict[str, int]) -> None:
        self.header = header
        self._plan = [
            (spec, mapping[spec.key], column_letter(mapping[spec.key]), header.cells[mapping[spec.key]])
            for spec in specs
            if spec.key in mapping
        ]
        # The hot loop reads plain tuples: key, index, lookup, parser, empty value, required, memo. A memo is
        # also the field's lookup; it only ever holds text keys, so a number or bool cell cannot hit it.
        self._fast: list[tuple[str, int, dict[Any, Any] | None, CellParser | None, Any, bool, dict[Any, Any] | None]]
        self._fast = []
        for spec, index, _letter, _name in self._plan:
            memo = dict(spec.lookup or {}) if spec.memo and spec.parser is not None else None
            lookup = memo if memo is not None else (dict(spec.lookup) if spec.lookup else None)
            self._fast.append((spec.key, index, lookup, spec.parser, spec.empty, spec.required, memo))

    def error(self, row: int, key: str, reason: str) -> RowError:
        """Builds an error naming the column mapped to field ``key`` (or the whole row if unmapped)."""
        for spec, _index, letter, name in self._plan:
            if spec.key == key:
                return RowError(row, letter, name or spec.label, reason)
        return RowError(row, "", "", reason)

    def _cell_error(self, number: int, key: str, reason: str) -> RowError:
        return self.error(number, key, reason)

    def parse(self, number: int, cells: RawRow) -> ParsedRow | None:
        """Parses one row; returns None for a row whose mapped cells are all empty (skipped silently)."""
        values: dict[str, Any] = {}
        errors: list[RowError] = []
        width = len(cells)
        filled = False
        for key, index, lookup, parser, empty, required, memo in self._fast:
            raw = cells[index] if index < width else ""
            if lookup is not None:
                hit = lookup.get(raw, _MISSING)
                if hit is not _MISSING:
                    values[key] = hit
                    filled = True
                    continue
            if raw == "" or raw is None or (raw.__class__ is str and raw.isspace()):
                if raw.__class__ is UncalculatedFormula:
                    filled = True
                    errors.append(self._cell_error(number, key, _formula_reason(raw)))
                    continue
                values[key] = empty
                if required:
                    errors.append(self._cell_error(number, key, _("wajib diisi")))
                continue
            filled = True
            # A NUL or another control character: SQLite would keep it and exports drop it, PostgreSQL refuses the
            # whole import; both are told here, by row and column (isprintable() is the fast path).
            if raw.__class__ is str and (not raw.isprintable() or "\ufffd" in raw) and (hidden := _CONTROL.search(raw)):
                errors.append(
                    self._cell_error(
                        number,
                        key,
                        _("berisi karakter kendali (U+{code:04X}); hapus karakter itu").format(
                            code=ord(hidden.group(0))
                        ),
                    )
                )
                continue
            if parser is None:
                values[key] = raw
                continue
            try:
                value = parser(raw)
            except CellError as problem:
                errors.append(self._cell_error(number, key, str(problem)))
                continue
            values[key] = value
            if memo is not None and raw.__class__ is str and len(memo) < _MEMO_LIMIT:
                memo[raw] = value
        if not filled:
            return None
        return ParsedRow(number, values, cells, errors)
