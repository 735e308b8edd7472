"""What a berita acara can truthfully state about a meeting: who was present and what was decided.

A berita acara is a signed statement. It counts only the participants marked present and lists only the recorded
decisions (never the agenda in their place); :func:`statement_gaps` names what is still missing, so finalising
and printing can warn before such a statement is signed.
"""

from __future__ import annotations

from desktop.domain.i18n import _
from desktop.domain.meetings.records import MeetingRecord


def statement_gaps(record: MeetingRecord) -> list[str]:
    """What the berita acara of ``record`` has to report as not recorded (Indonesian sentences; empty when none)."""
    gaps: list[str] = []
    if not record.present:
        gaps.append(_("kehadiran peserta belum dicatat (tidak ada yang ditandai hadir)"))
    if not any(item.content.strip() for item in record.decisions):
        gaps.append(_("keputusan rapat belum dicatat"))
    return gaps


def statement_warning(record: MeetingRecord) -> str:
    """One sentence warning about :func:`statement_gaps`, or "" when the berita acara is complete."""
    gaps = statement_gaps(record)
    if not gaps:
        return ""
    return _("Perhatian: berita acara akan menyatakan bahwa {gaps}.").format(gaps="; ".join(gaps))
