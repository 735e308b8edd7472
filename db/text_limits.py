"""Text lengths enforced for every ORM write, on both backends.

SQLite ignores ``VARCHAR(n)``: a 5,000-character code label is stored as is, and the same data then fails on
PostgreSQL (an exchange, a move to a server). Before each flush every new or changed ``String(n)`` value is
measured; a value too long refuses the whole save with one sentence naming the field.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, Table, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import UserError
from desktop.domain.i18n import _


class TextTooLongError(UserError):
    """A text value longer than its column allows."""


def _check(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            column = attr.columns[0]
            limit = getattr(column.type, "length", None)
            if not isinstance(column.type, String) or not limit:
                continue
            value = getattr(obj, attr.key, None)
            if isinstance(value, str) and len(value) > limit:
                raise TextTooLongError(
                    _("Isian '{field}' ({table}) terlalu panjang: {count} karakter, paling banyak {limit}.").format(
                        field=attr.key, table=state.mapper.local_table.name, count=len(value), limit=limit
                    )
                )


def too_long(table: Table, values: dict[str, Any]) -> tuple[str, int, int] | None:
    """The first text value of a Core row longer than its ``String(n)`` column: ``(column, length, limit)``.

    Core inserts and updates (the exchange importer's) bypass the flush check above; they measure with this.
    """
    for name, value in values.items():
        column = table.c.get(name)
        if column is None or not isinstance(value, str) or not isinstance(column.type, String):
            continue
        limit = column.type.length
        if limit and len(value) > limit:
            return name, len(value), limit
    return None


def install_text_limits(factory: sessionmaker[Session]) -> None:
    """Checks text lengths before every flush of the factory's sessions."""
    event.listen(factory, "before_flush", _check)
