"""Hypothesis profiles for the property tests: bounded so the whole set stays well under a minute in CI.

``HYPOTHESIS_PROFILE=thorough`` runs many more examples when hunting for a new class of failure by hand.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

_COMMON = {
    "print_blob": True,
    # The database fixtures are per test, each example runs in the same one (it only reads, or rolls back).
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
# CI: the same examples on every run (a red CI must be reproducible, not a roll of the dice) and no per-example
# deadline (a loaded 2-core machine can take seconds for one workbook); the example count bounds the time.
settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True, **_COMMON)
# By hand: random examples, many more of them, each run different.
settings.register_profile("thorough", max_examples=2000, deadline=timedelta(seconds=10), derandomize=False, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
