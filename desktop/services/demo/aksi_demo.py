"""Demo Aksi Konvergensi data for Lebak: a complete 2024 cycle (8 aksi with dates, outputs, document numbers and
evidence files), a 2025 year in progress, checklists for a few kecamatan, and prevalence targets and figures.

People, numbers and figures are invented for the demo; the places and the framework are real.
"""

from __future__ import annotations

import struct
import tempfile
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.office import OfficeSettings
from desktop.reports.kop import kop_flowables, letterhead_from_office
from desktop.reports.pdf_base import PageSetup, document_styles, para, render_pdf
from desktop.services.aksi.checklists import get_template, save_desa_values
from desktop.services.aksi.evidence import add_evidence_file
from desktop.services.aksi.meeting_links import link_meeting, meeting_candidates
from desktop.services.aksi.prevalence import save_figure
from desktop.services.aksi.progress import OutputInfo, get_detail
from desktop.services.aksi.progress_writes import save_output, save_progress, start_action
from desktop.services.office import get_office
from desktop.services.regions import children_of
from desktop.services.tasks import TaskControl

LEBAK = "36.02"
NUMBER = "400.5.7/{nomor}/Bapelitbangda/{tahun}"


@dataclass(frozen=True, slots=True)
class DemoAksi:
    """One action's demo year: schedule, status, people, assessment, outputs and evidence files."""

    number: int
    status: str
    planned: tuple[date, date]
    actual: tuple[date | None, date | None]
    person: str
    self_score: str = ""
    province_score: str = ""
    province_notes: str = ""
    remarks: str = ""
    outputs: tuple[tuple[str, str, str, date], ...] = ()  # template code, name, number, date
    files: tuple[tuple[str, str, str], ...] = ()  # evidence code, title, file name (.pdf or .png)


def _n(nomor: int, year: int) -> str:
    return NUMBER.format(nomor=nomor, tahun=year)


