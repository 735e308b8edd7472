"""A date field that may be empty (``-``), as planned and actual dates often are."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

_EMPTY = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A :class:`QDateEdit` whose minimum date stands for "no date" and shows ``-``.

    Args:
        parent: owner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText("-")
        self.setDate(_EMPTY)

    def value(self) -> date | None:
        """Returns the date, or None when empty."""
        current = self.date()
        if current == _EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        """Shows a date, or ``-`` for None."""
        self.setDate(_EMPTY if value is None else QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        """Empties the field."""
        self.setDate(_EMPTY)
