"""Page setup, paragraph styles, tables and the document builder shared by every PDF (reportlab, no Qt).

Typical use (see :mod:`desktop.reports` for the whole API)::

    setup = PageSetup.for_paper(office.paper_size)                  # F4 (default) or A4, portrait
    styles = document_styles()
    story = kop_flowables(letterhead_from_office(office), setup.frame_width, styles)
    story += [Paragraph("DAFTAR KELUARGA", styles.title), Spacer(1, 4 * mm)]
    story.append(data_table(["No", "Nama"], rows, [12 * mm, None], styles=styles))
    story.append(signature_block([Signatory(...)], setup.frame_width, styles=styles, place_date="Rangkasbitung, ..."))
    pages = build_pdf(path, story, setup=setup, document_number="400.5.7/12/Bapelitbangda/2024", title="...")

Every page gets a footer with the document number (left) and ``Halaman x dari y`` (right); the total is known
because the canvas keeps each page until the document is complete. The file is written atomically.
"""

from __future__ import annotations

import io
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from desktop.domain.atomic_file import atomic_write_bytes
from desktop.domain.i18n import N_, doc_
from desktop.reports.fonts import FONT, FONT_BOLD, register_fonts

PAPER_SIZES: dict[str, tuple[float, float]] = {
    "F4": (215 * mm, 330 * mm),  # 609.4 x 935.4 pt, Indonesian folio
    "A4": (210 * mm, 297 * mm),  # 595.3 x 841.9 pt
}
FOOTER_FONT_SIZE = 7.5
NBSP = "\u00a0"
EMPTY_TABLE = N_("Tidak ada data.")
CELL_PADDING = 3
MIN_CELL_FONT_SIZE = 6
# Text a line must never break inside: identifiers and numbers with spaces or separators (NIP, phone numbers,
# "400.5.7/241/Bapelitbangda/2024" has no space and is one word anyway) and dates written out.
_UNBREAKABLE = re.compile(r"[0-9][0-9 .,:/+()\-]*[0-9]")
_MONTHS = (
    "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sep|Okt|Nov|Des"
)
_LONG_DATE = re.compile(rf"\b(\d{{1,2}}) ({_MONTHS})\.? (\d{{4}})\b")
_BREAKING_SPACE = re.compile(r"[ \t\r\n]+")
GRID_COLOR = colors.black
HEADER_BACKGROUND = colors.Color(0.88, 0.88, 0.88)


@dataclass(frozen=True, slots=True)
class Margins:
    """Page margins in points; the default is DESIGN.md's 3 / 2.5 / 3 / 2.5 cm (top/right/bottom/left)."""

    top: float = 3 * cm
    right: float = 2.5 * cm
    bottom: float = 3 * cm
    left: float = 2.5 * cm


@dataclass(frozen=True, slots=True)
class PageSetup:
    """Paper, orientation and margins of a document.

    Attributes:
        paper: ``"F4"`` or ``"A4"``.
        landscape: landscape orientation (wide tables).
        margins: the margins; landscape keeps top/bottom as the short edges' margins.
    """

    paper: str = "F4"
    landscape: bool = False
    margins: Margins = field(default_factory=Margins)

    @classmethod
    def for_paper(cls, paper: str | None, *, landscape: bool = False) -> PageSetup:
        """Returns a setup for the office's paper setting; unknown or empty values fall back to F4."""
        return cls(paper=paper if paper in PAPER_SIZES else "F4", landscape=landscape)

    @property
    def size(self) -> tuple[float, float]:
        """Page width and height in points."""
        size = PAPER_SIZES[self.paper]
        return to_landscape(size) if self.landscape else size

    @property
    def frame_width(self) -> float:
        """Width available for content between the left and right margins."""
        return self.size[0] - self.margins.left - self.margins.right

    @property
    def frame_height(self) -> float:
        """Height available for content between the top and bottom margins."""
        return self.size[1] - self.margins.top - self.margins.bottom


