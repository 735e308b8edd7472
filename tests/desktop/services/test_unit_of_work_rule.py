"""The unit-of-work rule over every service function, read from the source (see desktop/services/unit_of_work.py).

A function that takes the session factory opens at most one unit of work: either one ``unit_of_work`` /
``reading`` / ``one_session`` block, or one call of another factory-taking function; never the factory itself
(``session_factory()``) outside the seam. The runtime counts of the user actions are in ``test_unit_of_work.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[3] / "desktop" / "services"
OPENERS = {"unit_of_work", "reading", "one_session"}
# The demo data generators fill a database with many separate user actions on purpose (an admin command, each
# action its own unit of work as the GUI would make it).
EXEMPT_FOLDERS = {"demo"}
# Functions whose calls are alternatives (one branch runs), not a sequence.
BRANCHES = {("aksi/progress.py", "detail_of")}


def _sessions_opened(function: ast.FunctionDef) -> tuple[int, list[str]]:
    """How many units of work a factory-taking function may open in sequence, and the raw factory calls."""
    factories = {a.arg for a in [*function.args.args, *function.args.kwonlyargs] if "factory" in a.arg}
    opened, raw = 0, []
    for node in ast.walk(function):
        if not isinstance(node, ast.Call):
            continue
        name = ast.unparse(node.func)
        if name in factories:
            raw.append(name)
        passes_factory = any(
            isinstance(arg, ast.Name) and arg.id in factories for arg in [*node.args, *(k.value for k in node.keywords)]
        )
        if name in OPENERS or passes_factory:
            opened += 1
    return opened, raw


def _violations() -> list[str]:
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        relative = path.relative_to(SERVICES).as_posix()
        if relative.split("/")[0] in EXEMPT_FOLDERS or relative == "unit_of_work.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef) or (relative, node.name) in BRANCHES:
                continue
            opened, raw = _sessions_opened(node)
            if raw:
                found.append(f"{relative}:{node.lineno} {node.name} calls the factory itself")
            elif opened > 1:
                found.append(f"{relative}:{node.lineno} {node.name} opens {opened} units of work")
    return found


def test_every_service_function_opens_at_most_one_unit_of_work() -> None:
    assert _violations() == []


def test_the_rule_catches_a_second_session() -> None:
    source = (
        "def both(session_factory):\n"
        "    with reading(session_factory) as session:\n"
        "        a = 1\n"
        "    return get_office(session_factory)\n"
        "def raw(session_factory):\n"
        "    with session_factory() as session:\n"
        "        return 1\n"
    )
    both, raw = (n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef))
    assert _sessions_opened(both) == (2, [])
    assert _sessions_opened(raw) == (0, ["session_factory"])
