"""Queries over KRS families: filtered, searched, paged and counted, fast on a million rows.

Search uses the SQLite FTS5 trigram table ``krs_family_fts`` (substring match on names, NIK, No. KK and address)
for three characters or more; shorter text, and other databases, fall back to indexed prefix matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, column, func, or_, select, table, text
from sqlalchemy.orm import Session

from db.models.krs import FLAG_COLUMNS, KRS_FTS_TABLE, KrsFamily
from desktop.domain.krs.codes import RiskFactor, Sasaran
from desktop.domain.krs.records import FamilyListRow

SASARAN: tuple[str, ...] = tuple(Sasaran)
RISK_FACTORS: tuple[str, ...] = tuple(RiskFactor)
# The pseudo result code of families never verified.
NOT_VERIFIED = "__belum__"


@dataclass(frozen=True, slots=True)
class FamilyFilter:
    """What the list shows. Empty fields do not filter.

    Attributes:
        kecamatan_code: a kecamatan.
        desa_code: a desa.
        sasaran: one of :data:`SASARAN`.
        risk_factor: one of :data:`RISK_FACTORS`.
        existence_code: a status keberadaan code (:data:`NOT_VERIFIED` for none yet).
        result_code: a hasil verval code (:data:`NOT_VERIFIED` for none yet).
        search: text searched in names, NIK, No. KK and address.
        source_round: a round (``PK24``).
    """

    kecamatan_code: str = ""
    desa_code: str = ""
    sasaran: str = ""
    risk_factor: str = ""
    existence_code: str = ""
    result_code: str = ""
    search: str = ""
    source_round: str = ""


def _fts_query(term: str) -> str:
    # Each word becomes a quoted trigram phrase; all must match.
    words = [word.replace('"', '""') for word in term.split()]
    return " AND ".join(f'"{word}"' for word in words)


_FTS = table(KRS_FTS_TABLE, column("rowid", Integer), column(KRS_FTS_TABLE))


def _uses_fts(session: Session, term: str) -> bool:
    words = term.split()
    return bool(words) and session.get_bind().dialect.name == "sqlite" and all(len(word) >= 3 for word in words)


def _search_clause(session: Session, term: str) -> ColumnElement[bool]:
    words = term.split()
    if _uses_fts(session, term):
        matches = (
            text(f"SELECT rowid AS id FROM {KRS_FTS_TABLE} WHERE {KRS_FTS_TABLE} MATCH :fts")
            .bindparams(fts=_fts_query(term))
            .columns(column("id", Integer))
        )
        return KrsFamily.id.in_(matches)
    clauses = []
    for word in words:
        clauses.append(
            or_(
                KrsFamily.head_name.startswith(word),
                KrsFamily.nik.startswith(word),
                KrsFamily.no_kk.startswith(word),
                KrsFamily.head_name.ilike(f"% {word}%"),
            )
        )
    return and_(*clauses)


def _code_clause(column: Any, code: str) -> ColumnElement[bool]:
    clause: ColumnElement[bool] = column.is_(None) if code == NOT_VERIFIED else column == code
    return clause


def filtered(session: Session, flt: FamilyFilter, query: Select[Any], *, joined_search: bool = False) -> Select[Any]:
    """Adds the filter's conditions (and the not-deleted rule) to a query over :class:`KrsFamily`.

    With ``joined_search`` the caller has joined the FTS table itself (see :func:`family_page`).
    """
    query = query.where(KrsFamily.deleted_at.is_(None))
    if flt.source_round:
        query = query.where(KrsFamily.source_round == flt.source_round)
    # Driven from the FTS index, the region is no index candidate (``|| ''``): SQLite 3.51 (the one sqlcipher3
    # bundles) otherwise starts from the region's index and runs the FTS match once per family there (31 s for a
    # search inside a kecamatan of 100,000 encrypted families, 0.1 s the other way round).
    desa, kecamatan = (
        (KrsFamily.desa_code + "", KrsFamily.kecamatan_code + "")
        if joined_search
        else (KrsFamily.desa_code, KrsFamily.kecamatan_code)
    )
    if flt.desa_code:
        query = query.where(desa == flt.desa_code)
    elif flt.kecamatan_code:
        query = query.where(kecamatan == flt.kecamatan_code)
    if flt.sasaran in SASARAN:
        query = query.where(getattr(KrsFamily, flt.sasaran).is_(True))
    if flt.risk_factor in RISK_FACTORS:
        query = query.where(getattr(KrsFamily, flt.risk_factor).is_(True))
    if flt.existence_code:
        query = query.where(_code_clause(KrsFamily.existence_code, flt.existence_code))
    if flt.result_code:
        query = query.where(_code_clause(KrsFamily.result_code, flt.result_code))
    if flt.search.strip() and not joined_search:
        query = query.where(_search_clause(session, flt.search.strip()))
    return query


def count_families(session: Session, flt: FamilyFilter) -> int:
    """The number of families the filter shows."""
    return int(session.scalar(filtered(session, flt, select(func.count(KrsFamily.id)))) or 0)


LIST_COLUMNS = (
    KrsFamily.id,
    KrsFamily.kecamatan_code,
    KrsFamily.desa_code,
    KrsFamily.rw,
    KrsFamily.rt,
    KrsFamily.address,
    KrsFamily.head_name,
    KrsFamily.nik,
    KrsFamily.no_kk,
    KrsFamily.wife_name,
    KrsFamily.existence_code,
    KrsFamily.result_code,
    KrsFamily.verified_on,
    *(getattr(KrsFamily, name) for name in FLAG_COLUMNS),
)
"""The columns of a family in the list and the by-name report, named as :class:`FamilyListRow`'s fields."""


