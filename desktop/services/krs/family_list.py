"""What the Verval KRS list view reads: pages of families, their count, one family, code labels.

The list view (``desktop/ui/krs``) calls these instead of opening sessions and building queries itself; the
queries live in :mod:`db.repositories.krs_repository`.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.krs import KrsCode, KrsFamily
from db.models.region import Region
from db.repositories.krs_repository import (
    FamilyFilter,
    count_families,
    family_page,
    family_page_before,
    family_page_from_end,
    page_starts,
)
from desktop.domain.krs.records import FamilyListRow
from desktop.services.unit_of_work import reading


def list_page(
    session_factory: sessionmaker[Session], flt: FamilyFilter, after_id: int, limit: int, offset: int = 0
) -> list[FamilyListRow]:
    """One page of families in id order after ``after_id`` (keyset paging) and ``offset`` more matches, as rows
    of ``LIST_COLUMNS``."""
    with reading(session_factory) as session:
        return family_page(session, flt, after_id, limit, offset)


def list_page_before(
    session_factory: sessionmaker[Session], flt: FamilyFilter, up_to_id: int, limit: int
) -> list[FamilyListRow]:
    """The ``limit`` families ending with id ``up_to_id`` (the page before one already read), in id order."""
    with reading(session_factory) as session:
        return family_page_before(session, flt, up_to_id, limit)


def list_page_from_end(
    session_factory: sessionmaker[Session], flt: FamilyFilter, skip: int, limit: int
) -> list[FamilyListRow]:
    """The ``limit`` families ending ``skip`` rows before the last one (a jump near the end), in id order."""
    with reading(session_factory) as session:
        return family_page_from_end(session, flt, skip, limit)


def list_page_starts(session_factory: sessionmaker[Session], flt: FamilyFilter, page_size: int) -> list[int]:
    """The first id of every page of the list (slow on a million rows, like the count: call it in the
    background)."""
    with reading(session_factory) as session:
        return page_starts(session, flt, page_size)


def count(session_factory: sessionmaker[Session], flt: FamilyFilter) -> int:
    """Number of families matching the filter (slow on a million rows: call it in the background)."""
    with reading(session_factory) as session:
        return count_families(session, flt)


def get_family(session_factory: sessionmaker[Session], family_id: int) -> KrsFamily | None:
    """One family, detached from its session (the factory does not expire objects on commit)."""
    with reading(session_factory) as session:
        return session.get(KrsFamily, family_id)


def code_labels(session_factory: sessionmaker[Session]) -> dict[tuple[str, str], str]:
    """Label of every status/result/role code, keyed by (list name, code)."""
    with reading(session_factory) as session:
        return {(code.list_name, code.code): code.label for code in session.scalars(select(KrsCode))}


def region_name(session_factory: sessionmaker[Session], code: str) -> str:
    """The name of a region (the code itself when unknown)."""
    with reading(session_factory) as session:
        return session.scalar(select(Region.name).where(Region.code == code)) or code
