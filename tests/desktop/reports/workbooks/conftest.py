"""Fixtures of the report tests: the demo database (see :mod:`tests.desktop.services.reports.demo_fixture`)."""

from tests.desktop.services.reports.demo_fixture import demo_context, demo_template

__all__ = ["demo_context", "demo_template"]
