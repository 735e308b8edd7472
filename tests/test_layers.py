"""Layers point one way, and no module takes part in an import circle.

The layers, top to bottom (``docs/architecture.md``)::

    entry     desktop.__main__
    cli       desktop.cli
    gui       desktop.app, desktop.ui
    context   desktop.context
    services  desktop.services
    reports   desktop.reports          (data in, file out: never db)
    db        db
    platform  desktop.paths, desktop.log, desktop.preferences, desktop.build_info
    domain    desktop.domain           (vocabulary, value types, formatters: no Qt, no database)

A module may import its own layer and the layers below it. Every import counts, also one inside a function. The
graph is read from the source (``ast``), so a deliberate violation is shown with a module written for the test.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("entry", ("desktop.__main__",)),
    ("cli", ("desktop.cli",)),
    ("gui", ("desktop.app", "desktop.ui")),
    ("context", ("desktop.context",)),
    ("services", ("desktop.services",)),
    ("reports", ("desktop.reports",)),
    ("db", ("db",)),
    ("platform", ("desktop.paths", "desktop.log", "desktop.preferences", "desktop.build_info")),
    ("domain", ("desktop.domain",)),
)
# Pairs a rank alone would allow but the design forbids: a report is drawn from the records it is given.
FORBIDDEN: frozenset[tuple[str, str]] = frozenset({("reports", "db")})
# Third-party packages a layer must not use: the bottom layers run without Qt, the domain without a database.
FORBIDDEN_PACKAGES: Mapping[str, tuple[str, ...]] = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab", "openpyxl"),
    "platform": ("PySide6", "sqlalchemy"),
    "db": ("PySide6",),
    "reports": ("PySide6", "sqlalchemy"),
    "services": ("PySide6",),
    "context": ("PySide6",),
}
RANK = {name: len(LAYERS) - index for index, (name, _prefixes) in enumerate(LAYERS)}


def layer_of(module: str) -> str | None:
    """The layer a first-party module belongs to (None for third-party and the standard library)."""
    for name, prefixes in LAYERS:
        if any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes):
            return name
    if module == "desktop" or module.startswith("desktop."):
        return "platform"  # a new top-level module of desktop: the test below asks for it to be placed
    return None


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules(root: Path) -> dict[str, Path]:
    """The first-party modules under ``root`` (migration scripts excluded: they are frozen history)."""
    found: dict[str, Path] = {}
    for package in ("desktop", "db"):
        for path in sorted((root / package).rglob("*.py")):
            if "versions" in path.parts and "migrations" in path.parts:
                continue
            found[module_name(path, root)] = path
    return found


def imports_of(module: str, source: str, is_package: bool, known: Iterable[str]) -> set[str]:
    """Every module ``source`` imports (absolute names; ``from a import b`` yields ``a.b`` when that is a module)."""
    known_set = set(known)
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in known_set)
    return found


def import_graph(modules: Mapping[str, str], packages: Iterable[str] = ()) -> dict[str, set[str]]:
    """Module name to the modules it imports, for ``modules`` (name to source text)."""
    package_set = set(packages)
    return {name: imports_of(name, text, name in package_set, modules) for name, text in modules.items()}


def violations(graph: Mapping[str, set[str]]) -> list[str]:
    """One line per import against the direction of the layers (or of a forbidden package)."""
    problems: list[str] = []
    for module, targets in sorted(graph.items()):
        source_layer = layer_of(module)
        if source_layer is None:
            continue
        for target in sorted(targets):
            top = target.split(".")[0]
            if top in FORBIDDEN_PACKAGES.get(source_layer, ()):
                problems.append(f"{module} ({source_layer}) imports {target}")
                continue
            target_layer = layer_of(target)
            if target_layer is None or target_layer == source_layer:
                continue
            if RANK[target_layer] > RANK[source_layer] or (source_layer, target_layer) in FORBIDDEN:
                problems.append(f"{module} ({source_layer}) imports {target} ({target_layer})")
    return problems


def circles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The import circles among the graph's modules: groups of modules that each reach all the others.

    A package's ``__init__`` importing its own submodules is not a circle: the submodule's import of the package
    name only loads the package first, so edges from a module to a package that contains it are left out.
    """
    edges = {
        module: {t for t in targets if t in graph and t != module and not module.startswith(t + ".")}
        for module, targets in graph.items()
    }

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        pending = list(edges[start])
        while pending:
            module = pending.pop()
            if module not in seen:
                seen.add(module)
                pending.extend(edges[module])
        return seen

    reach = {module: reachable(module) for module in edges}
    groups = {
        tuple(sorted({module} | {other for other in reach[module] if module in reach[other]}))
        for module in edges
        if module in reach[module]
    }
    return sorted(list(group) for group in groups)


def project_graph(extra: Mapping[str, str] | None = None) -> dict[str, set[str]]:
    """The import graph of the repository, with ``extra`` modules (name to source) added as if they existed."""
    paths = source_modules(ROOT)
    texts = {name: path.read_text(encoding="utf-8") for name, path in paths.items()}
    texts.update(extra or {})
    packages = {name for name, path in paths.items() if path.name == "__init__.py"}
    return import_graph(texts, packages)


def test_every_import_follows_the_direction_of_the_layers() -> None:
    assert violations(project_graph()) == []


def test_no_import_circles() -> None:
    assert circles(project_graph()) == []


def test_every_top_level_module_has_a_layer() -> None:
    unplaced = [
        name
        for name in source_modules(ROOT)
        if name.count(".") == 1
        and name.startswith("desktop.")
        and not any(
            name == prefix or name.startswith(prefix + ".") for _layer, prefixes in LAYERS for prefix in prefixes
        )
    ]
    assert unplaced == [], "place these in LAYERS (and docs/architecture.md)"


def test_an_upward_import_is_reported() -> None:
    upward = {
        "desktop.reports.upward_probe": "from desktop.services.office import get_office\n",
        "desktop.domain.upward_probe": "def f():\n    from db.models.office import Office\n    return Office\n",
        "desktop.reports.db_probe": "from db.models.krs import KrsFamily\n",
        "desktop.services.qt_probe": "from PySide6.QtCore import QObject\n",
    }
    found = violations(project_graph(upward))
    assert found == [
        "desktop.domain.upward_probe (domain) imports db.models.office (db)",
        "desktop.reports.db_probe (reports) imports db.models.krs (db)",
        "desktop.reports.upward_probe (reports) imports desktop.services.office (services)",
        "desktop.services.qt_probe (services) imports PySide6.QtCore",
    ]


def test_an_import_circle_is_reported() -> None:
    probes = {
        "desktop.services.circle_a": "from desktop.services.circle_b import B\nA = 1\n",
        "desktop.services.circle_b": "B = 2\ndef f():\n    from desktop.services.circle_a import A\n    return A\n",
    }
    assert circles(project_graph(probes)) == [["desktop.services.circle_a", "desktop.services.circle_b"]]


def test_persistence_and_services_import_no_qt() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        for name in ("db", "desktop.domain", "desktop.services", "desktop.reports", "desktop.cli"):
            package = importlib.import_module(name)
            for info in pkgutil.walk_packages(package.__path__, name + "."):
                if ".migrations.versions." in info.name or info.name.endswith("migrations.env"):
                    continue
                importlib.import_module(info.name)
        loaded = sorted(m for m in sys.modules if m.startswith("PySide6"))
        print(",".join(loaded))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt modules loaded: {result.stdout.strip()}"
