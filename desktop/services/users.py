"""User accounts of a shared office: create, list, sign in (with lockout), change and reset passwords, disable.

Passwords are hashed with argon2id (``argon2-cffi``, its default parameters); the plain password never reaches the
database, a log or an exception message. Signing in marks the session factory (:func:`sign_in`): every later
session carries the user's name (the audit actor) and role (checked by ``desktop/services/permissions.py``).

The one function part B's ``server init --admin`` calls is :func:`create_user`: on a database without users it
needs no sign-in, so it makes the first admin.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import inspect
from sqlalchemy.orm import Session, sessionmaker

from db.audit_events import office_code_in
from db.base import utc_now
from db.models.audit import AuditEntry
from db.models.users import User
from db.repositories.user_repository import active_admins, all_users, any_users, user_by_name
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.identifiers import nip_problem
from desktop.domain.users import LOCKOUT, MAX_FAILED_ATTEMPTS, MIN_PASSWORD_LENGTH, Permission, Role, UserInfo
from desktop.services.permissions import ROLE_KEY, require
from desktop.services.unit_of_work import reading, unit_of_work

_HASHER = PasswordHasher()  # argon2id with the library's (RFC 9106 low-memory) parameters
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,59}")
# Verified against when the name is unknown, so an unknown name costs as long as a wrong password.
_DUMMY_HASH = _HASHER.hash("konvergensi-no-such-user")


class LoginError(UserError):
    """Signing in failed: wrong name or password, a locked or a disabled account."""


class UserAdminError(UserError):
    """A user account could not be created or changed as asked."""


def _audit(session: Session, action: str, user: str, field: str, old: str = "", new: str = "") -> None:
    """An entry in the audit trail for an account's administration: who did it is the session's actor.

    The password itself, or its hash, is never written: a password change reads as ``password`` changed.
    """
    session.add(
        AuditEntry(
            office_code=office_code_in(session),
            actor=str(session.info.get("actor", "")),
            entity="app_user",
            entity_uuid=user,
            action=action,
            at=utc_now(),
            field=field,
            old_value=old,
            new_value=new,
        )
    )


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _info(user: User) -> UserInfo:
    return UserInfo(
        name=user.name,
        full_name=user.full_name,
        nip=user.nip,
        position=user.position,
        role=Role(user.role),
        active=user.active,
        locked_until=user.locked_until,
        password_changed_at=user.password_changed_at,
    )


def check_password(password: str) -> None:
    """Refuses a password too short to protect personal data.

    Raises:
        UserAdminError: shorter than :data:`~desktop.domain.users.MIN_PASSWORD_LENGTH` characters.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserAdminError(
            _("Kata sandi minimal {count} karakter.").format(count=MIN_PASSWORD_LENGTH),
            {"password": _("terlalu pendek")},
        )


def _clean_name(name: str) -> str:
    cleaned = name.strip().lower()
    if not _NAME.fullmatch(cleaned):
        raise UserAdminError(
            _("Nama pengguna 2-60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung."),
            {"name": _("tidak sah")},
        )
    return cleaned


def _existing(session: Session, name: str) -> User:
    user = user_by_name(session, name)
    if user is None:
        raise UserAdminError(_("Pengguna {name} tidak ada.").format(name=name.strip()))
    return user


def users_exist(session_factory: sessionmaker[Session]) -> bool:
    """Whether the database has user accounts (then signing in is required).

    A database of an older schema, not yet upgraded (``db upgrade``, ``db check``), has no accounts.
    """
    with reading(session_factory) as session:
        if not inspect(session.connection()).has_table(User.__tablename__):
            return False
        return any_users(session)


