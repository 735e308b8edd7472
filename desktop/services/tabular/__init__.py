"""Generic spreadsheet import machinery, shared by the KRS list import and other by-name list imports.

No Qt here. The pieces, in the order an import uses them:

1. **Open** — :func:`open_table(path, sheet=None) <readers.open_table>` reads ``.xlsx``/``.xls`` (python-calamine,
   fast) or ``.csv`` (``,``/``;``/tab sniffed; UTF-8 with or without BOM, else Windows-1252) into a
   :class:`TableSource`. ``source.rows()`` yields ``(row number as the spreadsheet shows it, raw cells)``; raw cells
   keep their type, so a number cell arrives as ``float``. Positions are the spreadsheet's: row 1 and column A
   are index 0 (empty leading rows and columns included). A large .xlsx sheet (XML over 64 MB, about 50,000 rows
   and more) is read part by part (:mod:`~desktop.services.tabular.xlsx_parts`): memory stays bounded (about
   200 MB for the reading of 1,000,000 rows instead of 2.4 GB) and rows of different parts may differ in length
   (missing cells are empty). Corrupt or unknown files raise :class:`TableFileError` with an Indonesian message.
2. **Describe the fields** — a sequence of :class:`FieldSpec` ``(key, label, variants, required, parser, empty)``.
   Variants are Indonesian header texts, compared after :func:`normalize_header` (case, punctuation and spacing
   ignored). Parsers: :func:`parse_text`, :func:`parse_identifier16` (NIK/No. KK: refuses a number cell, since the
   16th digit is already lost — never repaired), :func:`parse_flag` (Y/T, Ya/Tidak, 1/0, a tick; use
   ``empty=False``), :func:`integer_parser`, :func:`choice_parser`; a parser raises :class:`CellError(reason)`.
3. **Find the header** — :func:`detect_header(source, specs)` scans the first 30 rows (title rows, merged cells) and
   returns a :class:`HeaderInfo` ``(row, cells, shape_hash)`` or None.
4. **Map columns** — :func:`resolve_mapping(session_factory, kind, header, specs)` returns the mapping remembered for
   files of this shape (table ``import_mapping``, keyed by ``kind`` + hash of the normalised header) or the
   automatic one, as ``{field key: column index}``. Show it to the user, let them fix it, check
   :func:`missing_required`, then :func:`remember_mapping` what they confirmed.
5. **Parse rows** — :class:`RowParser(header, specs, mapping)`; ``parser.parse(number, cells)`` gives a
   :class:`ParsedRow` ``(row, values, raw, errors)`` or None for an empty row. Errors are :class:`RowError`
   ``(row, column letter, column name, reason)``; ``parser.error(row, key, reason)`` builds one for a domain rule
   (duplicates, unknown codes). Read data rows with ``source.rows(start=header.row + 1)``.
6. **Summarise** — an :class:`ImportSummary` collects new / updated / unchanged / rejected counts, errors and the
   rejected rows; ``summary.as_dict()`` is the CLI's JSON, ``save_rejected(summary, path)`` writes the rejected rows
   with a reason column as ``.xlsx``.
7. **Apply in one transaction** — rows with errors are left out (counted, listed, savable), the valid rows are
   stored. The module's service runs the same pass twice: a dry run that only classifies rows, then the apply
   inside one ``with session_factory() as s, s.begin():`` transaction, bulk-writing with Core
   ``insert()``/``update()`` executemany in batches and calling ``control.check()`` between batches, so Cancel
   (:class:`~desktop.services.tasks.Cancelled`), an error or a killed process leaves the database as before.
   See :mod:`desktop.services.krs.import_service` for the worked example.

Writing: :func:`set_text` puts user text in an openpyxl cell as text (never a formula), and
:func:`save_workbook_safely` writes to a temporary name, fsyncs and ``os.replace``-s onto the target.
"""

from desktop.domain.tabular import ImportSummary, RowError
from desktop.services.tabular.fields import (
    FLAG_LOOKUP,
    CellError,
    CellParser,
    FieldSpec,
    UncalculatedFormula,
    choice_parser,
    integer_parser,
    is_empty,
    normalize_header,
    parse_flag,
    parse_identifier16,
    parse_text,
)
from desktop.services.tabular.mapping import (
    HeaderInfo,
    ParsedRow,
    RowParser,
    auto_map,
    column_letter,
    detect_header,
    merged_header_problem,
    missing_required,
    remember_mapping,
    remember_mapping_in,
    remembered_mapping,
    resolve_mapping,
)
from desktop.services.tabular.readers import TableFileError, TableSource, open_table
from desktop.services.tabular.xlsx_out import save_workbook_safely, set_text, set_value

__all__ = [
    "FLAG_LOOKUP",
    "CellError",
    "CellParser",
    "FieldSpec",
    "HeaderInfo",
    "ImportSummary",
    "ParsedRow",
    "RowError",
    "RowParser",
    "TableFileError",
    "TableSource",
    "UncalculatedFormula",
    "auto_map",
    "choice_parser",
    "column_letter",
    "detect_header",
    "integer_parser",
    "is_empty",
    "merged_header_problem",
    "missing_required",
    "normalize_header",
    "open_table",
    "parse_flag",
    "parse_identifier16",
    "parse_text",
    "remember_mapping",
    "remember_mapping_in",
    "remembered_mapping",
    "resolve_mapping",
    "save_workbook_safely",
    "set_text",
    "set_value",
]
