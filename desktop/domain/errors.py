"""The base of every error meant for the user.

A service refuses a request by raising a :class:`UserError` (or a subclass): its message is one Indonesian
sentence the window or the command line shows as it is, and ``problems`` names the entered fields the refusal
concerns, for display beside each field. Anything else that escapes a service is a bug: the window routes it to the
error dialog with the log's path, the command line to a short message and exit code 1.
"""

from __future__ import annotations

from collections.abc import Mapping


class UserError(Exception):
    """A refusal meant for the user.

    Attributes:
        message: one Indonesian sentence (translated when the interface speaks another language).
        problems: field name to reason, when the refusal concerns entered fields; empty otherwise.
    """

    def __init__(self, message: str, problems: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems: dict[str, str] = dict(problems or {})

    def __str__(self) -> str:
        return self.message
