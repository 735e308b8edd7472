"""Refreshes the translation catalogues from the code: ``python installer/update_translations.py [--check]``.

Source strings are Bahasa Indonesia, marked in the code with ``_()``, ``N_()``, ``doc_()`` or ``ngettext()`` of
:mod:`desktop.domain.i18n`. This script extracts them (babel) into ``resources/translations/konvergensi.pot`` and
refreshes one catalogue per language and layer, ``resources/translations/<language>/<layer>.po`` (``ui``,
``services``, ``reports``, ``cli``, ``domain``), keeping every translation already made; a text no longer in the
code is dropped. ``--check`` changes nothing and exits 1 when a catalogue is out of date or an entry has no
translation (``tests/test_translations.py`` runs the same check).

Qt's own texts (standard buttons, file and print dialogs) are not ours: ``qtbase_id.ts`` holds their Indonesian
and is compiled by ``desktop/ui/translations.py``.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
# Layer catalogue -> the sources it collects (folders and files, relative to the repository).
LAYERS: dict[str, tuple[str, ...]] = {
    "ui": ("desktop/ui", "desktop/app.py"),
    "cli": ("desktop/cli", "desktop/__main__.py"),
    "services": ("desktop/services", "desktop/context.py"),
    "reports": ("desktop/reports",),
    "domain": (
        "desktop/domain",
        "db",
        "desktop/paths.py",
        "desktop/log.py",
        "desktop/preferences.py",
        "desktop/build_info.py",
    ),
}
KEYWORDS = {"_": None, "N_": None, "doc_": None}
PLURAL_KEYWORDS = {"ngettext": (1,)}
HEADER = "Konvergensi"


def _sources(layer: str) -> Iterator[Path]:
    for entry in LAYERS[layer]:
        path = ROOT / entry
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "versions" not in p.parts)
        elif path.exists():
            yield path


def extract_layer(layer: str) -> Catalog:
    """The marked strings of one layer, each with the places it is written."""
    catalog = Catalog(project=HEADER, fuzzy=False)
    for path in _sources(layer):
        relative = path.relative_to(ROOT).as_posix()
        for keywords, plural in ((KEYWORDS, False), (PLURAL_KEYWORDS, True)):
            for lineno, message, comments, _context in extract_from_file(
                "python", path, keywords=keywords, comment_tags=("Translators:",), strip_comment_tags=True
            ):
                text = message if isinstance(message, str) else message[0]
                if not text:
                    continue
                msgid: str | tuple[str, str] = (text, text) if plural else text
                catalog.add(msgid, locations=[(relative, lineno)], auto_comments=comments)
    return catalog


def _read(path: Path, locale: str) -> Catalog | None:
    if not path.exists():
        return None
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def refreshed(layer: str, language: str, template: Catalog) -> Catalog:
    """The layer's catalogue for ``language``: the template's entries with the translations already made."""
    # The layer's own catalogue first, then the others: a text that moved to another layer keeps its translation.
    others = sorted(path for path in (TRANSLATIONS / language).glob("*.po") if path.stem != layer)
    known: dict[str, object] = {}
    for path in [TRANSLATIONS / language / f"{layer}.po", *others]:
        old = _read(path, language)
        for message in old or ():
            if message.id:
                key = str(message.id[0] if isinstance(message.id, tuple | list) else message.id)
                if key not in known and message.string and (isinstance(message.string, str) or all(message.string)):
                    known[key] = message.string
    catalog = Catalog(locale=language, project=HEADER, fuzzy=False)
    for message in template:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple | list) else message.id
        string = known.get(str(key), "" if isinstance(message.id, str) else ("", ""))
        if isinstance(message.id, tuple | list) and isinstance(string, str):
            string = (string, string)
        if isinstance(message.id, str) and isinstance(string, tuple | list):
            string = string[-1]
        catalog.add(message.id, string, locations=message.locations, auto_comments=message.auto_comments)
    return catalog


def render(catalog: Catalog) -> bytes:
    """The ``.po`` text of a catalogue, without dates, so an unchanged catalogue is byte for byte the same."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=120, omit_header=True, sort_output=True, include_lineno=False)
    return buffer.getvalue()


def untranslated(catalog: Catalog) -> list[str]:
    """The entries of a catalogue without a translation."""
    missing: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if not all(strings):
            missing.append(message.id[0] if isinstance(message.id, tuple | list) else message.id)
    return missing


def planned() -> dict[Path, bytes]:
    """Every catalogue file as the code asks for it now: path to content."""
    files: dict[Path, bytes] = {}
    everything = Catalog(project=HEADER, fuzzy=False)
    for layer in LAYERS:
        template = extract_layer(layer)
        for message in template:
            if message.id:
                everything.add(message.id, locations=message.locations)
        for language in LANGUAGES:
            files[TRANSLATIONS / language / f"{layer}.po"] = render(refreshed(layer, language, template))
    files[TRANSLATIONS / "konvergensi.pot"] = render(everything)
    return files


def main(argv: list[str] | None = None) -> int:
    """Writes (or with ``--check`` compares) the catalogues."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when out of date or untranslated")
    args = parser.parse_args(argv)
    problems: list[str] = []
    for path, content in planned().items():
        current = path.read_bytes() if path.exists() else b""
        if args.check:
            if current != content:
                problems.append(f"{path.relative_to(ROOT)} is out of date: run installer/update_translations.py")
        elif current != content:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            print(f"wrote {path.relative_to(ROOT)}")
        if path.suffix == ".po":
            with io.BytesIO(content) as handle:
                catalog = read_po(handle)
            missing = untranslated(catalog)
            if missing:
                problems.append(f"{path.relative_to(ROOT)}: {len(missing)} without translation, e.g. {missing[0]!r}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
