"""The family list jumps straight to any row: the last row of a long list costs one page read, not all before it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from db.models.krs import KrsFamily
from db.repositories.krs_repository import FamilyFilter
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs import family_list
from desktop.services.krs.import_service import run_import
from desktop.ui.krs.krs_page import KrsPage
from desktop.ui.krs.krs_table_model import FAMILY_ID_ROLE, KrsTableModel
from desktop.ui.window_context import WindowContext
from tests.desktop.services.krs.conftest import write_xlsx

FAMILIES = 3000


@pytest.fixture
def families(window_context: WindowContext, tmp_path: Path) -> WindowContext:
    rows = [list(row) for row in krs_rows(FAMILIES)]
    run_import(window_context.app.session_factory, write_xlsx(tmp_path / "krs.xlsx", rows), dry_run=False)
    return window_context


class _FamilyQueries:
    """Counts the statements that read ``krs_family`` on the real engine."""

    def __init__(self) -> None:
        self.statements: list[str] = []
        self.offsets: list[int] = []

    def __call__(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if "FROM krs_family" in statement:
            self.statements.append(statement)
            # SQLite renders "LIMIT ? OFFSET ?": the offset is the last parameter (0 for keyset pages).
            self.offsets.append(int(parameters[-1]) if statement.rstrip().endswith("OFFSET ?") else 0)

    def clear(self) -> None:
        self.statements.clear()
        self.offsets.clear()


@pytest.fixture
def queries(families: WindowContext) -> Iterator[_FamilyQueries]:
    counter = _FamilyQueries()
    engine = families.app.engine
    event.listen(engine, "before_cursor_execute", counter)
    yield counter
    event.remove(engine, "before_cursor_execute", counter)


def _ids_in_order(context: WindowContext) -> list[int]:
    with context.app.session_factory() as session:
        return list(session.scalars(select(KrsFamily.id).where(KrsFamily.deleted_at.is_(None)).order_by(KrsFamily.id)))


def test_last_row_reads_only_its_own_page(families: WindowContext, queries: _FamilyQueries) -> None:
    model = KrsTableModel(families.app.session_factory)
    assert model.rowCount() == KrsTableModel.PAGE and model.held_pages == [0]
    flt = model.current_filter
    model.set_total(flt, family_list.count(families.app.session_factory, flt))
    assert model.rowCount() == FAMILIES and not model.canFetchMore(QModelIndex())
    queries.clear()

    last = model.index(FAMILIES - 1, 0)
    assert model.data(last)  # the desa name of the last family
    assert len(queries.statements) == 1  # the page around the last row; none of the 14 pages before
    assert queries.offsets == [0] and "DESC" in queries.statements[0]  # counted back from the end: nothing skipped
    assert model.held_pages == [0, (FAMILIES - 1) // KrsTableModel.PAGE]
    ids = _ids_in_order(families)
    assert model.data(last, FAMILY_ID_ROLE) == ids[-1]

    # The page just before it follows by keyset from a known boundary (no offset), and lands on the right ids.
    queries.clear()
    before = (FAMILIES - 1) // KrsTableModel.PAGE * KrsTableModel.PAGE - 1
    assert model.index(before, 0).data(FAMILY_ID_ROLE) == ids[before]
    assert queries.offsets == [0] and "DESC" in queries.statements[0]  # backwards by keyset from a known start
    assert [model.index(row, 0).data(FAMILY_ID_ROLE) for row in range(before - 199, before + 2)] == ids[
        before - 199 : before + 2
    ]
    assert len(queries.statements) == 1  # the whole page came with it, in order
    queries.clear()
    middle = 1234
    assert model.index(middle, 2).data(FAMILY_ID_ROLE) == ids[middle]
    assert model.index(middle + 1, 2).data(FAMILY_ID_ROLE) == ids[middle + 1]
    assert len(queries.statements) == 1  # one page read serves its neighbours


def test_a_jump_reads_from_the_nearer_end(families: WindowContext, queries: _FamilyQueries) -> None:
    factory = families.app.session_factory
    model = KrsTableModel(factory)
    flt = model.current_filter
    model.set_total(flt, family_list.count(factory, flt))
    ids = _ids_in_order(families)
    queries.clear()
    near_end = 12 * KrsTableModel.PAGE + 5  # page 12 of 15: two pages from the end, eleven from the first
    assert model.index(near_end, 0).data(FAMILY_ID_ROLE) == ids[near_end]
    assert queries.offsets == [2 * KrsTableModel.PAGE] and "DESC" in queries.statements[0]
    queries.clear()
    near_start = 3 * KrsTableModel.PAGE + 7  # nearer the first page's known end: forwards by offset
    assert model.index(near_start, 0).data(FAMILY_ID_ROLE) == ids[near_start]
    assert queries.offsets == [2 * KrsTableModel.PAGE] and "DESC" not in queries.statements[0]
    page = [model.index(row, 0).data(FAMILY_ID_ROLE) for row in range(12 * KrsTableModel.PAGE, 13 * KrsTableModel.PAGE)]
    assert page == ids[12 * KrsTableModel.PAGE : 13 * KrsTableModel.PAGE]  # the page read from the end is whole


def test_with_the_page_starts_any_page_is_a_keyset_read(families: WindowContext, queries: _FamilyQueries) -> None:
    factory = families.app.session_factory
    model = KrsTableModel(factory)
    flt = model.current_filter
    model.set_total(flt, family_list.count(factory, flt))
    starts = family_list.list_page_starts(factory, flt, KrsTableModel.PAGE)
    ids = _ids_in_order(families)
    assert starts == ids[:: KrsTableModel.PAGE]  # the first id of every page
    model.set_page_starts(model.generation - 1, [1, 2, 3])  # computed before a reload: ignored
    assert model.known_page_starts == 2
    model.set_page_starts(model.generation, starts)
    assert model.known_page_starts == len(starts) == FAMILIES // KrsTableModel.PAGE
    queries.clear()
    assert model.index(FAMILIES - 1, 0).data(FAMILY_ID_ROLE) == ids[-1]
    assert model.index(1500, 0).data(FAMILY_ID_ROLE) == ids[1500]
    assert queries.offsets == [0, 0] and not any("DESC" in statement for statement in queries.statements)


def test_memory_stays_flat_while_jumping_around(families: WindowContext) -> None:
    model = KrsTableModel(families.app.session_factory)
    model.set_total(model.current_filter, FAMILIES)
    ids = _ids_in_order(families)
    for row in range(0, FAMILIES, 137):
        assert model.index(row, 0).data(FAMILY_ID_ROLE) == ids[row]
    assert len(model.held_pages) <= KrsTableModel.MAX_PAGES


def test_filtered_and_searched_lists_jump_too(families: WindowContext) -> None:
    factory = families.app.session_factory
    model = KrsTableModel(factory)
    with factory() as session:
        kecamatan = session.scalar(select(KrsFamily.kecamatan_code).group_by(KrsFamily.kecamatan_code).limit(1))
        expected = list(
            session.scalars(select(KrsFamily.id).where(KrsFamily.kecamatan_code == kecamatan).order_by(KrsFamily.id))
        )
        name = session.scalar(select(KrsFamily.head_name).order_by(KrsFamily.id.desc()).limit(1))
    flt = FamilyFilter(kecamatan_code=str(kecamatan))
    model.set_filter(flt)
    model.set_total(FamilyFilter(), 999)  # a count for another filter is ignored
    assert model.total is None
    model.set_total(flt, family_list.count(factory, flt))
    assert model.rowCount() == len(expected)
    assert model.index(len(expected) - 1, 0).data(FAMILY_ID_ROLE) == expected[-1]
    assert model.index(0, 0).data(FAMILY_ID_ROLE) == expected[0]
    searched = FamilyFilter(search=str(name).split()[0])
    model.set_filter(searched)
    total = family_list.count(factory, searched)
    model.set_total(searched, total)
    assert model.rowCount() == total > 0
    assert str(name).split()[0].lower() in str(model.index(total - 1, 2).data()).lower()


def test_page_spans_the_whole_list_once_counted(families: WindowContext, qtbot: QtBot) -> None:
    page = KrsPage(families)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.total == FAMILIES)
    assert page.model.rowCount() == FAMILIES
    # A long list also gets the start of every page in the background.
    qtbot.waitUntil(lambda: page.model.known_page_starts == FAMILIES // KrsTableModel.PAGE, timeout=10_000)
    page.table.scrollToBottom()
    qtbot.wait(50)
    with families.app.session_factory() as session:
        last_id = session.scalar(select(func.max(KrsFamily.id)))
    assert page.model.index(FAMILIES - 1, 0).data(FAMILY_ID_ROLE) == last_id
    assert len(page.model.held_pages) <= KrsTableModel.MAX_PAGES