def create_user(
    session_factory: sessionmaker[Session],
    name: str,
    role: Role | str,
    password: str,
    *,
    full_name: str = "",
    nip: str = "",
    position: str = "",
) -> UserInfo:
    """Creates a user account; on a database without users this needs no sign-in (the first admin).

    Args:
        session_factory: the application's session factory.
        name: the login name (stored in lower case).
        role: ``admin``, ``operator`` or ``pembaca``.
        password: the password (hashed with argon2id, never stored).
        full_name: the full name.
        nip: the NIP (18 digits), empty when none.
        position: the jabatan.

    Returns:
        The new user.

    Raises:
        UserAdminError: a bad name, role, NIP or password, or the name is taken.
        NotPermitted: the signed-in user is not an admin.
    """
    cleaned = _clean_name(name)
    member = Role.of(str(role))
    if member is None:
        raise UserAdminError(_("Peran harus admin, operator atau pembaca."), {"role": _("tidak sah")})
    nip = nip.strip()
    problem = nip_problem(nip) if nip else None
    if problem:
        raise UserAdminError(_("NIP tidak sah: {reason}.").format(reason=problem), {"nip": problem})
    check_password(password)
    with unit_of_work(session_factory, permission=Permission.MANAGE_USERS) as session:
        if user_by_name(session, cleaned) is not None:
            raise UserAdminError(_("Nama pengguna {name} sudah dipakai.").format(name=cleaned), {"name": _("dipakai")})
        if not any_users(session) and member is not Role.ADMIN:
            raise UserAdminError(_("Pengguna pertama harus admin, agar ada yang dapat mengelola pengguna."))
        user = User(
            name=cleaned,
            full_name=full_name.strip(),
            nip=nip,
            position=position.strip(),
            role=member.value,
            active=True,
            password_hash=_HASHER.hash(password),
            failed_attempts=0,
        )
        session.add(user)
        session.flush()
        _audit(session, "create", cleaned, "role", new=member.value)
        return _info(user)


def list_users(session_factory: sessionmaker[Session]) -> list[UserInfo]:
    """Every user account, by name (admin only where users exist)."""
    with reading(session_factory) as session:
        require(session, Permission.MANAGE_USERS)
        return [_info(user) for user in all_users(session)]


def _failed_attempt(user: User, now: datetime) -> str:
    """Counts a wrong password; the fifth in a row locks the account. Returns the sentence for the user."""
    user.failed_attempts += 1
    if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
        user.failed_attempts = 0
        user.locked_until = now + LOCKOUT
        return _locked_message(user)
    return _("Nama pengguna atau kata sandi salah.")


def _locked_message(user: User) -> str:
    until = user.locked_until.astimezone().strftime("%H:%M") if user.locked_until else ""
    return _(
        "Akun {name} dikunci sampai pukul {time} setelah {count} kali salah kata sandi; "
        "coba lagi nanti atau minta admin mengatur ulang kata sandinya."
    ).format(name=user.name, time=until, count=MAX_FAILED_ATTEMPTS)


def _verified(user: User, password: str) -> bool:
    try:
        return _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(
    session_factory: sessionmaker[Session], name: str, password: str, *, now: datetime | None = None
) -> UserInfo:
    """Checks a user's password; five wrong ones in a row lock the account for 15 minutes.

    Args:
        session_factory: the application's session factory.
        name: the login name.
        password: the password typed.
        now: the current time (UTC), for tests; the clock when None.

    Returns:
        The user, when the password is right and the account is active and not locked.

    Raises:
        LoginError: one Indonesian sentence (wrong name or password, locked, disabled).
    """
    # The counter must be committed even when signing in fails: the failure is raised after the unit of work.
    with unit_of_work(session_factory, permission=None) as session:
        info, failure = _authenticate_in(session, name, password, _now(now))
    if failure is not None or info is None:
        raise LoginError(failure or _("Nama pengguna atau kata sandi salah."))
    return info


def _authenticate_in(
    session: Session, name: str, password: str, moment: datetime
) -> tuple[UserInfo | None, str | None]:
    """Checks the password inside a unit of work: (the user, None) on success, (None, the sentence) otherwise."""
    user = user_by_name(session, name)
    if user is None:
        _verified(User(password_hash=_DUMMY_HASH), password)
        return None, _("Nama pengguna atau kata sandi salah.")
    if user.locked_until is not None and user.locked_until > moment:
        return None, _locked_message(user)
    if not _verified(user, password):
        return None, _failed_attempt(user, moment)
    if not user.active:
        return None, _("Akun {name} dinonaktifkan; hubungi admin kantor.").format(name=user.name)
    user.failed_attempts = 0
    user.locked_until = None
    if _HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = _HASHER.hash(password)
    return _info(user), None