CYCLE_2024: tuple[DemoAksi, ...] = (
    DemoAksi(1, "direviu", (date(2024, 1, 2), date(2024, 3, 29)), (date(2024, 1, 15), date(2024, 3, 22)),
             "Rina Marlina, S.E., M.M.", "A", "A", "Data sebaran dan cakupan layanan lengkap per desa.",
             outputs=(("DOK_ANSIT", "Dokumen Analisis Situasi Stunting 2024", _n(112, 2024), date(2024, 3, 22)),
                      ("SK_LOKUS", "Keputusan Bupati Lebak tentang Desa Lokus Stunting 2025",
                       "100.3.3.2/Kep.87-Bapelitbangda/2024", date(2024, 3, 28))),
             files=(("LAPORAN_ANSIT", "Laporan analisis situasi 2024", "laporan-analisis-situasi-2024.pdf"),
                    ("SK_LOKUS", "SK desa lokus 2025", "sk-desa-lokus-2025.pdf"),
                    ("FOTO", "Foto forum analisis situasi", "foto-forum-ansit.png"))),
    DemoAksi(2, "direviu", (date(2024, 3, 1), date(2024, 6, 28)), (date(2024, 3, 18), date(2024, 6, 14)),
             "Rina Marlina, S.E., M.M.", "B", "B", "Matriks integrasi ke Renja OPD perlu dilengkapi pagu.",
             outputs=(("RENCANA_KEGIATAN", "Rencana Kegiatan Intervensi Terintegrasi 2025", _n(241, 2024),
                       date(2024, 6, 14)),),
             files=(("DOK_RENCANA", "Rencana kegiatan 2025", "rencana-kegiatan-2025.pdf"),)),
    DemoAksi(3, "direviu", (date(2024, 4, 1), date(2024, 6, 28)), (date(2024, 5, 21), date(2024, 5, 21)),
             "Drs. Asep Saepudin", "A", "A", "Komitmen ditandatangani Bupati, camat dan kepala OPD.",
             remarks="Rembuk Stunting di Aula Multatuli, Rangkasbitung.",
             outputs=(("BERITA_ACARA", "Berita Acara Rembuk Stunting Kabupaten Lebak 2024", _n(198, 2024),
                       date(2024, 5, 21)),
                      ("DEKLARASI", "Deklarasi Komitmen Percepatan Penurunan Stunting", _n(199, 2024),
                       date(2024, 5, 21))),
             files=(("BERITA_ACARA", "Berita acara rembuk stunting", "berita-acara-rembuk-2024.pdf"),
                    ("FOTO", "Foto penandatanganan komitmen", "foto-rembuk-2024.png"))),
    DemoAksi(4, "diunggah", (date(2024, 5, 1), date(2024, 7, 31)), (date(2024, 6, 3), date(2024, 7, 26)),
             "Hj. Euis Komariah, S.H.", "B",
             outputs=(("PERBUP", "Peraturan Bupati Lebak Nomor 31 Tahun 2024", "Perbup 31/2024", date(2024, 7, 26)),),
             files=(("PERBUP", "Salinan Perbup 31/2024", "perbup-31-2024.pdf"),)),
    DemoAksi(5, "diunggah", (date(2024, 3, 1), date(2024, 11, 29)), (date(2024, 3, 4), date(2024, 11, 22)),
             "Dedi Supriadi, S.Sos.", "B",
             outputs=(("LAPORAN_PEMBINAAN", "Laporan Pembinaan KPM dan Pemerintah Desa 2024", _n(402, 2024),
                       date(2024, 11, 22)),),
             files=(("LAPORAN_PEMBINAAN", "Laporan pembinaan KPM 2024", "laporan-pembinaan-kpm-2024.pdf"),)),
    DemoAksi(6, "selesai", (date(2024, 6, 3), date(2024, 9, 30)), (date(2024, 6, 10), date(2024, 9, 27)),
             "Yusuf Maulana, S.Kom.", "B",
             outputs=(("ANALISIS_KESENJANGAN", "Analisis Kesenjangan Data Stunting 2024", _n(318, 2024),
                       date(2024, 9, 27)),)),
    DemoAksi(7, "diunggah", (date(2024, 2, 1), date(2024, 10, 31)), (date(2024, 2, 1), date(2024, 10, 18)),
             "dr. Lilis Suryani, M.K.M.", "A",
             remarks="Bulan penimbangan Februari dan Agustus; Intervensi Serentak Juni 2024.",
             outputs=(("PUBLIKASI", "Publikasi Sebaran Stunting per Kecamatan 2024", _n(377, 2024),
                       date(2024, 10, 18)),),
             files=(("REKAP_PENGUKURAN", "Rekap pengukuran Agustus 2024", "rekap-pengukuran-agustus-2024.pdf"),)),
    DemoAksi(8, "selesai", (date(2024, 11, 1), date(2024, 12, 31)), (date(2024, 12, 2), date(2024, 12, 20)),
             "Rina Marlina, S.E., M.M.", "B",
             outputs=(("LAPORAN_REVIU", "Laporan Reviu Kinerja Tahunan 2024", _n(455, 2024), date(2024, 12, 20)),)),
)  # fmt: skip

