"""Saving the rejected rows of an import (:class:`~desktop.domain.tabular.ImportSummary`) for correction."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.tabular import ImportSummary
from desktop.services.tabular.xlsx_out import write_rejected_rows


def save_rejected(summary: ImportSummary, target: Path) -> None:
    """Writes the rejected rows of ``summary`` with a reason column to an .xlsx file (safely)."""
    write_rejected_rows(target, summary.header, summary.rejected_rows, summary.errors)
