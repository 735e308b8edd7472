"""The printed by-name list of a desa's children for the posyandu follow-up: kop, title, one row per child with
the latest measurement, TB/U and BB/TB, flags and status; NIK always masked. Landscape, F4 or A4."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm, mm
from reportlab.platypus import Spacer

from desktop.domain.cases.number_format import decimal_text, z_score_text
from desktop.domain.cases.records import CaseRow, DesaCaseList
from desktop.domain.dates import long_date
from desktop.domain.i18n import N_, doc_
from desktop.reports.office_blocks import head_of_office_signature, office_kop
from desktop.reports.pdf_base import Margins, PageSetup, build_pdf, document_styles, label_table, para
from desktop.reports.table_tail import table_with_tail

HEADER = (
    "No", N_("Nama Anak"), "NIK", "L/P", N_("Tgl Lahir"), N_("Umur (bln)"), N_("Nama Ibu"), N_("Posyandu"),
    N_("Tgl Ukur"), N_("PB/TB (cm)"), N_("BB (kg)"), "TB/U", "BB/TB", N_("Catatan"), N_("Status"), N_("Tindak Lanjut"),
)  # fmt: skip
# Column widths in mm for the F4 landscape frame (280 mm). On a narrower frame (A4) the short fixed-format columns
# (No, NIK, L/P, dates, numbers) keep their width and the text columns share what is left.
# "Tindak Lanjut" is written in by hand at the posyandu, so it gets real room.
WIDTHS = (7, 25, 25, 6, 17, 10, 20, 16, 17, 11, 10, 20, 23, 22, 23, 28)
FIXED_COLUMNS = frozenset({0, 2, 3, 4, 5, 8, 9, 10})
KEEP_LAST = 2
FLAG_FILL = colors.Color(0.97, 0.79, 0.79)
STUNTED_FILL = colors.Color(0.99, 0.91, 0.78)


def _row(number: int, case: CaseRow) -> list[Any]:
    latest = case.latest
    cells: list[Any] = [
        str(number),
        case.name,
        case.masked_nik or "-",
        case.sex,
        case.birth_date.strftime("%d-%m-%Y"),
        "-" if latest is None or latest.age_months is None else str(latest.age_months),
        case.mother_name or "-",
        case.posyandu or "-",
    ]
    if latest is None:
        return [*cells, "-", "-", "-", "-", "-", doc_("belum diukur"), doc_(case.status_label), ""]
    return [
        *cells,
        latest.measured_on.strftime("%d-%m-%Y"),
        decimal_text(latest.height_cm),
        decimal_text(latest.weight_kg),
        z_score_text(latest.haz, doc_(latest.haz_category) if latest.haz_category else None),
        z_score_text(latest.whz, doc_(latest.whz_category) if latest.whz_category else None),
        "; ".join(doc_(flag) for flag in latest.flag_labels) or "-",
        doc_(case.status_label),
        "",
    ]


def _highlights(cases: list[CaseRow], first_row: int = 1) -> list[tuple[Any, ...]]:
    """Fills of flagged and stunted rows; ``first_row`` is the table row of the first case."""
    commands: list[tuple[Any, ...]] = []
    for row, case in enumerate(cases, start=first_row):
        latest = case.latest
        if latest is None:
            continue
        if latest.flags:
            commands.append(("BACKGROUND", (9, row), (13, row), FLAG_FILL))
        elif latest.stunted:
            commands.append(("BACKGROUND", (11, row), (11, row), STUNTED_FILL))
    return commands


def column_widths(frame_width: float) -> list[float | None]:
    """The column widths in points for a frame (see WIDTHS)."""
    fixed = sum(w for i, w in enumerate(WIDTHS) if i in FIXED_COLUMNS) * mm
    flexible = sum(w for i, w in enumerate(WIDTHS) if i not in FIXED_COLUMNS) * mm
    scale = (frame_width - fixed) / flexible
    return [w * mm * (1 if i in FIXED_COLUMNS else scale) for i, w in enumerate(WIDTHS)]


def _story(data: DesaCaseList, setup: PageSetup) -> list[Any]:
    styles = document_styles(9)
    story: list[Any] = office_kop(data.office, setup.frame_width, styles)
    story.append(para(doc_("DAFTAR NAMA BALITA UNTUK TINDAK LANJUT POSYANDU"), styles.title))
    story.append(para(doc_("Verifikasi Kasus Stunting"), styles.subtitle))
    story.append(Spacer(1, 3 * mm))
    pairs = [
        (
            doc_("Desa/Kelurahan"),
            doc_("{desa_name} ({desa_code}), Kecamatan {kecamatan_name}").format(
                desa_name=data.desa_name, desa_code=data.desa_code, kecamatan_name=data.kecamatan_name
            ),
        ),
        (doc_("Keadaan per"), long_date(data.printed_on)),
        (
            doc_("Jumlah anak"),
            doc_("{count} anak; {stunted} stunting; {flagged} data perlu dicek").format(
                count=len(data.rows), stunted=data.stunted, flagged=data.flagged
            ),
        ),
    ]
    story.append(label_table(pairs, setup.frame_width, styles=styles, label_width=32 * mm))
    story.append(Spacer(1, 3 * mm))
    rows = [_row(number, case) for number, case in enumerate(data.rows, start=1)]
    widths = column_widths(setup.frame_width)
    center = (0, 3, 4, 5, 8, 9, 10)
    # The last rows go with the legend and the signature, so these never stand alone on a page.
    body, tail = table_with_tail(
        [doc_(title) for title in HEADER],
        rows,
        widths,
        styles=styles,
        keep_last=KEEP_LAST,
        center_columns=center,
        row_style=lambda start, stop, first: _highlights(data.rows[start:stop], first),
    )
    if body is not None:
        story.append(body)
    legend = para(
        doc_(
            "TB/U: tinggi/panjang badan menurut umur, BB/TB: berat badan menurut tinggi/panjang badan (z-score standar "
            "WHO, kategori Permenkes 2/2020). Baris berwarna merah: data janggal, ukur ulang. NIK disamarkan "
            "(UU 27/2022 tentang Pelindungan Data Pribadi); daftar ini dokumen kerja, jangan disebarluaskan."
        ),
        styles.small,
    )
    story += head_of_office_signature(
        data.office, data.printed_on, setup.frame_width, styles, lead=[tail], beside=legend
    )
    return story


def build_desa_case_list(target: Path | str, data: DesaCaseList) -> int:
    """Writes the desa's follow-up list as PDF (atomically); returns the number of pages."""
    paper = data.office.paper_size if data.office else "F4"
    # A working list, not a letter: 2 cm top and bottom leave room for the legend and the signature on page 1.
    setup = replace(PageSetup.for_paper(paper, landscape=True), margins=Margins(top=2 * cm, bottom=2 * cm))
    return build_pdf(
        target,
        _story(data, setup),
        setup=setup,
        title=doc_("Daftar balita tindak lanjut posyandu - {desa_name}").format(desa_name=data.desa_name),
        author=data.office.name if data.office else "",
        subject=doc_("Verifikasi kasus stunting"),
    )
