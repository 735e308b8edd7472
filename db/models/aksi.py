"""Aksi Konvergensi: framework versions loaded from data files, the yearly progress of each action with outputs
and evidence documents, checklists per desa and month, and stunting targets and prevalence per year.

Framework rows are reference data installed from ``resources/frameworks`` (or a file an office loads); the rows an
office creates (progress, outputs, evidence, checklist values, prevalence figures) are exchangeable and audited.
Progress rows name their action by framework code and action number as well as by key, so they stay meaningful
when exchanged between offices.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, ExchangeMixin, UTCDateTime, utc_now
from desktop.domain.aksi.codes import AksiStatus


class AksiFramework(Base):
    """One framework version (e.g. the 8 aksi of 2019-2024), valid for a range of years.

    ``year_to`` is None for a framework still in force.
    """

    __tablename__ = "aksi_framework"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    year_from: Mapped[int] = mapped_column(Integer)
    year_to: Mapped[int | None] = mapped_column(Integer, default=None)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    basis: Mapped[str] = mapped_column(Text, default="")
    groups_json: Mapped[str] = mapped_column(Text, default="{}")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    actions: Mapped[list[AksiAction]] = relationship(
        back_populates="framework", order_by="AksiAction.number", cascade="all, delete-orphan"
    )


class AksiAction(Base):
    """One action of a framework with its usual schedule and responsible OPD."""

    __tablename__ = "aksi_action"
    __table_args__ = (UniqueConstraint("framework_id", "number", name="uq_aksi_action_framework_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("aksi_framework.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    group: Mapped[str | None] = mapped_column(String(20), default=None)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    responsible_opd: Mapped[str] = mapped_column(String(200), default="")
    # Comma-separated month numbers, e.g. "1,2,3".
    usual_months: Mapped[str] = mapped_column(String(40), default="")
    # Comma-separated meeting type codes whose meetings count as evidence (e.g. "REMBUK_STUNTING_KAB").
    meeting_types: Mapped[str] = mapped_column(String(200), default="")

    framework: Mapped[AksiFramework] = relationship(back_populates="actions")
    outputs: Mapped[list[AksiOutputTemplate]] = relationship(
        order_by="AksiOutputTemplate.position", cascade="all, delete-orphan"
    )
    evidence_items: Mapped[list[AksiEvidenceTemplate]] = relationship(
        order_by="AksiEvidenceTemplate.position", cascade="all, delete-orphan"
    )


class AksiOutputTemplate(Base):
    """An expected output of an action, as the framework lists it."""

    __tablename__ = "aksi_output_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("aksi_action.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))


class AksiEvidenceTemplate(Base):
    """An item of an action's evidence checklist (*data dukung*)."""

    __tablename__ = "aksi_evidence_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("aksi_action.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=False)


class AksiProgress(ExchangeMixin, Base):
    """The state of one action in one year: schedule, status, responsibility and assessment."""

    __tablename__ = "aksi_progress"
    __table_args__ = (UniqueConstraint("year", "framework_code", "action_number", name="uq_aksi_progress_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    framework_code: Mapped[str] = mapped_column(String(40))
    action_number: Mapped[int] = mapped_column(Integer)
    action_id: Mapped[int] = mapped_column(ForeignKey("aksi_action.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default=AksiStatus.BELUM_MULAI.value)
    planned_start: Mapped[date | None] = mapped_column(Date, default=None)
    planned_end: Mapped[date | None] = mapped_column(Date, default=None)
    actual_start: Mapped[date | None] = mapped_column(Date, default=None)
    actual_end: Mapped[date | None] = mapped_column(Date, default=None)
    responsible_opd: Mapped[str] = mapped_column(String(200), default="")
    responsible_person: Mapped[str] = mapped_column(String(160), default="")
    self_score: Mapped[str] = mapped_column(String(20), default="")
    self_assessment: Mapped[str] = mapped_column(Text, default="")
    province_score: Mapped[str] = mapped_column(String(20), default="")
    province_notes: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")

    action: Mapped[AksiAction] = relationship(lazy="joined")


class AksiOutput(ExchangeMixin, Base):
    """An output document produced for an action in a year, with its number and date."""

    __tablename__ = "aksi_output"

    id: Mapped[int] = mapped_column(primary_key=True)
    progress_id: Mapped[int] = mapped_column(ForeignKey("aksi_progress.id"), index=True)
    template_code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    document_number: Mapped[str] = mapped_column(String(120), default="")
    document_date: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class AksiEvidence(ExchangeMixin, Base):
    """An evidence document: a file kept in the data folder (with its SHA-256) or a meeting of the right type."""

    __tablename__ = "aksi_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    progress_id: Mapped[int] = mapped_column(ForeignKey("aksi_progress.id"), index=True)
    evidence_code: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(200))
    original_name: Mapped[str] = mapped_column(String(260), default="")
    # Path relative to the data folder's ``files`` folder, with forward slashes.
    stored_path: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    meeting_uuid: Mapped[str | None] = mapped_column(String(36), default=None)


class ChecklistValue(ExchangeMixin, Base):
    """One item of a checklist for one desa and month (template and items are defined in data files)."""

    __tablename__ = "checklist_value"
    __table_args__ = (
        UniqueConstraint("template_code", "region_code", "year", "month", "item_code", name="uq_checklist_value_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_code: Mapped[str] = mapped_column(String(40))
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    item_code: Mapped[str] = mapped_column(String(40))
    value_bool: Mapped[bool | None] = mapped_column(Boolean, default=None)
    value_number: Mapped[float | None] = mapped_column(Float, default=None)
    evidence_note: Mapped[str] = mapped_column(Text, default="")


class PrevalenceFigure(ExchangeMixin, Base):
    """A stunting prevalence target or achieved figure of a region for a year, by source (SSGI, SKI, e-PPGBM)."""

    __tablename__ = "prevalence_figure"
    __table_args__ = (UniqueConstraint("region_code", "year", "kind", "source", name="uq_prevalence_figure_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    # "target" or "capaian"
    kind: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(20), default="")
    value: Mapped[float] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
