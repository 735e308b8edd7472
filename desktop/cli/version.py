"""``konvergensi --version``: the version, the build (or "dari kode sumber"), and the Python and Qt running."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from desktop.build_info import build_info, runtime_line


def qt_versions() -> tuple[str | None, str | None]:
    """The Qt and PySide6 versions that load here, (None, None) when Qt cannot be loaded."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:
        return None, None
    return qVersion(), PySide6.__version__


def version_text() -> str:
    """Three lines: ``konvergensi 0.1.0``, the build, the runtime."""
    info = build_info()
    return "\n".join((f"konvergensi {info.version}", info.describe(), runtime_line(*qt_versions())))


class ShowVersion(argparse.Action):
    """An argparse action that prints :func:`version_text` (computed only when asked: loading Qt takes time)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        print(version_text(), flush=True)
        parser.exit(0)
