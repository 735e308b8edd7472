"""Roles checked in the services: :func:`require` refuses an action the signed-in user's role may not do.

The acting user is in ``session.info`` (copied from the session factory): ``actor`` (the name in the audit trail)
and ``role`` (set by :func:`desktop.services.users.sign_in`). A database without users (a single PC, the default)
allows everything, as before users existed; a database with users refuses every checked action to a session
nobody signed in to.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.repositories.user_repository import any_users
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.users import Permission, Role, may

ROLE_KEY = "role"
"""The ``session.info`` key of the signed-in user's role."""


class NotPermitted(UserError):  # noqa: N818 - the name the services and the issue use
    """The signed-in user's role may not do the action (or nobody signed in where users exist)."""


def acting_role(session: Session) -> Role | None:
    """The role of the user signed in to this session, None when nobody signed in."""
    return Role.of(session.info.get(ROLE_KEY))


def require(session: Session, permission: Permission) -> None:
    """Refuses the action unless the signed-in user's role may do it (or the database has no users).

    Args:
        session: the unit of work's session.
        permission: the action about to be done.

    Raises:
        NotPermitted: the role may not do it, or nobody signed in to a database with users.
    """
    role = acting_role(session)
    if role is None:
        if not any_users(session):
            return
        raise NotPermitted(_("Masuk sebagai pengguna terlebih dahulu: database ini memakai akun pengguna."))
    if not may(role, permission):
        raise NotPermitted(
            _("Peran {role} tidak boleh {action}; minta admin kantor bila perlu.").format(
                role=role.label, action=permission.label
            )
        )
