"""Queries of the user accounts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.users import User


def any_users(session: Session) -> bool:
    """Whether the database has at least one user account (active or not)."""
    return session.execute(select(User.id).limit(1)).first() is not None


def user_by_name(session: Session, name: str) -> User | None:
    """The user with this login name (compared without regard to case), or None."""
    return session.execute(select(User).where(User.name == name.strip().lower())).scalar_one_or_none()


def all_users(session: Session) -> list[User]:
    """Every user, by name."""
    return list(session.execute(select(User).order_by(User.name)).scalars())


def active_admins(session: Session) -> int:
    """How many active admins there are."""
    return len(session.execute(select(User.id).where(User.role == "admin", User.active.is_(True))).all())
