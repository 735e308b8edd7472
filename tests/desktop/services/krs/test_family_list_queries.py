"""The list view's queries on a real imported database: FTS search equals a plain LIKE search, keyset paging
returns every row once, the jump to the last rows, also when a search is bounded by a region's id span."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import and_, or_, select

from db.models.krs import KrsFamily
from db.repositories.krs_repository import FamilyFilter
from desktop.context import AppContext
from desktop.services.demo.krs_demo import DEMO_DESA, krs_rows
from desktop.services.krs import family_list
from desktop.services.krs.import_service import run_import
from tests.desktop.services.krs.conftest import write_xlsx

# Two lists: the second adds families to desa of the first, so a region's ids are NOT one contiguous run.
FIRST = 700
SECOND = 500


@pytest.fixture
def families(office_context: AppContext, tmp_path: Path) -> AppContext:
    factory = office_context.session_factory
    first = [list(row) for row in krs_rows(FIRST, seed=11)]
    second = [list(row) for row in krs_rows(SECOND, seed=12, desa=DEMO_DESA[::-1])]
    for name, rows in (("satu.xlsx", first), ("dua.xlsx", second)):
        summary = run_import(factory, write_xlsx(tmp_path / name, rows), dry_run=False)
        assert summary.rejected == 0 and summary.new >= 400
    return office_context


def _like_ids(context: AppContext, flt: FamilyFilter) -> list[int]:
    """The reference: every word somewhere in names, NIK, No. KK or address (LIKE, no FTS), and the region."""
    fields = (KrsFamily.head_name, KrsFamily.wife_name, KrsFamily.nik, KrsFamily.no_kk, KrsFamily.address)
    words = flt.search.split()
    query = select(KrsFamily.id).where(
        KrsFamily.deleted_at.is_(None), and_(*(or_(*(field.ilike(f"%{word}%") for field in fields)) for word in words))
    )
    if flt.desa_code:
        query = query.where(KrsFamily.desa_code == flt.desa_code)
    elif flt.kecamatan_code:
        query = query.where(KrsFamily.kecamatan_code == flt.kecamatan_code)
    with context.session_factory() as session:
        return list(session.scalars(query.order_by(KrsFamily.id)))


def _paged_ids(context: AppContext, flt: FamilyFilter, size: int) -> list[int]:
    """Every id of the list read page by page forwards (keyset: after the last id of the page before)."""
    ids: list[int] = []
    after = 0
    while True:
        page = family_list.list_page(context.session_factory, flt, after, size)
        ids.extend(row.id for row in page)
        if len(page) < size:
            return ids
        after = page[-1].id


def _common_words(context: AppContext) -> dict[str, str]:
    with context.session_factory() as session:
        row = session.execute(select(KrsFamily.head_name, KrsFamily.nik, KrsFamily.address).limit(1)).one()
    return {"name": row.head_name.split()[0], "nik_part": row.nik[5:12], "address": row.address.split()[-1]}


def test_fts_search_equals_like_search(families: AppContext) -> None:
    words = _common_words(families)
    kecamatan = DEMO_DESA[0][0][:8]
    filters = [
        FamilyFilter(search=words["name"]),
        FamilyFilter(search=words["name"].lower()),
        FamilyFilter(search=words["nik_part"]),
        FamilyFilter(search=words["address"]),
        FamilyFilter(search=f"{words['name']} {words['address']}"),
        FamilyFilter(search=words["name"], kecamatan_code=kecamatan),
        FamilyFilter(search=words["address"], kecamatan_code=DEMO_DESA[-1][0][:8]),
        FamilyFilter(search=words["name"], desa_code=DEMO_DESA[3][0]),
        FamilyFilter(search="Tidakadanamaini", kecamatan_code=kecamatan),
        FamilyFilter(search=words["name"], kecamatan_code="36.02.99"),  # a kecamatan without families
    ]
    non_empty = 0
    for flt in filters:
        expected = _like_ids(families, flt)
        assert _paged_ids(families, flt, 50) == expected, flt
        assert family_list.count(families.session_factory, flt) == len(expected), flt
        non_empty += bool(expected)
    assert non_empty >= 7  # the test exercises real matches, not only empty lists


def test_keyset_paging_returns_every_row_once(families: AppContext) -> None:
    with families.session_factory() as session:
        all_ids = list(session.scalars(select(KrsFamily.id).order_by(KrsFamily.id)))
    assert len(all_ids) >= 1100
    for size in (37, 200, 5000):
        assert _paged_ids(families, FamilyFilter(), size) == all_ids
    # Backwards from the end, page before page: the same rows, each once.
    backwards: list[int] = []
    up_to = all_ids[-1]
    while True:
        page = family_list.list_page_before(families.session_factory, FamilyFilter(), up_to, 64)
        backwards[:0] = [row.id for row in page]
        if len(page) < 64:
            break
        up_to = page[0].id - 1
    assert backwards == all_ids
    # A searched list inside a kecamatan (the region-bounded FTS path), forwards and backwards.
    flt = FamilyFilter(search=_common_words(families)["name"], kecamatan_code=DEMO_DESA[0][0][:8])
    expected = _like_ids(families, flt)
    assert len(expected) > 15
    assert _paged_ids(families, flt, 4) == expected
    last_page = family_list.list_page_before(families.session_factory, flt, expected[-1], 10)
    assert [row.id for row in last_page] == expected[-10:]
    # Page starts: every page's first id, in order.
    starts = family_list.list_page_starts(families.session_factory, flt, 4)
    assert starts == expected[::4]


def test_jump_to_the_last_rows(families: AppContext) -> None:
    with families.session_factory() as session:
        all_ids = list(session.scalars(select(KrsFamily.id).order_by(KrsFamily.id)))
    last = family_list.list_page_from_end(families.session_factory, FamilyFilter(), 0, 200)
    assert [row.id for row in last] == all_ids[-200:]
    before_last = family_list.list_page_from_end(families.session_factory, FamilyFilter(), 200, 200)
    assert [row.id for row in before_last] == all_ids[-400:-200]
    flt = FamilyFilter(search=_common_words(families)["name"], kecamatan_code=DEMO_DESA[-1][0][:8])
    expected = _like_ids(families, flt)
    assert expected
    tail = family_list.list_page_from_end(families.session_factory, flt, 0, 5)
    assert [row.id for row in tail] == expected[-5:]


def test_a_search_inside_a_region_is_driven_from_the_fts_index_also_encrypted(families: AppContext) -> None:
    """sqlcipher3 bundles a newer SQLite (3.51) whose planner started from the region's index and ran the FTS match
    once per family of the kecamatan (31 s on 100,000 encrypted families): the region is no index candidate there."""
    from db.repositories.krs_repository import _list_query
    from desktop.context import open_context
    from desktop.services import file_cipher
    from desktop.services.encryption import encrypt_database

    kecamatan = "36.02.18"
    word = "Cibeureum"
    plain_ids = _paged_ids(families, FamilyFilter(search=word, kecamatan_code=kecamatan), 50)
    like_ids = _like_ids(families, FamilyFilter(search=word, kecamatan_code=kecamatan))
    assert plain_ids == like_ids and plain_ids
    encrypt_database(families.engine, families.data_dir, "frasa sandi kantor lebak")
    context = open_context(families.data_dir, secret="frasa sandi kantor lebak")
    try:
        flt = FamilyFilter(search=word, kecamatan_code=kecamatan)
        with context.session_factory() as session:
            session.execute(select(1))
            session.connection().exec_driver_sql("ANALYZE")  # statistics make the region's index look attractive
            query, order = _list_query(session, flt, after=0)
            compiled = query.order_by(order).limit(200).compile(context.engine)
            raw = session.connection().connection.dbapi_connection
            assert raw is not None
            params = [compiled.params[name] for name in compiled.positiontup or ()]
            plan = [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {compiled}", params).fetchall()]
        assert plan[0].startswith("SCAN krs_family_fts"), plan
        assert not any("kecamatan" in step for step in plan), plan
        assert _paged_ids(context, flt, 50) == plain_ids
    finally:
        context.dispose()
        file_cipher.use_database_key(context.files_dir, None)
