"""Checklists defined as data: templates, values per desa and month, completion per kecamatan."""

from __future__ import annotations

import pytest

from desktop.context import AppContext
from desktop.services.aksi.checklists import (
    ChecklistError,
    checklist_templates,
    completion_by_kecamatan,
    get_template,
    month_grid,
    parse_checklist,
    save_desa_values,
)
from desktop.services.regions import children_of

LEBAK = "36.02"


def test_templates_come_from_data_files() -> None:
    codes = {t.code: t for t in checklist_templates()}
    assert set(codes) == {"3S4P", "INTERVENSI_SERENTAK"}
    s4p = codes["3S4P"]
    assert [i.code for i in s4p.items][:7] == [
        "S1_TPK_TERLATIH",
        "S2_ALAT_UKUR",
        "S3_SOP",
        "P1_TERDATA",
        "P2_TERLAYANI",
        "P3_TERINTERVENSI",
        "P4_TERCATAT_TERLAPOR",
    ]
    assert {i.type for i in s4p.items} == {"ya_tidak", "persen", "angka"}
    serentak = codes["INTERVENSI_SERENTAK"]
    assert serentak.usual_months == (6,)
    assert next(i for i in serentak.items if i.code == "CAKUPAN").target_min == 90


def test_bad_template_is_refused() -> None:
    with pytest.raises(ChecklistError, match=r"sections\[0\].items\[1\].type: jenis 'teks'"):
        parse_checklist(
            {
                "format": "konvergensi.checklist",
                "code": "X",
                "sections": [
                    {
                        "name": "A",
                        "items": [
                            {"code": "A1", "label": "a", "type": "ya_tidak"},
                            {"code": "A2", "label": "b", "type": "teks"},
                        ],
                    }
                ],
            },
            "x.json",
        )


def test_values_and_completion(office_context: AppContext) -> None:
    factory = office_context.session_factory
    kecamatan = children_of(factory, LEBAK)
    first = kecamatan[0]
    desa = children_of(factory, first.code)
    template = get_template("3S4P")
    full = {item.code: (True if item.type == "ya_tidak" else 95.0) for item in template.items}
    assert save_desa_values(factory, "3S4P", desa[0].code, 2024, 5, full) == len(template.items)
    assert save_desa_values(factory, "3S4P", desa[0].code, 2024, 5, full) == 0  # unchanged
    partial = {"S1_TPK_TERLATIH": False, "P1_TERDATA": 80}
    save_desa_values(factory, "3S4P", desa[1].code, 2024, 5, partial)  # type: ignore[arg-type]
    grid = month_grid(factory, "3S4P", first.code, 2024, 5)
    assert len(grid) == len(desa)
    by_code = {row.region_code: row for row in grid}
    assert by_code[desa[0].code].complete(template)
    assert by_code[desa[1].code].values == {"S1_TPK_TERLATIH": False, "P1_TERDATA": 80.0}
    assert not by_code[desa[1].code].complete(template)
    completion = {c.code: c for c in completion_by_kecamatan(factory, "3S4P", LEBAK, 2024, 5)}
    assert len(completion) == len(kecamatan)
    assert completion[first.code].desa_complete == 1
    assert completion[first.code].percent == pytest.approx(100 / len(desa))
    assert completion[kecamatan[1].code].desa_complete == 0
    # Clearing a value makes the desa incomplete again; other months are separate.
    save_desa_values(factory, "3S4P", desa[0].code, 2024, 5, {"S3_SOP": None})
    assert completion_by_kecamatan(factory, "3S4P", LEBAK, 2024, 5)[0].desa_complete == 0
    assert month_grid(factory, "3S4P", first.code, 2024, 6)[0].values == {}


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"S1_TPK_TERLATIH": 1.0}, "harus ya atau tidak"),
        ({"P1_TERDATA": 120.0}, "di luar rentang 0-100"),
        ({"JUMLAH_TPK": -1.0}, "di luar rentang 0 atau lebih"),
        ({"P1_TERDATA": True}, "harus angka"),
        ({"TIDAK_ADA": True}, "butir 'TIDAK_ADA' tidak ada"),
    ],
)
def test_bad_values_are_refused(office_context: AppContext, values: dict, reason: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ChecklistError, match=reason):
        save_desa_values(office_context.session_factory, "3S4P", "36.02.01.2001", 2024, 5, values)


@pytest.mark.parametrize(
    ("code", "typed", "value"),
    [
        ("S1_TPK_TERLATIH", "ya", True),
        ("S1_TPK_TERLATIH", " Tidak ", False),
        ("S1_TPK_TERLATIH", "Yes", True),  # the interface's own word
        ("S1_TPK_TERLATIH", True, True),
        ("S1_TPK_TERLATIH", "", None),
        ("P1_TERDATA", "87,5", 87.5),
        ("P1_TERDATA", 100, 100.0),
        ("JUMLAH_TPK", "12", 12.0),
        ("JUMLAH_TPK", None, None),
    ],
)
def test_typed_values_are_read_by_the_service_rule(code: str, typed: object, value: object) -> None:
    from desktop.services.aksi.checklists import parse_item_value

    item = next(item for item in get_template("3S4P").items if item.code == code)
    assert parse_item_value(item, typed, yes="Yes", no="No") == value


@pytest.mark.parametrize(
    ("code", "typed", "reason"),
    [
        ("S1_TPK_TERLATIH", "mungkin", "harus ya atau tidak"),
        ("P1_TERDATA", "120", "di luar rentang 0-100"),
        ("JUMLAH_TPK", "-1", "di luar rentang 0 atau lebih"),
        ("JUMLAH_TPK", "dua", "harus angka"),
        ("P1_TERDATA", True, "harus angka"),
    ],
)
def test_typed_values_the_service_refuses(code: str, typed: object, reason: str) -> None:
    from desktop.services.aksi.checklists import parse_item_value

    item = next(item for item in get_template("3S4P").items if item.code == code)
    with pytest.raises(ChecklistError, match=reason):
        parse_item_value(item, typed)
