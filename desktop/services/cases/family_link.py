"""Linking children to KRS families: by No. KK, else by the mother's name in the same desa.

A child keeps its No. KK, so the link can be made whenever a KRS list arrives (before or after the child list):
:func:`link_families` fills ``family_uuid`` for children not linked yet. The match by mother's name compares
normalised names (case, spaces and punctuation ignored) with the KRS wife's name and is used only when exactly one
family of the desa matches. When a family appears in several rounds (PK23, PK24) the latest round wins.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.cases import CaseChild
from db.models.krs import KrsFamily
from desktop.domain.cases.records import CaseDetail
from desktop.services.cases.records import get_case_in
from desktop.services.tabular import normalize_header
from desktop.services.unit_of_work import reading, unit_of_work


def _families(session: Session, desa_codes: set[str]) -> tuple[dict[str, str], dict[tuple[str, str], set[str]]]:
    by_kk: dict[str, str] = {}
    by_mother: dict[tuple[str, str], set[str]] = {}
    query = (
        select(KrsFamily.uuid, KrsFamily.no_kk, KrsFamily.wife_name, KrsFamily.desa_code, KrsFamily.source_round)
        .where(KrsFamily.deleted_at.is_(None), KrsFamily.desa_code.in_(desa_codes))
        .order_by(KrsFamily.source_round, KrsFamily.id)
    )
    seen_mother: dict[tuple[str, str], dict[str, str]] = {}
    for uuid, no_kk, wife, desa, _round in session.execute(query):
        if no_kk:
            by_kk[no_kk] = uuid  # later rounds overwrite earlier ones
        if wife:
            key = (desa, normalize_header(wife))
            # One family can appear in several rounds: identify it by No. KK (or uuid) so it counts once.
            seen_mother.setdefault(key, {})[no_kk or uuid] = uuid
    for key, families in seen_mother.items():
        by_mother[key] = set(families.values())
    return by_kk, by_mother


def link_in_session(session: Session, child_ids: list[int] | None = None) -> int:
    """Links unlinked children inside an open transaction; returns how many were linked."""
    query = select(CaseChild).where(CaseChild.deleted_at.is_(None), CaseChild.family_uuid.is_(None))
    if child_ids is not None:
        query = query.where(CaseChild.id.in_(child_ids))
    children = list(session.scalars(query))
    if not children:
        return 0
    by_kk, by_mother = _families(session, {child.desa_code for child in children})
    linked = 0
    for child in children:
        found = by_kk.get(child.no_kk) if child.no_kk else None
        if found is None and child.mother_name:
            candidates = by_mother.get((child.desa_code, normalize_header(child.mother_name)), set())
            found = next(iter(candidates)) if len(candidates) == 1 else None
        if found is not None:
            child.family_uuid = found
            linked += 1
    return linked


def link_families(session_factory: sessionmaker[Session], child_ids: list[int] | None = None) -> int:
    """Links unlinked children to their KRS family where the No. KK or the mother matches.

    Args:
        session_factory: the session factory.
        child_ids: only these children; every unlinked child when None.

    Returns:
        The number of children linked now.
    """
    with unit_of_work(session_factory) as session:
        return link_in_session(session, child_ids)


def linked_family(session_factory: sessionmaker[Session], family_uuid: str) -> tuple[str, str, str] | None:
    """The linked family's head name, wife's name and round, for display (None when it no longer exists)."""
    with reading(session_factory) as session:
        return linked_family_in(session, family_uuid)


def linked_family_in(session: Session, family_uuid: str) -> tuple[str, str, str] | None:
    """:func:`linked_family` inside an open unit of work."""
    row = session.execute(
        select(KrsFamily.head_name, KrsFamily.wife_name, KrsFamily.source_round).where(
            KrsFamily.uuid == family_uuid, KrsFamily.deleted_at.is_(None)
        )
    ).first()
    return None if row is None else (row[0], row[1], row[2])


def case_with_family(
    session_factory: sessionmaker[Session], child_id: int
) -> tuple[CaseDetail, tuple[str, str, str] | None]:
    """One case and its linked KRS family, as the Kasus page shows them: one session.

    Raises:
        CaseError: when the child does not exist (or was deleted).
    """
    with reading(session_factory) as session:
        detail = get_case_in(session, child_id)
        family = linked_family_in(session, detail.row.family_uuid) if detail.row.family_uuid else None
        return detail, family
