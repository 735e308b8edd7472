"""Code lists of the KRS module: the sasaran (target groups) and risk factors of a family, with their labels."""

from __future__ import annotations

from desktop.domain.i18n import N_

SASARAN_SHORT = (("baduta", N_("Baduta")), ("balita", N_("Balita")), ("pus", "PUS"), ("pus_hamil", N_("PUS hamil")))


RISKS_SHORT = (
    ("air_minum_tidak_layak", N_("Air minum")),
    ("jamban_tidak_layak", N_("Jamban")),
    ("terlalu_muda", N_("4T muda")),
    ("terlalu_tua", N_("4T tua")),
    ("terlalu_dekat", N_("4T dekat")),
    ("terlalu_banyak", N_("4T banyak")),
)
