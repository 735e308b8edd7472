"""The framework file format: reading a JSON framework file and validating it, with Indonesian messages that name
the path of the bad element (``actions[2].outputs[0].name``).

A framework file looks like ``resources/frameworks/aksi-2019-2024.json``::

    {"format": "konvergensi.aksi-framework", "format_version": 1, "code": "aksi-2019-2024", "name": "...",
     "year_from": 2019, "year_to": 2024, "revision": 1, "basis": "...", "groups": {"utama": "Aksi Utama"},
     "actions": [{"number": 1, "group": null, "name": "...", "description": "...", "responsible_opd": "...",
                  "usual_months": [1, 2, 3], "meeting_types": ["ANALISIS_SITUASI"],
                  "outputs": [{"code": "...", "name": "..."}],
                  "evidence": [{"code": "...", "name": "...", "required": true}]}]}
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.numbers import integer_text
from desktop.services.os_errors import describe_os_error

FORMAT = "konvergensi.aksi-framework"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 2_000_000
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$", re.ASCII)
# Control characters (NUL included) and the bidirectional overrides that make a name read differently from what
# it holds; a line break or tab is allowed only in long descriptions.
_HIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"[\t\n\r]")
# A framework is a few levels deep and its numbers are small: anything beyond is refused before it is built.
MAX_DEPTH = 20
MAX_INTEGER_DIGITS = 12


class FrameworkError(UserError):
    """A framework file that cannot be used; the message says why, in Indonesian, with the path of each problem.

    Attributes:
        lines: one line per problem, each naming its path.
    """

    def __init__(self, lines: list[str]) -> None:
        super().__init__(_("Berkas kerangka aksi ditolak: ") + "; ".join(lines))
        self.lines = lines


@dataclass(frozen=True, slots=True)
class OutputSpec:
    """An expected output of an action."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class EvidenceSpec:
    """An item of the evidence checklist of an action."""

    code: str
    name: str
    required: bool


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action as the framework file defines it."""

    number: int
    group: str | None
    name: str
    description: str
    responsible_opd: str
    usual_months: tuple[int, ...]
    meeting_types: tuple[str, ...]
    outputs: tuple[OutputSpec, ...]
    evidence: tuple[EvidenceSpec, ...]


@dataclass(frozen=True, slots=True)
class FrameworkSpec:
    """A validated framework file."""

    code: str
    name: str
    year_from: int
    year_to: int | None
    revision: int
    basis: str
    groups: dict[str, str]
    actions: tuple[ActionSpec, ...]
    sha256: str = field(default="")


class _Checker:
    """Collects problems while walking the document."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def text(self, obj: dict[str, Any], key: str, path: str, *, required: bool = True, max_len: int = 200) -> str:
        value = obj.get(key)
        where = f"{path}.{key}" if path else key
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(where, _("wajib diisi (teks tidak kosong)"))
            return ""
        if not isinstance(value, str):
            self.add(where, _("harus berupa teks, bukan {kind}").format(kind=_kind(value)))
            return ""
        hidden = _HIDDEN.search(value) or (_LINE_BREAKS.search(value) if max_len <= 200 else None)
        if hidden:
            self.add(
                where,
                _("berisi karakter tersembunyi atau karakter kendali (U+{code:04X}) yang tidak boleh ada").format(
                    code=ord(hidden.group(0))
                ),
            )
            return ""
        if len(value) > max_len:
            self.add(
                where,
                _("terlalu panjang ({count} karakter, paling banyak {max_len})").format(
                    count=len(value), max_len=max_len
                ),
            )
        return value.strip()

    def code(self, obj: dict[str, Any], key: str, path: str) -> str:
        value = self.text(obj, key, path, max_len=40)
        if value and not _CODE.match(value):
            self.add(
                f"{path}.{key}" if path else key,
                _("kode '{value}' hanya boleh huruf, angka, _ . -").format(value=value),
            )
        return value

    def integer(self, obj: dict[str, Any], key: str, path: str, low: int, high: int, *, required: bool = True) -> int:
        value = obj.get(key)
        where = f"{path}.{key}" if path else key
        if value is None:
            if required:
                self.add(where, _("wajib diisi (bilangan bulat)"))
            return 0
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(where, _("harus bilangan bulat, bukan {kind}").format(kind=_kind(value)))
            return 0
        if not low <= value <= high:
            self.add(where, _("nilai {value} di luar rentang {low}-{high}").format(value=value, low=low, high=high))
        return value

    def items(self, obj: dict[str, Any], key: str, path: str, *, min_items: int = 0) -> list[Any]:
        value = obj.get(key, [])
        where = f"{path}.{key}" if path else key
        if not isinstance(value, list):
            self.add(where, _("harus berupa daftar, bukan {kind}").format(kind=_kind(value)))
            return []
        if len(value) < min_items:
            self.add(where, _("paling sedikit {min_items} butir").format(min_items=min_items))
        return value