YEAR_2025: tuple[DemoAksi, ...] = (
    DemoAksi(1, "diunggah", (date(2025, 1, 2), date(2025, 3, 31)), (date(2025, 1, 20), date(2025, 4, 10)),
             "Rina Marlina, S.E., M.M.", "B", remarks="Data sasaran 28 kecamatan diverifikasi camat.",
             outputs=(("DOK_ANSIT", "Dokumen Analisis Situasi 2025", _n(131, 2025), date(2025, 4, 10)),),
             files=(("LAPORAN_ANSIT", "Laporan analisis situasi 2025", "laporan-analisis-situasi-2025.pdf"),)),
    DemoAksi(2, "selesai", (date(2025, 3, 3), date(2025, 6, 30)), (date(2025, 3, 24), date(2025, 6, 20)),
             "Drs. Asep Saepudin", "B",
             outputs=(("BERITA_ACARA_REMBUK", "Berita Acara Rembuk Stunting 2025", _n(204, 2025), date(2025, 5, 27)),),
             files=(("BERITA_ACARA", "Berita acara rembuk stunting 2025", "berita-acara-rembuk-2025.pdf"),)),
    DemoAksi(3, "berjalan", (date(2025, 4, 1), date(2025, 10, 31)), (date(2025, 4, 14), None),
             "dr. Lilis Suryani, M.K.M.", remarks="Minlok berjalan di 28 kecamatan."),
    DemoAksi(4, "belum_mulai", (date(2025, 10, 1), date(2025, 12, 31)), (None, None), "Rina Marlina, S.E., M.M."),
    DemoAksi(5, "berjalan", (date(2025, 2, 3), date(2025, 6, 30)), (date(2025, 2, 10), None),
             "Hj. Euis Komariah, S.H.", remarks="Revisi Perbup menunggu harmonisasi Kanwil Kemenkum."),
    DemoAksi(6, "belum_mulai", (date(2025, 8, 1), date(2025, 11, 28)), (None, None), "Yusuf Maulana, S.Kom."),
)  # fmt: skip

# District figures (invented for the demo).
FIGURES: tuple[tuple[int, str, str, float], ...] = (
    (2021, "capaian", "SSGI", 27.3),
    (2022, "capaian", "SSGI", 26.2),
    (2023, "capaian", "SKI", 23.9),
    (2024, "capaian", "SSGI", 21.4),
    (2023, "capaian", "e-PPGBM", 9.8),
    (2024, "capaian", "e-PPGBM", 8.1),
    (2022, "target", "", 22.0),
    (2023, "target", "", 18.0),
    (2024, "target", "", 14.0),
    (2025, "target", "", 19.5),
    (2026, "target", "", 17.5),
)


def _png(width: int, height: int, color: tuple[int, int, int]) -> bytes:
    """A small solid PNG with a lighter band (a stand-in for a photo)."""
    rows = []
    for y in range(height):
        shade = color if y < height * 2 // 3 else tuple(min(255, c + 80) for c in color)
        rows.append(b"\x00" + bytes(shade) * width)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def _pdf(office: OfficeSettings, title: str, number: str) -> bytes:
    setup = PageSetup.for_paper(office.paper_size)
    styles = document_styles()
    story = kop_flowables(letterhead_from_office(office), setup.frame_width, styles)
    story += [
        Spacer(1, 6 * mm),
        para(title.upper(), styles.title),
        Spacer(1, 4 * mm),
        para(f"Nomor: {number}" if number else "", styles.body),
        Spacer(1, 6 * mm),
        para("Dokumen contoh data demo aplikasi Konvergensi (bukan dokumen resmi).", styles.body),
    ]
    data, _pages = render_pdf(story, setup=setup, document_number=number, title=title)
    return data


def _apply(factory: sessionmaker[Session], files_dir: Path, office: OfficeSettings, year: int, demo: DemoAksi) -> int:
    """Fills one action's demo year; returns the evidence files added, -1 when it was filled before."""
    progress_id = start_action(factory, year, demo.number)
    detail = get_detail(factory, progress_id)
    if detail.outputs or detail.row.evidence_count or detail.values.responsible_person:
        return -1
    values = detail.values
    values.status = demo.status
    values.planned_start, values.planned_end = demo.planned
    values.actual_start, values.actual_end = demo.actual
    values.responsible_person = demo.person
    values.self_score = demo.self_score
    values.province_score = demo.province_score
    values.province_notes = demo.province_notes
    values.remarks = demo.remarks
    save_progress(factory, progress_id, values)
    numbers = {}
    for code, name, number, when in demo.outputs:
        save_output(factory, progress_id, OutputInfo(0, code, name, number, when, ""))
        numbers[code] = number
    with tempfile.TemporaryDirectory() as temp:
        for code, title, file_name in demo.files:
            path = Path(temp) / file_name
            if file_name.endswith(".png"):
                path.write_bytes(_png(160, 120, (40 + 20 * demo.number, 90, 140)))
            else:
                path.write_bytes(_pdf(office, title, numbers.get(code, "")))
            add_evidence_file(factory, files_dir, progress_id, path, title=title, evidence_code=code)
    # Meetings of the types the framework links to this action (from the meetings demo) become evidence too.
    for candidate in meeting_candidates(factory, progress_id):
        if not candidate.linked:
            link_meeting(factory, progress_id, candidate.uuid)
    return len(demo.files)


