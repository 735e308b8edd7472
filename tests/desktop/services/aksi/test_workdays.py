"""Holidays read from lokal-id without importing its text-masking part (a start-up cost)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import lokal

from desktop.services.aksi.workdays import holiday_dates, holidays_known


def test_holidays_are_lokals_own() -> None:
    """The dates are exactly what lokal.get_holidays gives, for every year lokal-id knows."""
    for year in lokal.HOLIDAY_YEARS:
        expected = frozenset(date.fromisoformat(item.date) for item in lokal.get_holidays(year).holidays)
        assert holiday_dates(year) == expected
        assert holidays_known(year)
    assert not holidays_known(1900)
    assert holiday_dates(1900) == frozenset()


def test_reading_holidays_does_not_import_samaran() -> None:
    """A fresh process asking for a year's holidays never imports lokal.samaran (its detectors take 0.3 s)."""
    code = (
        "import sys\n"
        "from desktop.services.aksi.workdays import holiday_dates\n"
        "assert holiday_dates(2026)\n"
        "print(sorted(name for name in sys.modules if name.startswith('lokal')))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "lokal.samaran" not in output
    assert output.strip() == "[]"
