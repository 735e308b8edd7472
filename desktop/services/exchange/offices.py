"""Office setup for exchange, the office card, and the partners this office trusts."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.base import Base, utc_now
from db.models.exchange import ExchangePackage, ExchangePartner
from db.models.office import Office
from desktop.domain.atomic_file import atomic_output
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.office import OfficeSettings
from desktop.domain.users import Permission
from desktop.services.exchange.keys import ensure_keys, fingerprint
from desktop.services.office import OFFICE_LEVELS, level_label, new_office_code, read_office, save_office_in
from desktop.services.unit_of_work import reading, unit_of_work

CARD_FORMAT = "konvergensi-office-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 64_000
LEVEL_NAMES = {"provinsi": 1, "kabupaten": 2, "kota": 2, "kecamatan": 3}
"""The level words ``office setup --level`` accepts, to the region level."""


class ExchangeError(UserError):
    """An exchange action that cannot be done, with one Indonesian sentence saying why and what to do."""


@dataclass(frozen=True, slots=True)
class OfficeCard:
    """What one office tells another about itself: identity, level, region and public keys."""

    code: str
    name: str
    level: int
    region_code: str
    region_name: str
    signing_key: str
    encryption_key: str

    @property
    def fingerprint(self) -> str:
        """The fingerprint computed from the code and keys (never taken from the file)."""
        return fingerprint(self.code, self.signing_key, self.encryption_key)

    def as_dict(self) -> dict[str, object]:
        """JSON-ready data, with the level's name and the fingerprint."""
        data: dict[str, object] = asdict(self)
        data["level_name"] = level_label(self.level)
        data["fingerprint"] = self.fingerprint
        return data


@dataclass(frozen=True, slots=True)
class PartnerInfo:
    """A partner as lists show it."""

    code: str
    name: str
    level: int
    level_name: str
    region_code: str
    fingerprint: str
    revoked: bool
    last_sent_sequence: int
    last_received_sequence: int
    last_acked_sequence: int


def setup_office(
    session_factory: sessionmaker[Session],
    data_dir: Path,
    settings: OfficeSettings,
    level: int,
    *,
    update: bool = False,
) -> OfficeSettings:
    """Sets the office up without the wizard (``office setup``): regions, the office row and the key pairs.

    Args:
        session_factory: the session factory.
        data_dir: the data folder, where the private keys are kept.
        settings: the office identity; ``address`` and ``head_name`` may stay empty. The regions must be loaded
            (``office setup`` loads them first on a new PC).
        level: the office level (1 provinsi, 2 kabupaten/kota, 3 kecamatan).
        update: allow changing an existing office. A new region gives the office a new code (the code starts
            with the region's digits, and partners read the region from it), and every record the office made
            carries the new code; refused once the office has partners, who know it by the old code.

    Returns:
        The stored settings.

    Raises:
        ExchangeError: an office exists and ``update`` is not set, the level is not an office level, or the region
            of an office with partners would change.
        OfficeValidationError: a field is not valid.
    """
    if level not in OFFICE_LEVELS:
        raise ExchangeError(_("Tingkat kantor harus provinsi, kabupaten atau kecamatan."))
    with unit_of_work(session_factory, permission=Permission.PARTNERS) as session:
        existing = read_office(session)
        if existing is not None and not update:
            raise ExchangeError(
                _("Kantor sudah diatur ({name}, kode {code}); tambahkan --update untuk mengubahnya.").format(
                    name=existing.name, code=existing.code
                )
            )
        if existing is not None:
            settings.code = existing.code
        saved = save_office_in(session, settings, level=level, optional=frozenset({"address", "head_name"}))
        if existing is not None and saved.region_code != existing.region_code:
            saved.code = _follow_region_in(session, existing, saved.region_code)
    ensure_keys(data_dir)
    return saved