def _kind(value: object) -> str:
    names = {str: "teks", bool: "ya/tidak", int: "angka", float: "angka", list: "daftar", dict: "objek"}
    return _("kosong (null)") if value is None else names.get(type(value), type(value).__name__)


def _check_entries(check: _Checker, raw: list[Any], path: str, *, evidence: bool) -> tuple[Any, ...]:
    result: list[OutputSpec | EvidenceSpec] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        where = f"{path}[{index}]"
        if not isinstance(entry, dict):
            check.add(where, _("harus berupa objek, bukan {kind}").format(kind=_kind(entry)))
            continue
        code = check.code(entry, "code", where)
        name = check.text(entry, "name", where)
        if code in seen:
            check.add(f"{where}.code", _("kode '{code}' dipakai lebih dari sekali").format(code=code))
        seen.add(code)
        if evidence:
            required = entry.get("required", False)
            if not isinstance(required, bool):
                check.add(f"{where}.required", _("harus true atau false, bukan {kind}").format(kind=_kind(required)))
                required = False
            result.append(EvidenceSpec(code, name, required))
        else:
            result.append(OutputSpec(code, name))
    return tuple(result)


def _check_action(check: _Checker, raw: Any, path: str, groups: dict[str, str]) -> ActionSpec | None:
    if not isinstance(raw, dict):
        check.add(path, _("harus berupa objek, bukan {kind}").format(kind=_kind(raw)))
        return None
    number = check.integer(raw, "number", path, 1, 99)
    group = raw.get("group")
    if group is not None and (not isinstance(group, str) or group not in groups):
        known = ", ".join(groups) or _("tidak ada kelompok di 'groups'")
        check.add(
            f"{path}.group",
            _("kelompok '{group}' tidak dikenal (yang dikenal: {known})").format(group=group, known=known),
        )
    months = check.items(raw, "usual_months", path, min_items=1)
    for index, month in enumerate(months):
        if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
            check.add(f"{path}.usual_months[{index}]", _("bulan harus 1-12, bukan {month!r}").format(month=month))
    meeting_types = check.items(raw, "meeting_types", path)
    for index, kind in enumerate(meeting_types):
        if not isinstance(kind, str) or not _CODE.match(kind):
            check.add(
                f"{path}.meeting_types[{index}]", _("jenis rapat harus kode teks, bukan {kind!r}").format(kind=kind)
            )
    return ActionSpec(
        number=number,
        group=group if isinstance(group, str) else None,
        name=check.text(raw, "name", path),
        description=check.text(raw, "description", path, required=False, max_len=2000),
        responsible_opd=check.text(raw, "responsible_opd", path),
        usual_months=tuple(sorted({m for m in months if isinstance(m, int) and not isinstance(m, bool)})),
        meeting_types=tuple(str(kind) for kind in meeting_types),
        outputs=_check_entries(
            check, check.items(raw, "outputs", path, min_items=1), f"{path}.outputs", evidence=False
        ),
        evidence=_check_entries(
            check, check.items(raw, "evidence", path, min_items=1), f"{path}.evidence", evidence=True
        ),
    )


def _check_header(check: _Checker, document: dict[str, Any]) -> None:
    if document.get("format") != FORMAT:
        check.add("format", _("harus '{value}' (berkas ini bukan kerangka Aksi Konvergensi)").format(value=FORMAT))
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        check.add(
            "format_version",
            _("versi format {version!r} tidak didukung (didukung: {format_version})").format(
                version=version, format_version=FORMAT_VERSION
            ),
        )


