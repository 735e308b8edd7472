"""What an import dialog says after a check (dry run) or an apply, and whether *Terapkan* / *Impor* is offered.

Every import dialog (KRS list, desa worksheet, child list) shows its summary through :func:`describe_outcome`, so
they all say the same thing in the same words: valid rows are stored, rejected rows are listed (row, column,
reason) and left out, and when nothing would be stored the apply button is disabled with a sentence saying so.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.i18n import _
from desktop.domain.numbers import integer_text
from desktop.domain.tabular import ImportSummary


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """The summary sentence of an import run and what the dialog may offer next.

    Attributes:
        text: the sentence(s) for the dialog's message label.
        can_apply: True when applying would store something (or the user may choose worksheet conflicts).
        stored: True when an apply stored at least one row (the views must refresh).
    """

    text: str
    can_apply: bool
    stored: bool


def _counts(summary: ImportSummary) -> str:
    return _("{new} baru, {updated} diperbarui, {unchanged} tetap, {rejected} ditolak.").format(
        new=integer_text(summary.new),
        updated=integer_text(summary.updated),
        unchanged=integer_text(summary.unchanged),
        rejected=integer_text(summary.rejected),
    )


def describe_outcome(summary: ImportSummary) -> ImportOutcome:
    """Describes a dry run or an apply (and the rows the sheet hides, which are read like the others).

    Args:
        summary: the result of the service's run.

    Returns:
        The outcome: text, whether to offer the apply, whether something was stored.
    """
    outcome = _describe(summary)
    if not summary.hidden:
        return outcome
    return ImportOutcome(outcome.text + " " + summary.hidden_sentence(), outcome.can_apply, outcome.stored)


def _describe(summary: ImportSummary) -> ImportOutcome:
    changes = summary.new + summary.updated
    if summary.applied:
        if changes == 0:
            text = _("Tidak ada yang disimpan: ") + _nothing_reason(summary)
            return ImportOutcome(text, False, False)
        text = _("Tersimpan: ") + _counts(summary)
        if summary.rejected:
            text += " " + _("Baris yang ditolak tidak ikut disimpan; daftarnya ada di bawah.")
        return ImportOutcome(text, False, True)
    text = _("Uji coba: ") + _counts(summary)
    if changes == 0 and not summary.conflicts:
        text += " " + _("Tidak ada yang akan disimpan: ") + _nothing_reason(summary)
        return ImportOutcome(text, False, False)
    if summary.rejected:
        text += " " + _(
            "Bila diterapkan, {changes} baris disimpan; {rejected} baris yang ditolak tidak ikut disimpan "
            "(daftar di bawah, dapat disimpan sebagai berkas)."
        ).format(changes=integer_text(changes), rejected=integer_text(summary.rejected))
    return ImportOutcome(text, True, False)


def _nothing_reason(summary: ImportSummary) -> str:
    if summary.total == 0:
        return _("berkas tidak berisi baris data.")
    if summary.rejected and not summary.unchanged:
        return _(
            "semua {rejected} baris ditolak. Perbaiki baris yang tercantum di bawah, lalu impor berkasnya lagi."
        ).format(rejected=integer_text(summary.rejected))
    return _("baris yang sah sudah sama dengan data di database.")
