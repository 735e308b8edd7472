"""Code lists of the KRS module: the sasaran (target groups) and risk factors of a family, with their labels.

The wording is BKKBN's (Pendataan Keluarga): the long label names the factor as a Bappeda officer knows it, the
short one fits a narrow column (``4T muda``). Each member is also the name of the family's flag column.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.codes import CodeList
from desktop.domain.i18n import N_


class Sasaran(CodeList):
    """The target groups a family belongs to."""

    BADUTA = "baduta", N_("Baduta")
    BALITA = "balita", N_("Balita")
    PUS = "pus", N_("PUS")
    PUS_HAMIL = "pus_hamil", N_("PUS hamil")


class RiskFactor(CodeList):
    """The risk factors of a family at risk of stunting: water, latrine and the 4T of the wife."""

    AIR_MINUM_TIDAK_LAYAK = "air_minum_tidak_layak", N_("Sumber air minum tidak layak"), N_("Air minum")
    JAMBAN_TIDAK_LAYAK = "jamban_tidak_layak", N_("Jamban tidak layak"), N_("Jamban")
    TERLALU_MUDA = "terlalu_muda", N_("Terlalu muda (<20 th)"), N_("4T muda")
    TERLALU_TUA = "terlalu_tua", N_("Terlalu tua (35-40 th)"), N_("4T tua")
    TERLALU_DEKAT = "terlalu_dekat", N_("Terlalu dekat (<2 th)"), N_("4T dekat")
    TERLALU_BANYAK = "terlalu_banyak", N_("Terlalu banyak (>3 anak)"), N_("4T banyak")


FLAGS: tuple[Sasaran | RiskFactor, ...] = (*Sasaran, *RiskFactor)
"""Every flag of a family, sasaran first, in the order lists and forms show them."""


def flag_text(
    family: object, codes: Iterable[Sasaran | RiskFactor], *, short: bool = False, document: bool = False
) -> str:
    """The labels of the flags set on ``family``, joined with commas (``Baduta, PUS hamil``).

    Args:
        family: an object with one boolean attribute per flag (model, record or query row).
        codes: the flags to look at, e.g. ``Sasaran`` or ``RiskFactor``.
        short: whether to use the short labels (narrow columns).
        document: whether to use the document language (reports, exported files) instead of the interface's.

    Returns:
        The joined labels, empty when no flag is set.
    """
    return ", ".join(_flag_label(code, short, document) for code in codes if getattr(family, code.value))


def _flag_label(code: Sasaran | RiskFactor, short: bool, document: bool) -> str:
    """One flag's label: long or short, in the interface or the document language."""
    if document:
        return code.document_short_label if short else code.document_label
    return code.short_label if short else code.label
