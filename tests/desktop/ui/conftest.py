"""Fixtures for widget tests: a window context on a real database, with a background runner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.ui.ui_settings import UiSettings
from desktop.ui.window_context import WindowContext
from desktop.ui.worker import BackgroundRunner
from tests.desktop.ui.dialog_answers import DialogAnswers


def make_window_context(context: AppContext) -> WindowContext:
    """A window context whose runner uses the real thread pools."""
    return WindowContext(app=context, runner=BackgroundRunner(), ui_settings=UiSettings(context.data_dir))


@pytest.fixture
def window_context(office_context: AppContext, qtbot: QtBot) -> Iterator[WindowContext]:
    """A window context on the demo office's database."""
    context = make_window_context(office_context)
    yield context
    context.runner.drain()


_draining: list[DialogAnswers] = []


@pytest.fixture(autouse=True)
def dialogs(qtbot: QtBot) -> Iterator[DialogAnswers]:
    """Answers the next modal questions (see :class:`DialogAnswers`); fails when a queued answer was not used.

    Autouse: after the test it keeps answering harmlessly while pytest-qt closes the test's widgets (a window
    closed with unsaved input asks), until the next test starts.
    """
    while _draining:
        _draining.pop().stop()
    answers = DialogAnswers()
    _draining.append(answers)
    yield answers
    assert not answers.pending, f"questions expected but never asked: {answers.pending}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before pytest-qt closes the test's widgets (its own teardown hook runs inside this one), every further
    question is answered harmlessly: a window closed with unsaved input asks, and nobody is there to click."""
    answers = getattr(item, "funcargs", {}).get("dialogs")
    if isinstance(answers, DialogAnswers):
        answers.drain()
    return (yield)
