"""Numbers as Indonesian readers write them, the one formatter for every number on screen and in print.

A decimal comma and a thousands point (``31,6``, ``1.234.567``, ``1.234,5``), through babel's Indonesian locale,
so a value never appears as ``17.3`` on one page and ``31,6`` on another.
"""

from __future__ import annotations

from babel.numbers import format_decimal

LOCALE = "id"


def _pattern(digits: int, trim: bool) -> str:
    if digits <= 0:
        return "#,##0"
    return "#,##0." + ("#" if trim else "0") * digits


def decimal_text(value: float | None, digits: int = 1, empty: str = "-", *, trim: bool = False) -> str:
    """Returns ``value`` with ``digits`` decimals, a decimal comma and thousands points (``empty`` for None).

    Args:
        value: the number.
        digits: decimals shown.
        empty: the text for None.
        trim: drop trailing zero decimals (``21,5`` rather than ``21,50``; ``20`` rather than ``20,00``).

    Examples:
        ``decimal_text(98.0)`` -> ``98,0``; ``decimal_text(-1.6789, 2)`` -> ``-1,68``;
        ``decimal_text(1234.5)`` -> ``1.234,5``; ``decimal_text(21.5, 2, trim=True)`` -> ``21,5``.
    """
    if value is None:
        return empty
    return format_decimal(value, format=_pattern(digits, trim), locale=LOCALE)


def integer_text(value: int | None, empty: str = "-") -> str:
    """Returns a whole number with thousands points: ``1.234.567`` (``empty`` for None)."""
    if value is None:
        return empty
    return format_decimal(value, format="#,##0", locale=LOCALE)


def percent_text(value: float | None, digits: int = 1, empty: str = "-", *, trim: bool = False) -> str:
    """Returns a percentage already in 0-100 with its sign: ``31,6%`` (``empty`` for None)."""
    if value is None:
        return empty
    return decimal_text(value, digits, trim=trim) + "%"


def size_text(size: int) -> str:
    """Returns a file size as ``12 KB`` / ``1,5 MB`` (at least 1 KB)."""
    if size < 1024 * 1024:
        return f"{integer_text(max(1, round(size / 1024)))} KB"
    return f"{decimal_text(size / 1024 / 1024, 1)} MB"
