"""The one Indonesian number formatter: decimal comma, thousands point, on every screen and in print."""

from __future__ import annotations

from desktop.domain.numbers import decimal_text, integer_text, percent_text, size_text


def test_decimal_comma_and_thousands_point() -> None:
    assert decimal_text(17.3) == "17,3"
    assert decimal_text(31.64) == "31,6"
    assert decimal_text(1234.5) == "1.234,5"
    assert decimal_text(-1.6789, 2) == "-1,68"
    assert decimal_text(50.0, 0) == "50"
    assert decimal_text(None) == "-" and decimal_text(None, empty="") == ""


def test_trimmed_decimals() -> None:
    assert decimal_text(21.5, 2, trim=True) == "21,5"
    assert decimal_text(20.0, 2, trim=True) == "20"
    assert decimal_text(95.25, 2, trim=True) == "95,25"


def test_integers_percentages_and_sizes() -> None:
    assert integer_text(1_000_000) == "1.000.000"
    assert integer_text(151) == "151" and integer_text(None) == "-"
    assert percent_text(17.333) == "17,3%"
    assert percent_text(21.4, 2, trim=True) == "21,4%"
    assert size_text(10) == "1 KB" and size_text(2048) == "2 KB"
    assert size_text(int(1.5 * 1024 * 1024)) == "1,5 MB"
