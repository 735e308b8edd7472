"""One way to show a failure: a refusal meant for the user as a message, anything else as a bug.

Every place that catches what a service raised (or receives a background task's failure) hands it here::

    try:
        save_office(factory, data)
    except Exception as error:  # a refusal is shown; a bug goes to the error dialog
        report_failure(self, error, show=self.message, fields=self.errors)
        return False

- A :class:`~desktop.domain.errors.UserError` shows its sentence where the caller shows messages (a message box
  when it has no such place), or its ``problems`` beside the fields when the caller has :class:`FieldErrors`.
- An :class:`OSError` is shown the same way, as one Indonesian sentence naming the file
  (:func:`~desktop.services.os_errors.describe_os_error`): in the window a file error is about a file the user
  chose (a save target, an import, an attachment), which the user can fix.
- Anything else is a bug: it is logged with its traceback and shown in the error dialog with the log file's path
  (:func:`~desktop.ui.error_dialog.show_unexpected`), never as a label reading ``KeyError('x')``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.services.os_errors import describe_os_error
from desktop.ui.error_dialog import show_unexpected
from desktop.ui.widgets.dialogs import inform
from desktop.ui.widgets.field_errors import FieldErrors


def user_message(error: BaseException) -> str | None:
    """The sentence to show the user for ``error``, or None when it is a bug.

    Args:
        error: what a service raised.

    Returns:
        A :class:`UserError`'s message, an :class:`OSError` described in Indonesian, None for anything else.
    """
    if isinstance(error, UserError):
        return error.message
    if isinstance(error, OSError):
        return describe_os_error(error)
    return None


def report_failure(
    parent: QWidget,
    error: BaseException,
    *,
    show: QLabel | Callable[[str], None] | None = None,
    fields: FieldErrors | None = None,
    template: str = "",
    trace: str = "",
) -> bool:
    """Shows ``error``: a refusal as a message (and its problems beside the fields), a bug in the error dialog.

    Args:
        parent: the widget the failure concerns (parent of any box).
        error: what was raised.
        show: where the caller shows its messages (a label, or a function such as a signal's ``emit``); None: a
            message box shows a refusal.
        fields: the form's field errors; a refusal's ``problems`` are shown beside their fields.
        template: wraps the sentence, ``"Gagal mencetak: {reason}"``; empty: the sentence alone.
        trace: a background task's formatted traceback (already logged by the worker).

    Returns:
        True when shown as a refusal, False when it went to the error dialog.
    """
    message = user_message(error)
    if message is None:
        if isinstance(show, QLabel):
            show.setText("")  # no half-sentence about a bug stays beside the form
        show_unexpected(parent, error, trace)
        return False
    if fields is not None and isinstance(error, UserError) and error.problems and fields.show(error.problems):
        return True
    text = template.format(reason=message) if template else message
    if isinstance(show, QLabel):
        show.setText(text)
    elif show is not None:
        show(text)
    else:
        inform(parent, _("Tidak dapat dilanjutkan"), text)
    return True
