"""Rekap Mini Lokakarya: per kecamatan and month, whether the Minlok was held, its date and attendance, the
3 standar / 4 PASTI results of the kecamatan's desa (from the Aksi checklist) and the RTL made, done and overdue."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.aksi import ChecklistValue
from db.models.meeting import ActionItem, Meeting, MeetingParticipant
from db.models.region import Region
from desktop.domain.dates import month_name
from desktop.domain.i18n import N_, doc_
from desktop.domain.meetings.codes import OPEN_ACTION_STATUSES, PRESENT_ATTENDANCE, MeetingStatus
from desktop.domain.reports.table import Column, ColumnKind, ReportTable
from desktop.services.aksi.checklists import ChecklistItem, get_template
from desktop.services.reports.scope import ReportRequest, Scope, resolve_scope_in

MINLOK_TYPE = "MINLOK_KEC"
CHECKLIST_CODE = "3S4P"
CHECKLIST_SECTIONS = ("3 Standar", "4 PASTI")
HELD_NOTE = N_(
    'Dilaksanakan: Ya bila notulen rapat sudah final; "Belum final" bila rapat tercatat tetapi notulennya masih '
    "draf (tidak dihitung sebagai dilaksanakan)."
)


@dataclass(slots=True)
class _Month:
    """What one kecamatan did in one month."""

    dates: list[date] = field(default_factory=list)
    drafts: list[date] = field(default_factory=list)
    attendance: int = 0
    rtl_made: int = 0
    rtl_done: int = 0
    rtl_overdue: int = 0


def _scope_notes(session: Session, scope: Scope, kecamatan: list[tuple[str, str]]) -> list[str]:
    """A desa chosen: the recap is kept per kecamatan, and says so."""
    desa = session.get(Region, scope.code) if scope.level == 4 else None
    if desa is None or not kecamatan:
        return []
    return [
        doc_(
            "Mini Lokakarya diselenggarakan per kecamatan: baris di bawah adalah Kecamatan {kecamatan}, tempat "
            "{area} berada, bukan desa itu saja."
        ).format(kecamatan=kecamatan[0][1], area=f"{(desa.kind or 'desa').capitalize()} {desa.name}")
    ]


def _kecamatan(session: Session, scope: Scope) -> list[tuple[str, str]]:
    if scope.level >= 3:
        code = scope.code if scope.level == 3 else scope.code.rsplit(".", 1)[0]
        region = session.get(Region, code)
        return [(code, region.name if region else code)]
    query = select(Region.code, Region.name).where(Region.level == 3).order_by(Region.code)
    if scope.code:
        query = query.where(Region.parent_code == scope.code)
    return [(code, name) for code, name in session.execute(query)]


def _months(request: ReportRequest) -> list[int]:
    if request.month is not None:
        return [request.month]
    today = request.reference_date
    last = today.month if today.year == request.year else 12
    return list(range(1, last + 1)) if today.year >= request.year else []


def _meetings(session: Session, codes: list[str], year: int, today: date) -> dict[tuple[str, int], _Month]:
    result: dict[tuple[str, int], _Month] = defaultdict(_Month)
    meetings = session.scalars(
        select(Meeting).where(
            Meeting.meeting_type == MINLOK_TYPE,
            Meeting.deleted_at.is_(None),
            Meeting.region_code.in_(codes),
            Meeting.meeting_date >= date(year, 1, 1),
            Meeting.meeting_date <= date(year, 12, 31),
        )
    ).all()
    ids = [m.id for m in meetings]
    present = dict(
        session.execute(
            select(MeetingParticipant.meeting_id, func.count())
            .where(
                MeetingParticipant.meeting_id.in_(ids),
                MeetingParticipant.deleted_at.is_(None),
                MeetingParticipant.attendance.in_(sorted(a.value for a in PRESENT_ATTENDANCE)),
            )
            .group_by(MeetingParticipant.meeting_id)
        ).all()
    )
    actions = session.scalars(
        select(ActionItem).where(ActionItem.origin_meeting_id.in_(ids), ActionItem.deleted_at.is_(None))
    ).all()
    by_meeting: dict[int, list[ActionItem]] = defaultdict(list)
    for action in actions:
        by_meeting[action.origin_meeting_id].append(action)
    for meeting in meetings:
        month = result[(meeting.region_code, meeting.meeting_date.month)]
        # Held means minutes finalised once (a correction reopens them as a draft of a held meeting).
        if meeting.status != MeetingStatus.FINAL.value and meeting.version == 0:
            month.drafts.append(meeting.meeting_date)
            continue
        month.dates.append(meeting.meeting_date)
        month.attendance += present.get(meeting.id, 0)
        for action in by_meeting[meeting.id]:
            month.rtl_made += 1
            month.rtl_done += action.status == "selesai"
            open_ = action.status in OPEN_ACTION_STATUSES
            month.rtl_overdue += bool(open_ and action.deadline is not None and action.deadline < today)
    return result


def _checklist(
    session: Session, codes: list[str], year: int, items: list[ChecklistItem]
) -> dict[tuple[str, int], dict[str, list[Any]]]:
    """(kecamatan, month) -> item code -> the values of its desa."""
    wanted = {item.code for item in items}
    rows = session.execute(
        select(Region.parent_code, ChecklistValue)
        .join(Region, Region.code == ChecklistValue.region_code)
        .where(
            ChecklistValue.template_code == CHECKLIST_CODE,
            ChecklistValue.year == year,
            ChecklistValue.deleted_at.is_(None),
            Region.parent_code.in_(codes),
        )
    )
    result: dict[tuple[str, int], dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for parent, value in rows:
        if value.item_code not in wanted:
            continue
        number = value.value_bool if value.value_bool is not None else value.value_number
        if number is not None:
            result[(parent or "", value.month)][value.item_code].append(number)
    return result


def _item_value(item: ChecklistItem, values: list[Any]) -> float | int | None:
    """Yes/no items: the number of desa answering yes; numbers: the average over desa that reported."""
    if not values:
        return None
    if item.type == "ya_tidak":
        return sum(1 for value in values if value is True)
    return round(sum(float(value) for value in values) / len(values), 1)


def _item_column(item: ChecklistItem) -> Column:
    if item.type == "ya_tidak":
        return Column(item.code.lower(), doc_("{short} (desa ya)").format(short=item.short), ColumnKind.INTEGER, 11)
    return Column(item.code.lower(), doc_("{short} (rata-rata)").format(short=item.short), ColumnKind.DECIMAL, 11)


def minlok_recap(session: Session, request: ReportRequest) -> ReportTable:
    """Builds the Rekap Mini Lokakarya for the request's area and period."""
    scope = resolve_scope_in(session, request)
    template = get_template(CHECKLIST_CODE)
    items = [item for item in template.items if item.section in CHECKLIST_SECTIONS]
    today = request.reference_date
    kecamatan = _kecamatan(session, scope)
    codes = [code for code, _ in kecamatan]
    meetings = _meetings(session, codes, request.year, today)
    checklist = _checklist(session, codes, request.year, items)
    desa_counts = dict(
        session.execute(
            select(Region.parent_code, func.count()).where(Region.parent_code.in_(codes)).group_by(Region.parent_code)
        ).all()
    )
    rows: list[list[Any]] = []
    for code, name in kecamatan:
        for month in _months(request):
            done = meetings.get((code, month), _Month())
            values = checklist.get((code, month), {})
            reported = max((len(v) for v in values.values()), default=0)
            rows.append(
                [
                    name,
                    month_name(month),
                    doc_("Ya") if done.dates else doc_("Belum final") if done.drafts else doc_("Tidak"),
                    min(done.dates or done.drafts) if done.dates or done.drafts else None,
                    done.attendance if done.dates else None,
                    desa_counts.get(code, 0),
                    reported,
                    *[_item_value(item, values.get(item.code, [])) for item in items],
                    done.rtl_made,
                    done.rtl_done,
                    done.rtl_overdue,
                ]
            )
    columns = [
        Column("kecamatan", doc_("Kecamatan"), ColumnKind.TEXT, 18),
        Column("bulan", doc_("Bulan"), ColumnKind.TEXT, 11),
        Column("dilaksanakan", doc_("Dilaksanakan"), ColumnKind.TEXT, 13),
        Column("tanggal", doc_("Tanggal"), ColumnKind.DATE, 11),
        Column("hadir", doc_("Jumlah hadir"), ColumnKind.INTEGER, 10),
        Column("jumlah_desa", doc_("Jumlah desa"), ColumnKind.INTEGER, 8),
        Column("desa_melapor", doc_("Desa melapor"), ColumnKind.INTEGER, 8),
        *[_item_column(item) for item in items],
        Column("rtl_dibuat", doc_("RTL dibuat"), ColumnKind.INTEGER, 8),
        Column("rtl_selesai", doc_("RTL selesai"), ColumnKind.INTEGER, 8),
        Column("rtl_terlambat", doc_("RTL terlambat"), ColumnKind.INTEGER, 9),
    ]
    return ReportTable(
        key="minlok",
        title=doc_("REKAP PELAKSANAAN MINI LOKAKARYA STUNTING KECAMATAN"),
        area=scope.label,
        period=scope.period,
        columns=columns,
        rows=rows,
        row_count=len(rows),
        notes=[
            *_scope_notes(session, scope, kecamatan),
            doc_(HELD_NOTE),
            doc_(
                "3 standar / 4 PASTI: butir ya/tidak = jumlah desa yang menjawab ya; butir persen = rata-rata desa "
                "yang melapor (daftar periksa 3 Standar dan 4 PASTI bulan tersebut)."
            ),
            doc_("RTL terlambat: belum selesai dan melewati batas waktu per {today:%d-%m-%Y}.").format(today=today),
        ],
        office=scope.office,
        generated_on=today,
        wide=True,
    )
