"""The krs_family table as the bulk import writes it: which columns a new row and an update carry."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table

from db.models.krs import KrsFamily
from desktop.services.krs.fields import STORED_FIELDS

TABLE = cast(Table, KrsFamily.__table__)
UPDATED = (*STORED_FIELDS, "semester", "kecamatan_code", "content_hash")
_FIXED = ("source_round", "identity_key", "uuid", "origin_office", "created_at", "updated_at", "row_version")
# Columns a new row gets, in table order (so the compiled INSERT's positional parameters need no reordering).
INSERTED = tuple(column.key for column in TABLE.c if column.key in {*UPDATED, *_FIXED})
