"""Letterheads per issuer: the office's own kop, and the kop of each kecamatan (or the TPPS) it records meetings for.

A meeting series chooses its issuer (``meeting_series.letterhead_id``); the series' notulen, berita acara, daftar
hadir and undangan carry that kop, and a series without one carries the office's own.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.base import utc_now
from db.models.meeting import MeetingSeries
from db.models.office import IssuerLetterhead
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.office import IssuerLetterheadData, OfficeSettings
from desktop.domain.users import Permission
from desktop.reports.kop import Letterhead, letterhead_from_office
from desktop.services.office import MAX_EMBLEM_BYTES, OfficeValidationError
from desktop.services.unit_of_work import reading, unit_of_work

_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_FIELDS = ("key", "government", "name", "address", "contact", "city", "emblem_png")


class LetterheadError(UserError):
    """A letterhead that does not exist or cannot be used as asked."""


def _data(row: IssuerLetterhead) -> IssuerLetterheadData:
    return IssuerLetterheadData(**{name: getattr(row, name) for name in _FIELDS}, id=row.id)


def letterhead_problems(data: IssuerLetterheadData) -> dict[str, str]:
    """Field name to reason (Indonesian) for a letterhead that cannot be saved; empty when valid."""
    problems: dict[str, str] = {}
    if not _KEY.match(data.key.strip()):
        problems["key"] = _("Kode kop hanya huruf kecil, angka dan tanda -, paling banyak 40 (mis. kec-cibadak).")
    if not data.government.strip():
        problems["government"] = _("Baris pemerintah wajib diisi (mis. PEMERINTAH KABUPATEN LEBAK).")
    if not data.name.strip():
        problems["name"] = _("Nama penerbit wajib diisi (mis. KECAMATAN CIBADAK).")
    if data.emblem_png is not None:
        if len(data.emblem_png) > MAX_EMBLEM_BYTES:
            problems["emblem_png"] = _("Berkas lambang lebih dari 2 MB.")
        elif not data.emblem_png.startswith(_IMAGE_MAGIC):
            problems["emblem_png"] = _("Lambang harus berupa gambar PNG atau JPEG.")
    return problems


def list_letterheads(session_factory: sessionmaker[Session]) -> list[IssuerLetterheadData]:
    """Every live issuer letterhead, by key."""
    with reading(session_factory) as session:
        rows = session.scalars(
            select(IssuerLetterhead).where(IssuerLetterhead.deleted_at.is_(None)).order_by(IssuerLetterhead.key)
        )
        return [_data(row) for row in rows]


def _by_key(session: Session, key: str) -> IssuerLetterhead | None:
    return session.scalar(
        select(IssuerLetterhead).where(IssuerLetterhead.key == key.strip(), IssuerLetterhead.deleted_at.is_(None))
    )


def save_letterhead(session_factory: sessionmaker[Session], data: IssuerLetterheadData) -> IssuerLetterheadData:
    """Creates (``id`` None) or updates a letterhead.

    Raises:
        OfficeValidationError: a field is not valid or the key is taken; nothing was written.
    """
    problems = letterhead_problems(data)
    with unit_of_work(session_factory, permission=Permission.OFFICE_SETTINGS) as session:
        same_key = _by_key(session, data.key)
        if same_key is not None and same_key.id != data.id:
            problems["key"] = _("Kode kop {key} sudah dipakai.").format(key=data.key.strip())
        if problems:
            raise OfficeValidationError(problems)
        row = session.get(IssuerLetterhead, data.id) if data.id else None
        if row is None:
            row = IssuerLetterhead()
            session.add(row)
        for name in _FIELDS:
            value = getattr(data, name)
            setattr(row, name, value.strip() if isinstance(value, str) else value)
        session.flush()
        return _data(row)


def find_letterhead(session_factory: sessionmaker[Session], key: str) -> IssuerLetterheadData:
    """The letterhead with ``key``.

    Raises:
        LetterheadError: no such letterhead.
    """
    with reading(session_factory) as session:
        row = _by_key(session, key)
        if row is None:
            raise LetterheadError(_("Kop dengan kode {key} tidak ada (lihat: office letterhead list).").format(key=key))
        return _data(row)


def remove_letterhead(session_factory: sessionmaker[Session], key: str) -> None:
    """Removes a letterhead; the series that used it print the office's own kop again.

    Raises:
        LetterheadError: no such letterhead.
    """
    with unit_of_work(session_factory, permission=Permission.OFFICE_SETTINGS) as session:
        row = _by_key(session, key)
        if row is None:
            raise LetterheadError(_("Kop dengan kode {key} tidak ada (lihat: office letterhead list).").format(key=key))
        for series in session.scalars(select(MeetingSeries).where(MeetingSeries.letterhead_id == row.id)):
            series.letterhead_id = None
        row.key = f"{row.key}~{row.id}"[:40]  # frees the key for a new letterhead
        row.deleted_at = utc_now()


def set_series_letterhead(session_factory: sessionmaker[Session], series_id: int, key: str | None) -> None:
    """Chooses the issuer of a meeting series: a letterhead key, or None for the office's own kop.

    Raises:
        LetterheadError: unknown series or letterhead.
    """
    with unit_of_work(session_factory, permission=Permission.OFFICE_SETTINGS) as session:
        series = session.get(MeetingSeries, series_id)
        if series is None or series.deleted_at is not None:
            raise LetterheadError(_("Seri rapat {id} tidak ada.").format(id=series_id))
        if key is None:
            series.letterhead_id = None
            return
        row = _by_key(session, key)
        if row is None:
            raise LetterheadError(_("Kop dengan kode {key} tidak ada (lihat: office letterhead list).").format(key=key))
        series.letterhead_id = row.id


def letterhead_as_dict(data: IssuerLetterheadData) -> dict[str, object]:
    """The letterhead as JSON-ready data (the emblem as its size only)."""
    values = asdict(data)
    emblem = values.pop("emblem_png")
    values["emblem_bytes"] = len(emblem) if emblem else 0
    return values


def issuer_letterhead_in(session: Session, office: OfficeSettings, series_id: int | None) -> Letterhead:
    """The kop a meeting of ``series_id`` is printed with: its series' issuer, else the office's own.

    An issuer without an emblem of its own carries the office's (the kabupaten's) emblem; without a city of its
    own, the office's city.
    """
    own = letterhead_from_office(office)
    series = session.get(MeetingSeries, series_id) if series_id else None
    row = session.get(IssuerLetterhead, series.letterhead_id) if series and series.letterhead_id else None
    if row is None or row.deleted_at is not None:
        return own
    return Letterhead(
        government=row.government.upper(),
        office_name=row.name.upper(),
        address=row.address,
        contact=row.contact,
        emblem=row.emblem_png or own.emblem,
        city=row.city or own.city,
    )
