"""The office's identity, letterhead and signatory: read, validate and save."""

from __future__ import annotations

import re
import secrets
from dataclasses import asdict, fields

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.office import Office
from db.models.region import Region
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.identifiers import digits_only, nip_problem
from desktop.domain.office import OfficeSettings, PaperSize, normalize_round
from desktop.domain.regions import RegionLevel
from desktop.domain.users import Permission
from desktop.services.regions import RegionInfo
from desktop.services.unit_of_work import reading, unit_of_work

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-\s.]{6,}$")
# PNG and JPEG signatures: the emblem is drawn on the letterhead by reportlab and Qt, which read both.
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
MAX_EMBLEM_BYTES = 2_000_000


_EDITABLE = tuple(f.name for f in fields(OfficeSettings) if f.name not in {"code", "region_name"})


class OfficeValidationError(UserError):
    """Raised by :func:`save_office` when settings are not valid.

    Attributes:
        problems: field name to reason (Indonesian), for display beside each field.
    """

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{key}: {value}" for key, value in problems.items()))
        self.problems = problems


def _check_text(settings: OfficeSettings, problems: dict[str, str]) -> None:
    if not settings.name.strip():
        problems["name"] = _("Nama kantor wajib diisi.")
    if not settings.address.strip():
        problems["address"] = _("Alamat kantor wajib diisi.")
    if settings.email and not _EMAIL.match(settings.email.strip()):
        problems["email"] = _("Alamat e-mail tidak sah.")
    if settings.phone and not _PHONE.match(settings.phone.strip()):
        problems["phone"] = _("Nomor telepon hanya boleh berisi angka, spasi, +, ( ) dan -.")
    if not settings.head_name.strip():
        problems["head_name"] = _("Nama kepala kantor wajib diisi.")
    if settings.head_nip.strip():
        reason = nip_problem(settings.head_nip.strip())
        if reason:
            problems["head_nip"] = reason[0].upper() + reason[1:] + "."
    if settings.paper_size not in {size.value for size in PaperSize}:
        problems["paper_size"] = _("Ukuran kertas harus F4 atau A4.")
    if settings.emblem_png is not None:
        if len(settings.emblem_png) > MAX_EMBLEM_BYTES:
            problems["emblem_png"] = _("Berkas lambang lebih dari 2 MB.")
        elif not settings.emblem_png.startswith(_IMAGE_MAGIC):
            problems["emblem_png"] = _("Lambang harus berupa gambar PNG atau JPEG.")


OFFICE_LEVELS = (RegionLevel.PROVINSI, RegionLevel.KABUPATEN, RegionLevel.KECAMATAN)
"""The levels an office can have: a provincial, a kabupaten/kota or a kecamatan secretariat."""


def level_label(level: int) -> str:
    """The Indonesian name of an office level."""
    labels: dict[int, str] = {
        RegionLevel.PROVINSI: _("provinsi"),
        RegionLevel.KABUPATEN: _("kabupaten/kota"),
        RegionLevel.KECAMATAN: _("kecamatan"),
    }
    return labels.get(level, str(level))


def validate_office(session: Session, settings: OfficeSettings, level: int | None = None) -> dict[str, str]:
    """Checks office settings.

    Args:
        session: an open session (the region is looked up).
        settings: the settings to check.
        level: the office level the region must have; None for a kabupaten/kota office (the setup wizard's case).

    Returns:
        Field name to reason in Indonesian; empty when valid.
    """
    problems: dict[str, str] = {}
    region = session.get(Region, settings.region_code) if settings.region_code else None
    if region is None and level not in (None, RegionLevel.KABUPATEN):
        problems["region_code"] = _("Kode wilayah {code} tidak ada di daftar wilayah.").format(
            code=settings.region_code
        )
    elif region is None:
        problems["region_code"] = _("Pilih kabupaten/kota dari daftar wilayah.")
    elif level is None and region.level != RegionLevel.KABUPATEN:
        problems["region_code"] = _("Wilayah kantor harus kabupaten/kota.")
    elif level is not None and region.level != level:
        problems["region_code"] = _("Wilayah {code} ({name}) bukan wilayah tingkat {level}.").format(
            code=region.code, name=region.name, level=level_label(level)
        )
    _check_text(settings, problems)
    if normalize_round(settings.krs_round) is None:
        problems["krs_round"] = _("Putaran data KRS harus seperti PK24 (atau tahunnya, mis. 2024).")
    return problems


def _to_settings(office: Office) -> OfficeSettings:
    settings = OfficeSettings(**{name: getattr(office, name) for name in _EDITABLE})
    settings.code = office.code
    settings.region_name = office.region.name if office.region else ""
    return settings


