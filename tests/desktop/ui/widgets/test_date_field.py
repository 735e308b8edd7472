"""The shared date field typed into as a user would: click into it, type, leave; the calendar; bad dates refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.date_field import DateField, parse_typed_date
from desktop.ui.widgets.field_errors import FieldErrors
from desktop.ui.widgets.unsaved import DirtyTracker

TYPED = ["15062024", "15-06-2024", "15/06/2024", "15.06.2024", "15 06 2024"]


class _Form(QWidget):
    """A date field, another field to move the focus to, and the field errors of a real form."""

    def __init__(self, *, optional: bool) -> None:
        super().__init__()
        self.other = QLineEdit(self)  # first: it has the focus when the window opens
        self.day = DateField(self, optional=optional, value=None if optional else date(2026, 1, 1))
        self.errors = FieldErrors(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.other)
        layout.addWidget(self.errors.field_row("day", self.day))


@pytest.fixture(params=[False, True], ids=["mandatory", "optional"])
def form(request: pytest.FixtureRequest, qtbot: QtBot) -> _Form:
    widget = _Form(optional=request.param)
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    return widget


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Shows a window and waits until it has the keyboard focus, as the user's window has."""
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def click_into(qtbot: QtBot, field: QLineEdit) -> None:
    """Clicks into the middle of a field, as a user does."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    assert field.hasFocus()


def leave(qtbot: QtBot, form: _Form) -> None:
    """Clicks into the other field, as a user does."""
    click_into(qtbot, form.other)
    assert not form.day.hasFocus()


@pytest.mark.parametrize("typed", TYPED)
def test_typing_a_date_after_clicking_into_the_field(form: _Form, qtbot: QtBot, typed: str) -> None:
    form.day.set_value(date(2026, 11, 15))
    click_into(qtbot, form.day)
    qtbot.keyClicks(form.day, typed)
    assert form.day.value() == date(2024, 6, 15)
    leave(qtbot, form)
    assert form.day.text() == "15-06-2024" and form.day.is_valid()
    assert form.day.date() == QDate(2024, 6, 15)


@pytest.mark.parametrize("typed", ["15062024", "15-06-2024", "15/06/2024"])
def test_typing_with_the_cursor_in_the_middle_of_the_date(form: _Form, qtbot: QtBot, typed: str) -> None:
    form.day.set_value(date(2026, 11, 15))
    click_into(qtbot, form.day)
    assert form.day.selectedText() == "15-11-2026"
    qtbot.keyClick(form.day, Qt.Key.Key_Home)
    for _ in range(4):
        qtbot.keyClick(form.day, Qt.Key.Key_Right)
    assert form.day.cursorPosition() == 4 and not form.day.hasSelectedText()
    qtbot.keyClicks(form.day, typed)
    leave(qtbot, form)
    assert form.day.value() == date(2024, 6, 15)
    assert form.day.text() == "15-06-2024"


def test_short_day_and_month_and_editing_one_part(form: _Form, qtbot: QtBot) -> None:
    click_into(qtbot, form.day)
    qtbot.keyClicks(form.day, "1-6-2024")
    leave(qtbot, form)
    assert form.day.value() == date(2024, 6, 1) and form.day.text() == "01-06-2024"
    # Correcting only the year: End, Backspace, a digit (the edit keys work as in any text field).
    click_into(qtbot, form.day)
    qtbot.keyClick(form.day, Qt.Key.Key_End)
    qtbot.keyClick(form.day, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.day, "5")
    leave(qtbot, form)
    assert form.day.value() == date(2025, 6, 1)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31022024", "31-02-2024 tidak ada di kalender"),
        ("31-02-2024", "31-02-2024 tidak ada di kalender"),
        ("99999999", "99-99-9999 tidak ada di kalender"),
        ("kemarin", "tidak dikenali"),
        ("15-06-24", "tidak dikenali"),
    ],
)
def test_an_invalid_date_is_refused_visibly(form: _Form, qtbot: QtBot, typed: str, reason: str) -> None:
    form.day.set_value(date(2026, 1, 1))
    click_into(qtbot, form.day)
    qtbot.keyClicks(form.day, typed)
    leave(qtbot, form)
    assert form.day.text() == typed  # kept for correction, not replaced by the old date
    assert form.day.value() is None and not form.day.is_valid()
    assert form.day.date() == QDate()
    assert reason in form.day.problem()
    assert form.day.property("dateInvalid") is True  # the red border
    label = form.errors.error_label("day")
    assert label.isVisible() and reason in label.text() and "#b00020" in label.styleSheet()
    # Corrected: the error goes at once.
    click_into(qtbot, form.day)
    qtbot.keyClicks(form.day, "15062024")
    assert not label.isVisible() and form.day.property("dateInvalid") is False
    assert form.day.value() == date(2024, 6, 15)


def test_empty_is_allowed_only_in_the_optional_field(form: _Form, qtbot: QtBot) -> None:
    form.day.set_value(date(2026, 1, 1))
    click_into(qtbot, form.day)
    assert form.day.selectedText() == "01-01-2026"  # a click into the field selects its date
    qtbot.keyClick(form.day, Qt.Key.Key_Delete)
    leave(qtbot, form)
    assert form.day.value() is None
    if form.day.optional:
        assert form.day.is_valid() and not form.errors.error_text("day")
    else:
        assert not form.day.is_valid() and form.errors.error_text("day") == "Tanggal wajib diisi."


def test_the_calendar_opens_and_sets_the_date(form: _Form, qtbot: QtBot) -> None:
    form.day.set_value(date(2024, 6, 3))
    with qtbot.waitSignal(form.day.dateChanged):
        form.day.calendar_action.trigger()
        calendar = form.day.calendar()
        assert calendar.isVisible() and calendar.selectedDate() == QDate(2024, 6, 3)
        calendar.clicked.emit(QDate(2024, 6, 15))
    assert not calendar.isVisible()
    assert form.day.value() == date(2024, 6, 15) and form.day.text() == "15-06-2024"


def test_alt_down_opens_the_calendar_on_today_when_empty(qtbot: QtBot) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar().isVisible() and field.calendar().selectedDate() == QDate.currentDate()
    field.calendar().hide()


def test_qdateedit_compatible_calls_and_signal(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.dateChanged) as blocker:
        field.setDate(QDate(2024, 10, 31))
    assert blocker.args == [QDate(2024, 10, 31)]
    assert field.text() == "31-10-2024" and field.value() == date(2024, 10, 31)
    field.setDate(QDate())
    assert field.value() is None and field.text() == ""


def test_out_of_range_is_refused(qtbot: QtBot) -> None:
    field = DateField(maximum=date(2026, 12, 31))
    qtbot.addWidget(field)
    field.setText("01-01-2027")
    assert field.value() is None and not field.commit()
    assert field.problem() == "Tanggal harus antara 01-01-1900 dan 31-12-2026."


def test_read_only_hides_the_calendar_button(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.setReadOnly(True)
    assert not field.calendar_action.isVisible()
    field.show_calendar()
    assert field._popup is None or not field.calendar().isVisible()


def test_dirty_tracker_watches_the_date_field(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    field = DateField(holder)
    tracker = DirtyTracker(holder)
    tracker.watch(field)
    with tracker.loading():
        field.set_value(date(2024, 1, 1))
    assert not tracker.is_dirty
    qtbot.keyClicks(field, "2")
    assert tracker.is_dirty
    tracker.mark_clean()
    field.calendar().clicked.emit(QDate(2024, 2, 2))
    assert tracker.is_dirty


def test_parse_typed_date() -> None:
    assert parse_typed_date("1.6.2024") == (date(2024, 6, 1), "")
    assert parse_typed_date(" 15 / 06 / 2024 ") == (date(2024, 6, 15), "")
    assert parse_typed_date("", optional=True) == (None, "")
    assert parse_typed_date("") == (None, "Tanggal wajib diisi.")
    assert parse_typed_date("2024-06-15")[0] is None


def test_up_and_down_change_the_day(qtbot: QtBot) -> None:
    field = DateField(value=date(2024, 2, 28))
    qtbot.addWidget(field)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == date(2024, 3, 1)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.value() == date(2024, 2, 29) and field.text() == "29-02-2024"
