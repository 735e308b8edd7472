"""One way to show a field error: red text under the field and a red border on it, gone as soon as it is edited.

A form registers each field under the key its service uses in ``problems`` (``{"verifier_name": "…wajib
diisi."}``) and places the holder :meth:`FieldErrors.field_row` returns where the field goes::

    self.errors = FieldErrors(self, general=self.message)
    form.addRow(_("Nama verifikator"), self.errors.field_row("verifier_name", self.verifier))
    ...
    except VerificationError as error:
        self.errors.show(error.problems)

Editing a field clears its own error (the others stay until they are fixed). Problems whose key belongs to no
field (``"families"``) go to the form's general label, one sentence per line. A :class:`DateField` registered
here also shows its own problem (``31-02-2024``) under it when the user leaves it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.date_field import DateField

ERROR_COLOR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOR};"
"""Style of an error text (labels)."""
FIELD_ERROR_PROPERTY = "fieldError"
_BORDER_RULE = (
    '\nQLineEdit[fieldError="true"], QPlainTextEdit[fieldError="true"], QTextEdit[fieldError="true"], '
    'QComboBox[fieldError="true"], QAbstractSpinBox[fieldError="true"] '
    f"{{ border: 1px solid {ERROR_COLOR}; border-radius: 3px; padding: 2px; }}"
)


def error_label(parent: QWidget | None = None, name: str = "") -> QLabel:
    """A hidden, word-wrapping red label for an error text."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def set_error_look(widget: QWidget, on: bool) -> None:
    """Gives a field the red border of an error (or takes it away)."""
    if bool(widget.property(FIELD_ERROR_PROPERTY)) == on:
        return
    if _BORDER_RULE not in widget.styleSheet():
        widget.setStyleSheet(widget.styleSheet() + _BORDER_RULE)
    widget.setProperty(FIELD_ERROR_PROPERTY, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def edit_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals a user's edit of an input widget emits (empty for widgets that are no inputs)."""
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return (
            [widget.currentIndexChanged, widget.editTextChanged]
            if widget.isEditable()
            else [widget.currentIndexChanged]
        )
    if isinstance(widget, QAbstractSpinBox):
        signal = getattr(widget, "valueChanged", None) or getattr(widget, "dateTimeChanged", None)
        return [signal] if signal is not None else []
    if isinstance(widget, QAbstractButton):
        return [widget.toggled] if widget.isCheckable() else [widget.clicked]
    return []


class _Field:
    __slots__ = ("label", "message", "widget")

    def __init__(self, widget: QWidget, label: QLabel) -> None:
        self.widget = widget
        self.label = label
        self.message = ""


class FieldErrors(QObject):
    """Maps problem keys to fields and shows each problem under its field; see the module documentation.

    Args:
        parent: the form (owner of the labels created here).
        general: the label for problems of no field (None: such problems are ignored; give one when the service
            can report them).

    Signals:
        all_fixed(): the last error shown at a field went (a summary such as "periksa isian yang ditandai
            merah" can go too).
    """

    all_fixed = Signal()

    def __init__(self, parent: QWidget, general: QLabel | None = None) -> None:
        super().__init__(parent)
        self._form = parent
        self._fields: dict[str, _Field] = {}
        self.general = general
        if general is not None:
            general.setStyleSheet(ERROR_STYLE)
            general.setWordWrap(True)

    # ----- building -----------------------------------------------------------------------------------------

    def add(
        self,
        key: str,
        widget: QWidget,
        *,
        label: QLabel | None = None,
        cleared_by: Iterable[SignalInstance] = (),
    ) -> QLabel:
        """Registers a field; returns its error label (created hidden when not given) for the caller to place.

        Args:
            key: the problem key (as the service names the field).
            widget: the field: it gets the red border, and its edits clear the error.
            label: an existing label for the message.
            cleared_by: further signals that mean the problem was worked on (e.g. the start time for an end-time
                problem).
        """
        label = label or error_label(self._form, f"error_{key}")
        if not label.objectName():
            label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        self._fields[key] = _Field(widget, label)
        for signal in [*edit_signals(widget), *cleared_by]:
            signal.connect(lambda *_args, key=key: self.clear_field(key))
        if isinstance(widget, DateField):
            widget.problem_changed.connect(lambda problem, key=key: self.set_error(key, problem))
        return label

    def field_row(
        self,
        key: str,
        widget: QWidget,
        *,
        shown: QWidget | None = None,
        cleared_by: Sequence[SignalInstance] = (),
    ) -> QWidget:
        """Registers a field and returns a holder with ``shown`` (default: the field) and the error under it.

        Put the holder where the field would go (a form row).
        """
        holder = QWidget(self._form)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(shown or widget)
        column.addWidget(self.add(key, widget, cleared_by=cleared_by))
        return holder

    def alias(self, key: str, field_key: str) -> None:
        """Shows the problems reported under ``key`` at the field registered as ``field_key``."""
        self._fields[key] = self._fields[field_key]

    # ----- showing ------------------------------------------------------------------------------------------

    def show(self, problems: dict[str, str]) -> bool:
        """Shows these problems (and clears every other error); returns True when there were any."""
        shown: dict[int, list[str]] = {}
        general: list[str] = []
        for key, message in problems.items():
            if not message:
                continue
            field = self._fields.get(key)
            if field is None:
                general.append(message)
            else:
                shown.setdefault(id(field), []).append(message)
        for field in self._unique_fields():
            self._set(field, "\n".join(shown.get(id(field), [])))
        if self.general is not None:
            self.general.setText("\n".join(general))
            self.general.setStyleSheet(ERROR_STYLE)
        return bool(shown or general)

    def set_error(self, key: str, message: str) -> None:
        """Shows one field's error ("" clears it), leaving the others."""
        self._set(self._fields[key], message)

    def clear_field(self, key: str) -> None:
        """Clears one field's error (its edit signal does this)."""
        self._set(self._fields[key], "")

    def clear(self) -> None:
        """Clears every error and the general label."""
        self.show({})

    # ----- reading ------------------------------------------------------------------------------------------

    def error_text(self, key: str) -> str:
        """The error shown at a field ("" when none)."""
        return self._fields[key].message

    def error_label(self, key: str) -> QLabel:
        """The label showing a field's error."""
        return self._fields[key].label

    def has_errors(self) -> bool:
        """True while any error is shown."""
        return bool(self.text())

    def text(self) -> str:
        """Every error shown, one per line: the fields' in the order they were added, then the general ones."""
        lines = [field.message for field in self._unique_fields() if field.message]
        if self.general is not None and self.general.text():
            lines.append(self.general.text())
        return "\n".join(lines)

    def _unique_fields(self) -> list[_Field]:
        seen: dict[int, _Field] = {}
        for field in self._fields.values():
            seen.setdefault(id(field), field)
        return list(seen.values())

    def _set(self, field: _Field, message: str) -> None:
        had_errors = any(other.message for other in self._fields.values())
        field.message = message
        field.label.setText(message)
        field.label.setVisible(bool(message))
        set_error_look(field.widget, bool(message))
        if had_errors and not message and not any(other.message for other in self._fields.values()):
            self.all_fixed.emit()
