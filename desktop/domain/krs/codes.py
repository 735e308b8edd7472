"""Code lists of the KRS module: the sasaran (target groups) and risk factors of a family, with their labels."""

from __future__ import annotations

SASARAN_SHORT = (("baduta", "Baduta"), ("balita", "Balita"), ("pus", "PUS"), ("pus_hamil", "PUS hamil"))


RISKS_SHORT = (
    ("air_minum_tidak_layak", "Air minum"),
    ("jamban_tidak_layak", "Jamban"),
    ("terlalu_muda", "4T muda"),
    ("terlalu_tua", "4T tua"),
    ("terlalu_dekat", "4T dekat"),
    ("terlalu_banyak", "4T banyak"),
)
