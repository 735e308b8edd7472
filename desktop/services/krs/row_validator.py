"""Validation and classification of KRS list rows: region, identity, duplicates, new/updated/unchanged."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Connection, select

from db.models.krs import FLAG_COLUMNS
from db.models.region import Region
from desktop.domain.i18n import _
from desktop.domain.office import OfficeSettings
from desktop.domain.regions import RegionLevel
from desktop.services.krs.fields import STORED_FIELDS
from desktop.services.krs.table import TABLE as _TABLE
from desktop.services.tabular import ParsedRow, RowParser

_HASHED = (*STORED_FIELDS, "semester")
# Values of fields the file does not have (or leaves empty) for NOT NULL columns.
_DEFAULTS = (
    *((name, "") for name in ("rw", "rt", "address", "wife_name", "welfare_rank", "risk_status")),
    *((name, False) for name in FLAG_COLUMNS),
)


def content_hash(values: dict[str, Any]) -> str:
    """Digest of the imported fields of a family, to recognise an unchanged row cheaply."""
    text = "\x1f".join(map(str, map(values.get, _HASHED)))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def identity_key(values: dict[str, Any]) -> str | None:
    """The identity of a family within a round: its No. KK, else the head's NIK."""
    if values.get("no_kk"):
        return f"KK:{values['no_kk']}"
    if values.get("nik"):
        return f"NIK:{values['nik']}"
    return None


class _Existing:
    """The families already stored, per round, loaded on first use."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.by_key: dict[str, dict[str, tuple[int, str, bool]]] = {}
        self.by_nik: dict[str, dict[str, str]] = {}

    def round(self, source_round: str) -> tuple[dict[str, tuple[int, str, bool]], dict[str, str]]:
        if source_round not in self.by_key:
            keys: dict[str, tuple[int, str, bool]] = {}
            niks: dict[str, str] = {}
            query = select(
                _TABLE.c.id, _TABLE.c.identity_key, _TABLE.c.content_hash, _TABLE.c.nik, _TABLE.c.deleted_at
            ).where(_TABLE.c.source_round == source_round)
            for row in self._connection.execute(query):
                keys[row.identity_key] = (row.id, row.content_hash, row.deleted_at is not None)
                if row.nik and row.deleted_at is None:
                    niks[row.nik] = row.identity_key
            self.by_key[source_round], self.by_nik[source_round] = keys, niks
        return self.by_key[source_round], self.by_nik[source_round]


class KrsRowValidator:
    """Domain rules of a KRS row beyond cell parsing: region, identity and duplicates.

    Args:
        connection: a connection reading the database as it was before the import (not the writer's).
        office: the office (its kabupaten bounds the desa codes), read in the import's unit of work.
        parser: the row parser (to name columns in errors).
        source_round: the round for rows without a ``Sumber Data`` column.
        semester: the semester for rows without a ``Semester`` column.
    """

    def __init__(
        self,
        connection: Connection,
        office: OfficeSettings | None,
        parser: RowParser,
        source_round: str,
        semester: int | None,
    ) -> None:
        self.kabupaten = office.region_code if office else ""
        self.kabupaten_name = office.region_name if office else ""
        self.parser = parser
        self.source_round = source_round
        self.semester = semester
        self.existing = _Existing(connection)
        self._connection = connection
        self._desa: dict[str, str | None] = {}
        prefix = f"{self.kabupaten}." if self.kabupaten else ""
        query = select(Region.code, Region.parent_code).where(Region.level == RegionLevel.DESA)
        if prefix:
            query = query.where(Region.code.startswith(prefix))
        self._desa = {code: parent for code, parent in connection.execute(query)}
        # "<round>|<identity>" and "<round>|<NIK>" -> first row number (flat strings: half the memory of tuples).
        self._seen_key: dict[str, int] = {}
        self._seen_nik: dict[str, int] = {}
        self._problems: dict[str, str] = {}

    def _region_problem(self, code: str) -> str:
        problem = self._problems.get(code)
        if problem is None:
            known = self._connection.scalar(
                select(Region.code).where(Region.code == code, Region.level == RegionLevel.DESA)
            )
            if known is None:
                problem = _("kode desa {code} tidak dikenal").format(code=code)
            else:
                problem = _("desa {code} di luar wilayah {value}").format(
                    code=code, value=self.kabupaten_name or "kantor"
                )
            self._problems[code] = problem
        return problem

    def check(self, row: ParsedRow) -> tuple[str, dict[str, Any]] | None:
        """Validates a parsed row; returns ``(kind, values)`` with kind new/updated/unchanged/restore, or None
        after adding the row's errors to ``row.errors``."""
        values = row.values
        for name, default in _DEFAULTS:
            if values.get(name) is None:
                values[name] = default
        values["source_round"] = values.get("source_round") or self.source_round
        if values.get("semester") is None:
            values["semester"] = self.semester
        code = str(values.get("desa_code") or "")
        if code and code not in self._desa:
            row.errors.append(self.parser.error(row.row, "desa_code", self._region_problem(code)))
        if row.errors:
            return None
        values["kecamatan_code"] = str(self._desa.get(code))
        key = identity_key(values)
        if key is None:
            row.errors.append(self.parser.error(row.row, "nik", _("NIK atau No. KK wajib diisi salah satu")))
            return None
        return self._classify(row, key)

    def _classify(self, row: ParsedRow, key: str) -> tuple[str, dict[str, Any]] | None:
        values = row.values
        source_round = values["source_round"]
        first = self._seen_key.setdefault(f"{source_round}|{key}", row.row)
        if first != row.row:
            column = "no_kk" if key.startswith("KK:") else "nik"
            row.errors.append(
                self.parser.error(
                    row.row, column, _("ganda dalam berkas (sama dengan baris {first})").format(first=first)
                )
            )
            return None
        nik = values.get("nik")
        if nik:
            first_nik = self._seen_nik.setdefault(f"{source_round}|{nik}", row.row)
            if first_nik != row.row:
                row.errors.append(
                    self.parser.error(
                        row.row, "nik", _("NIK ganda dalam berkas (baris {first_nik})").format(first_nik=first_nik)
                    )
                )
                return None
        by_key, by_nik = self.existing.round(source_round)
        if nik and by_nik.get(nik, key) != key:
            row.errors.append(
                self.parser.error(
                    row.row,
                    "nik",
                    _("NIK sudah terdaftar pada keluarga lain di {source_round}").format(source_round=source_round),
                )
            )
            return None
        values["identity_key"] = key
        values["content_hash"] = digest = content_hash(values)
        found = by_key.get(key)
        if found is None:
            return "new", values
        values["id"] = found[0]
        if found[2]:
            return "restore", values
        return ("unchanged" if found[1] == digest else "updated"), values