def _follow_region_in(session: Session, existing: OfficeSettings, region_code: str) -> str:
    """Gives the office a code of its new region and re-stamps the records it made; refused with partners."""
    partners = session.scalar(select(func.count()).select_from(ExchangePartner)) or 0
    if partners:
        raise ExchangeError(
            _(
                "Wilayah kantor {code} tidak dapat diganti: kantor ini sudah bermitra dengan {partners} kantor yang "
                "mengenalnya dengan kode itu. Wilayah hanya dapat diganti sebelum mitra pertama ditambahkan; untuk "
                "kantor di wilayah lain siapkan folder data baru."
            ).format(code=existing.code, partners=partners)
        )
    code = new_office_code(region_code)
    session.execute(update(Office).where(Office.code == existing.code).values(code=code))
    for table in Base.metadata.tables.values():  # every table of ExchangeMixin's records has the column
        if "origin_office" in table.c:
            session.execute(update(table).where(table.c.origin_office == existing.code).values(origin_office=code))
    session.info["office_code"] = code
    return code


def office_level(session: Session) -> int:
    """The level of this office (its region's level)."""
    office = session.scalar(select(Office).where(Office.deleted_at.is_(None)).order_by(Office.id).limit(1))
    if office is None:
        raise ExchangeError(_("Kantor belum diatur; jalankan: konvergensi office setup."))
    return office.region.level


def own_card(session_factory: sessionmaker[Session], data_dir: Path) -> OfficeCard:
    """This office's card.

    Raises:
        ExchangeError: the office is not set up.
    """
    with reading(session_factory) as session:
        office = session.scalar(select(Office).where(Office.deleted_at.is_(None)).order_by(Office.id).limit(1))
        if office is None:
            raise ExchangeError(_("Kantor belum diatur; jalankan: konvergensi office setup."))
        keys = ensure_keys(data_dir)
        return OfficeCard(
            code=office.code,
            name=office.name,
            level=office.region.level,
            region_code=office.region_code,
            region_name=office.region.name,
            signing_key=keys.signing_public,
            encryption_key=keys.encryption_public,
        )


