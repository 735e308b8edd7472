"""Numbers of the case screens, the recap and the printed lists: the shared Indonesian formatter
(:mod:`desktop.domain.numbers`) and the z-score form (``-2,43 (pendek)``)."""

from __future__ import annotations

from desktop.domain.numbers import decimal_text

__all__ = ["decimal_text", "z_score_text"]


def z_score_text(value: float | None, category: str | None = None) -> str:
    """Returns a z-score with two decimals and its category: ``-2,43 (pendek)``; ``-`` when not computable."""
    if value is None:
        return "-"
    text = decimal_text(value, 2)
    return f"{text} ({category})" if category else text
