"""Numbers as Indonesian readers write them: a decimal comma (``-1,68``, ``98,0``). One formatter for the screens,
the recap and the printed lists, so a value never appears as ``-1.68`` in one place and ``-1,68`` in another."""

from __future__ import annotations


def decimal_text(value: float | None, digits: int = 1, empty: str = "-") -> str:
    """Returns ``value`` with ``digits`` decimals and a decimal comma (``empty`` for None).

    Examples:
        ``decimal_text(98.0)`` -> ``98,0``; ``decimal_text(-1.675, 2)`` -> ``-1,68`` (rounded half to even as
        Python's formatting does).
    """
    if value is None:
        return empty
    return f"{value:.{digits}f}".replace(".", ",")


def z_score_text(value: float | None, category: str | None = None) -> str:
    """Returns a z-score with two decimals and its category: ``-2,43 (pendek)``; ``-`` when not computable."""
    if value is None:
        return "-"
    text = decimal_text(value, 2)
    return f"{text} ({category})" if category else text
