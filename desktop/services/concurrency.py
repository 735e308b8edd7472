"""Concurrent edits: a save that meets a record someone else saved since the editor opened it.

The editor keeps the ``row_version`` it started from; the service compares it with the stored one (see
:func:`conflict_in`) and, when they differ, refuses with :class:`ConcurrentEditError`, which names who changed
the record and when (from the audit trail) and each field whose stored value differs from the one typed, so the
editor can show both and let the user reload theirs or save the typed values on top of the new version.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit_events import audit_text
from db.base import ExchangeMixin
from db.models.audit import AuditEntry
from desktop.domain.errors import UserError
from desktop.domain.i18n import _


@dataclass(frozen=True)
class FieldDifference:
    """One field whose stored value (theirs) differs from the typed one (mine), as shown to the user."""

    field: str
    label: str
    theirs: str
    mine: str


class ConcurrentEditError(UserError):
    """The record was saved by someone else since the editor opened it; nothing of this save was written.

    Attributes:
        actor: who saved last ("" when the trail does not say).
        at: when (None when unknown).
        differences: the fields whose stored value differs from the typed one.
        current_version: the stored version; saving again with it applies the typed values on top.
    """

    def __init__(
        self,
        what: str,
        actor: str,
        at: datetime | None,
        differences: list[FieldDifference],
        current_version: int,
    ) -> None:
        """Builds the one-sentence refusal from who changed ``what`` and when."""
        when = at.astimezone().strftime("%d-%m-%Y %H:%M") if at is not None else "?"
        super().__init__(
            _("{what} telah diubah oleh pengguna lain ({actor}, {when}); muat ulang lalu ulangi perubahan.").format(
                what=what, actor=actor or _("tidak diketahui"), when=when
            )
        )
        self.actor = actor
        self.at = at
        self.differences = differences
        self.current_version = current_version


def last_change_in(session: Session, record: ExchangeMixin) -> tuple[str, datetime | None]:
    """Who last wrote ``record`` and when, from the audit trail (``("", None)`` when it has no entry)."""
    entry = session.execute(
        select(AuditEntry.actor, AuditEntry.at)
        .where(AuditEntry.entity == record.__tablename__, AuditEntry.entity_uuid == record.uuid)  # type: ignore[attr-defined]
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return (entry[0], entry[1]) if entry is not None else ("", None)


def _shown(value: object) -> str:
    return audit_text(value.strip() if isinstance(value, str) else value) or ""


def conflict_in(
    session: Session,
    record: ExchangeMixin,
    expected_version: int | None,
    mine: Mapping[str, object],
    *,
    what: str,
    labels: Mapping[str, str],
    shown: Callable[[str, object], str] | None = None,
    error: type[ConcurrentEditError] = ConcurrentEditError,
) -> ConcurrentEditError | None:
    """The refusal to raise when ``record`` is no longer at the version the editor started from, else None.

    Args:
        session: the open session (``record`` is loaded in it).
        record: the stored record.
        expected_version: the version the editor started from; None skips the check.
        mine: the typed values by attribute name.
        what: the record as the sentence names it (``Rapat "Rakor TPPS"``).
        labels: the field labels by attribute name (fields without one are named by their attribute).
        shown: renders a value of a field for the dialog (a code as its label); text of the value by default.
        error: the refusal's class (a subclass a service's callers already catch).
    """
    if expected_version is None or record.row_version == expected_version:
        return None
    render = shown or (lambda _name, value: _shown(value))
    differences = [
        FieldDifference(name, labels.get(name, name), render(name, getattr(record, name)), render(name, value))
        for name, value in mine.items()
        if _shown(getattr(record, name)) != _shown(value)
    ]
    actor, at = last_change_in(session, record)
    return error(what, actor, at, differences, record.row_version)