def _checklists(factory: sessionmaker[Session]) -> int:
    """Fills 3 standar dan 4 PASTI (Oct-Dec 2024, Apr-May 2025) and Intervensi Serentak (June 2024) in 4 kecamatan."""
    s4p = get_template("3S4P")
    serentak = get_template("INTERVENSI_SERENTAK")
    saved = 0
    for k_index, kecamatan in enumerate(children_of(factory, LEBAK)[:4]):
        for d_index, desa in enumerate(children_of(factory, kecamatan.code)):
            seed = k_index * 7 + d_index
            for year, month in ((2024, 10), (2024, 11), (2024, 12), (2025, 4), (2025, 5)):
                if (seed + month) % 5 == 0:  # some desa have not reported yet
                    continue
                values: dict[str, bool | float | None] = {}
                for item in s4p.items:
                    wobble = seed * 5 + month + len(item.code)
                    if item.type == "ya_tidak":
                        values[item.code] = wobble % 6 != 0
                    elif item.type == "persen":
                        values[item.code] = float(min(100, 86 + wobble % 19))
                    else:
                        values[item.code] = float(12 + seed % 30)
                saved += save_desa_values(factory, s4p.code, desa.code, year, month, values)
            targets = 60 + seed % 40
            measured = targets - seed % 9
            serentak_values: dict[str, bool | float | None] = {
                item.code: (seed + len(item.code)) % 7 != 0 for item in serentak.items if item.type == "ya_tidak"
            }
            serentak_values |= {
                "JUMLAH_SASARAN": float(targets),
                "JUMLAH_DIUKUR": float(measured),
                "CAKUPAN": round(100.0 * measured / targets, 1),
            }
            saved += save_desa_values(factory, serentak.code, desa.code, 2024, 6, serentak_values)
    return saved


def fill_demo_aksi(session_factory: sessionmaker[Session], files_dir: Path, control: TaskControl) -> str:
    """Creates the demo Aksi data; idempotent (actions already filled are skipped, unchanged values add nothing)."""
    office = get_office(session_factory)
    if office is None:
        return "Aksi Konvergensi: kantor demo belum ada, dilewati."
    files = filled = 0
    plan = [(2024, item) for item in CYCLE_2024] + [(2025, item) for item in YEAR_2025]
    for index, (year, demo) in enumerate(plan):
        control.check()
        control.report(index, len(plan) + 1, f"Aksi {demo.number} tahun {year}")
        added = _apply(session_factory, files_dir, office, year, demo)
        if added >= 0:
            filled += 1
            files += added
    for year, kind, source, value in FIGURES:
        save_figure(session_factory, LEBAK, year, kind, value, source=source, notes="data demo")
    values = _checklists(session_factory)
    control.report(len(plan) + 1, len(plan) + 1, "Aksi Konvergensi selesai")
    if not filled and not values:
        return "Aksi Konvergensi demo sudah ada (2024 dan 2025)."
    return (
        f"Aksi Konvergensi demo: siklus 2024 ({len(CYCLE_2024)} aksi) dan 2025 berjalan ({len(YEAR_2025)} aksi), "
        f"{files} berkas data dukung, {len(FIGURES)} angka prevalensi, {values} isian daftar periksa."
    )
