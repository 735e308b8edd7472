"""Checklists that repeat per desa and month (3 standar dan 4 PASTI, Intervensi Serentak), defined in data files
under ``resources/checklists``; values per desa and month, and completion per kecamatan."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models.aksi import ChecklistValue
from db.models.region import Region
from db.repositories import aksi_repository as repo
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.numbers import decimal_text
from desktop.paths import resource_path
from desktop.services.unit_of_work import reading, unit_of_work

CHECKLIST_FORMAT = "konvergensi.checklist"
ITEM_TYPES = ("ya_tidak", "angka", "persen")
Value = bool | float | None


class ChecklistError(UserError):
    """A checklist file or value that cannot be used; the message says why in Indonesian."""


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One item: ``ya_tidak`` (yes/no), ``angka`` (a count) or ``persen`` (0-100)."""

    code: str
    label: str
    type: str
    section: str
    short: str = ""
    unit: str = ""
    target_min: float | None = None


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    """A checklist as its data file defines it."""

    code: str
    name: str
    level: str
    period: str
    usual_months: tuple[int, ...]
    source: str
    items: tuple[ChecklistItem, ...]


@dataclass(slots=True)
class DesaChecklist:
    """One desa's values for a month."""

    region_code: str
    name: str
    values: dict[str, Value] = field(default_factory=dict)

    def complete(self, template: ChecklistTemplate) -> bool:
        """True when every item has a value."""
        return all(self.values.get(item.code) is not None for item in template.items)


@dataclass(frozen=True, slots=True)
class KecamatanCompletion:
    """How many desa of a kecamatan have a complete checklist for the month."""

    code: str
    name: str
    desa_total: int
    desa_complete: int

    @property
    def percent(self) -> float:
        """Share of desa complete, 0-100."""
        return 100.0 * self.desa_complete / self.desa_total if self.desa_total else 0.0


def _parse_item(raw: Any, section: str, where: str) -> ChecklistItem:
    if not isinstance(raw, dict) or not isinstance(raw.get("code"), str) or not isinstance(raw.get("label"), str):
        raise ChecklistError(_("{where}: butir harus berupa objek dengan 'code' dan 'label' teks").format(where=where))
    kind = raw.get("type")
    if kind not in ITEM_TYPES:
        raise ChecklistError(
            _("{where}.type: jenis '{kind}' tidak dikenal (yang dikenal: {join})").format(
                where=where, kind=kind, join=", ".join(ITEM_TYPES)
            )
        )
    target = raw.get("target_min")
    if target is not None and (isinstance(target, bool) or not isinstance(target, int | float)):
        raise ChecklistError(_("{where}.target_min: harus angka").format(where=where))
    return ChecklistItem(
        raw["code"],
        raw["label"],
        kind,
        section,
        short=str(raw.get("short") or raw["label"]),
        unit=str(raw.get("unit", "")),
        target_min=target,
    )


def parse_checklist(document: Any, name: str = "") -> ChecklistTemplate:
    """Validates a parsed checklist document.

    Raises:
        ChecklistError: the problem, with the path of the bad element.
    """
    if not isinstance(document, dict) or document.get("format") != CHECKLIST_FORMAT:
        raise ChecklistError(
            _("{name}: format harus '{checklist_format}'").format(name=name, checklist_format=CHECKLIST_FORMAT)
        )
    items: list[ChecklistItem] = []
    sections = document.get("sections")
    if not isinstance(sections, list) or not sections:
        raise ChecklistError(_("{name}: sections harus daftar yang tidak kosong").format(name=name))
    for s_index, section in enumerate(sections):
        if not isinstance(section, dict) or not isinstance(section.get("items"), list):
            raise ChecklistError(
                _("{name}: sections[{s_index}] harus objek dengan daftar 'items'").format(name=name, s_index=s_index)
            )
        for i_index, raw in enumerate(section["items"]):
            items.append(
                _parse_item(
                    raw,
                    str(section.get("name", "")),
                    _("{name}: sections[{s_index}].items[{i_index}]").format(
                        name=name, s_index=s_index, i_index=i_index
                    ),
                )
            )
    codes = [item.code for item in items]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ChecklistError(
            _("{name}: kode butir dipakai lebih dari sekali: {join}").format(name=name, join=", ".join(duplicates))
        )
    return ChecklistTemplate(
        code=str(document.get("code", "")),
        name=str(document.get("name", "")),
        level=str(document.get("level", "desa")),
        period=str(document.get("period", "bulanan")),
        usual_months=tuple(int(m) for m in document.get("usual_months", range(1, 13))),
        source=str(document.get("source", "")),
        items=tuple(items),
    )