@dataclass(frozen=True, slots=True)
class DocStyles:
    """Paragraph styles of official documents (12 pt body as in naskah dinas, smaller in tables).

    Attributes:
        body: justified body text.
        body_left: left-aligned body text.
        title: centred bold capitals title (``NOTULEN RAPAT``).
        subtitle: centred line under the title (``Nomor: ...``).
        small: 9 pt notes.
        small_center: centred 9 pt notes (version lines).
        section: section headings (``II. PEMBAHASAN``), with space above.
        numbered: numbered items: ``Paragraph(text, styles.numbered, bulletText="1.")``.
        cell: table cell text.
        cell_center: centred table cell text.
        header_cell: bold centred table header text.
        kop_government: ``PEMERINTAH KABUPATEN ...`` line of the letterhead.
        kop_office: office name line of the letterhead.
        kop_address: address and contact lines of the letterhead.
        signature: text of a signature block.
    """

    body: ParagraphStyle
    body_left: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    section: ParagraphStyle
    numbered: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    header_cell: ParagraphStyle
    kop_government: ParagraphStyle
    kop_office: ParagraphStyle
    kop_address: ParagraphStyle
    signature: ParagraphStyle


def document_styles(body_size: float = 11) -> DocStyles:
    """Builds the paragraph styles, registering the document font first.

    Args:
        body_size: body font size in points; tables use ``body_size - 1.5``.
    """
    font = register_fonts()
    leading = body_size * 1.35
    body = ParagraphStyle("body", fontName=font, fontSize=body_size, leading=leading, alignment=TA_JUSTIFY)
    cell_size = body_size - 1.5
    cell = ParagraphStyle("cell", fontName=font, fontSize=cell_size, leading=cell_size * 1.25, alignment=TA_LEFT)
    small = ParagraphStyle("small", parent=body, fontSize=body_size - 2, leading=(body_size - 2) * 1.3)
    return DocStyles(
        body=body,
        body_left=ParagraphStyle("body_left", parent=body, alignment=TA_LEFT),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=body_size + 2,
            leading=(body_size + 2) * 1.3,
            alignment=TA_CENTER,
            spaceAfter=1,
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER),
        small=small,
        small_center=ParagraphStyle("small_center", parent=small, alignment=TA_CENTER),
        section=ParagraphStyle("section", parent=body, alignment=TA_LEFT, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        numbered=ParagraphStyle(
            "numbered",
            parent=body,
            leftIndent=7 * mm,
            bulletIndent=0,
            bulletFontName=font,
            bulletFontSize=body_size,
            spaceAfter=2,
        ),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        header_cell=ParagraphStyle("header_cell", parent=cell, fontName=FONT_BOLD, alignment=TA_CENTER),
        kop_government=ParagraphStyle(
            "kop_government", fontName=FONT_BOLD, fontSize=14, leading=17, alignment=TA_CENTER
        ),
        kop_office=ParagraphStyle("kop_office", fontName=FONT_BOLD, fontSize=13, leading=15.5, alignment=TA_CENTER),
        kop_address=ParagraphStyle("kop_address", fontName=font, fontSize=8, leading=10, alignment=TA_CENTER),
        signature=ParagraphStyle("signature", parent=body, alignment=TA_LEFT, leading=body_size * 1.25),
    )


