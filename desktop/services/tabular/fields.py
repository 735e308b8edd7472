"""Field specifications and cell parsers: how one spreadsheet column becomes one typed value, or a reason why not."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.identifiers import nik_problem


class CellError(UserError):
    """Raised by a cell parser; the message is the reason in Indonesian, shown to the user as is."""


CellParser = Callable[[Any], Any]

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SCIENTIFIC = re.compile(r"[0-9]+(\.[0-9]+)?[eE]\+?[0-9]+")


def normalize_header(text: object) -> str:
    """Normalises a header cell for matching: lower case, accents and punctuation dropped, spaces collapsed.

    ``"NIK  Kepala-Keluarga "`` and ``"nik kepala keluarga"`` both become ``"nik kepala keluarga"``.
    """
    value = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub(" ", value).strip()


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field an import knows how to read.

    Attributes:
        key: identifier of the field in the importing module (``nik``).
        label: Indonesian label shown in the mapping dialog (``NIK Kepala Keluarga``).
        variants: header texts that map to this field; compared after :func:`normalize_header`.
        required: the column must be mapped, and the cell must not be empty.
        parser: turns the raw cell value (str, float, int, bool, date, datetime or ``""``) into the stored value;
            raises :class:`CellError` with the reason. Empty cells never reach it (they give ``empty``).
        empty: the value of an empty cell (None; False for a flag whose blank means "no").
        lookup: raw value -> parsed value, tried before ``parser`` (a fast path for the common spellings).
        memo: ``parser`` is a pure function and the column holds few distinct texts (a code, a round, an RT):
            a row parser remembers the value parsed from each text cell and skips the parser next time.
    """

    key: str
    label: str
    variants: tuple[str, ...]
    required: bool = False
    parser: CellParser | None = None
    empty: Any = None
    lookup: Mapping[Any, Any] | None = None
    memo: bool = False

    def normalized_variants(self) -> tuple[str, ...]:
        """The variants and the label, normalised."""
        return tuple(dict.fromkeys(normalize_header(v) for v in (self.label, *self.variants)))


class UncalculatedFormula(str):
    """An empty cell that holds a formula without a stored result (the program that wrote it never calculated it).

    It is the empty text wherever a cell is only read; the row parser rejects it by its row and column.

    Attributes:
        formula: the formula's text, without the ``=``.
    """

    formula: str

    def __new__(cls, formula: str) -> UncalculatedFormula:
        """An empty text carrying ``formula``."""
        instance = super().__new__(cls, "")
        instance.formula = formula
        return instance


def is_empty(value: Any) -> bool:
    """True for an empty cell (None, ``""`` or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_text(value: Any) -> str:
    """Any cell as trimmed text; whole numbers lose their ``.0`` (an RT typed as 3 reads ``"3"``)."""
    if value.__class__ is str:
        text = value.strip()
        if "  " in text or "\n" in text or "\t" in text:
            return " ".join(text.split())
        return text
    if isinstance(value, bool):
        return "Y" if value else "T"
    if isinstance(value, float | int):
        return _number_text(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return " ".join(str(value).split())


def parse_identifier16(value: Any) -> str:
    """A NIK or No. KK: text of 16 digits with a plausible structure.

    A number cell is refused: a spreadsheet keeps only 15 significant digits, so the 16th is already lost and
    can never be repaired.

    Raises:
        CellError: the value is a number, or not a plausible 16-digit identifier.
    """
    if value.__class__ is str and len(value) == 16 and value.isascii() and value.isdigit():
        text = value  # the usual cell: nothing to clean
    elif isinstance(value, float | int) and not isinstance(value, bool):
        raise CellError(
            _(
                "NIK/No. KK tersimpan sebagai angka: angka ke-16 sudah hilang. "
                "Format kolom sebagai Teks dan ketik ulang dari sumbernya"
            )
        )
    else:
        text = str(value).strip().replace(" ", "").lstrip("'")
    if _SCIENTIFIC.fullmatch(text):
        raise CellError(_("NIK/No. KK tertulis dalam notasi ilmiah (angka sudah hilang); ketik ulang sebagai teks"))
    reason = nik_problem(text)
    if reason:
        raise CellError(f"NIK/No. KK {reason}")
    return text


_TRUE = frozenset({"y", "ya", "yes", "1", "v", "x", "ada", "iya", "true", "benar", "\u2713", "\u2714", "\u221a"})
_FALSE = frozenset({"t", "tidak", "tdk", "n", "no", "0", "-", "false", "salah", "tidak ada", "\u2717", "\u2718"})


# The usual spellings of a flag, for FieldSpec.lookup (exact raw values as cells hold them).
FLAG_LOOKUP: dict[Any, bool] = {
    **{word: True for word in ("Y", "y", "Ya", "YA", "ya", "1", "\u2713", "\u2714", "V", "v", "x", "X")},
    **{word: False for word in ("T", "t", "Tidak", "TIDAK", "tidak", "0", "-", "N", "n")},
    1.0: True,
    0.0: False,
}


def parse_flag(value: Any) -> bool:
    """A yes/no flag: Y/T, Ya/Tidak, 1/0, a tick mark; an empty cell is handled by the caller as False.

    Raises:
        CellError: the value is none of the accepted forms.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, float | int):
        if value in (0, 1):
            return bool(value)
        raise CellError(_("isian harus Y/T, Ya/Tidak, 1/0 atau tanda \u2713"))
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(_("isian harus Y/T, Ya/Tidak, 1/0 atau tanda \u2713"))


def integer_parser(low: int, high: int) -> CellParser:
    """Builds a parser of whole numbers between ``low`` and ``high`` (inclusive)."""

    def parse(value: Any) -> int:
        try:
            number = float(str(value).strip().replace(",", ".")) if not isinstance(value, float | int) else value
        except ValueError:
            raise CellError(_("harus bilangan bulat")) from None
        if isinstance(number, bool) or not float(number).is_integer():
            raise CellError(_("harus bilangan bulat"))
        if not low <= int(number) <= high:
            raise CellError(_("harus antara {low} dan {high}").format(low=low, high=high))
        return int(number)

    return parse


def choice_parser(choices: dict[str, str], message: str) -> CellParser:
    """Builds a parser that maps normalised text to one of ``choices`` (normalised text -> stored code)."""

    def parse(value: Any) -> str:
        key = normalize_header(parse_text(value))
        if key in choices:
            return choices[key]
        raise CellError(message)

    return parse
