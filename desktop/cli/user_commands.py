"""``konvergensi user add|list|passwd|disable|enable``: the user accounts of a shared office (admin).

On a database without users ``user add`` makes the first admin without signing in; from then on every command
signs in with the global ``--user`` (``desktop/cli/sign_in.py``).
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import add_json_flag, emit, open_cli_context
from desktop.cli.sign_in import new_password, sign_in_password
from desktop.domain.i18n import _
from desktop.domain.users import Role, UserInfo
from desktop.services.users import (
    change_password,
    create_user,
    list_users,
    reset_password,
    set_active,
    set_role,
    signed_in,
)


def register(subparsers: Any) -> None:
    """Adds the ``user`` command group."""
    parser = subparsers.add_parser(
        "user",
        help=_("akun pengguna (kantor bersama)"),
        description=_(
            "Akun pengguna dengan peran admin, operator atau pembaca. Setelah pengguna pertama (admin) dibuat, "
            "setiap perintah perlu --user NAMA dan kata sandinya."
        ),
    )
    sub = parser.add_subparsers(dest="user_command", metavar=_("PERINTAH"), required=True)
    add = sub.add_parser("add", help=_("tambah pengguna"), description=_("Tambah akun pengguna."))
    add.add_argument("name", metavar=_("NAMA"), help=_("nama masuk, mis. siti"))
    add.add_argument("--role", required=True, choices=[role.value for role in Role], help=_("peran pengguna"))
    add.add_argument("--full-name", default="", metavar=_("TEKS"), help=_("nama lengkap"))
    add.add_argument("--nip", default="", metavar="NIP", help=_("NIP (18 angka), bila ada"))
    add.add_argument("--position", default="", metavar=_("TEKS"), help=_("jabatan"))
    _password_option(add)
    add_json_flag(add)
    add.set_defaults(func=run_add)
    listing = sub.add_parser("list", help=_("daftar pengguna"), description=_("Daftar akun pengguna."))
    add_json_flag(listing)
    listing.set_defaults(func=run_list)
    passwd = sub.add_parser(
        "passwd",
        help=_("ganti kata sandi"),
        description=_(
            "Ganti kata sandi: admin mengatur ulang kata sandi siapa saja (dan membuka kunci akun); pengguna lain "
            "hanya kata sandinya sendiri."
        ),
    )
    passwd.add_argument("name", metavar=_("NAMA"))
    _password_option(passwd)
    add_json_flag(passwd)
    passwd.set_defaults(func=run_passwd)
    role = sub.add_parser(
        "role",
        help=_("ganti peran pengguna"),
        description=_("Ganti peran pengguna (admin saja); admin aktif terakhir tetap admin."),
    )
    role.add_argument("name", metavar=_("NAMA"))
    role.add_argument("--role", required=True, choices=[member.value for member in Role], help=_("peran baru"))
    add_json_flag(role)
    role.set_defaults(func=run_role)
    for command, active, text in (
        ("disable", False, _("nonaktifkan pengguna")),
        ("enable", True, _("aktifkan kembali pengguna")),
    ):
        leaf = sub.add_parser(command, help=text, description=text[:1].upper() + text[1:] + ".")
        leaf.add_argument("name", metavar=_("NAMA"))
        add_json_flag(leaf)
        leaf.set_defaults(func=run_set_active, active=active)


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file",
        dest="new_password_file",
        metavar=_("BERKAS"),
        help=_("berkas berisi kata sandi baru (baris pertama); tanpa ini kata sandi diketik dua kali"),
    )


def user_as_dict(user: UserInfo) -> dict[str, Any]:
    """A user as ``--json`` prints it (never the password hash)."""
    return {
        "name": user.name,
        "full_name": user.full_name,
        "nip": user.nip,
        "position": user.position,
        "role": user.role.value,
        "active": user.active,
        "locked_until": user.locked_until.isoformat() if user.locked_until else None,
    }


def _line(user: UserInfo) -> str:
    state = _("aktif") if user.active else _("nonaktif")
    return f"{user.name}: {user.full_name or '-'} ({user.role.label}, {state})"


def run_add(args: argparse.Namespace) -> int:
    """Creates a user."""
    context = open_cli_context(args)
    password = new_password(args.new_password_file)
    user = create_user(
        context.session_factory,
        args.name,
        args.role,
        password,
        full_name=args.full_name,
        nip=args.nip,
        position=args.position,
    )
    emit(args, user_as_dict(user), [_("Pengguna ditambahkan: {line}").format(line=_line(user))])
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Prints the users."""
    context = open_cli_context(args)
    users = list_users(context.session_factory)
    emit(args, [user_as_dict(user) for user in users], [_line(user) for user in users] or [_("Belum ada pengguna.")])
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    """Resets a user's password (admin) or changes the signed-in user's own one."""
    context = open_cli_context(args)
    factory = context.session_factory
    password = new_password(args.new_password_file)
    current = signed_in(factory)
    name = args.name.strip().lower()
    if current is not None and current[0] == name and current[1] is not Role.ADMIN:
        change_password(factory, name, sign_in_password(args) or "", password)
    else:
        reset_password(factory, name, password)
    emit(args, {"name": name}, [_("Kata sandi {name} diganti.").format(name=name)])
    return 0


def run_role(args: argparse.Namespace) -> int:
    """Gives a user another role."""
    context = open_cli_context(args)
    user = set_role(context.session_factory, args.name, args.role)
    emit(args, user_as_dict(user), [_("Peran diganti: {line}").format(line=_line(user))])
    return 0


def run_set_active(args: argparse.Namespace) -> int:
    """Disables or enables a user."""
    context = open_cli_context(args)
    set_active(context.session_factory, args.name, args.active)
    name = args.name.strip().lower()
    message = _("Pengguna {name} diaktifkan.") if args.active else _("Pengguna {name} dinonaktifkan.")
    emit(args, {"name": name, "active": args.active}, [message.format(name=name)])
    return 0