def text_markup(text: str) -> str:
    """Escapes user text for a reportlab Paragraph and keeps its line breaks."""
    return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain user text (escaped, line breaks kept)."""
    return Paragraph(text_markup(text), style)


def keep_whole(text: str) -> str:
    """Joins with non-breaking spaces what a line must not break: a cell that is only an identifier or a number
    (``0812 0000 0001``, ``19700101 199503 1 001``) and every written-out date (``11 Oktober 2024``)."""
    stripped = text.strip()
    if " " in stripped and _UNBREAKABLE.fullmatch(stripped):
        return stripped.replace(" ", NBSP)
    return _LONG_DATE.sub(lambda match: NBSP.join(match.groups()), text)


def _word_width(value: Any, style: ParagraphStyle) -> float:
    """The width of the widest unbreakable word of a cell (text or Paragraph) or of a fixed-width flowable."""
    if isinstance(value, Paragraph):
        text, font, size = value.getPlainText(), value.style.fontName, value.style.fontSize
    elif isinstance(value, Flowable):
        return float(getattr(value, "width", 0) or 0)
    else:
        text, font, size = keep_whole("" if value is None else str(value)), style.fontName, style.fontSize
    words = [word for word in _BREAKING_SPACE.split(text) if word]
    return max((stringWidth(word, font, size) for word in words), default=0.0)


def _sized(styles: DocStyles, size: float) -> DocStyles:
    """The styles with the table cells' font at ``size`` points."""

    def resized(style: ParagraphStyle) -> ParagraphStyle:
        return ParagraphStyle(f"{style.name}_{size}", parent=style, fontSize=size, leading=size * 1.25)

    return replace(
        styles,
        cell=resized(styles.cell),
        cell_center=resized(styles.cell_center),
        header_cell=resized(styles.header_cell),
    )


def _needs(
    heads: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]], columns: int, styles: DocStyles
) -> list[float]:
    needs = [0.0] * columns
    for table_rows, style in ((heads, styles.header_cell), (rows, styles.cell)):
        for row in table_rows:
            for index, value in enumerate(row[:columns]):
                needs[index] = max(needs[index], _word_width(value, style))
    return [need + 2 * CELL_PADDING + 0.5 if need else 0.0 for need in needs]


def _distribute(widths: list[float], needs: list[float]) -> list[float] | None:
    """Widens the columns narrower than their widest word, taking the room from the columns that have some to
    spare (in proportion to it); None when the words cannot fit the total width."""
    deficit = sum(max(need - width, 0) for width, need in zip(widths, needs, strict=True))
    if deficit <= 0:
        return widths
    slack = [max(width - need, 0) for width, need in zip(widths, needs, strict=True)]
    if sum(slack) < deficit:
        return None
    share = deficit / sum(slack)
    return [
        need if need > width else width - spare * share for width, need, spare in zip(widths, needs, slack, strict=True)
    ]


def fit_columns(
    heads: Sequence[Sequence[Any]],
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float | None],
    styles: DocStyles,
    width: float | None = None,
) -> tuple[list[float | None], DocStyles]:
    """Sizes a table's columns so that no word, date, number or identifier has to break inside: a column
    narrower than its widest word gets room from the columns with words to spare; when the words cannot fit the
    width at all, the table's font gets smaller (down to 6 pt).

    Args:
        heads: the header rows.
        rows: the body rows (strings or flowables).
        col_widths: the wished widths; None columns share what is left of ``width``.
        styles: the document styles.
        width: the table's width; without it, the sum of ``col_widths`` (None columns are then left as they are).

    Returns:
        The widths and the styles to build the table with.
    """
    known = sum(w for w in col_widths if w is not None)
    free = [i for i, w in enumerate(col_widths) if w is None]
    if free and width is None:
        return list(col_widths), styles
    total = width if width is not None else known
    widths = [w if w is not None else max(total - known, 0) / len(free) for w in col_widths]
    size = styles.cell.fontSize
    sized = styles
    while True:
        fitted = _distribute(widths, _needs(heads, rows, len(widths), sized))
        if fitted is not None:
            return list(fitted), sized
        if size - 0.5 < MIN_CELL_FONT_SIZE:
            return list(widths), sized
        size -= 0.5
        sized = _sized(styles, size)


