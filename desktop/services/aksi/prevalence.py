"""Stunting prevalence: the district's targets and achieved figures per year by source, and the national figures
and targets shipped as data (``resources/frameworks/referensi-nasional.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.aksi import PrevalenceFigure
from db.repositories import aksi_repository as repo
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.numbers import decimal_text
from desktop.paths import resource_path
from desktop.services.unit_of_work import reading, unit_of_work

KIND_TARGET = "target"
KIND_ACHIEVED = "capaian"


class PrevalenceError(UserError):
    """A figure that cannot be saved; the message says why in Indonesian."""


@dataclass(frozen=True, slots=True)
class ReferencePoint:
    """A national figure: achieved prevalence (with its survey) or a target (with its basis)."""

    year: int
    value: float
    label: str


@dataclass(frozen=True, slots=True)
class NationalReference:
    """The national prevalence series, the national targets and the sources offered for district figures."""

    prevalence: tuple[ReferencePoint, ...]
    targets: tuple[ReferencePoint, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FigureInfo:
    """A district figure."""

    id: int
    region_code: str
    year: int
    kind: str
    source: str
    value: float
    notes: str


@cache
def national_reference() -> NationalReference:
    """Returns the national reference figures shipped with the application."""
    document = json.loads(resource_path("frameworks", "referensi-nasional.json").read_text(encoding="utf-8"))
    return NationalReference(
        prevalence=tuple(
            ReferencePoint(int(p["year"]), float(p["value"]), str(p["source"])) for p in document["prevalence"]
        ),
        targets=tuple(ReferencePoint(int(t["year"]), float(t["value"]), str(t["basis"])) for t in document["targets"]),
        sources=tuple(str(s) for s in document["sources"]),
    )


def save_figure(
    session_factory: sessionmaker[Session],
    region_code: str,
    year: int,
    kind: str,
    value: float,
    *,
    source: str = "",
    notes: str = "",
) -> FigureInfo:
    """Adds or replaces the figure of a region, year, kind and source (audited).

    Args:
        session_factory: the session factory.
        region_code: the district (or kecamatan/desa) code.
        year: the year.
        kind: ``target`` or ``capaian``.
        value: prevalence in percent (0-100).
        source: SSGI, SKI, e-PPGBM... (empty for a target, or the document that set it).
        notes: free text.

    Raises:
        PrevalenceError: bad kind, value or year.
    """
    if kind not in (KIND_TARGET, KIND_ACHIEVED):
        raise PrevalenceError(_("jenis '{kind}' tidak dikenal (target atau capaian)").format(kind=kind))
    if not 0 <= value <= 100:
        raise PrevalenceError(
            _("prevalensi {decimal_text}% di luar rentang 0-100").format(decimal_text=decimal_text(value, 6, trim=True))
        )
    if not 2000 <= year <= 2100:
        raise PrevalenceError(_("tahun {year} tidak sah").format(year=year))
    if kind == KIND_ACHIEVED and not source.strip():
        raise PrevalenceError(_("sumber data capaian wajib diisi (mis. SSGI, SKI, e-PPGBM)"))
    with unit_of_work(session_factory) as session:
        row = session.scalar(
            select(PrevalenceFigure).where(
                PrevalenceFigure.region_code == region_code,
                PrevalenceFigure.year == year,
                PrevalenceFigure.kind == kind,
                PrevalenceFigure.source == source.strip(),
            )
        )
        if row is None:
            row = PrevalenceFigure(region_code=region_code, year=year, kind=kind, source=source.strip())
            session.add(row)
        row.value = float(value)
        row.notes = notes.strip()
        row.deleted_at = None
        session.flush()
        return FigureInfo(row.id, row.region_code, row.year, row.kind, row.source, row.value, row.notes)


def list_figures(session_factory: sessionmaker[Session], region_code: str) -> list[FigureInfo]:
    """Returns the targets and achieved figures of a region, by year."""
    with reading(session_factory) as session:
        return list_figures_in(session, region_code)


def list_figures_in(session: Session, region_code: str) -> list[FigureInfo]:
    """:func:`list_figures` inside an open unit of work."""
    return [
        FigureInfo(r.id, r.region_code, r.year, r.kind, r.source, r.value, r.notes)
        for r in repo.prevalence_figures(session, region_code)
    ]
