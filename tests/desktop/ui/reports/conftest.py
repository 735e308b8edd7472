"""Fixtures of the Reports page tests: a window context on the demo database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.ui.window_context import WindowContext
from tests.desktop.services.reports.demo_fixture import demo_context, demo_template
from tests.desktop.ui.conftest import make_window_context

__all__ = ["demo_context", "demo_template", "demo_window_context"]


@pytest.fixture
def demo_window_context(demo_context: AppContext, qtbot: QtBot) -> Iterator[WindowContext]:
    """A window context (real background pools) on the demo database."""
    context = make_window_context(demo_context)
    yield context
    context.runner.drain()
