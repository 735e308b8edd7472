"""What an import hands back to the window and the command line: the problems found per cell, and the counts.

Every import (KRS list, desa worksheet, child list) reports with these types: the dry run and the applied run alike.
Writing the rejected rows to a workbook is the services' (:func:`desktop.services.tabular.summary.save_rejected`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.domain.i18n import _
from desktop.domain.krs.records import WorksheetConflict
from desktop.domain.numbers import integer_text


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem in one cell or row.

    Attributes:
        row: the row number as the spreadsheet program shows it (title rows counted).
        column: the column letter (``C``), or ``""`` for a whole-row problem.
        column_name: the header text of that column.
        reason: the reason in Indonesian.
    """

    row: int
    column: str
    column_name: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        """The error as JSON-ready data: ``{row, column, column_name, reason}``."""
        return {"row": self.row, "column": self.column, "column_name": self.column_name, "reason": self.reason}


# Rejected rows kept in memory for listing and saving; the counts stay exact beyond it.
MAX_KEPT_REJECTED = 100_000
# Hidden rows listed by number; the count stays exact beyond it.
MAX_LISTED_HIDDEN = 1_000


@dataclass(slots=True)
class ImportSummary:
    """Counts and problems of one import run.

    Attributes:
        new: rows that add a record.
        updated: rows that change an existing record.
        unchanged: rows equal to an existing record.
        rejected: rows refused (each has at least one error).
        errors: the errors, in row order (at most :data:`MAX_KEPT_REJECTED` rows' worth).
        rejected_rows: ``(row number, raw cells)`` of refused rows, for saving them as .xlsx.
        header: the header cells of the file.
        header_row: the header's row number.
        applied: True when the changes were stored, False for a dry run.
        conflicts: records changed in the database since the file was made (worksheet imports).
        hidden: data rows the sheet hides (by hand or through an autofilter); read and stored like the others.
        hidden_rows: their row numbers (the first :data:`MAX_LISTED_HIDDEN`).
        filtered: whether the sheet has an autofilter (the hidden rows may be the ones it filters out).
    """

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    rejected_rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    header_row: int = 0
    applied: bool = False
    conflicts: list[WorksheetConflict] = field(default_factory=list)
    hidden: int = 0
    hidden_rows: list[int] = field(default_factory=list)
    filtered: bool = False

    def note_hidden(self, row: int) -> None:
        """Counts a data row the sheet hides: it is read like any other, and the summary says so."""
        self.hidden += 1
        if len(self.hidden_rows) < MAX_LISTED_HIDDEN:
            self.hidden_rows.append(row)

    def reject(self, row: int, raw: list[Any], errors: list[RowError]) -> None:
        """Counts a refused row and keeps its errors (up to the cap)."""
        self.rejected += 1
        if len(self.rejected_rows) < MAX_KEPT_REJECTED:
            self.rejected_rows.append((row, raw))
            self.errors.extend(errors)

    @property
    def total(self) -> int:
        """Rows read (empty rows not counted)."""
        return self.new + self.updated + self.unchanged + self.rejected

    @property
    def stores_nothing(self) -> bool:
        """True when no row is (or would be) stored: the file had no data rows, or every row was rejected.

        A file whose valid rows all equal the database stores nothing new either, but that is a success (the data
        is already there), so it does not count here; neither do worksheet conflicts, which the user may choose to
        apply.
        """
        return self.new + self.updated + self.unchanged == 0 and not self.conflicts

    def nothing_stored_sentence(self) -> str:
        """Why nothing is stored, as one Indonesian sentence (only meaningful when :attr:`stores_nothing`)."""
        verb = "disimpan" if self.applied else _("akan disimpan")
        if self.rejected:
            return _("Tidak ada yang {verb}: semua {integer_text} baris ditolak.").format(
                verb=verb, integer_text=integer_text(self.rejected)
            )
        return _("Tidak ada yang {verb}: berkas tidak berisi baris data.").format(verb=verb)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready counts and errors: ``{new, updated, unchanged, rejected, applied, errors: [...]}``."""
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "applied": self.applied,
            "stores_nothing": self.stores_nothing,
            "header_row": self.header_row,
            "errors": [error.as_dict() for error in self.errors],
            "conflicts": [asdict(conflict) for conflict in self.conflicts],
            "hidden": self.hidden,
            "hidden_rows": list(self.hidden_rows),
        }

    def lines(self) -> list[str]:
        """The summary as Indonesian text lines."""
        if self.stores_nothing:
            sentence = self.nothing_stored_sentence()
            lines = [sentence if self.applied else _("Uji coba: ") + sentence[0].lower() + sentence[1:]]
        else:
            verb = _("Disimpan") if self.applied else _("Uji coba (belum disimpan)")
            lines = [
                _(
                    "{verb}: {integer_text} baru, {integer_text2} diperbarui, {integer_text3} tetap, "
                    "{integer_text4} ditolak."
                ).format(
                    verb=verb,
                    integer_text=integer_text(self.new),
                    integer_text2=integer_text(self.updated),
                    integer_text3=integer_text(self.unchanged),
                    integer_text4=integer_text(self.rejected),
                ),
            ]
        if self.hidden:
            lines.append(self.hidden_sentence())
        lines += [
            _("  baris {row} kolom {value} {column_name}: {reason}").format(
                row=e.row, value=e.column or "-", column_name=e.column_name, reason=e.reason
            )
            for e in self.errors[:200]
        ]
        if len(self.errors) > 200:
            lines.append(
                _("  ... dan {integer_text} masalah lain").format(integer_text=integer_text(len(self.errors) - 200))
            )
        if self.conflicts:
            lines.append(
                _("Konflik: {integer_text} keluarga berubah di database sejak lembar kerja dibuat.").format(
                    integer_text=integer_text(len(self.conflicts))
                )
            )
        return lines

    def hidden_sentence(self) -> str:
        """What happened to the hidden rows, as one Indonesian sentence (empty when there were none)."""
        if not self.hidden:
            return ""
        shown = ", ".join(str(row) for row in self.hidden_rows[:10])
        if self.hidden > 10:
            shown += ", ..."
        how = _("disembunyikan atau tersaring oleh filter") if self.filtered else _("disembunyikan")
        return _(
            "{integer_text} baris data tersembunyi di lembar kerja ({how}: baris {rows}) ikut diperiksa dan "
            "diimpor seperti baris lain; periksa baris itu bila tidak dimaksudkan untuk diimpor."
        ).format(integer_text=integer_text(self.hidden), how=how, rows=shown)
