"""Layers point one way: ``db``, ``desktop.services`` and ``desktop.reports`` never load Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_persistence_and_services_import_no_qt() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        for name in ("db", "desktop.services", "desktop.reports", "desktop.cli"):
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
