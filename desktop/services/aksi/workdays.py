"""Working days: weekends, libur nasional and cuti bersama (from ``lokal-id``) are days off.

``lokal-id`` carries the official SKB 3 Menteri holidays for the years it knows; for other years only weekends
count as days off and :func:`holidays_known` says so, so the caller can tell the user.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from datetime import date, timedelta
from functools import cache
from typing import Any

_LOKAL_ALIAS = "_konvergensi_lokal"


@cache
def _lokal_holidays() -> Any:
    """``lokal.holidays`` without running ``lokal/__init__.py``, which imports lokal's text-masking detectors
    (``lokal.samaran``: measured 0.3 s alone, 2.5 s on a loaded machine) that Konvergensi never uses; the dashboard
    waits for this on every start. The module is loaded from lokal's own folder under a private package name (its
    relative imports stay inside that name); anything unexpected falls back to the ordinary import."""
    try:
        spec = importlib.util.find_spec("lokal")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("lokal")
        package = sys.modules.get(_LOKAL_ALIAS)
        if package is None:
            package = types.ModuleType(_LOKAL_ALIAS)
            package.__path__ = list(spec.submodule_search_locations)
            sys.modules[_LOKAL_ALIAS] = package
        module = importlib.import_module(f"{_LOKAL_ALIAS}.holidays")
        module.get_holidays  # noqa: B018 - the function used below must be there
        return module
    except (ImportError, AttributeError, SyntaxError):  # pragma: no cover - another lokal-id layout
        import lokal

        return lokal


@cache
def _holidays(year: int) -> frozenset[date] | None:
    try:
        listing = _lokal_holidays().get_holidays(year)
    except ValueError:  # no official data for that year in the installed lokal-id
        return None
    return frozenset(date.fromisoformat(item.date) for item in listing.holidays)


def holidays_known(year: int) -> bool:
    """True when the holidays of ``year`` are known (otherwise only weekends are treated as days off)."""
    return _holidays(year) is not None


def holiday_dates(year: int) -> frozenset[date]:
    """Returns the libur nasional and cuti bersama dates of a year (empty when unknown)."""
    return _holidays(year) or frozenset()


def is_working_day(day: date) -> bool:
    """True for Monday-Friday that is neither a libur nasional nor cuti bersama (as government offices work)."""
    # Same rule as lokal.is_working_day(day) (cuti bersama off), on a cached set: the dashboard asks for thousands
    # of days; for years lokal-id has no decree for, only weekends are off.
    return day.weekday() < 5 and day not in holiday_dates(day.year)


def next_working_day(day: date) -> date:
    """Returns ``day`` itself when it is a working day, else the first working day after it.

    A deadline that falls on a weekend or public holiday moves to the next working day.
    """
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_working_days(day: date, count: int) -> date:
    """Returns the date ``count`` working days after ``day`` (before it when negative)."""
    step = timedelta(days=-1 if count < 0 else 1)
    left = abs(count)
    while left:
        day += step
        if is_working_day(day):
            left -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Counts the working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count