def change_password(session_factory: sessionmaker[Session], name: str, old_password: str, new_password: str) -> None:
    """Changes a user's own password; the old one must be given.

    Raises:
        LoginError: the old password is wrong (counted like a wrong sign-in).
        UserAdminError: the new password is too short.
    """
    check_password(new_password)
    # One unit of work; a wrong old password is counted (committed) and then refused.
    with unit_of_work(session_factory, permission=None) as session:
        info, failure = _authenticate_in(session, name, old_password, datetime.now(UTC))
        if info is not None:
            user = _existing(session, name)
            user.password_hash = _HASHER.hash(new_password)
            user.password_changed_at = datetime.now(UTC)
            _audit(session, "update", user.name, "password")
    if failure is not None or info is None:
        raise LoginError(failure or _("Nama pengguna atau kata sandi salah."))


def reset_password(session_factory: sessionmaker[Session], name: str, new_password: str) -> None:
    """Sets a new password for a user (admin only) and lifts a lockout.

    Raises:
        UserAdminError: no such user, or the password is too short.
        NotPermitted: the signed-in user is not an admin.
    """
    check_password(new_password)
    with unit_of_work(session_factory, permission=Permission.MANAGE_USERS) as session:
        user = _existing(session, name)
        user.password_hash = _HASHER.hash(new_password)
        user.password_changed_at = datetime.now(UTC)
        user.failed_attempts = 0
        user.locked_until = None
        _audit(session, "update", user.name, "password", new=_("diatur ulang oleh admin"))


def set_active(session_factory: sessionmaker[Session], name: str, active: bool) -> None:
    """Disables or enables a user (admin only); the last active admin cannot be disabled.

    Raises:
        UserAdminError: no such user, or it is the last active admin.
        NotPermitted: the signed-in user is not an admin.
    """
    with unit_of_work(session_factory, permission=Permission.MANAGE_USERS) as session:
        user = _existing(session, name)
        if not active and user.active and user.role == Role.ADMIN.value and active_admins(session) <= 1:
            raise UserAdminError(_("Admin aktif terakhir tidak dapat dinonaktifkan."))
        if user.active != active:
            _audit(session, "update", user.name, "active", str(user.active).lower(), str(active).lower())
        user.active = active


def set_role(session_factory: sessionmaker[Session], name: str, role: Role | str) -> UserInfo:
    """Gives a user another role (admin only); the last active admin keeps the admin role.

    Raises:
        UserAdminError: no such user, a bad role, or the last active admin would lose it.
        NotPermitted: the signed-in user is not an admin.
    """
    member = Role.of(str(role))
    if member is None:
        raise UserAdminError(_("Peran harus admin, operator atau pembaca."), {"role": _("tidak sah")})
    with unit_of_work(session_factory, permission=Permission.MANAGE_USERS) as session:
        user = _existing(session, name)
        if user.role == member.value:
            return _info(user)
        if user.role == Role.ADMIN.value and user.active and active_admins(session) <= 1:
            raise UserAdminError(_("Admin aktif terakhir tetap admin; jadikan orang lain admin dulu."))
        _audit(session, "update", user.name, "role", user.role, member.value)
        user.role = member.value
        session.flush()
        return _info(user)


def require_permission(session_factory: sessionmaker[Session], permission: Permission) -> None:
    """Refuses an action the signed-in user may not do, for the few that do not run in a unit of work (a restore
    replaces the database file itself).

    Raises:
        NotPermitted: see :func:`desktop.services.permissions.require`.
    """
    with reading(session_factory) as session:
        require(session, permission)


def sign_in(session_factory: sessionmaker[Session], user: UserInfo) -> None:
    """Marks the session factory with the signed-in user: name in the audit trail, role checked by the services.

    Args:
        session_factory: the application's session factory (its later sessions carry the user).
        user: the user :func:`authenticate` returned.
    """
    info = session_factory.kw.setdefault("info", {})
    info["actor"] = user.name
    info[ROLE_KEY] = user.role.value


def signed_in(session_factory: sessionmaker[Session]) -> tuple[str, Role] | None:
    """The name and role of the user signed in to the factory, None when nobody signed in."""
    info = session_factory.kw.get("info") or {}
    role = Role.of(info.get(ROLE_KEY))
    return None if role is None else (str(info.get("actor", "")), role)
