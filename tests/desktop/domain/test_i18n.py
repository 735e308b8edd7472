"""The translation mechanism with the real English catalogues: interface texts follow the language, documents do not."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from babel.messages.pofile import read_po

from desktop.cli.indonesian_argparse import translate, translate_plural
from desktop.domain import i18n
from desktop.domain.i18n import _, catalogue_folder, doc_, ngettext, set_language
from installer import update_translations

# The layers this repository's code marks outside the widgets (ui.po is the widgets').
LAYERS = ("services", "reports", "cli", "domain")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[a-z]|%[a-z]")


@pytest.fixture(autouse=True)
def indonesian_afterwards() -> Iterator[None]:
    yield
    set_language("id")
    i18n.set_document_language("id")


def test_english_translates_a_service_message() -> None:
    assert _("Rapat belum disimpan.") == "Rapat belum disimpan."
    set_language("en")
    assert i18n.language() == "en"
    assert _("Rapat belum disimpan.") == "The meeting has not been saved yet."
    assert _("Peserta nomor {number}: nama wajib diisi.").format(number=3) == (
        "Participant number 3: the name is required."
    )


def test_a_text_without_translation_stays_indonesian() -> None:
    set_language("en")
    assert _("teks yang tidak ada di katalog") == "teks yang tidak ada di katalog"


def test_ngettext_translates_in_the_form_for_the_count() -> None:
    assert ngettext("{count} baris ditulis", 1) == "{count} baris ditulis"
    set_language("en")
    # A text with one form in the catalogue: the same translation for any count.
    assert ngettext("{count} baris ditulis", 1) == ngettext("{count} baris ditulis", 5) == "{count} rows written"


def test_an_unknown_language_code_means_indonesian() -> None:
    set_language("en")
    set_language("xx")
    assert i18n.language() == "id"
    assert _("Rapat belum disimpan.") == "Rapat belum disimpan."


def test_documents_stay_indonesian_while_the_interface_is_english() -> None:
    set_language("en")
    assert _("DAFTAR HADIR") == "ATTENDANCE LIST"
    assert doc_("DAFTAR HADIR") == "DAFTAR HADIR"
    assert doc_("Pimpinan Rapat,") == "Pimpinan Rapat,"
    i18n.set_document_language("en")  # the document language is its own switch
    assert doc_("DAFTAR HADIR") == "ATTENDANCE LIST"


def test_argparse_words_follow_the_interface_language() -> None:
    assert translate("usage: ") == "penggunaan: "
    assert translate("the following arguments are required: %s") == "argumen berikut wajib diisi: %s"
    set_language("en")
    assert translate("usage: ") == "usage: "
    assert translate("options") == "options"
    assert translate("the following arguments are required: %s") == "the following arguments are required: %s"
    assert translate_plural("expected %s argument", "expected %s arguments", 2) == "expected %s argument(s)"
    assert translate("a message argparse does not have") == "a message argparse does not have"


@pytest.mark.parametrize("layer", LAYERS)
def test_catalogue_is_up_to_date_and_complete(layer: str) -> None:
    path = catalogue_folder("en") / f"{layer}.po"
    planned = update_translations.render(
        update_translations.refreshed(layer, "en", update_translations.extract_layer(layer))
    )
    assert path.read_bytes() == planned, "run: python installer/update_translations.py"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale="en")
    assert update_translations.untranslated(catalog) == []


@pytest.mark.parametrize("layer", LAYERS)
def test_translations_keep_every_placeholder(layer: str) -> None:
    with (catalogue_folder("en") / f"{layer}.po").open("rb") as handle:
        catalog = read_po(handle, locale="en")
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        source = message.id[0] if isinstance(message.id, tuple | list) else message.id
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        for string in strings:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(string)):
                wrong.append((source, string))
    assert wrong == []


def test_screen_dates_follow_the_interface_and_document_dates_stay_indonesian() -> None:
    from datetime import date

    from desktop.domain.dates import day_date, long_date, month_name, place_date

    day = date(2026, 12, 1)
    assert day_date(day, screen=True) == "Selasa, 1 Desember 2026"
    set_language("en")
    assert day_date(day, screen=True) == "Tuesday, 1 December 2026"
    assert month_name(10, screen=True) == "October"
    assert long_date(day) == "1 Desember 2026"
    assert place_date("Rangkasbitung", day) == "Rangkasbitung, 1 Desember 2026"
