"""The recovery-key sheet: one page to print and keep in a safe place when the database is encrypted (issue #16).

Like BitLocker's printout: the office, the date, the recovery key in large groups of eight digits, and what to do
with it. The sheet is the only copy of the key outside the user's head; it is never written into the data folder.

Typical use::

    write_recovery_sheet(Path("kunci-pemulihan.pdf"), result.recovery_key, office, date.today())
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.domain.dates import long_date
from desktop.domain.i18n import doc_
from desktop.domain.office import OfficeSettings
from desktop.reports.pdf_base import GRID_COLOR, PageSetup, build_pdf, document_styles

KEY_FONT = "Courier-Bold"
KEY_FONT_SIZE = 17


def recovery_sheet_story(recovery_key: str, office: OfficeSettings | None, when: date, width: float) -> list[Flowable]:
    """The flowables of the sheet (the key as two rows of four groups)."""
    styles = document_styles()
    office_name = (office.name if office else "") or doc_("(kantor belum diatur)")
    # Courier: every digit as wide as the next, 0 and 8 not confused with O and B; hex digits are Latin-1.
    key_style = ParagraphStyle(
        "recovery-key", fontName=KEY_FONT, fontSize=KEY_FONT_SIZE, leading=KEY_FONT_SIZE * 1.4, alignment=TA_CENTER
    )
    groups = recovery_key.split("-")
    rows = [
        [Paragraph(escape(group), key_style) for group in groups[index : index + 4]]
        for index in range(0, len(groups), 4)
    ]
    key_table = Table(rows, colWidths=[width / 4] * 4, hAlign="CENTER")
    key_table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, GRID_COLOR),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    steps = [
        doc_(
            "Kunci ini membuka database Konvergensi kantor ini dan semua cadangannya bila frasa sandi lupa, bila "
            "komputer diganti atau dipasang ulang, dan untuk memulihkan cadangan di komputer lain."
        ),
        doc_(
            "Simpan lembar ini di tempat terkunci (lemari arsip atau brankas), terpisah dari komputer dan dari "
            "cadangan. Jangan difoto, dipindai, dikirim lewat surel atau aplikasi pesan."
        ),
        doc_(
            "Untuk memakainya: ketik kunci ini (tanda hubung dan huruf besar/kecil boleh diabaikan) saat aplikasi "
            "meminta frasa sandi, atau berikan dengan --db-passphrase-file pada baris perintah."
        ),
        doc_(
            "Siapa pun yang memegang kunci ini dan berkas database dapat membaca data pribadi keluarga dan anak "
            "(UU 27/2022). Bila kunci diganti (Pengaturan atau konvergensi db rekey --new-key), lembar ini hanya "
            "berlaku untuk cadangan yang dibuat sebelumnya; musnahkan setelah cadangan itu tidak diperlukan."
        ),
        doc_(
            "Tanpa frasa sandi dan tanpa kunci ini, data tidak dapat dibuka oleh siapa pun, termasuk pembuat aplikasi."
        ),
    ]
    heading = escape(doc_("Petunjuk"))
    story: list[Flowable] = [
        Paragraph(doc_("KUNCI PEMULIHAN DATABASE KONVERGENSI"), styles.title),
        Spacer(1, 3 * mm),
        Paragraph(escape(office_name), styles.subtitle),
        Paragraph(doc_("Dibuat tanggal {date}").format(date=long_date(when)), styles.subtitle),
        Spacer(1, 10 * mm),
        key_table,
        Spacer(1, 10 * mm),
        Paragraph(
            doc_("Kunci terdiri atas 64 angka heksadesimal (0-9 dan A-F) dalam 8 kelompok."), styles.small_center
        ),
        Spacer(1, 6 * mm),
        Paragraph(f"<b>{heading}</b>", styles.section),
    ]
    story += [Paragraph(escape(text), styles.numbered, bulletText=f"{number}.") for number, text in enumerate(steps, 1)]
    story += [
        Spacer(1, 12 * mm),
        Paragraph(doc_("Disimpan oleh (nama, tanda tangan): ........................................"), styles.body),
        Spacer(1, 6 * mm),
        Paragraph(doc_("Tempat penyimpanan: ........................................"), styles.body),
    ]
    return story


def write_recovery_sheet(target: Path, recovery_key: str, office: OfficeSettings | None, when: date) -> int:
    """Writes the one-page recovery sheet on the office's paper (F4 by default), atomically.

    Returns:
        The number of pages (1).
    """
    setup = PageSetup.for_paper(office.paper_size if office else None)
    story = recovery_sheet_story(recovery_key, office, when, setup.frame_width)
    return build_pdf(
        target, story, setup=setup, title=doc_("Kunci pemulihan database"), author=office.name if office else ""
    )
