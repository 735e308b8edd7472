"""Demo data: a realistic office (Bapelitbangda Kabupaten Lebak, Banten) and, step by step, each module's data.

Each module adds one step to :data:`DEMO_STEPS`; a step is idempotent, so running the demo twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.i18n import N_
from desktop.services.demo.office_demo import fill_demo_office
from desktop.services.job_lock import exclusive
from desktop.services.tasks import TaskControl


@dataclass(frozen=True, slots=True)
class DemoContext:
    """What a demo step needs.

    Attributes:
        session_factory: the session factory.
        files_dir: the folder where stored files (attachments, evidence) go.
        control: progress and cancellation.
    """

    session_factory: sessionmaker[Session]
    files_dir: Path
    control: TaskControl


DemoStep = Callable[[DemoContext], str]


def _office_step(context: DemoContext) -> str:
    return fill_demo_office(context.session_factory, context.control)


def _aksi_step(context: DemoContext) -> str:
    from desktop.services.demo.aksi_demo import fill_demo_aksi

    return fill_demo_aksi(context.session_factory, context.files_dir, context.control)


def _cases_step(context: DemoContext) -> str:
    from desktop.services.demo.cases_demo import fill_demo_cases

    return fill_demo_cases(context.session_factory, context.control)


def _krs_step(context: DemoContext) -> str:
    from desktop.services.demo.krs_demo import fill_demo_krs

    return fill_demo_krs(context.session_factory, context.control)


def _meetings_step(context: DemoContext) -> str:
    from desktop.services.demo.meetings_demo import fill_demo_meetings

    return fill_demo_meetings(context.session_factory, context.control)


# Order matters: later steps use what earlier ones created (the office first).
DEMO_STEPS: list[tuple[str, DemoStep]] = [
    ("office", _office_step),
    ("meetings", _meetings_step),
    ("aksi", _aksi_step),
    ("krs", _krs_step),
    # After "krs" when that step exists: the demo children then carry KRS families' No. KK and get linked.
    ("cases", _cases_step),
]


@exclusive(N_("data contoh"))
def run_demo(context: DemoContext) -> list[str]:
    """Runs every demo step in order.

    Args:
        context: the demo context.

    Returns:
        One summary line per step, in Indonesian.
    """
    return [step(context) for _name, step in DEMO_STEPS]
