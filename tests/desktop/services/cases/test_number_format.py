"""Indonesian number format shared by the case screens, recap and printed lists."""

from __future__ import annotations

from desktop.domain.cases.number_format import decimal_text, z_score_text


def test_decimal_comma() -> None:
    assert decimal_text(98.0) == "98,0"
    assert decimal_text(71.46) == "71,5"
    assert decimal_text(-1.6789, 2) == "-1,68"
    assert decimal_text(None) == "-"
    assert decimal_text(None, empty="") == ""


def test_z_score_text() -> None:
    assert z_score_text(-1.6789, "normal") == "-1,68 (normal)"
    assert z_score_text(0.5) == "0,50"
    assert z_score_text(None, "pendek") == "-"
