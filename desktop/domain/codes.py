"""One convention for every fixed code list: a ``StrEnum`` whose members carry their Indonesian label.

A member is declared with its stored code and its label, marked for the catalogue::

    class Gender(CodeList):
        L = "L", N_("Laki-laki")
        P = "P", N_("Perempuan")

The member *is* the stored string (``Gender.L == "L"``), so database values never change; ``.label`` translates the
label when it is read (interface language) and ``.document_label`` in the document language (for the letters and
reports an office sends out); a list whose labels must fit a narrow column gives each member a third value, its
``.short_label``. ``labels()`` gives the code-to-label mapping for pickers, and ``label_of(code)`` the
label of a stored code, the code itself when the list does not know it (``-`` when empty), so an old or foreign
value is shown rather than lost.
"""

from __future__ import annotations

import enum
from typing import Self

from desktop.domain.i18n import _, doc_


class CodeList(enum.StrEnum):
    """Base of the code lists: members are ``CODE = "stored value", N_("Label")``."""

    _value_: str
    _label: str
    _short_label: str

    def __new__(cls, value: str, label: str = "", short_label: str = "") -> Self:
        """Creates a member: the stored code, its (untranslated) label and, for narrow columns, a short one."""
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label or value
        member._short_label = short_label or member._label
        return member

    @property
    def source_label(self) -> str:
        """The member's label as written (Indonesian, untranslated): the catalogue's message id, for constants that
        are translated with ``_()`` where they are shown."""
        return self._label

    @property
    def label(self) -> str:
        """The member's label in the interface language."""
        return _(self._label)

    @property
    def short_label(self) -> str:
        """The member's short label (narrow table columns) in the interface language; the label when it has none."""
        return _(self._short_label)

    @property
    def document_label(self) -> str:
        """The member's label in the document language (official letters and reports)."""
        return doc_(self._label)

    @property
    def document_short_label(self) -> str:
        """The member's short label in the document language; the label when it has none."""
        return doc_(self._short_label)

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Every code of the list with its label (interface language), in declaration order."""
        return {member.value: member.label for member in cls}

    @classmethod
    def source_labels(cls) -> dict[str, str]:
        """Every code with its untranslated label (for a table that translates its choices where it shows them)."""
        return {member.value: member.source_label for member in cls}

    @classmethod
    def of(cls, code: str | None) -> Self | None:
        """The member stored as ``code``, or ``None`` when the list does not know it."""
        try:
            return cls(code) if code else None
        except ValueError:
            return None

    @classmethod
    def label_of(cls, code: str | None) -> str:
        """The label of a stored code; the code itself when unknown, ``-`` when empty."""
        member = cls.of(code)
        return member.label if member is not None else (code or "-")

    @classmethod
    def source_label_of(cls, code: str | None) -> str:
        """Like :meth:`label_of`, untranslated (the message id): for a record translated where it is shown."""
        member = cls.of(code)
        return member.source_label if member is not None else (code or "-")

    @classmethod
    def document_label_of(cls, code: str | None) -> str:
        """Like :meth:`label_of`, in the document language."""
        member = cls.of(code)
        return member.document_label if member is not None else (code or "-")