def write_card(session_factory: sessionmaker[Session], data_dir: Path, target: Path) -> OfficeCard:
    """Writes this office's card (``.konvid``, JSON) to ``target`` atomically."""
    card = own_card(session_factory, data_dir)
    data = {"format": CARD_FORMAT, "version": CARD_VERSION, **card.as_dict()}
    with atomic_output(target) as stream:
        stream.write(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    return card


def read_card(path: Path) -> OfficeCard:
    """Reads an office card file.

    Raises:
        ExchangeError: the file is not an office card of a version this program reads.
    """
    not_a_card = _("Berkas {file} bukan kartu kantor Konvergensi (.konvid); minta kartu yang benar.").format(
        file=path.name
    )
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_CARD_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_CARD_BYTES else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ExchangeError(not_a_card) from None
    if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
        raise ExchangeError(not_a_card)
    if not isinstance(data.get("version"), int) or data["version"] > CARD_VERSION:
        raise ExchangeError(
            _("Kartu kantor {file} dibuat oleh versi Konvergensi yang lebih baru; perbarui aplikasi ini.").format(
                file=path.name
            )
        )
    try:
        card = OfficeCard(
            code=str(data["code"]),
            name=str(data["name"]),
            level=int(data["level"]),
            region_code=str(data["region_code"]),
            region_name=str(data.get("region_name", "")),
            signing_key=str(data["signing_key"]),
            encryption_key=str(data["encryption_key"]),
        )
    except (KeyError, TypeError, ValueError):
        raise ExchangeError(not_a_card) from None
    if not card.encryption_key.startswith("age1") or len(card.signing_key) != 44 or card.level not in OFFICE_LEVELS:
        raise ExchangeError(not_a_card)
    return card


def add_partner(session_factory: sessionmaker[Session], card: OfficeCard) -> PartnerInfo:
    """Trusts the office of ``card`` (after the user compared the fingerprint); re-adding a revoked one restores it.

    Raises:
        ExchangeError: the card is this office's own, or the code is known with other keys.
    """
    with unit_of_work(session_factory, permission=Permission.PARTNERS) as session:
        own = session.scalar(select(Office.code).order_by(Office.id).limit(1))
        if own == card.code:
            raise ExchangeError(_("Kartu ini adalah kartu kantor ini sendiri; tambahkan kartu kantor mitra."))
        partner = session.scalar(select(ExchangePartner).where(ExchangePartner.office_code == card.code))
        if partner is not None and partner.fingerprint != card.fingerprint and partner.revoked_at is None:
            raise ExchangeError(
                _(
                    "Kantor {code} sudah menjadi mitra dengan kunci lain (sidik jari {fingerprint}); cabut dulu "
                    "mitra itu bila kuncinya memang diganti."
                ).format(code=card.code, fingerprint=partner.fingerprint)
            )
        if partner is None:
            partner = ExchangePartner(office_code=card.code)
            session.add(partner)
        partner.name = card.name
        partner.level = card.level
        partner.region_code = card.region_code
        partner.signing_key = card.signing_key
        partner.encryption_key = card.encryption_key
        partner.fingerprint = card.fingerprint
        partner.revoked_at = None
        partner.added_at = utc_now()
        session.flush()
        return _info(partner)


def revoke_partner(session_factory: sessionmaker[Session], code: str) -> PartnerInfo:
    """Stops trusting a partner: its packages are refused, none are made for it.

    Raises:
        ExchangeError: no partner has that code.
    """
    with unit_of_work(session_factory, permission=Permission.PARTNERS) as session:
        partner = find_partner(session, code)
        if partner.revoked_at is None:
            partner.revoked_at = utc_now()
        return _info(partner)


def find_partner(session: Session, code: str) -> ExchangePartner:
    """The partner with office code ``code``.

    Raises:
        ExchangeError: no partner has that code.
    """
    partner = session.scalar(select(ExchangePartner).where(ExchangePartner.office_code == code))
    if partner is None:
        raise ExchangeError(
            _("Kantor {code} bukan mitra; tambahkan dulu kartu kantornya: konvergensi partner add BERKAS.").format(
                code=code
            )
        )
    return partner


def list_partners(session_factory: sessionmaker[Session]) -> list[PartnerInfo]:
    """Every partner, revoked ones included, by office code."""
    with reading(session_factory) as session:
        return [_info(row) for row in session.scalars(select(ExchangePartner).order_by(ExchangePartner.office_code))]


def _info(partner: ExchangePartner) -> PartnerInfo:
    return PartnerInfo(
        code=partner.office_code,
        name=partner.name,
        level=partner.level,
        level_name=level_label(partner.level),
        region_code=partner.region_code,
        fingerprint=partner.fingerprint,
        revoked=partner.revoked_at is not None,
        last_sent_sequence=partner.last_sent_sequence or 0,
        last_received_sequence=partner.last_received_sequence or 0,
        last_acked_sequence=partner.last_acked_sequence or 0,
    )


@dataclass(frozen=True, slots=True)
class PackageEntry:
    """A package sent or received, for the history table."""

    direction: str
    partner: str
    sequence: int
    created_at: str
    scope: str
    records: int
    acknowledged: bool


def package_history(session_factory: sessionmaker[Session]) -> list[PackageEntry]:
    """Packages sent and received, newest first."""
    with reading(session_factory) as session:
        rows = session.scalars(select(ExchangePackage).order_by(ExchangePackage.id.desc())).all()
        return [
            PackageEntry(
                direction=row.direction,
                partner=row.partner_code,
                sequence=row.sequence,
                created_at=row.created_at,
                scope=row.scope,
                records=_record_total(row.counts),
                acknowledged=row.acknowledged_at is not None,
            )
            for row in rows
        ]


def _record_total(counts: str) -> int:
    data = json.loads(counts or "{}")
    total = 0
    for value in data.values():
        total += sum(v for k, v in value.items() if k != "stale") if isinstance(value, dict) else int(value)
    return total
