"""User accounts and roles on a real migrated SQLite file: hashing, lockout, roles refused in the services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_session_factory
from db.models.audit import AuditEntry
from db.models.users import User
from desktop.context import AppContext
from desktop.domain.users import LOCKOUT, MAX_FAILED_ATTEMPTS, Permission, Role, may
from desktop.paths import DATABASE_FILE
from desktop.services.cases.case_import import import_cases
from desktop.services.office import get_office, save_office
from desktop.services.permissions import NotPermitted
from desktop.services.reports.export import export_report
from desktop.services.reports.scope import ReportRequest
from desktop.services.unit_of_work import unit_of_work
from desktop.services.users import (
    LoginError,
    UserAdminError,
    authenticate,
    change_password,
    create_user,
    list_users,
    require_permission,
    reset_password,
    set_active,
    set_role,
    sign_in,
    signed_in,
    users_exist,
)

ADMIN_PASSWORD = "Sangat-Rahasia-Kantor-2026"
OTHER_PASSWORD = "kata-sandi-operator-9"
CHILDREN = (
    "Nama;NIK;JK;Tgl Lahir;Nama Ortu;Desa;Kecamatan;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur\n"
    "Ani;;P;2025-01-10;Euis;Cibadak;Cibadak;2026-01-12;8,0;65,5;Terlentang\n"
)


def _as(context: AppContext, name: str, password: str) -> sessionmaker[Session]:
    """A session factory of its own, signed in as ``name`` (as one PC of the office would be)."""
    factory = make_session_factory(context.engine)
    sign_in(factory, authenticate(factory, name, password))
    return factory


@pytest.fixture
def office_users(office_context: AppContext) -> AppContext:
    """The demo office with an admin, an operator and a reader."""
    factory = office_context.session_factory
    create_user(factory, "kepala", Role.ADMIN, ADMIN_PASSWORD, full_name="Kepala Bappeda")
    admin = _as(office_context, "kepala", ADMIN_PASSWORD)
    create_user(admin, "Siti", "operator", OTHER_PASSWORD, position="Staf Sekretariat")
    create_user(admin, "baca", Role.PEMBACA, OTHER_PASSWORD)
    return office_context


def test_the_password_is_stored_only_as_an_argon2id_hash(office_users: AppContext) -> None:
    with office_users.session_factory() as session:
        hashes = list(session.scalars(select(User.password_hash)))
    assert len(hashes) == 3 and all(value.startswith("$argon2id$") for value in hashes)
    office_users.dispose()
    database = office_users.data_dir / DATABASE_FILE
    stored = b"".join(path.read_bytes() for path in database.parent.glob(DATABASE_FILE + "*"))
    for password in (ADMIN_PASSWORD, OTHER_PASSWORD):
        assert password.encode() not in stored and password.encode("utf-16-le") not in stored


def test_names_are_unique_without_regard_to_case_and_the_first_user_is_an_admin(empty_context: AppContext) -> None:
    factory = empty_context.session_factory
    assert not users_exist(factory)
    with pytest.raises(UserAdminError, match="Pengguna pertama harus admin"):
        create_user(factory, "siti", Role.OPERATOR, OTHER_PASSWORD)
    with pytest.raises(UserAdminError, match="minimal 8 karakter"):
        create_user(factory, "kepala", Role.ADMIN, "pendek")
    assert create_user(factory, " Kepala ", Role.ADMIN, ADMIN_PASSWORD).name == "kepala"
    assert users_exist(factory)
    admin = _as(empty_context, "KEPALA", ADMIN_PASSWORD)
    with pytest.raises(UserAdminError, match="sudah dipakai"):
        create_user(admin, "kepala", Role.OPERATOR, OTHER_PASSWORD)
    with pytest.raises(UserAdminError, match="NIP tidak sah"):
        create_user(admin, "nip", Role.OPERATOR, OTHER_PASSWORD, nip="123")


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(office_users: AppContext) -> None:
    factory = office_users.session_factory
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    for attempt in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(LoginError, match=r"^Nama pengguna atau kata sandi salah\.$"):
            authenticate(factory, "siti", f"salah-{attempt}", now=start)
    with pytest.raises(LoginError, match=r"dikunci sampai pukul .* setelah 5 kali salah"):
        authenticate(factory, "siti", "salah-lagi", now=start)
    # Locked: even the right password is refused until the lock ends.
    with pytest.raises(LoginError, match="dikunci"):
        authenticate(factory, "siti", OTHER_PASSWORD, now=start + LOCKOUT - timedelta(seconds=1))
    assert authenticate(factory, "siti", OTHER_PASSWORD, now=start + LOCKOUT).name == "siti"
    # A success resets the counter: four more wrong ones do not lock.
    for _attempt in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(LoginError, match="salah"):
            authenticate(factory, "siti", "salah", now=start + LOCKOUT)
    assert authenticate(factory, "siti", OTHER_PASSWORD, now=start + LOCKOUT).role is Role.OPERATOR


def test_an_admin_reset_lifts_a_lockout_and_an_unknown_name_reads_like_a_wrong_password(
    office_users: AppContext,
) -> None:
    factory = office_users.session_factory
    with pytest.raises(LoginError, match=r"^Nama pengguna atau kata sandi salah\.$"):
        authenticate(factory, "tidak-ada", OTHER_PASSWORD)
    for _attempt in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginError):
            authenticate(factory, "baca", "salah")
    admin = _as(office_users, "kepala", ADMIN_PASSWORD)
    (locked,) = [user for user in list_users(admin) if user.name == "baca"]
    assert locked.locked_at(datetime.now(UTC))
    reset_password(admin, "baca", "baru-dari-admin-1")
    assert authenticate(factory, "baca", "baru-dari-admin-1").name == "baca"


def test_a_password_change_needs_the_old_password(office_users: AppContext) -> None:
    factory = office_users.session_factory
    with pytest.raises(LoginError):
        change_password(factory, "siti", "bukan-yang-lama", "kata-sandi-baru-1")
    change_password(factory, "siti", OTHER_PASSWORD, "kata-sandi-baru-1")
    with pytest.raises(LoginError):
        authenticate(factory, "siti", OTHER_PASSWORD)
    assert authenticate(factory, "siti", "kata-sandi-baru-1").name == "siti"


def test_a_disabled_user_cannot_sign_in_and_the_last_admin_stays(office_users: AppContext) -> None:
    admin = _as(office_users, "kepala", ADMIN_PASSWORD)
    set_active(admin, "siti", False)
    with pytest.raises(LoginError, match="dinonaktifkan"):
        authenticate(admin, "siti", OTHER_PASSWORD)
    with pytest.raises(UserAdminError, match="Admin aktif terakhir"):
        set_active(admin, "kepala", False)
    set_active(admin, "siti", True)
    assert authenticate(admin, "siti", OTHER_PASSWORD).active


def test_a_reader_may_not_import_or_save(office_users: AppContext, tmp_path: Path) -> None:
    reader = _as(office_users, "baca", OTHER_PASSWORD)
    assert signed_in(reader) == ("baca", Role.PEMBACA)
    children = tmp_path / "anak.csv"
    children.write_text(CHILDREN, encoding="utf-8")
    with pytest.raises(NotPermitted, match="Peran Pembaca tidak boleh mengimpor data"):
        import_cases(reader, children, dry_run=False)
    office = get_office(reader)  # reading is allowed
    assert office is not None
    with pytest.raises(NotPermitted, match="tidak boleh mengubah pengaturan kantor"):
        save_office(reader, office)
    with pytest.raises(NotPermitted, match="tidak boleh mengubah data"), unit_of_work(reader) as session:
        session.add(AuditEntry(office_code="x", actor="x", entity="x", entity_uuid="x", action="x"))
    with pytest.raises(NotPermitted, match="mengekspor data per nama"):
        export_report(reader, ReportRequest("krs-list", 2024), tmp_path / "nama.xlsx")
    assert not (tmp_path / "nama.xlsx").exists()
    operator = _as(office_users, "siti", OTHER_PASSWORD)
    summary = import_cases(operator, children, dry_run=False)
    assert summary.new == 1


def test_an_operator_may_not_administer_users_or_office_settings(office_users: AppContext) -> None:
    operator = _as(office_users, "siti", OTHER_PASSWORD)
    for action in (
        lambda: create_user(operator, "baru", Role.OPERATOR, OTHER_PASSWORD),
        lambda: list_users(operator),
        lambda: reset_password(operator, "baca", "baru-baru-baru"),
        lambda: set_active(operator, "baca", False),
        lambda: require_permission(operator, Permission.RESTORE),
    ):
        with pytest.raises(NotPermitted, match="Peran Operator tidak boleh"):
            action()
    office = get_office(operator)
    assert office is not None
    with pytest.raises(NotPermitted, match="pengaturan kantor"):
        save_office(operator, office)


def test_nobody_signed_in_is_refused_where_users_exist(office_users: AppContext) -> None:
    factory = make_session_factory(office_users.engine)
    office = get_office(factory)
    assert office is not None
    with pytest.raises(NotPermitted, match="Masuk sebagai pengguna terlebih dahulu"):
        save_office(factory, office)


def test_the_audit_trail_names_the_signed_in_user(office_users: AppContext) -> None:
    admin = _as(office_users, "kepala", ADMIN_PASSWORD)
    office = get_office(admin)
    assert office is not None
    office.phone = "(0252) 201001"
    save_office(admin, office)
    with admin() as session:
        actors = set(session.scalars(select(AuditEntry.actor).where(AuditEntry.field == "phone")))
    assert actors == {"kepala"}


def test_the_roles_as_data() -> None:
    assert all(may(Role.ADMIN, permission) for permission in Permission)
    assert may("operator", Permission.IMPORT) and not may("operator", Permission.MANAGE_USERS)
    assert not any(may(Role.PEMBACA, permission) for permission in Permission)
    assert not may(None, Permission.EDIT_DATA) and not may("tamu", Permission.EDIT_DATA)


def test_the_desa_by_name_lists_need_the_by_name_permission_and_are_audited(office_users: AppContext) -> None:
    from desktop.services.audit_trail import record_desa_list_print
    from desktop.services.cases.desa_list import desa_case_list
    from desktop.services.krs.desa_list import desa_verification_list

    desa = "36.02.18.2004"
    reader = _as(office_users, "baca", OTHER_PASSWORD)
    for gather in (desa_case_list, desa_verification_list):
        with pytest.raises(NotPermitted, match="mengekspor data per nama"):
            gather(reader, desa)
    operator = _as(office_users, "siti", OTHER_PASSWORD)
    families = desa_verification_list(operator, desa)
    children = desa_case_list(operator, desa)
    assert families.desa_code == children.desa_code == desa
    record_desa_list_print(operator, "krs", families.desa_code, len(families.rows))
    record_desa_list_print(operator, "cases", children.desa_code, len(children.rows))
    with office_users.session_factory() as session:
        entries = session.execute(
            select(AuditEntry.actor, AuditEntry.field, AuditEntry.new_value).where(AuditEntry.entity == "report")
        ).all()
    assert ("siti", f"daftar-desa-krs {desa}", str(len(families.rows))) in entries
    assert ("siti", f"daftar-desa-cases {desa}", str(len(children.rows))) in entries


def test_account_administration_is_in_the_audit_trail_without_any_password(office_users: AppContext) -> None:
    admin = _as(office_users, "kepala", ADMIN_PASSWORD)
    assert set_role(admin, "baca", Role.OPERATOR).role is Role.OPERATOR
    with pytest.raises(UserAdminError, match="Admin aktif terakhir tetap admin"):
        set_role(admin, "kepala", Role.PEMBACA)
    with pytest.raises(NotPermitted, match="Peran Operator tidak boleh"):
        set_role(_as(office_users, "siti", OTHER_PASSWORD), "baca", Role.ADMIN)
    reset_password(admin, "siti", "kata-sandi-baru-2026")
    set_active(admin, "siti", False)
    with office_users.session_factory() as session:
        rows = session.execute(
            select(AuditEntry.actor, AuditEntry.action, AuditEntry.entity_uuid, AuditEntry.field, AuditEntry.new_value)
            .where(AuditEntry.entity == "app_user")
            .order_by(AuditEntry.id)
        ).all()
        stored = " ".join(
            str(value) for row in session.execute(select(AuditEntry)).scalars() for value in vars(row).values()
        )
    # The first admin was made before anybody could sign in: its actor is the PC's own login, as for any change then.
    assert (rows[0].action, rows[0].entity_uuid, rows[0].field) == ("create", "kepala", "role")
    assert rows[0].actor not in ("", "kepala")
    assert [(r.actor, r.action, r.entity_uuid, r.field) for r in rows[1:]] == [
        ("kepala", "create", "siti", "role"),
        ("kepala", "create", "baca", "role"),
        ("kepala", "update", "baca", "role"),
        ("kepala", "update", "siti", "password"),
        ("kepala", "update", "siti", "active"),
    ]
    assert rows[3].new_value == "operator" and rows[5].new_value == "false"  # the old values are kept too
    for secret in (ADMIN_PASSWORD, OTHER_PASSWORD, "kata-sandi-baru-2026", "$argon2id$"):
        assert secret not in stored