def _region_id_range(session: Session, flt: FamilyFilter) -> tuple[int, int] | None:
    """The lowest and highest id of the families of the filter's desa (else kecamatan): two index look-ups.

    Families are imported list by list, a list usually sorted by region, so one region's ids lie close together:
    a search driven from the FTS index in rowid order only needs to read the matches in that span.
    """
    if flt.desa_code:
        column_, code = KrsFamily.desa_code, flt.desa_code
    elif flt.kecamatan_code:
        column_, code = KrsFamily.kecamatan_code, flt.kecamatan_code
    else:
        return None
    low = session.scalar(select(func.min(KrsFamily.id)).where(column_ == code))
    high = session.scalar(select(func.max(KrsFamily.id)).where(column_ == code))
    return (int(low), int(high)) if low is not None and high is not None else (1, 0)


def _list_query(
    session: Session,
    flt: FamilyFilter,
    columns: tuple[Any, ...] = LIST_COLUMNS,
    *,
    after: int | None = None,
    up_to: int | None = None,
) -> tuple[Select[Any], Any]:
    """The list's query and the column it is ordered by (the family id), limited to ids above ``after`` and up to
    ``up_to`` when given (keyset paging)."""
    term = flt.search.strip()
    if _uses_fts(session, term):
        # Driven from the FTS index in rowid order, so the first page stops after ``limit`` matches instead of
        # collecting every match first (a common name matches tens of thousands of families). With a desa or
        # kecamatan, the rowids are bounded by the region's lowest and highest id (FTS5 seeks to them): the
        # search 'Cibeureum' in a kecamatan read all 100,000 matches first and took 1.3 s; now 1-2 ms plus the
        # page. Only one bound of each side reaches FTS5, so the keyset bounds are folded into them here.
        span = _region_id_range(session, flt)
        if span is not None:
            after = max(after if after is not None else 0, span[0] - 1)
            up_to = min(up_to, span[1]) if up_to is not None else span[1]
        query = (
            filtered(session, flt, select(*columns), joined_search=True)
            .select_from(_FTS)
            # "+ 0": the id bounds on the FTS rowid are not carried over to krs_family's key, so SQLite keeps the
            # FTS index as the outer loop (see filtered: SQLite 3.51 otherwise starts from krs_family).
            .join(KrsFamily, KrsFamily.id == _FTS.c.rowid + 0)
            .where(_FTS.c[KRS_FTS_TABLE].op("MATCH")(_fts_query(term)))
        )
        order: Any = _FTS.c.rowid
    else:
        query, order = filtered(session, flt, select(*columns)), KrsFamily.id
    if after is not None:
        query = query.where(order > after)
    if up_to is not None:
        query = query.where(order <= up_to)
    return query, order


def family_page(session: Session, flt: FamilyFilter, after_id: int, limit: int, offset: int = 0) -> list[FamilyListRow]:
    """One page of the list in id order, starting after ``after_id`` (keyset paging: as fast at row 900,000 as
    at row 1), as :class:`FamilyListRow`.

    ``offset`` skips that many matching rows first: the list view uses it to jump to a page far from any page
    whose bounds it knows, e.g. when the scroll bar is dragged to the end.
    """
    query, order = _list_query(session, flt, after=after_id)
    query = query.order_by(order).limit(limit).offset(offset)
    return [FamilyListRow(**row._mapping) for row in session.execute(query)]


def family_page_before(session: Session, flt: FamilyFilter, up_to_id: int, limit: int) -> list[FamilyListRow]:
    """The ``limit`` rows of the list ending with id ``up_to_id`` (keyset paging backwards, for the page before a
    page the view already read), in id order."""
    query, order = _list_query(session, flt, up_to=up_to_id)
    query = query.order_by(order.desc()).limit(limit)
    return [FamilyListRow(**row._mapping) for row in reversed(list(session.execute(query)))]


def family_page_from_end(session: Session, flt: FamilyFilter, skip: int, limit: int) -> list[FamilyListRow]:
    """The ``limit`` rows of the list that end ``skip`` rows before its last one, in id order: a jump near the
    end of a long list counts back from the end instead of skipping every row from the start."""
    query, order = _list_query(session, flt)
    query = query.order_by(order.desc()).limit(limit).offset(skip)
    return [FamilyListRow(**row._mapping) for row in reversed(list(session.execute(query)))]


def page_starts(session: Session, flt: FamilyFilter, page_size: int) -> list[int]:
    """The id of the first family of every page of ``page_size`` rows of the list, in one pass over the ids
    (about as long as the count): with them any page is a keyset read, as fast as the first."""
    query, order = _list_query(session, flt, (KrsFamily.id.label("family_id"),))
    numbered = query.add_columns(func.row_number().over(order_by=order).label("number")).subquery()
    starts = select(numbered.c.family_id).where((numbered.c.number - 1) % page_size == 0)
    return [int(value) for value in session.scalars(starts.order_by(numbered.c.family_id))]
