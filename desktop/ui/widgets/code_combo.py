"""Filling a combo box from a code list: the label shown, the stored code as the item's data."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from desktop.domain.codes import CodeList


def add_codes(combo: QComboBox, codes: Iterable[CodeList]) -> None:
    """Appends one item per code (its label, translated; its stored value as ``currentData()``), in order."""
    for code in codes:
        combo.addItem(code.label, code.value)