def data_table(
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float | None],
    *,
    styles: DocStyles,
    center_columns: Sequence[int] = (),
    extra_style: Sequence[tuple[Any, ...]] = (),
    header_rows: Sequence[Sequence[Any]] | None = None,
    grid: bool = True,
    body_padding: float = 3,
    width: float | None = None,
    fit: bool = True,
    empty_message: str | None = EMPTY_TABLE,
) -> Table:
    """A gridded table whose header repeats on every page and whose rows split cleanly across pages; its columns
    are sized so that no word, date, number or identifier breaks inside (:func:`fit_columns`).

    Args:
        header: header labels (one row; a cell may be a Flowable); ignored when ``header_rows`` is given.
        rows: the rows; a cell is a string (wrapped as a Paragraph) or any Flowable.
        col_widths: widths in points; None columns share what is left of the frame.
        styles: the document styles.
        center_columns: columns whose text cells are centred (No, L/P, dates).
        extra_style: more TableStyle commands (spans, backgrounds).
        header_rows: several header rows, for spanned headers; cells as for ``rows``. An empty list gives a
            table without header (the continuation of another table, see
            :func:`desktop.reports.table_tail.table_with_tail`).
        grid: draw every cell border; False leaves the lines to ``extra_style`` (e.g. a column without an inner
            vertical line).
        body_padding: top and bottom padding of body cells (more for rows people sign in).
        width: the table's width, needed to fit the columns when some of ``col_widths`` are None.
        fit: size the columns from their words; False keeps ``col_widths`` and ``styles`` as given (they were
            fitted already, e.g. by :func:`desktop.reports.table_tail.table_with_tail` for both its parts).
        empty_message: without rows, one row saying so across the whole table (None: no row at all).

    Returns:
        The table; long cells may split inside a row (``splitInRow``), so nothing is clipped.
    """
    heads = [list(row) for row in header_rows] if header_rows is not None else [list(header)]
    if fit:
        col_widths, styles = fit_columns(heads, rows, col_widths, styles, width)
    spans: list[tuple[Any, ...]] = []
    if not rows and empty_message is not None and heads:
        rows = [[Paragraph(text_markup(doc_(empty_message)), styles.cell_center), *[""] * (len(col_widths) - 1)]]
        spans = [("SPAN", (0, len(heads)), (-1, len(heads)))]
    data: list[list[Any]] = [[_cell(value, styles.header_cell) for value in row] for row in heads]
    for row in rows:
        data.append(
            [_cell(value, styles.cell_center if i in center_columns else styles.cell) for i, value in enumerate(row)]
        )
    table = Table(data, colWidths=list(col_widths), repeatRows=len(heads), splitByRow=1, splitInRow=1)
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if heads:
        commands += [
            ("BACKGROUND", (0, 0), (-1, len(heads) - 1), HEADER_BACKGROUND),
            ("VALIGN", (0, 0), (-1, len(heads) - 1), "MIDDLE"),
        ]
    commands += [
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, len(heads)), (-1, -1), body_padding),
        ("BOTTOMPADDING", (0, len(heads)), (-1, -1), body_padding),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if grid:
        commands.insert(0, ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR))
    table.setStyle(TableStyle([*commands, *spans, *extra_style]))
    return table


def _cell(value: Any, style: ParagraphStyle) -> Any:
    if isinstance(value, Flowable):
        return value
    return para(keep_whole("" if value is None else str(value)), style)