def get_office(session_factory: sessionmaker[Session]) -> OfficeSettings | None:
    """Returns the office settings, or None before the setup wizard has run."""
    with reading(session_factory) as session:
        return read_office(session)


def read_office(session: Session) -> OfficeSettings | None:
    """The office settings read in an open unit of work, or None before the setup wizard has run."""
    office = session.scalar(select(Office).where(Office.deleted_at.is_(None)).order_by(Office.id).limit(1))
    return None if office is None else _to_settings(office)


def office_for_import_in(session: Session) -> OfficeSettings:
    """The office, for an import whose rows must lie in its kabupaten/kota (the area check needs it).

    Raises:
        UserError: no office is set up yet: without its region, rows of any kabupaten would be let in.
    """
    office = read_office(session)
    if office is None or not office.region_code:
        raise UserError(
            _(
                "Data kantor belum diatur, jadi wilayah kabupaten/kota untuk memeriksa desa belum diketahui. "
                "Atur kantor dulu (Pengaturan, atau: konvergensi office), lalu impor lagi."
            )
        )
    return office


def new_office_code(region_code: str) -> str:
    """Makes the installation's office code: compact region code plus a random part (``3602-a1b2c3``)."""
    return f"{region_code.replace('.', '')}-{secrets.token_hex(3)}"


def save_office(
    session_factory: sessionmaker[Session],
    settings: OfficeSettings,
    *,
    level: int | None = None,
    optional: frozenset[str] = frozenset(),
) -> OfficeSettings:
    """Validates and stores the office settings, creating the office on first save.

    Args:
        session_factory: the session factory.
        settings: the edited settings.
        level: the office level (see :func:`validate_office`); None keeps the level of the stored office.
        optional: fields whose "required" check is skipped (``office setup`` on the command line leaves the
            address and head for the Settings page).

    Returns:
        The stored settings, with ``code`` and ``region_name`` filled.

    Raises:
        OfficeValidationError: a field is not valid; nothing was written.
    """
    with unit_of_work(session_factory, permission=Permission.OFFICE_SETTINGS) as session:
        return save_office_in(session, settings, level=level, optional=optional)


def save_office_in(
    session: Session,
    settings: OfficeSettings,
    *,
    level: int | None = None,
    optional: frozenset[str] = frozenset(),
) -> OfficeSettings:
    """:func:`save_office` in an open unit of work."""
    office = session.scalar(select(Office).where(Office.deleted_at.is_(None)).order_by(Office.id).limit(1))
    if level is None and office is not None and office.region.level != RegionLevel.KABUPATEN:
        level = office.region.level
    problems = validate_office(session, settings, level)
    for name in optional:
        if not str(getattr(settings, name)).strip():
            problems.pop(name, None)
    if problems:
        raise OfficeValidationError(problems)
    values = {name: _clean(getattr(settings, name)) for name in _EDITABLE}
    values["head_nip"] = digits_only(settings.head_nip)
    values["krs_round"] = normalize_round(settings.krs_round)
    if office is None:
        code = new_office_code(settings.region_code)
        session.info["office_code"] = code
        office = Office(code=code, origin_office=code, **values)
        session.add(office)
    else:
        for name, value in values.items():
            if getattr(office, name) != value:
                setattr(office, name, value)
    session.flush()
    session.refresh(office)
    return _to_settings(office)


def _clean(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def office_as_dict(settings: OfficeSettings) -> dict[str, object]:
    """Returns the settings as JSON-ready data (the emblem as its size only)."""
    data = asdict(settings)
    emblem = data.pop("emblem_png")
    data["emblem_bytes"] = len(emblem) if emblem else 0
    return data


def check_office(session_factory: sessionmaker[Session], settings: OfficeSettings) -> dict[str, str]:
    """Validates settings without saving; see :func:`validate_office`."""
    with reading(session_factory) as session:
        return validate_office(session, settings)


def kabupaten_choices(session_factory: sessionmaker[Session]) -> list[RegionInfo]:
    """Returns every kabupaten/kota with its province, for the office's region field."""
    with reading(session_factory) as session:
        provinces = {
            code: name for code, name in session.execute(select(Region.code, Region.name).where(Region.level == 1))
        }
        rows = session.scalars(select(Region).where(Region.level == RegionLevel.KABUPATEN).order_by(Region.code))
        return [
            RegionInfo(
                code=row.code,
                name=row.name,
                level=row.level,
                kind=row.kind,
                parent_code=row.parent_code,
                children=-1,
                path=f"{row.name}, {provinces.get(row.parent_code or '', '')}",
            )
            for row in rows
        ]
