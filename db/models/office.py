"""The office running this installation: identity, letterhead and signatory."""

from __future__ import annotations

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, ExchangeMixin
from db.models.region import Region
from desktop.domain.office import DEFAULT_KRS_ROUND, PaperSize


class Office(ExchangeMixin, Base):
    """The office (Bappeda / Bapelitbangda, or a kecamatan office) and its letterhead settings.

    Stored in the database rather than in QSettings so that it travels with exported data.
    """

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable installation code stamped on every row this office creates (see ExchangeMixin.origin_office).
    code: Mapped[str] = mapped_column(String(40), unique=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(120), default="")
    emblem_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    head_name: Mapped[str] = mapped_column(String(160), default="")
    head_position: Mapped[str] = mapped_column(String(160), default="")
    head_rank: Mapped[str] = mapped_column(String(80), default="")
    head_nip: Mapped[str] = mapped_column(String(18), default="")
    paper_size: Mapped[str] = mapped_column(String(2), default=PaperSize.F4.value)
    document_number_pattern: Mapped[str] = mapped_column(String(80), default="")
    # The KRS data round (Pendataan Keluarga) imports default to; changes with every round.
    krs_round: Mapped[str] = mapped_column(String(8), default=DEFAULT_KRS_ROUND, server_default=DEFAULT_KRS_ROUND)

    region: Mapped[Region] = relationship(lazy="joined")


class IssuerLetterhead(ExchangeMixin, Base):
    """A letterhead (kop) the office prints for another issuer: a kecamatan, the TPPS, ...

    A meeting series chooses one (``meeting_series.letterhead_id``); a series without one prints the office's own
    kop (from :class:`Office`).
    """

    __tablename__ = "issuer_letterhead"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Short key typed on the command line, e.g. ``kec-cibadak``.
    key: Mapped[str] = mapped_column(String(40), unique=True)
    government: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(String(240), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    emblem_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
