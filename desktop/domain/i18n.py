"""One mechanism for every user-facing string: widgets, services, reports and the command line.

The source text is Bahasa Indonesia, written in the code and wrapped in :func:`_` (translate now) or :func:`N_`
(mark a constant for the catalogue, translate where it is shown with :func:`_`). ``installer/update_translations.py``
extracts every marked string into ``resources/translations/konvergensi.pot`` and refreshes the catalogues of the
other languages, one folder per language holding one ``.po`` file per layer (``resources/translations/en/``).
:func:`set_language` loads a language's catalogues once at start; with Indonesian nothing is loaded and :func:`_`
returns its argument.

Texts with a count use :func:`ngettext` (Indonesian has one form; a catalogue may give two).

Official documents (notulen, berita acara, daftar hadir, the reports sent to the province) are written in the
*document* language, not the interface's: their texts use :func:`doc_`, which follows
:func:`set_document_language` (Indonesian unless changed), so an officer working in English still prints
Indonesian letters. Both come from the same catalogues.
"""

from __future__ import annotations

import threading
from importlib.resources import files
from pathlib import Path

SOURCE_LANGUAGE = "id"
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
"""The languages the interface speaks: code to the language's own name."""

# The babel locale that writes dates and numbers for each language: English as used in Indonesia keeps the decimal
# comma and the day-month-year order (``1.234,5``; ``31 Oct 2026``).
BABEL_LOCALES: dict[str, str] = {"id": "id", "en": "en_ID"}

_lock = threading.Lock()
_language = SOURCE_LANGUAGE
_messages: dict[str, str] = {}
_plurals: dict[str, tuple[str, ...]] = {}
_document_language = SOURCE_LANGUAGE
_document_messages: dict[str, str] = {}


def _(text: str) -> str:
    """Returns ``text`` (Indonesian) in the interface language."""
    if not _messages:
        return text
    return _messages.get(text) or text


def N_(text: str) -> str:  # noqa: N802 - the gettext convention
    """Marks ``text`` for the catalogue without translating it (translate it with :func:`_` where it is shown)."""
    return text


def doc_(text: str) -> str:
    """Returns ``text`` (Indonesian) in the document language (see the module's docstring)."""
    if not _document_messages:
        return text
    return _document_messages.get(text) or text


def ngettext(text: str, count: int) -> str:
    """Returns ``text`` (Indonesian, one form for any count) in the interface language, in the form for ``count``."""
    forms = _plurals.get(text)
    if not forms:
        return _(text)
    return forms[0] if count == 1 or len(forms) == 1 else forms[1]


def babel_locale(code: str) -> str:
    """The babel locale for a language code (Indonesian for unknown codes)."""
    return BABEL_LOCALES.get(code, BABEL_LOCALES[SOURCE_LANGUAGE])


def language() -> str:
    """The code of the interface language (``id``, ``en``)."""
    return _language


def catalogue_folder(code: str) -> Path:
    """The folder of one language's ``.po`` files."""
    return Path(str(files("resources.translations").joinpath(code)))


def _load(code: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The translations of language ``code``: texts and plural forms (empty for Indonesian and unknown codes).

    Entries without a translation, and fuzzy ones, are left out: they keep the Indonesian text.
    """
    from babel.messages.pofile import read_po

    messages: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    if code not in LANGUAGES or code == SOURCE_LANGUAGE:
        return messages, plurals
    folder = catalogue_folder(code)
    for path in sorted(folder.glob("*.po")) if folder.is_dir() else []:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=code)
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            if isinstance(message.id, tuple | list):
                forms = tuple(str(form) for form in message.string or () if form)
                if forms:
                    plurals[str(message.id[0])] = forms
            elif isinstance(message.string, str) and message.string:
                messages[str(message.id)] = message.string
    return messages, plurals


def set_language(code: str) -> None:
    """Switches every later :func:`_` call to the interface language ``code``; unknown codes mean Indonesian."""
    global _language
    messages, plurals = _load(code)
    with _lock:
        _language = code if code in LANGUAGES else SOURCE_LANGUAGE
        _messages.clear()
        _messages.update(messages)
        _plurals.clear()
        _plurals.update(plurals)


def document_language() -> str:
    """The code of the language official documents are written in."""
    return _document_language


def set_document_language(code: str) -> None:
    """Switches every later :func:`doc_` call to ``code`` (Indonesian by default; unknown codes mean Indonesian)."""
    global _document_language
    messages, _plurals_unused = _load(code)
    with _lock:
        _document_language = code if code in LANGUAGES else SOURCE_LANGUAGE
        _document_messages.clear()
        _document_messages.update(messages)
