"""Hypothesis profiles for the property tests: bounded so the whole set stays well under a minute in CI.

``HYPOTHESIS_PROFILE=thorough`` runs many more examples when hunting for a new class of failure by hand.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

_COMMON = {
    "derandomize": False,
    "print_blob": True,
    # The database fixtures are per test, each example runs in the same one (it only reads, or rolls back).
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("ci", max_examples=40, deadline=timedelta(seconds=2), **_COMMON)
settings.register_profile("thorough", max_examples=2000, deadline=None, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
