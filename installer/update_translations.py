"""Refreshes the Qt Linguist sources from the code: ``python installer/update_translations.py``.

Source strings are Bahasa Indonesia. ``resources/translations/konvergensi_en.ts`` collects every ``tr()`` /
``QCoreApplication.translate()`` / ``QT_TRANSLATE_NOOP`` string of the interface for translators working in Qt
Linguist; existing translations are kept. ``qtbase_id.ts`` (Qt's own standard texts in Indonesian) is maintained
by hand. The ``.qm`` files are compiled at first use (see ``desktop/ui/translations.py``), never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en",)


def main() -> int:
    """Runs pyside6-lupdate over the interface code."""
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        print("pyside6-lupdate not found (it ships with PySide6)", file=sys.stderr)
        return 1
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop").rglob("*.py") if "ui" in path.parts)
    sources.append("desktop/app.py")
    for language in LANGUAGES:
        target = ROOT / "resources" / "translations" / f"konvergensi_{language}.ts"
        command = [tool, *sources, "-source-language", "id_ID", "-target-language", language, "-ts", str(target)]
        subprocess.run(command, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
