"""FieldErrors: a problem appears under its field in red with a red border, and goes when that field is edited."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain.meetings.records import MeetingValidationError
from desktop.services.krs.verification_service import VerificationError
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.field_errors import ERROR_COLOR, FieldErrors


class _Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.kind = QComboBox(self)
        self.kind.addItems(["a", "b"])
        self.amount = QDoubleSpinBox(self)
        self.sure = QCheckBox(self)
        self.day = DateField(self)
        self.general = QLabel(self)
        self.errors = FieldErrors(self, general=self.general)
        form = QFormLayout(self)
        for key in ("name", "notes", "kind", "amount", "sure", "day"):
            form.addRow(key, self.errors.field_row(key, getattr(self, key)))
        form.addRow(self.general)
        self.errors.alias("full_name", "name")


def _form(qtbot: QtBot) -> _Form:
    form = _Form()
    qtbot.addWidget(form)
    form.show()
    return form


def test_each_field_shows_its_error_in_red_and_edits_clear_only_their_own(qtbot: QtBot) -> None:
    form = _form(qtbot)
    problems = {key: f"{key} salah." for key in ("name", "notes", "kind", "amount", "sure", "day")}
    assert form.errors.show(problems)
    for key, message in problems.items():
        label = form.errors.error_label(key)
        assert label.isVisible() and label.text() == message and ERROR_COLOR in label.styleSheet()
        assert getattr(form, key).property("fieldError") is True
    edits = {
        "name": lambda: qtbot.keyClicks(form.name, "x"),
        "notes": lambda: qtbot.keyClicks(form.notes, "x"),
        "kind": lambda: form.kind.setCurrentIndex(1),
        "amount": lambda: form.amount.setValue(2.5),
        "sure": lambda: form.sure.setChecked(True),
        "day": lambda: qtbot.keyClicks(form.day, "1"),
    }
    remaining = dict(problems)
    for key, edit in edits.items():
        edit()
        del remaining[key]
        assert form.errors.error_text(key) == "" and not form.errors.error_label(key).isVisible()
        assert getattr(form, key).property("fieldError") is False
        assert form.errors.text() == "\n".join(remaining.values())


def test_problems_of_no_field_go_to_the_general_label_and_aliases_to_their_field(qtbot: QtBot) -> None:
    form = _form(qtbot)
    form.errors.show({"full_name": "Nama wajib diisi.", "families": "Pilih minimal satu keluarga."})
    assert form.errors.error_text("name") == "Nama wajib diisi."
    assert form.general.text() == "Pilih minimal satu keluarga." and ERROR_COLOR in form.general.styleSheet()
    form.errors.show({})
    assert form.errors.text() == "" and form.general.text() == ""


def test_a_date_field_reports_its_own_problem_when_left(qtbot: QtBot) -> None:
    form = _form(qtbot)
    form.day.setText("32-01-2024")
    form.day.commit()  # what leaving the field does
    assert form.errors.error_text("day") == "Tanggal 32-01-2024 tidak ada di kalender."
    form.day.set_value(date(2024, 1, 31))
    assert form.errors.error_text("day") == ""


def test_service_errors_read_as_whole_sentences() -> None:
    problems = {"chair": "Pimpinan rapat wajib diisi sebelum finalisasi.", "secretary": "Notulis wajib diisi."}
    assert (
        str(MeetingValidationError(problems)) == "Pimpinan rapat wajib diisi sebelum finalisasi. Notulis wajib diisi."
    )
    assert str(VerificationError({"a": "Satu.", "b": "Dua."})) == "Satu. Dua."
