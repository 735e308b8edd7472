"""Kasus stunting: children under five, their measurements with stored WHO z-scores, and verification status.

A child comes from an e-PPGBM / posyandu list (``terdata``) and is verified by re-measurement. Every measurement
keeps the z-scores, Permenkes categories and flags computed when it was recorded. The status history is kept both
as :class:`CaseStatusChange` rows (with the note and date the user gave) and in the automatic audit trail.

A child is linked to a KRS family by the family's UUID when the No. KK or the mother's name matches one; the
No. KK is always stored so the link can be (re)made later, e.g. when the KRS list arrives after the child list.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, ExchangeMixin
from desktop.domain.cases.codes import CaseStatus, MeasurementSource


class CaseChild(ExchangeMixin, Base):
    """A child under five listed as a (possible) stunting case."""

    __tablename__ = "case_child"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    nik: Mapped[str | None] = mapped_column(String(16), default=None, index=True)
    sex: Mapped[str] = mapped_column(String(1))  # L / P
    birth_date: Mapped[date] = mapped_column(Date)
    mother_name: Mapped[str] = mapped_column(String(120), default="")
    no_kk: Mapped[str | None] = mapped_column(String(16), default=None, index=True)
    desa_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    posyandu: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(30), default=CaseStatus.TERDATA.value, index=True)
    # UUID of the linked KRS family (krs model), None until a No. KK or mother's name match is found.
    family_uuid: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    measurements: Mapped[list[CaseMeasurement]] = relationship(
        back_populates="child", order_by="[CaseMeasurement.measured_on, CaseMeasurement.id]"
    )
    status_changes: Mapped[list[CaseStatusChange]] = relationship(
        back_populates="child", order_by="CaseStatusChange.id"
    )


class CaseMeasurement(ExchangeMixin, Base):
    """One measurement of a child, with the z-scores computed when it was recorded.

    ``flags`` holds the flag codes of :mod:`desktop.domain.cases.zscore` separated by commas ("" = none).
    """

    __tablename__ = "case_measurement"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("case_child.id"), index=True)
    measured_on: Mapped[date] = mapped_column(Date)
    weight_kg: Mapped[float | None] = mapped_column(Float, default=None)
    height_cm: Mapped[float] = mapped_column(Float)
    method: Mapped[str] = mapped_column(String(1))  # L lying (PB) / H standing (TB)
    measurer: Mapped[str] = mapped_column(String(120), default="")
    source: Mapped[str] = mapped_column(String(12), default=MeasurementSource.IMPORT.value)
    age_days: Mapped[int | None] = mapped_column(Integer, default=None)
    age_months: Mapped[int | None] = mapped_column(Integer, default=None)
    haz: Mapped[float | None] = mapped_column(Float, default=None)
    waz: Mapped[float | None] = mapped_column(Float, default=None)
    whz: Mapped[float | None] = mapped_column(Float, default=None)
    haz_category: Mapped[str | None] = mapped_column(String(40), default=None)
    waz_category: Mapped[str | None] = mapped_column(String(40), default=None)
    whz_category: Mapped[str | None] = mapped_column(String(40), default=None)
    flags: Mapped[str] = mapped_column(String(200), default="")

    child: Mapped[CaseChild] = relationship(back_populates="measurements")


class CaseStatusChange(ExchangeMixin, Base):
    """One change of a case's verification status, with its date, the user and a note."""

    __tablename__ = "case_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("case_child.id"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    old_status: Mapped[str | None] = mapped_column(String(30), default=None)
    new_status: Mapped[str] = mapped_column(String(30))
    changed_by: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    child: Mapped[CaseChild] = relationship(back_populates="status_changes")
