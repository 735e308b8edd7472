"""Counts what a service call does to a real database: sessions opened and transactions committed.

No mock: SQLAlchemy event listeners on the real session factory (a session counts when it begins its first
transaction) and on its real engine (a commit counts when SQLite is told to
COMMIT). Use the ``session_counter`` fixture of ``tests/conftest.py`` (on ``office_context``), or
``with SessionCounter(context.session_factory) as counter:`` on another context.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

_COUNTED = "_counted_by_session_counter"


class SessionCounter:
    """Listens on one session factory and its engine and counts sessions, transactions and commits.

    Args:
        factory: the real session factory of a test's context.

    Attributes:
        sessions: sessions of the factory that began a transaction (a session that never began one opened nothing).
        transactions: outermost session transactions begun (a session that commits and goes on begins another).
        committed: COMMITs on the engine (every connection of the engine, sessions or not).
        rolled_back: ROLLBACKs on the engine (a read-only session ends with one).
    """

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory
        bind = factory.kw["bind"]
        if not isinstance(bind, Engine):
            raise TypeError("the session factory must be bound to an engine")
        self.engine = bind
        self.sessions = 0
        self.transactions = 0
        self.committed = 0
        self.rolled_back = 0
        event.listen(factory, "after_transaction_create", self._on_transaction)
        event.listen(self.engine, "commit", self._on_commit)
        event.listen(self.engine, "rollback", self._on_rollback)

    def _on_transaction(self, session: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is not None:  # a savepoint or a subtransaction: not a new unit of work
            return
        self.transactions += 1
        if session.info.get(_COUNTED) is not self:
            session.info[_COUNTED] = self
            self.sessions += 1

    def _on_commit(self, _connection: Any) -> None:
        self.committed += 1

    def _on_rollback(self, _connection: Any) -> None:
        self.rolled_back += 1

    def reset(self) -> None:
        """Starts counting from zero (after a test's set-up)."""
        self.sessions = self.transactions = self.committed = self.rolled_back = 0

    @contextmanager
    def counting(self) -> Iterator[SessionCounter]:
        """Resets, then yields itself: ``with counter.counting() as seen: service(...)``."""
        self.reset()
        yield self

    def totals(self) -> tuple[int, int, int]:
        """``(sessions, transactions, committed)``, for one assertion that shows all three when it fails."""
        return self.sessions, self.transactions, self.committed

    def __enter__(self) -> SessionCounter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Removes the listeners."""
        event.remove(self.factory, "after_transaction_create", self._on_transaction)
        event.remove(self.engine, "commit", self._on_commit)
        event.remove(self.engine, "rollback", self._on_rollback)
