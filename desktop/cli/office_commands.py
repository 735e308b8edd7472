"""``konvergensi office show|set|setup|card|letterhead ...``: the office, its paper, its exchange card, letterheads."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, emit, fail, open_cli_context, stderr_progress
from desktop.cli.letterhead_commands import register_letterheads
from desktop.domain.i18n import LANGUAGES, N_, _
from desktop.domain.identifiers import format_nip
from desktop.domain.office import OfficeSettings, PaperSize
from desktop.services.exchange.offices import LEVEL_NAMES, setup_office, write_card
from desktop.services.office import OfficeValidationError, get_office, level_label, office_as_dict, save_office
from desktop.services.regions import load_regions, normalize_code, regions_loaded


def register(subparsers: Any) -> None:
    """Adds the ``office`` command group."""
    parser = subparsers.add_parser("office", help=_("identitas kantor"), description=_("Identitas kantor."))
    commands = parser.add_subparsers(dest="office_command", metavar=_("PERINTAH"), required=True)
    show = commands.add_parser(
        "show", help=_("tampilkan identitas kantor"), description=_("Tampilkan identitas kantor.")
    )
    add_json_flag(show)
    show.set_defaults(func=run_show)
    changed = commands.add_parser(
        "set",
        help=_("ubah identitas kantor (isian yang tidak disebut tetap)"),
        description=_(
            "Ubah isian identitas kantor seperti di halaman Pengaturan; isian yang tidak disebut tidak berubah. "
            "Pada database tanpa kantor, --region dan --name membuat kantornya. Semua isian diperiksa dulu: "
            "bila satu tidak sah, tidak ada yang disimpan."
        ),
    )
    for option, field, metavar, help_text in _FIELDS:
        changed.add_argument(option, dest=field, metavar=metavar, help=_(help_text))
    changed.add_argument(
        "--paper", dest="paper_size", choices=[size.value for size in PaperSize], help=_("ukuran kertas dokumen")
    )
    emblem = changed.add_mutually_exclusive_group()
    emblem.add_argument("--emblem", metavar=_("BERKAS"), help=_("lambang daerah (PNG atau JPEG, paling besar 2 MB)"))
    emblem.add_argument("--no-emblem", action="store_true", help=_("hapus lambang daerah"))
    add_json_flag(changed)
    changed.set_defaults(func=run_set)
    _register_setup(commands)
    card = commands.add_parser(
        "card",
        help=_("tulis kartu kantor (.konvid) untuk mitra"),
        description=_(
            "Tulis kartu kantor: kode, nama, tingkat, wilayah, kunci publik dan sidik jari yang dibacakan kepada "
            "mitra lewat telepon. Kartu tidak memuat kunci rahasia."
        ),
    )
    card.add_argument("-o", "--output", required=True, metavar=_("BERKAS"), help=_("berkas kartu (.konvid)"))
    add_json_flag(card)
    card.set_defaults(func=run_card)
    register_letterheads(commands)
    language = commands.add_parser(
        "language",
        help=_("bahasa antarmuka di PC ini (seperti Pengaturan → Bahasa antarmuka)"),
        description=_(
            "Tampilkan bahasa antarmuka yang tersimpan di folder data ini, atau ubah dengan --set; berlaku saat "
            "Konvergensi dibuka lagi. KONVERGENSI_LANGUAGE mengganti pilihan ini untuk satu kali jalan."
        ),
    )
    language.add_argument("--set", dest="language", choices=sorted(LANGUAGES), help=_("kode bahasa yang dipakai"))
    add_json_flag(language)
    language.set_defaults(func=run_language)


_FIELDS = (
    ("--region", "region_code", N_("KODE"), N_("kode kabupaten/kota kantor, mis. 36.02")),
    ("--name", "name", N_("TEKS"), N_("nama kantor, mis. Bappeda Kabupaten Lebak")),
    ("--address", "address", N_("TEKS"), N_("alamat kantor")),
    ("--city", "city", N_("TEKS"), N_("kota tempat surat ditandatangani")),
    ("--phone", "phone", N_("TEKS"), N_("nomor telepon")),
    ("--email", "email", N_("TEKS"), N_("alamat surel")),
    ("--website", "website", N_("TEKS"), N_("situs web")),
    ("--head-name", "head_name", N_("TEKS"), N_("nama kepala kantor")),
    ("--head-position", "head_position", N_("TEKS"), N_("jabatan kepala kantor")),
    ("--head-rank", "head_rank", N_("TEKS"), N_("pangkat/golongan kepala kantor")),
    ("--head-nip", "head_nip", "NIP", N_("NIP kepala kantor (18 angka)")),
    ("--number-pattern", "document_number_pattern", N_("POLA"), N_("pola nomor surat")),
    ("--krs-round", "krs_round", N_("PUTARAN"), N_("putaran data KRS bawaan, mis. PK24")),
)


def run_set(args: argparse.Namespace) -> int:
    """Changes the named office fields (or creates the office) and prints the stored settings."""
    context = open_cli_context(args)
    office = get_office(context.session_factory) or OfficeSettings()
    given = {field: getattr(args, field) for _option, field, _metavar, _help in _FIELDS}
    given["paper_size"] = args.paper_size
    changes: dict[str, Any] = {field: value for field, value in given.items() if value is not None}
    if "region_code" in changes:
        changes["region_code"] = normalize_code(str(changes["region_code"]))
    if args.emblem:
        changes["emblem_png"] = Path(args.emblem).expanduser().read_bytes()
    elif args.no_emblem:
        changes["emblem_png"] = None
    if not changes:
        return fail(args, _("sebutkan paling sedikit satu isian yang diubah (lihat: konvergensi office set --help)"))
    try:
        saved = save_office(context.session_factory, replace(office, **changes))
    except OfficeValidationError as error:
        problems = " ".join(error.problems.values())
        return fail(args, _("identitas kantor tidak disimpan: {problems}").format(problems=problems))
    emit(
        args,
        office_as_dict(saved),
        [
            _("Identitas kantor disimpan: {name} ({region_name}).").format(
                name=saved.name, region_name=saved.region_name
            )
        ],
    )
    return 0


def _register_setup(commands: Any) -> None:
    setup = commands.add_parser(
        "setup",
        help=_("atur kantor tanpa jendela (tingkat, wilayah, nama, kunci)"),
        description=_(
            "Atur kantor instalasi ini tanpa jendela: tingkat, wilayah dan nama, serta pasangan kunci tanda tangan "
            "dan enkripsi untuk pertukaran data. Daftar wilayah dimuat bila belum ada. Kantor yang sudah diatur "
            "hanya diubah dengan --update."
        ),
    )
    setup.add_argument("--level", required=True, choices=sorted(LEVEL_NAMES), help=_("tingkat kantor"))
    setup.add_argument("--region", required=True, metavar=_("KODE"), help=_("kode wilayah kantor, mis. 36.02.18"))
    setup.add_argument("--name", required=True, metavar=_("NAMA"), help=_("nama kantor"))
    setup.add_argument("--address", default="", metavar=_("ALAMAT"), help=_("alamat kantor"))
    setup.add_argument("--city", default="", metavar=_("KOTA"), help=_("kota tempat tanda tangan"))
    setup.add_argument("--head-name", default="", metavar=_("NAMA"), help=_("nama kepala kantor"))
    setup.add_argument("--head-position", default="", metavar=_("JABATAN"), help=_("jabatan kepala kantor"))
    setup.add_argument("--head-rank", default="", metavar=_("PANGKAT"), help=_("pangkat/golongan kepala kantor"))
    setup.add_argument("--head-nip", default="", metavar=_("NIP"), help=_("NIP kepala kantor"))
    setup.add_argument("--update", action="store_true", help=_("ubah kantor yang sudah diatur"))
    add_json_flag(setup)
    setup.set_defaults(func=run_setup)


def run_setup(args: argparse.Namespace) -> int:
    """Sets the office up (or updates it with ``--update``) and creates its keys."""
    context = open_cli_context(args)
    if not regions_loaded(context.session_factory):  # a new PC: the office's region must exist (a long step)
        load_regions(context.session_factory, stderr_progress(args))
    current = get_office(context.session_factory) if args.update else None
    settings = current or OfficeSettings()
    settings.region_code = args.region.strip()
    settings.name = args.name
    for option in ("address", "city", "head_name", "head_position", "head_rank", "head_nip"):
        value = getattr(args, option)
        if value or current is None:
            setattr(settings, option, value)
    saved = setup_office(
        context.session_factory, context.data_dir, settings, LEVEL_NAMES[args.level], update=args.update
    )
    emit(
        args,
        {**office_as_dict(saved), "level": LEVEL_NAMES[args.level], "level_name": level_label(LEVEL_NAMES[args.level])},
        [
            _("Kantor diatur: {name}, kode kantor {code}").format(name=saved.name, code=saved.code),
            _("Tingkat {level}, wilayah {region_name} ({region_code})").format(
                level=level_label(LEVEL_NAMES[args.level]), region_name=saved.region_name, region_code=saved.region_code
            ),
        ],
    )
    return 0


def run_card(args: argparse.Namespace) -> int:
    """Writes the office card."""
    context = open_cli_context(args)
    target = Path(args.output)
    card = write_card(context.session_factory, context.data_dir, target)
    emit(
        args,
        {**card.as_dict(), "file": str(target)},
        [
            _("Kartu kantor ditulis: {file}").format(file=target),
            _("Sidik jari (bacakan kepada mitra): {fingerprint}").format(fingerprint=card.fingerprint),
        ],
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Prints the office settings."""
    context = open_cli_context(args)
    office = get_office(context.session_factory)
    if office is None:
        return fail(args, _("kantor belum diatur (jalankan aplikasi untuk wizard pengaturan, atau: konvergensi demo)"))
    emit(
        args,
        office_as_dict(office),
        [
            _("Kantor: {name}").format(name=office.name),
            _("Wilayah: {region_name} ({region_code}), kode kantor {code}").format(
                region_name=office.region_name, region_code=office.region_code, code=office.code
            ),
            _("Alamat: {address}").format(address=office.address),
            _("Kepala: {head_name}, {head_position}, {head_rank}").format(
                head_name=office.head_name, head_position=office.head_position, head_rank=office.head_rank
            ),
            f"NIP: {format_nip(office.head_nip) or '-'}",
            _("Kertas: {paper_size}").format(paper_size=office.paper_size),
        ],
    )
    return 0


def run_language(args: argparse.Namespace) -> int:
    """Shows the interface language saved in the data folder, or saves another one (``--set``)."""
    from desktop.paths import default_data_dir
    from desktop.preferences import LANGUAGE_ENV, save_language, saved_language

    data_dir = (Path(args.data_dir) if args.data_dir else default_data_dir()).expanduser().resolve()
    if args.language is not None:
        data_dir.mkdir(parents=True, exist_ok=True)  # a file of that name: the OS error's sentence, exit 1
        save_language(data_dir, args.language)
    code = saved_language(data_dir)
    lines = [_("Bahasa antarmuka: {name} ({code})").format(name=LANGUAGES[code], code=code)]
    if args.language is not None:
        lines.append(_("Berlaku saat Konvergensi dibuka lagi."))
    emit(args, {"language": code, "name": LANGUAGES[code], "override_variable": LANGUAGE_ENV}, lines)
    return 0
