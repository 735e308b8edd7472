"""The translation catalogues: complete where finished, faithful to the placeholders, up to date with the code, and
every marked text extractable."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from desktop.domain.i18n import _, set_language

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
# Every layer's catalogue is finished: every entry translated (a new text without its English fails here).
FINISHED_LAYERS = ["ui", "cli", "services", "reports", "domain"]
MARKERS = {"_", "N_", "doc_", "ngettext"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _update_translations() -> ModuleType:
    """``installer/update_translations.py`` as a module (it is a script, not part of a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "installer" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalogues() -> Iterator[tuple[Path, Catalog]]:
    for path in sorted(TRANSLATIONS.glob("*/*.po")):
        with path.open("rb") as handle:
            yield path, read_po(handle, locale=path.parent.name)


def _texts(value: object) -> tuple[str, ...]:
    return tuple(str(part) for part in value) if isinstance(value, tuple | list) else (str(value or ""),)


@pytest.mark.parametrize("layer", FINISHED_LAYERS)
def test_a_finished_catalogue_translates_every_entry(layer: str) -> None:
    tool = _update_translations()
    for language in tool.LANGUAGES:
        path = TRANSLATIONS / language / f"{layer}.po"
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        entries = [message for message in catalog if message.id]
        assert entries, f"{path.relative_to(ROOT)} is empty"
        assert tool.untranslated(catalog) == []
        assert [message.id for message in entries if message.fuzzy] == []


def test_a_translation_keeps_the_placeholders_of_its_source() -> None:
    wrong: list[str] = []
    for path, catalog in _catalogues():
        for message in catalog:
            if not message.id:
                continue
            source = sorted(PLACEHOLDER.findall(_texts(message.id)[0]))
            for text in _texts(message.string):
                if text and sorted(PLACEHOLDER.findall(text)) != source:
                    wrong.append(f"{path.name}: {_texts(message.id)[0]!r} -> {text!r}")
    assert wrong == []


def test_the_catalogues_are_up_to_date_with_the_code() -> None:
    # As the script's --check: a layer with no marked text yet has no file, and needs none.
    stale = [
        str(path.relative_to(ROOT))
        for path, content in _update_translations().planned().items()
        if (path.read_bytes() if path.exists() else b"") != content
    ]
    assert stale == [], "run: python installer/update_translations.py"


def _builds_text(node: ast.expr) -> bool:
    """True when an argument makes its text at run time (f-string, +, %, .format(), .join(), str())."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.JoinedStr | ast.BinOp):
            return True
        if isinstance(inner, ast.Call):
            func = inner.func
            if isinstance(func, ast.Attribute) and func.attr in {"format", "join", "replace", "upper", "lower"}:
                return True
            if isinstance(func, ast.Name) and func.id == "str":
                return True
    return False


def _marker_calls() -> Iterator[tuple[str, str, ast.expr | None]]:
    for folder in ("desktop", "db"):
        for path in sorted(p for p in (ROOT / folder).rglob("*.py") if "versions" not in p.parts):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS:
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    yield where, node.func.id, node.args[0] if node.args else None


def test_every_marked_text_is_a_plain_literal() -> None:
    """Extraction sees only literals. ``N_()`` and ``ngettext()`` mark texts, so they take a literal and nothing
    else; ``_()`` and ``doc_()`` take a literal, or a value marked elsewhere with ``N_()`` (a code list's label),
    but never a text built at run time: ``_(f"Baris {row}")`` would never match a catalogue entry."""
    wrong: list[str] = []
    for where, marker, argument in _marker_calls():
        literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
        if literal:
            continue
        if argument is None or marker in {"N_", "ngettext"} or _builds_text(argument):
            wrong.append(f"{where}: {marker}({ast.unparse(argument) if argument is not None else ''})")
    assert wrong == []


def test_every_marked_literal_reaches_the_catalogue() -> None:
    """What the code marks is what extraction finds: a ``_("...")`` inside an f-string, for one, is invisible to
    babel on Python 3.11 (the f-string is one token) and would stay Indonesian in every language."""
    tool = _update_translations()
    extracted: set[str] = set()
    for layer in tool.LAYERS:
        for message in tool.extract_layer(layer):
            if message.id:
                extracted.add(_texts(message.id)[0])
    lost = [
        f"{where}: {argument.value!r}"
        for where, _marker, argument in _marker_calls()
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str) and argument.value
        if argument.value not in extracted
    ]
    assert lost == []


def test_the_check_finds_a_text_built_at_run_time() -> None:
    # The rule above must be able to fail: these are the mistakes it is there for.
    for source in ('_(f"Baris {row}")', '_("Baris " + str(row))', '_("Baris %s" % row)', '_("{0}".format(row))'):
        argument = ast.parse(source, mode="eval").body
        assert isinstance(argument, ast.Call)
        assert _builds_text(argument.args[0]), source
    assert not _builds_text(ast.parse("STATUS_LABELS[code]", mode="eval").body)


def test_english_comes_from_the_catalogue() -> None:
    set_language("en")
    try:
        assert _("Beranda") == "Home"
        assert _("Tanggal harus antara {first} dan {last}.").format(first="1", last="2") == (
            "The date must be between 1 and 2."
        )
    finally:
        set_language("id")
    assert _("Beranda") == "Beranda"
