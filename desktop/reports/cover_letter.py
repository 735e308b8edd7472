"""The surat pengantar: kop, Nomor / Sifat / Lampiran / Perihal beside the place and date, the addressee, the
numbered list of enclosed reports, the closing and the head of office's signature."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from desktop.domain.dates import number_words, place_date
from desktop.domain.i18n import doc_
from desktop.domain.office import OfficeSettings
from desktop.domain.reports.letters import CoverLetter
from desktop.reports.kop import kop_flowables, letterhead_from_office
from desktop.reports.letter_head import DATE_COLUMN, unbroken_date_line
from desktop.reports.pdf_base import DocStyles, PageSetup, build_pdf, data_table, label_table, one_page_styles, para
from desktop.reports.signature import Signatory, signature_block


def _head(letter: CoverLetter, office: OfficeSettings, width: float, styles: DocStyles) -> list[Any]:
    count = len(letter.enclosures)
    pairs = [
        (doc_("Nomor"), letter.number or "-"),
        (doc_("Sifat"), doc_("Biasa")),
        (doc_("Lampiran"), doc_("{count} ({words}) berkas").format(count=count, words=number_words(count))),
        (doc_("Perihal"), letter.subject),
    ]
    left = label_table(pairs, width - DATE_COLUMN, styles=styles, label_width=22 * mm)
    right = para(unbroken_date_line(place_date(office.city, letter.issued_on)), styles.body_left)
    table = Table([[left, right]], colWidths=[width - DATE_COLUMN, DATE_COLUMN])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table, Spacer(1, 5 * mm)]


def cover_letter_story(letter: CoverLetter, office: OfficeSettings, width: float, styles: DocStyles) -> list[Any]:
    """The flowables of the covering letter."""
    story: list[Any] = kop_flowables(letterhead_from_office(office), width, styles)
    story += _head(letter, office, width, styles)
    for line in (doc_("Kepada Yth."), letter.addressee, doc_("di"), letter.addressee_place):
        story.append(para(line, styles.body_left))
    story += [Spacer(1, 5 * mm), para(doc_("Dengan hormat,"), styles.body), Spacer(1, 2 * mm)]
    story.append(
        para(
            doc_(
                "Bersama ini kami sampaikan laporan pelaksanaan percepatan penurunan stunting {area} tahun {year}, "
                "sebagai berikut:"
            ).format(area=letter.area, year=letter.year),
            styles.body,
        )
    )
    story.append(Spacer(1, 2 * mm))
    rows = [
        [str(number), item.title, item.period, item.note or "-"]
        for number, item in enumerate(letter.enclosures, start=1)
    ]
    story.append(
        data_table(
            ["No", doc_("Lampiran"), doc_("Periode"), doc_("Keterangan")],
            rows,
            [10 * mm, 58 * mm, None, 38 * mm],
            styles=styles,
            center_columns=(0,),
            width=width,
        )
    )
    closing = para(
        doc_("Demikian kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih."),
        styles.body,
    )
    head = Signatory("", office.head_position, office.head_name, office.head_rank, office.head_nip)
    story.append(signature_block([head], width, styles=styles, lead=[Spacer(1, 3 * mm), closing, Spacer(1, 4 * mm)]))
    return story


def build_cover_letter(letter: CoverLetter, office: OfficeSettings, target: Path) -> int:
    """Writes the covering letter PDF to ``target`` (atomically, on the office's paper); returns the page count.
    The letter keeps to one page where it can (its body a little smaller when needed)."""
    setup = PageSetup.for_paper(office.paper_size)
    styles = one_page_styles(lambda sized: cover_letter_story(letter, office, setup.frame_width, sized), setup)
    return build_pdf(
        target,
        cover_letter_story(letter, office, setup.frame_width, styles),
        setup=setup,
        document_number=letter.number,
        title=letter.subject,
        author=office.name,
        subject=doc_("Surat pengantar"),
    )
