"""Fixtures for widget tests: a window context on a real database, with a background runner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.ui.ui_settings import UiSettings
from desktop.ui.window_context import WindowContext
from desktop.ui.worker import BackgroundRunner


def make_window_context(context: AppContext) -> WindowContext:
    """A window context whose runner uses the real thread pools."""
    return WindowContext(app=context, runner=BackgroundRunner(), ui_settings=UiSettings(context.data_dir))


@pytest.fixture
def window_context(office_context: AppContext, qtbot: QtBot) -> Iterator[WindowContext]:
    """A window context on the demo office's database."""
    context = make_window_context(office_context)
    yield context
    context.runner.drain()
