"""Indonesian date and time wording for screens and printed documents (no Qt).

Conventions (DESIGN.md §4, domain research §6.2):

- ``long_date(date(2024, 10, 11))`` -> ``"11 Oktober 2024"``
- ``day_date(...)`` -> ``"Jumat, 11 Oktober 2024"`` (screens, document headers, Hari/Tanggal)
- ``day_name(...)`` -> ``"Jumat"``
- ``place_date("Rangkasbitung", ...)`` -> ``"Rangkasbitung, 11 Oktober 2024"`` (above signatures)
- ``spelled_date(...)`` -> ``"Jumat tanggal sebelas bulan Oktober tahun dua ribu dua puluh empat (11-10-2024)"``
  (the opening of a berita acara: ``"Pada hari ini " + spelled_date(d) + ", bertempat di ..."``)
- ``format_time(time(9, 0), "WIB")`` -> ``"09.00 WIB"``; ``time_range(start, end, "WIB")`` ->
  ``"09.00 - 12.00 WIB"`` or ``"09.00 WIB - selesai"`` without an end.

Dates are written in the document language (:func:`desktop.domain.i18n.document_language`, Indonesian unless
changed): every printed letter says "11 Oktober 2024". A screen passes ``screen=True`` to follow the interface
language instead (English: ``11 October 2024``, ``Friday, 11 October 2024``).
"""

from __future__ import annotations

from datetime import date, time

from babel.dates import format_date
from num2words import num2words

from desktop.domain.i18n import babel_locale, doc_, document_language, language

LOCALE = "id"
TIME_ZONES = ("WIB", "WITA", "WIT")


def _locale(screen: bool) -> str:
    return babel_locale(language() if screen else document_language())


def long_date(value: date, *, screen: bool = False) -> str:
    """Returns ``11 Oktober 2024``."""
    return str(format_date(value, "d MMMM y", locale=_locale(screen)))


def day_name(value: date, *, screen: bool = False) -> str:
    """Returns the day name, e.g. ``Jumat``."""
    return str(format_date(value, "EEEE", locale=_locale(screen)))


def month_name(month: int, *, screen: bool = False) -> str:
    """Returns the name of ``month`` (1-12), e.g. ``Oktober``."""
    return str(format_date(date(2000, month, 1), "MMMM", locale=_locale(screen)))


def day_date(value: date, *, screen: bool = False) -> str:
    """Returns ``Jumat, 11 Oktober 2024``."""
    return f"{day_name(value, screen=screen)}, {long_date(value, screen=screen)}"


def place_date(place: str, value: date) -> str:
    """Returns the line above signatures, ``Rangkasbitung, 11 Oktober 2024`` (just the date without a place)."""
    place = place.strip()
    return f"{place}, {long_date(value)}" if place else long_date(value)


def number_words(number: int) -> str:
    """Spells a whole number in Indonesian, lower case: 2024 -> ``dua ribu dua puluh empat``."""
    return str(num2words(number, lang="id"))


def spelled_date(value: date) -> str:
    """Spells a date for a berita acara opening.

    Returns:
        ``Jumat tanggal sebelas bulan Oktober tahun dua ribu dua puluh empat (11-10-2024)``.
    """
    return doc_("{day_name} tanggal {number_words} bulan {month_name} tahun {number_words2} ({value:%d-%m-%Y})").format(
        day_name=day_name(value),
        number_words=number_words(value.day),
        month_name=month_name(value.month),
        number_words2=number_words(value.year),
        value=value,
    )


def format_time(value: time, zone: str = "WIB") -> str:
    """Returns ``09.00 WIB`` (a dot between hours and minutes, as in formal Indonesian)."""
    text = f"{value.hour:02d}.{value.minute:02d}"
    return f"{text} {zone}".strip()


def time_range(start: time | None, end: time | None, zone: str = "WIB") -> str:
    """Returns ``09.00 - 12.00 WIB``, ``09.00 WIB - selesai`` without an end, or ``-`` without a start."""
    if start is None:
        return "-"
    if end is None:
        return doc_("{format_time} - selesai").format(format_time=format_time(start, zone))
    return f"{format_time(start, '')} - {format_time(end, zone)}"
