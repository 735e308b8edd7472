"""Column mappings of spreadsheet imports, remembered per file shape so the next file of that shape maps itself."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, utc_now


class ImportMapping(Base):
    """The mapping a user confirmed for one kind of import and one header shape.

    Local to this installation (not exchanged): ``shape_hash`` is the SHA-256 of the normalised header row,
    ``mapping_json`` maps field keys to 0-based column indexes.
    """

    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("kind", "shape_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    shape_hash: Mapped[str] = mapped_column(String(64))
    header_json: Mapped[str] = mapped_column(Text, default="[]")
    mapping_json: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