def label_table(
    pairs: Sequence[tuple[str, str]], width: float, *, styles: DocStyles, label_width: float = 40 * mm
) -> Table:
    """The ``Label : value`` block under a title (Hari/Tanggal, Waktu, Tempat ...), without grid lines."""
    data = [
        [para(label, styles.body_left), para(":", styles.body_left), para(value, styles.body_left)]
        for label, value in pairs
    ]
    table = Table(data, colWidths=[label_width, 4 * mm, width - label_width - 4 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _numbered_canvas_class(setup: PageSetup, document_number: str) -> type:
    """Makes a canvas class that holds every page until the end, then stamps ``Halaman x dari y`` on each."""

    class NumberedCanvas(canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _height = setup.size
            y = setup.margins.bottom / 2
            self.saveState()
            self.setFont(FONT, FOOTER_FONT_SIZE)
            self.setFillColor(colors.Color(0.25, 0.25, 0.25))
            if document_number:
                self.drawString(
                    setup.margins.left, y, doc_("Nomor: {document_number}").format(document_number=document_number)
                )
            self.drawRightString(
                width - setup.margins.right,
                y,
                doc_("Halaman {pagenumber} dari {total}").format(pagenumber=self._pageNumber, total=total),
            )
            self.restoreState()

    return NumberedCanvas


# Printing and copying allowed, editing and annotating not (the reserved bits as the PDF standard wants them set).
_PERMISSIONS = (
    UserAccessPermissions.R1
    | UserAccessPermissions.R2
    | UserAccessPermissions.PRINT
    | UserAccessPermissions.EXTRACT
    | UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS
    | UserAccessPermissions.PRINT_TO_REPRESENTATION
    | UserAccessPermissions.R7
    | UserAccessPermissions.R8
    | UserAccessPermissions.R13
    | UserAccessPermissions.R14
    | UserAccessPermissions.R15
    | UserAccessPermissions.R16
)


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """Encrypts finished PDF bytes with AES-256 (PDF 2.0, V=5/R=6) so that opening asks for ``password``.

    Printing and copying stay allowed, editing and annotating do not; the owner password that would lift these
    limits is random and kept nowhere.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        permissions_flag=_PERMISSIONS,
        algorithm="AES-256",
    )
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def render_pdf(
    story: list[Flowable],
    *,
    setup: PageSetup,
    document_number: str = "",
    title: str = "",
    author: str = "",
    subject: str = "",
    password: str | None = None,
) -> tuple[bytes, int]:
    """Lays out ``story`` and returns the PDF bytes and the page count (nothing written to disk).

    With a ``password`` the PDF is encrypted (AES-256, :func:`encrypt_pdf`) and asks for it on opening; printing
    and copying stay allowed, editing and annotating do not.
    """
    register_fonts()
    buffer = io.BytesIO()
    page_count = 0

    def count_page(canvas_: Any, _doc: Any) -> None:
        nonlocal page_count
        page_count += 1

    margins = setup.margins
    doc = SimpleDocTemplate(
        buffer,
        pagesize=setup.size,
        topMargin=margins.top,
        rightMargin=margins.right,
        bottomMargin=margins.bottom,
        leftMargin=margins.left,
        title=title,
        author=author,
        subject=subject,
        creator="Konvergensi",
    )
    doc.build(
        story,
        onFirstPage=count_page,
        onLaterPages=count_page,
        canvasmaker=_numbered_canvas_class(setup, document_number),
    )
    data = buffer.getvalue()
    return (encrypt_pdf(data, password) if password else data), page_count


LETTER_BODY_SIZES = (11.0, 10.5, 10.0, 9.5)
"""Body sizes a one-page letter may take, largest first: a letter keeps its closing and signature on its page."""


def one_page_styles(make_story: Callable[[DocStyles], list[Flowable]], setup: PageSetup) -> DocStyles:
    """The styles with the largest body size (of :data:`LETTER_BODY_SIZES`) at which ``make_story`` lays out on
    one page; the smallest when none does (the letter then runs on, as it must)."""
    styles = document_styles(LETTER_BODY_SIZES[0])
    for size in LETTER_BODY_SIZES:
        styles = document_styles(size)
        _data, pages = render_pdf(make_story(styles), setup=setup)
        if pages <= 1:
            break
    return styles


def build_pdf(
    target: Path | str,
    story: list[Flowable],
    *,
    setup: PageSetup,
    document_number: str = "",
    title: str = "",
    author: str = "",
    subject: str = "",
) -> int:
    """Lays out ``story`` and writes the PDF atomically to ``target``.

    Args:
        target: the output file.
        story: the flowables, usually starting with :func:`desktop.reports.kop.kop_flowables`.
        setup: paper, orientation, margins.
        document_number: printed in every page's footer (empty: none).
        title: PDF metadata title.
        author: PDF metadata author (the office).
        subject: PDF metadata subject.

    Returns:
        The number of pages.
    """
    data, pages = render_pdf(
        story, setup=setup, document_number=document_number, title=title, author=author, subject=subject
    )
    atomic_write_bytes(target, data)
    return pages
