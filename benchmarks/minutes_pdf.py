"""Minutes PDF of 10+ pages with an RTL table, beside a bare reportlab document of the same content, in one run.

Usage: ``python benchmarks/minutes_pdf.py [--runs 5]``

The application figure covers reading the meeting from the database, the kop, the embedded font, the RTL table
with repeated headers, the two-pass ``Halaman x dari y`` footer and the atomic write. The baseline lays out the
same paragraphs and table rows with reportlab's built-in Helvetica and no letterhead. DESIGN.md §7 bar: under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from desktop.context import open_context
from desktop.domain.meetings.records import ActionData, DiscussionData, MeetingData, ParticipantData, Signer
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.meetings.content_service import save_action, save_discussion, save_participants
from desktop.services.meetings.meeting_service import create_meeting
from desktop.services.meetings.printing import print_meeting_document
from desktop.services.office import save_office
from desktop.services.regions import load_regions

TEXT = "Pembahasan capaian pendampingan keluarga dan verval KRS per desa. " * 12
POINTS = 40
ACTIONS = 60


def _baseline(target: Path) -> None:
    styles = getSampleStyleSheet()
    story = [Paragraph(f"{n}. Kepala Desa {n}: {TEXT}", styles["Normal"]) for n in range(POINTS)]
    rows = [["No", "Kegiatan", "PJ", "Target", "Dana", "Status"]]
    rows += [[str(n), f"RTL nomor {n}", "PLKB", "-", "-", "Belum"] for n in range(ACTIONS)]
    story.append(Table(rows, repeatRows=1))
    SimpleDocTemplate(str(target), pagesize=A4).build(story)


def main() -> None:
    """Prints median and best seconds for the minutes and the baseline."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        context = open_context(Path(folder))
        factory = context.session_factory
        load_regions(factory)
        save_office(factory, demo_office_settings())
        meeting = create_meeting(
            factory,
            MeetingData(
                title="Rakor TPPS",
                meeting_type="RAKOR_TPPS_KAB",
                level="kabupaten",
                region_code="36.02",
                meeting_date=date(2024, 5, 30),
                chair=Signer("Paryono", "Kepala Bidang PPM"),
            ),
        ).id
        save_participants(factory, meeting, [ParticipantData(name=f"Peserta {n}") for n in range(30)])
        save_discussion(
            factory, meeting, [DiscussionData(speaker=f"Kepala Desa {n}", content=TEXT) for n in range(POINTS)]
        )
        for n in range(ACTIONS):
            save_action(factory, meeting, ActionData(description=f"RTL nomor {n}", responsible="PLKB"))
        target = Path(folder) / "notulen.pdf"
        pages = print_meeting_document(factory, meeting, "minutes", target).pages
        app, base = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            print_meeting_document(factory, meeting, "minutes", target)
            app.append(time.perf_counter() - started)
            started = time.perf_counter()
            _baseline(Path(folder) / "baseline.pdf")
            base.append(time.perf_counter() - started)
        context.dispose()
    print(f"minutes: {pages} pages, {ACTIONS} RTL rows, {POINTS} discussion points")
    print(f"{'':24}{'median s':>10}{'best s':>10}")
    print(f"{'konvergensi minutes':24}{statistics.median(app):>10.3f}{min(app):>10.3f}")
    print(f"{'bare reportlab':24}{statistics.median(base):>10.3f}{min(base):>10.3f}")
    print(f"ratio (median): {statistics.median(app) / statistics.median(base):.2f}x; bar: under 1 s")


if __name__ == "__main__":
    main()