def validate_framework(document: Any, sha256: str = "") -> FrameworkSpec:
    """Validates a parsed framework document.

    Args:
        document: the parsed JSON.
        sha256: hash of the file's bytes, kept with the installed framework.

    Returns:
        The framework.

    Raises:
        FrameworkError: with every problem found, each naming its path.
    """
    check = _Checker()
    if not isinstance(document, dict):
        raise FrameworkError([_("(akar): harus berupa objek JSON, bukan {kind}").format(kind=_kind(document))])
    _check_header(check, document)
    code = check.code(document, "code", "")
    name = check.text(document, "name", "")
    year_from = check.integer(document, "year_from", "", 2000, 2100)
    year_to_raw = document.get("year_to")
    year_to = None if year_to_raw is None else check.integer(document, "year_to", "", 2000, 2100)
    if year_to is not None and year_from and year_to < year_from:
        check.add(
            "year_to",
            _("tahun akhir {year_to} lebih kecil dari tahun awal {year_from}").format(
                year_to=year_to, year_from=year_from
            ),
        )
    revision = check.integer(document, "revision", "", 1, 10_000, required=False) or 1
    groups_raw = document.get("groups", {})
    groups: dict[str, str] = {}
    if not isinstance(groups_raw, dict) or not all(isinstance(v, str) for v in groups_raw.values()):
        check.add("groups", _("harus berupa objek kode kelompok -> nama kelompok"))
    else:
        groups = {str(k): v for k, v in groups_raw.items()}
    actions: list[ActionSpec] = []
    numbers: set[int] = set()
    for index, raw in enumerate(check.items(document, "actions", "", min_items=1)):
        action = _check_action(check, raw, f"actions[{index}]", groups)
        if action is None:
            continue
        if action.number in numbers:
            check.add(
                f"actions[{index}].number",
                _("nomor aksi {number} dipakai lebih dari sekali").format(number=action.number),
            )
        numbers.add(action.number)
        actions.append(action)
    if check.problems:
        raise FrameworkError(check.problems)
    return FrameworkSpec(
        code=code,
        name=name,
        year_from=year_from,
        year_to=year_to,
        revision=revision,
        basis=check.text(document, "basis", "", required=False, max_len=2000),
        groups=groups,
        actions=tuple(sorted(actions, key=lambda a: a.number)),
        sha256=sha256,
    )


class _TooDeepError(ValueError):
    pass


class _TooLongNumberError(ValueError):
    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits


def _bounded_integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INTEGER_DIGITS:
        raise _TooLongNumberError(digits)
    return int(text)


def _check_depth(document: Any) -> None:
    """Refuses nesting deeper than MAX_DEPTH, without recursion (a deep document must not exhaust the stack)."""
    pending: list[tuple[Any, int]] = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise _TooDeepError
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))


def read_framework_file(path: Path) -> FrameworkSpec:
    """Reads and validates a framework file.

    Args:
        path: the JSON file.

    Returns:
        The framework.

    Raises:
        FrameworkError: the file is missing, too large, not UTF-8 JSON or not a valid framework.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FrameworkError([describe_os_error(error, path).rstrip(".")]) from error
    if len(data) > MAX_FILE_BYTES:
        raise FrameworkError(
            [
                _("berkas {name} terlalu besar ({integer_text} byte)").format(
                    name=path.name, integer_text=integer_text(len(data))
                )
            ]
        )
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_int=_bounded_integer)
        _check_depth(document)
    except _TooDeepError as error:
        raise FrameworkError(
            [
                _("berkas {name} bersarang terlalu dalam (lebih dari {depth} tingkat)").format(
                    name=path.name, depth=MAX_DEPTH
                )
            ]
        ) from error
    except _TooLongNumberError as error:
        raise FrameworkError(
            [
                _("berkas {name} berisi bilangan yang terlalu panjang ({digits} angka)").format(
                    name=path.name, digits=error.digits
                )
            ]
        ) from error
    except RecursionError as error:
        raise FrameworkError(
            [
                _("berkas {name} bersarang terlalu dalam (lebih dari {depth} tingkat)").format(
                    name=path.name, depth=MAX_DEPTH
                )
            ]
        ) from error
    except UnicodeDecodeError as error:
        raise FrameworkError(
            [_("berkas {name} bukan teks UTF-8 (byte ke-{start})").format(name=path.name, start=error.start)]
        ) from error
    except json.JSONDecodeError as error:
        raise FrameworkError(
            [
                _("berkas {name} bukan JSON yang sah: baris {lineno} kolom {colno}: {msg}").format(
                    name=path.name, lineno=error.lineno, colno=error.colno, msg=error.msg
                )
            ]
        ) from error
    return validate_framework(document, hashlib.sha256(data).hexdigest())
