"""Users and roles as plain data: the three roles, the actions each may do, the login rules.

The services check a :class:`Permission` before they act (``desktop/services/permissions.py``); the window only
disables what the role may not use. With no user in the database (a single PC, the default) nothing is checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain.codes import CodeList
from desktop.domain.i18n import N_


class Role(CodeList):
    """What a user of a shared office may do (stored in ``app_user.role``)."""

    ADMIN = "admin", N_("Admin")
    OPERATOR = "operator", N_("Operator")
    PEMBACA = "pembaca", N_("Pembaca")


class Permission(CodeList):
    """An action a role may or may not do; the label names it in a refusal ("... tidak boleh <label>")."""

    EDIT_DATA = "edit_data", N_("mengubah data")
    IMPORT = "import", N_("mengimpor data")
    EXPORT_NAMES = "export_names", N_("mengekspor data per nama")
    REVEAL_NIK = "reveal_nik", N_("membuka NIK lengkap")
    EXCHANGE = "exchange", N_("bertukar data dengan kantor lain")
    OFFICE_SETTINGS = "office_settings", N_("mengubah pengaturan kantor")
    FRAMEWORKS = "frameworks", N_("mengubah kerangka Aksi Konvergensi")
    PARTNERS = "partners", N_("mengelola kantor mitra pertukaran")
    RESTORE = "restore", N_("memulihkan cadangan")
    MANAGE_USERS = "manage_users", N_("mengelola pengguna")


OPERATOR_PERMISSIONS = frozenset(
    {Permission.EDIT_DATA, Permission.IMPORT, Permission.EXPORT_NAMES, Permission.REVEAL_NIK, Permission.EXCHANGE}
)
"""All data work: saves, deletes, imports, by-name exports, NIK reveal, exchange."""

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.OPERATOR: OPERATOR_PERMISSIONS,
    # A reader reads, prints and exports recaps: none of the checked actions.
    Role.PEMBACA: frozenset(),
}
"""Which checked actions each role may do. Reading, printing and recap exports are never checked."""

MAX_FAILED_ATTEMPTS = 5
"""Wrong passwords in a row before the account is locked."""

LOCKOUT = timedelta(minutes=15)
"""How long a locked account stays locked."""

MIN_PASSWORD_LENGTH = 8
"""The shortest password accepted."""


def may(role: Role | str | None, permission: Permission) -> bool:
    """Whether a role may do an action.

    Args:
        role: the role (or its stored code); None or an unknown code may do nothing.
        permission: the action.

    Returns:
        True when the role's permissions include the action.
    """
    member = Role.of(role) if isinstance(role, str) else role
    return member is not None and permission in ROLE_PERMISSIONS[member]


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A user as the window and the command line show it (never the password hash).

    Attributes:
        name: the login name.
        full_name: the full name.
        nip: the civil-servant number (empty when none).
        position: the jabatan.
        role: the role.
        active: False when disabled.
        locked_until: when a lockout ends (UTC), None when not locked.
        password_changed_at: when the password was last set (UTC).
    """

    name: str
    full_name: str
    nip: str
    position: str
    role: Role
    active: bool
    locked_until: datetime | None
    password_changed_at: datetime | None

    def locked_at(self, now: datetime) -> bool:
        """Whether the account is locked at ``now`` (UTC)."""
        return self.locked_until is not None and self.locked_until > now
