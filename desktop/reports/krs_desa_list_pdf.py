"""The printed verval KRS list of one desa: kop, title, one row per family (NIK masked), blank columns for the
field result, and signature blocks of the TPK coordinator and the kepala desa. Landscape, F4 or A4."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.domain.dates import long_date, place_date
from desktop.domain.i18n import N_, doc_
from desktop.domain.krs.records import DesaKrsList
from desktop.reports.office_blocks import office_kop
from desktop.reports.pdf_base import PageSetup, build_pdf, document_styles, label_table, para
from desktop.reports.signature import Signatory, signature_block
from desktop.reports.table_tail import table_with_tail

HEADER = (
    "No", "RW/RT", N_("Nama Kepala Keluarga"), "NIK", "No. KK", N_("Nama Istri"), N_("Sasaran"), N_("Faktor Risiko"),
    N_("Status Keberadaan"), N_("Hasil Verifikasi"), N_("Tgl Verval"), N_("Paraf/Keterangan"),
)  # fmt: skip
WIDTHS = (8, 13, 33, 29, 29, 29, 22, 30, 21, 23, 17, 26)  # mm on the F4 landscape frame (280 mm)
_WIDTHS_TOTAL = 280
KEEP_LAST = 2
BLANK_NAME = "(..............................)"


def _story(data: DesaKrsList, setup: PageSetup) -> list[Any]:
    styles = document_styles(8.5)
    story: list[Any] = office_kop(data.office, setup.frame_width, styles)
    story.append(para(doc_("DAFTAR VERIFIKASI DAN VALIDASI KELUARGA BERISIKO STUNTING"), styles.title))
    story.append(Spacer(1, 3 * mm))
    pairs = [
        (doc_("Desa/Kelurahan"), f"{data.desa_name} ({data.desa_code})"),
        (doc_("Kecamatan"), data.kecamatan_name),
        (doc_("Keadaan per"), long_date(data.printed_on)),
        (
            doc_("Jumlah keluarga"),
            doc_("{count} keluarga; {verified} sudah diverifikasi").format(
                count=len(data.rows), verified=data.verified
            ),
        ),
    ]
    story.append(label_table(pairs, setup.frame_width, styles=styles, label_width=32 * mm))
    story.append(Spacer(1, 3 * mm))
    rows = [
        [str(number), row.rw_rt, row.head_name, row.nik, row.no_kk, row.wife_name or "-", row.sasaran or "-",
         row.risks or "-", row.existence, row.result, row.verified_on.strftime("%d-%m-%Y") if row.verified_on else "",
         ""]
        for number, row in enumerate(data.rows, start=1)
    ]  # fmt: skip
    scale = setup.frame_width / (_WIDTHS_TOTAL * mm)
    widths: list[float | None] = [width * mm * scale for width in WIDTHS]
    # The last rows go with the note and the signatures, so these never stand alone on a page.
    body, tail = table_with_tail(
        [doc_(title) for title in HEADER], rows, widths, styles=styles, keep_last=KEEP_LAST, center_columns=(0, 1, 10)
    )
    if body is not None:
        story.append(body)
    note = para(
        doc_(
            "NIK dan No. KK disamarkan (UU 27/2022 tentang Pelindungan Data Pribadi); daftar ini dokumen kerja "
            "TPK, jangan disebarluaskan."
        ),
        styles.small,
    )
    coordinator = Signatory(
        role=doc_("Koordinator TPK,"),
        position=doc_("Desa {desa_name}").format(desa_name=data.desa_name),
        name=BLANK_NAME,
    )
    head = Signatory(
        role=doc_("Mengetahui,"),
        position=doc_("Kepala Desa {desa_name}").format(desa_name=data.desa_name),
        name=BLANK_NAME,
    )
    signed = place_date(data.desa_name, data.printed_on)
    story.append(
        signature_block(
            [head, coordinator],
            setup.frame_width,
            styles=styles,
            place_date=signed,
            lead=[tail, Spacer(1, 2 * mm), note],
        )
    )
    return story


def build_desa_krs_list(target: Path | str, data: DesaKrsList) -> int:
    """Writes the desa's verification list as PDF (atomically); returns the number of pages."""
    paper = data.office.paper_size if data.office else "F4"
    setup = PageSetup.for_paper(paper, landscape=True)
    return build_pdf(
        target,
        _story(data, setup),
        setup=setup,
        title=doc_("Daftar verval KRS - Desa {desa_name}").format(desa_name=data.desa_name),
        author=data.office.name if data.office else "",
        subject=doc_("Verifikasi dan validasi keluarga berisiko stunting"),
    )