def read_checklist_file(path: Path) -> ChecklistTemplate:
    """Reads and validates one checklist file."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ChecklistError(
            _("{name}: tidak dapat dibaca sebagai JSON: {error}").format(name=path.name, error=error)
        ) from error
    return parse_checklist(document, path.name)


@cache
def checklist_templates() -> tuple[ChecklistTemplate, ...]:
    """Returns the bundled checklist templates."""
    return tuple(read_checklist_file(path) for path in sorted(resource_path("checklists").glob("*.json")))


def get_template(code: str) -> ChecklistTemplate:
    """Returns a bundled template by code.

    Raises:
        ChecklistError: unknown code.
    """
    for template in checklist_templates():
        if template.code == code:
            return template
    raise ChecklistError(_("daftar periksa '{code}' tidak dikenal").format(code=code))


def _desa_of(session: Session, kecamatan_code: str) -> list[tuple[str, str]]:
    rows = session.execute(
        select(Region.code, Region.name).where(Region.parent_code == kecamatan_code).order_by(Region.name)
    )
    return [(code, name) for code, name in rows]


def _value(row: ChecklistValue) -> Value:
    return row.value_bool if row.value_bool is not None else row.value_number


def month_grid(
    session_factory: sessionmaker[Session], template_code: str, kecamatan_code: str, year: int, month: int
) -> list[DesaChecklist]:
    """Returns every desa of a kecamatan with its values for the month (missing items absent)."""
    get_template(template_code)
    with reading(session_factory) as session:
        desa = _desa_of(session, kecamatan_code)
        rows = repo.checklist_values(session, template_code, [code for code, _ in desa], year, month)
    by_desa: dict[str, dict[str, Value]] = {}
    for row in rows:
        by_desa.setdefault(row.region_code, {})[row.item_code] = _value(row)
    return [DesaChecklist(code, name, by_desa.get(code, {})) for code, name in desa]


YES_WORDS = ("ya", "y", "1")
NO_WORDS = ("tidak", "t", "0")


def parse_item_value(item: ChecklistItem, value: object, *, yes: str = "", no: str = "") -> Value:
    """Reads what a user typed or chose for an item: ``ya``/``tidak`` for a yes/no item, a number otherwise.

    Args:
        item: the checklist item.
        value: a bool, a number or text (a decimal comma is accepted); empty text or None clears the value.
        yes: the interface's word for yes (``Ya`` in the interface language), accepted beside ``ya``/``y``/``1``.
        no: the interface's word for no, accepted beside ``tidak``/``t``/``0``.

    Returns:
        The value to store (None to clear).

    Raises:
        ChecklistError: the entry is not a value the item accepts (the same rule :func:`save_desa_values` checks).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parsed: Value
    if item.type == "ya_tidak" and not isinstance(value, bool):
        text = str(value).strip().lower()
        if text in (*YES_WORDS, yes.lower() or "ya"):
            parsed = True
        elif text in (*NO_WORDS, no.lower() or "tidak"):
            parsed = False
        else:
            raise ChecklistError(_("{label}: isian harus ya atau tidak").format(label=item.label))
    elif item.type != "ya_tidak" and not isinstance(value, bool):
        try:
            parsed = float(str(value).strip().replace(",", "."))
        except ValueError:
            raise ChecklistError(_("{label}: isian harus angka").format(label=item.label)) from None
    else:
        parsed = bool(value)
    _check_value(item, parsed)
    return parsed


