"""The one date field of the application: people type dates, the calendar stays one click away.

A :class:`DateField` is a line edit showing ``dd-MM-yyyy`` with a calendar button inside it. It accepts what people
type: ``15062024``, ``15-06-2024``, ``15/06/2024``, ``15.06.2024``, ``1-6-2024``. Clicking into the field selects
its date, so typing replaces it; typing into a complete date with the cursor anywhere also starts a new date. When
the focus leaves, a valid date is shown as ``15-06-2024``; anything else (``31-02-2024``, ``99999999``, letters)
gets a red border and a sentence saying why (:meth:`DateField.problem`, the tooltip, and the
:attr:`DateField.problem_changed` signal that :class:`~desktop.ui.widgets.field_errors.FieldErrors` shows next to
the field). An invalid entry is never replaced silently by the previous date: :meth:`DateField.value` is None
and :meth:`DateField.is_valid` False until it is corrected.

The optional variant (``optional=True``) may be empty (shown as ``-`` placeholder) and then means "no date".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QGuiApplication, QIcon, QKeyEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QSizePolicy, QWidget

from desktop.domain.i18n import _

DISPLAY_FORMAT = "%d-%m-%Y"
"""How a valid date is shown (Python strftime): ``15-06-2024``."""

_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_SEPARATED = re.compile(r"^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})$")
_SHOWN = re.compile(r"^\d{2}-\d{2}-\d{4}$")

INVALID_PROPERTY = "dateInvalid"
_INVALID_STYLE = 'QLineEdit[dateInvalid="true"] { border: 1px solid #b00020; border-radius: 3px; padding: 2px; }'


def parse_typed_date(text: str, *, optional: bool = False) -> tuple[date | None, str]:
    """Reads a typed date.

    Args:
        text: what the user typed: ``15062024``, ``15-06-2024``, ``15/06/2024``, ``15.06.2024``, ``1-6-2024``.
        optional: whether an empty text is allowed (no date).

    Returns:
        (the date, "") when valid; (None, "") for an allowed empty text; (None, an Indonesian sentence) otherwise.
    """
    stripped = text.strip()
    if not stripped or stripped == "-":
        return None, "" if optional else _("Tanggal wajib diisi.")
    match = _DIGITS.match(stripped) or _SEPARATED.match(stripped)
    if match is None:
        return None, _("Tanggal tidak dikenali; tulis tanggal-bulan-tahun, mis. 15-06-2024.")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day), ""
    except ValueError:
        return None, _("Tanggal {day:02d}-{month:02d}-{year:04d} tidak ada di kalender.").format(
            day=day, month=month, year=year
        )


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _calendar_icon() -> QIcon:
    """A small calendar drawn in the palette's text colour (no theme icon needed)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    color = QGuiApplication.palette().text().color()
    painter.setPen(color)
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 4), color)
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(QRect(x, y, 2, 2), QColor("#b00020") if (x, y) == (10, 11) else color)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """A typed date with a calendar popup; see the module documentation.

    Args:
        parent: owner.
        optional: an empty field is allowed and means "no date".
        value: the date shown first (None: empty).
        minimum: the earliest date accepted.
        maximum: the latest date accepted.

    Signals:
        dateChanged(QDate): the date the field holds changed (an invalid QDate when it holds none), as the user
            types or picks. Named like :class:`QDateEdit`'s, so code connected to that keeps working.
        value_changed(object): the same, as a ``date`` or None.
        problem_changed(str): the field's problem after the user finished editing (focus left, Enter, a calendar
            pick), or "" once it is corrected.
    """

    dateChanged = Signal(QDate)  # noqa: N815 - Qt's name, so the field replaces a QDateEdit
    value_changed = Signal(object)
    problem_changed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        value: date | None = None,
        minimum: date = date(1900, 1, 1),
        maximum: date = date(2100, 12, 31),
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.minimum = minimum
        self.maximum = maximum
        self._value: date | None = None
        self._shown_problem = ""
        self._select_on_release = False
        self._popup: QCalendarWidget | None = None
        self.setPlaceholderText("-" if optional else _("hh-bb-tttt"))
        self.setToolTip(self._hint())
        self.setStyleSheet(_INVALID_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, self.sizePolicy().verticalPolicy())
        self.calendar_action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setObjectName("calendar_button")
        self.calendar_action.setToolTip(_("Pilih dari kalender (Alt+Panah bawah)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self.commit)
        self.set_value(value)

    # ----- value --------------------------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date typed or picked; None when the field is empty or its text is not a valid date."""
        return self._value

    def is_valid(self) -> bool:
        """True when the field holds a date in range, or is an empty optional field."""
        return not self.problem()

    def is_empty(self) -> bool:
        """True when nothing is typed."""
        return not self.text().strip()

    def problem(self) -> str:
        """Why the text is refused, in Indonesian ("" when valid)."""
        parsed, problem = parse_typed_date(self.text(), optional=self.optional)
        if problem or parsed is None:
            return problem
        if not self.minimum <= parsed <= self.maximum:
            return _("Tanggal harus antara {first} dan {last}.").format(
                first=self.minimum.strftime(DISPLAY_FORMAT), last=self.maximum.strftime(DISPLAY_FORMAT)
            )
        return ""

    def set_value(self, value: date | None) -> None:
        """Shows a date (None: empty) and forgets any problem."""
        self.setText("" if value is None else value.strftime(DISPLAY_FORMAT))
        self._show_problem("")

    def clear_value(self) -> None:
        """Empties the field."""
        self.set_value(None)

    def date(self) -> QDate:
        """The date as a QDate (an invalid QDate when the field holds none), like :meth:`QDateEdit.date`."""
        value = self._value
        return QDate() if value is None else _qdate(value)

    def setDate(self, value: QDate) -> None:
        """Shows a QDate (an invalid one empties the field), like :meth:`QDateEdit.setDate`."""
        self.set_value(value.toPython() if value.isValid() else None)  # type: ignore[arg-type]

    def setDateRange(self, minimum: QDate, maximum: QDate) -> None:
        """Limits the dates accepted."""
        self.minimum = minimum.toPython()  # type: ignore[assignment]
        self.maximum = maximum.toPython()  # type: ignore[assignment]
        self._on_text_changed(self.text())

    def setReadOnly(self, read_only: bool) -> None:
        """Read-only also hides the calendar button."""
        super().setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    def commit(self) -> bool:
        """Ends an edit: shows a valid date as ``dd-MM-yyyy``, or marks the field and says why.

        Returns:
            True when the field is valid.
        """
        problem = self.problem()
        if not problem and self._value is not None:
            shown = self._value.strftime(DISPLAY_FORMAT)
            if self.text() != shown:
                self.setText(shown)
        self._show_problem(problem)
        return not problem

    # ----- calendar -----------------------------------------------------------------------------------------

    def calendar(self) -> QCalendarWidget:
        """The calendar popup (created on first use)."""
        if self._popup is None:
            popup = QCalendarWidget(self)
            popup.setObjectName("date_field_calendar")
            popup.setWindowFlags(Qt.WindowType.Popup)
            popup.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            popup.setGridVisible(True)
            popup.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            popup.clicked.connect(self._on_calendar_picked)
            popup.activated.connect(self._on_calendar_picked)
            self._popup = popup
        return self._popup

    def show_calendar(self) -> None:
        """Opens the calendar under the field, on the field's date (or today)."""
        if self.isReadOnly() or not self.isEnabled():
            return
        popup = self.calendar()
        popup.setDateRange(_qdate(self.minimum), _qdate(self.maximum))
        shown = self._value or date.today()
        popup.setSelectedDate(_qdate(shown))
        popup.adjustSize()
        size: QSize = popup.sizeHint()
        where = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        if where.y() + size.height() > screen.bottom():
            where.setY(self.mapToGlobal(QPoint(0, 0)).y() - size.height())
        where.setX(max(screen.left(), min(where.x(), screen.right() - size.width())))
        popup.move(where)
        popup.show()
        popup.setFocus()

    def _on_calendar_picked(self, picked: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setText(picked.toString("dd-MM-yyyy"))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.commit()
        self.editingFinished.emit()

    # ----- typing -------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Down and F4 open the calendar; Up and Down change the day; typing into a complete date starts anew."""
        key = event.key()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._value is not None and not self.isReadOnly():
            step = timedelta(days=1 if key == Qt.Key.Key_Up else -1)  # as in a QDateEdit: a day up or down
            if self.minimum <= self._value + step <= self.maximum:
                self.set_value(self._value + step)
            return
        typed = event.text()
        if (
            typed
            and typed.isprintable()
            and not self.isReadOnly()
            and not self.hasSelectedText()
            and _SHOWN.match(self.text())
        ):
            self.clear()
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """A click into the field selects the date, so typing replaces it."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            self._select_on_release = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finishes the select-on-click (a drag that selected part of the text keeps it)."""
        super().mouseReleaseEvent(event)
        if self._select_on_release:
            self._select_on_release = False
            if not self.hasSelectedText():
                self.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field ends the edit (not when the field's own calendar takes the focus)."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def changeEvent(self, event: QEvent) -> None:
        """Disabled fields do not show the calendar button."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self.calendar_action.setEnabled(self.isEnabled())

    def sizeHint(self) -> QSize:
        """Wide enough for ``00-00-0000`` and the calendar button, not more."""
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("00-00-00000") + 44, hint.height())

    # ----- internals ----------------------------------------------------------------------------------------

    def _hint(self) -> str:
        return _("Ketik tanggal, mis. 15062024 atau 15-06-2024, atau pilih dari kalender.")

    def _on_text_changed(self, _text: str) -> None:
        parsed = None if self.problem() else parse_typed_date(self.text(), optional=True)[0]
        if self._shown_problem and not self.problem():
            self._show_problem("")  # corrected: forgive at once, refuse only when the edit ends
        if parsed != self._value:
            self._value = parsed
            self.dateChanged.emit(self.date())
            self.value_changed.emit(parsed)

    def _show_problem(self, problem: str) -> None:
        invalid = bool(problem)
        if bool(self.property(INVALID_PROPERTY)) != invalid:
            self.setProperty(INVALID_PROPERTY, invalid)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()
        self.setToolTip(problem or self._hint())
        if problem != self._shown_problem:
            self._shown_problem = problem
            self.problem_changed.emit(problem)