def _check_value(item: ChecklistItem, value: Value) -> None:
    if value is None:
        return
    if item.type == "ya_tidak":
        if not isinstance(value, bool):
            raise ChecklistError(_("{label}: isian harus ya atau tidak").format(label=item.label))
        return
    if isinstance(value, bool):
        raise ChecklistError(_("{label}: isian harus angka").format(label=item.label))
    if value < 0 or (item.type == "persen" and value > 100):
        limit = "0-100" if item.type == "persen" else _("0 atau lebih")
        raise ChecklistError(
            _("{label}: nilai {decimal_text} di luar rentang {limit}").format(
                label=item.label, decimal_text=decimal_text(value, 6, trim=True), limit=limit
            )
        )


def save_desa_values(
    session_factory: sessionmaker[Session],
    template_code: str,
    region_code: str,
    year: int,
    month: int,
    values: dict[str, Value],
) -> int:
    """Saves (inserts, updates or clears) the values of one desa for a month; returns how many rows changed.

    Raises:
        ChecklistError: unknown item, wrong type or value out of range (nothing saved).
    """
    template = get_template(template_code)
    items = {item.code: item for item in template.items}
    for code, value in values.items():
        if code not in items:
            raise ChecklistError(
                _("butir '{code}' tidak ada di daftar periksa {name}").format(code=code, name=template.name)
            )
        _check_value(items[code], value)
    if not 1 <= month <= 12:
        raise ChecklistError(_("bulan {month} tidak sah").format(month=month))
    changed = 0
    with unit_of_work(session_factory) as session:
        existing = {
            row.item_code: row for row in repo.checklist_values(session, template_code, [region_code], year, month)
        }
        for code, value in values.items():
            new_bool = value if isinstance(value, bool) else None
            new_number = float(value) if value is not None and not isinstance(value, bool) else None
            row = existing.get(code)
            if row is None:
                if value is None:
                    continue
                row = ChecklistValue(
                    template_code=template_code, region_code=region_code, year=year, month=month, item_code=code
                )
                session.add(row)
            elif row.value_bool == new_bool and row.value_number == new_number:
                continue
            row.value_bool = new_bool
            row.value_number = new_number
            changed += 1
    return changed


def completion_by_kecamatan(
    session_factory: sessionmaker[Session], template_code: str, district_code: str, year: int, month: int
) -> list[KecamatanCompletion]:
    """Returns, for each kecamatan of a district, how many desa have a complete checklist for the month."""
    with reading(session_factory) as session:
        return completion_by_kecamatan_in(session, template_code, district_code, year, month)


def completion_by_kecamatan_in(
    session: Session, template_code: str, district_code: str, year: int, month: int
) -> list[KecamatanCompletion]:
    """:func:`completion_by_kecamatan` inside an open unit of work."""
    template = get_template(template_code)
    needed = {item.code for item in template.items}
    result = []
    kecamatan = session.execute(
        select(Region.code, Region.name).where(Region.parent_code == district_code).order_by(Region.name)
    ).all()
    for code, name in kecamatan:
        desa = [desa_code for desa_code, _ in _desa_of(session, code)]
        filled: dict[str, set[str]] = {}
        for row in repo.checklist_values(session, template_code, desa, year, month):
            if _value(row) is not None:
                filled.setdefault(row.region_code, set()).add(row.item_code)
        complete = sum(1 for items in filled.values() if needed <= items)
        result.append(KecamatanCompletion(code, name, len(desa), complete))
    return result


def latest_month(session_factory: sessionmaker[Session], template_code: str, year: int) -> int | None:
    """Returns the last month of ``year`` that has any value of the checklist, None when there is none."""
    with reading(session_factory) as session:
        return latest_month_in(session, template_code, year)


def latest_month_in(session: Session, template_code: str, year: int) -> int | None:
    """:func:`latest_month` inside an open unit of work."""
    month = session.scalar(
        select(func.max(ChecklistValue.month)).where(
            ChecklistValue.template_code == template_code,
            ChecklistValue.year == year,
            ChecklistValue.deleted_at.is_(None),
        )
    )
    return int(month) if month is not None else None
