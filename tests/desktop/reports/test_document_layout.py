"""Every document the application prints, on F4 and A4, read back for its layout (issue #11).

The demo database gives every report (PDF and XLSX, with and without ``--show-nik``, and an empty variant), the
meeting documents, the desa lists and the Aksi overview; they are generated once for the module.

Words and their boxes are read with poppler's ``pdftotext -bbox`` (installed by .ci/run with pdftoppm).
A PDF fails when a word is split across lines: the last word of a line and the first word of the next line in the
same cell join into a word of the source data (the database's texts, the catalogue's messages, the reports' cells),
which catches broken headers ("Dilaksanaka" / "n"), names, dates ("08-09-202" / "4"), NIK and No. KK, document
numbers and phone numbers alike. An empty table must say "Tidak ada data." on one line across the table.
A workbook fails when a wrapped cell's row has no height, and when LibreOffice's PDF of it has text lines over
each other.
"""

from __future__ import annotations

import html
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop.context import open_context
from desktop.domain.i18n import doc_
from desktop.domain.meetings.records import MeetingData, ParticipantData, Signer
from desktop.paths import DATABASE_FILE, resource_path
from desktop.reports.aksi_overview_pdf import build_year_overview
from desktop.reports.case_list_pdf import build_desa_case_list
from desktop.reports.krs_desa_list_pdf import build_desa_krs_list
from desktop.reports.workbooks.table_workbook import SHEET_NAMES, wrapped_lines
from desktop.services.aksi.overview import year_overview
from desktop.services.cases.desa_list import desa_case_list
from desktop.services.krs.desa_list import desa_verification_list
from desktop.services.meetings.attachments import attach_file
from desktop.services.meetings.content_service import save_participants
from desktop.services.meetings.meeting_service import create_meeting
from desktop.services.meetings.printing import print_meeting_document
from desktop.services.office import get_office, save_office
from desktop.services.reports.catalog import REPORTS, build_report
from desktop.services.reports.cover_letter import write_cover_letter
from desktop.services.reports.export import export_report
from desktop.services.reports.scope import ReportRequest
from tests.desktop.services.reports.demo_fixture import demo_template

__all__ = ["demo_template"]

TODAY = date(2026, 12, 1)
PAPERS = ("F4", "A4")
EMPTY_KECAMATAN = "36.02.01"  # a kecamatan of the demo kabupaten without any demo data
DESA = "36.02.18.2004"
# The catalogue the program ships (the checkout's on Linux, the installed copy in the Windows test run).
CATALOGUE = resource_path("translations", "konvergensi.pot")
# Reports with no row for a kecamatan without data (Minlok lists every month, Aksi is kabupaten-wide).
EMPTY_REPORTS = ("krs", "cases", "rtl", "krs-list", "cases-list")
PUNCTUATION = ".,;:()[]\"'"
# The demo's children are weighed in 2026 and the case reports count a year's measurements: those reports are
# of 2026, printed after the year is over (a year-end state, like the 2024 reports).
CASE_REPORTS = ("cases", "cases-list")
CASE_YEAR, CASE_TODAY = 2026, date(2027, 1, 11)
MEETINGS = (1, 2, 6)  # TPPS rapat terbatas (office kop), a kecamatan Minlok (Cibadak's kop), a draft Minlok
PHOTO_MEETING = 2
PHOTO_CAPTIONS = ("Pembukaan Mini Lokakarya oleh Camat Cibadak", "Diskusi kelompok kader posyandu")
# The documents the layout checks read besides the reports, per paper.
OTHER_DOCUMENTS = (
    *[f"{kind}-{meeting}" for meeting in MEETINGS for kind in ("minutes", "statement", "attendance", "invitation")],
    "attendance-before-1",
    "invitation-named",
    f"minutes-photos-{PHOTO_MEETING}",
    "cover-letter",
    "desa-cases",
    "desa-krs",
    "aksi-overview",
)


@dataclass
class Documents:
    """The generated files and the words of their source data."""

    folder: Path
    pdfs: dict[str, Path]
    xlsx: dict[str, Path]
    vocabulary: set[str]
    database: Path


def _words_of(text: str) -> set[str]:
    return {word.strip(PUNCTUATION) for word in text.split() if word.strip(PUNCTUATION)}


def _database_words(database: Path) -> set[str]:
    """Every word of every text value in the database, and its dates as printed (dd-mm-yyyy)."""
    words: set[str] = set()
    connection = sqlite3.connect(database)
    try:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if "fts" not in name and not name.startswith("sqlite")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str) and len(value) < 2000:
                        words |= _words_of(value)
                        match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}).*", value)
                        if match:
                            words.add(f"{match[3]}-{match[2]}-{match[1]}")
    finally:
        connection.close()
    return words


def _catalogue_words() -> set[str]:
    text = CATALOGUE.read_text(encoding="utf-8")
    messages = re.findall(r'^msgid "(.*)"$', text, flags=re.MULTILINE)
    words: set[str] = set()
    for message in messages:
        words |= _words_of(re.sub(r"\{[a-z_0-9]+\}", " ", message.replace("\\n", " ")))
    return words


def _variants(key: str) -> list[tuple[str, dict[str, Any]]]:
    """The requests of one report: as is, for a kecamatan without data, with full NIK."""
    variants: list[tuple[str, dict[str, Any]]] = [("", {})]
    if key in EMPTY_REPORTS:
        variants.append(("-kosong", {"kecamatan_code": EMPTY_KECAMATAN}))
    if REPORTS[key].personal:
        variants.append(("-nik", {"show_nik": True}))
    return variants


def _request(key: str, **options: Any) -> ReportRequest:
    if key in CASE_REPORTS:
        return ReportRequest(key, CASE_YEAR, today=CASE_TODAY, **options)
    return ReportRequest(key, 2024, today=TODAY, **options)


def _reports(factory: Any, folder: Path, paper: str, documents: Documents) -> None:
    """Every report and variant as PDF and XLSX; on the first paper, their cells go into the vocabulary."""
    for key in REPORTS:
        for suffix, options in _variants(key):
            request = _request(key, **options)
            if paper == PAPERS[0]:
                rows = build_report(factory, request).materialized_rows()
                assert bool(rows) != (suffix == "-kosong"), (key, suffix)
                for row in rows:
                    for value in row:
                        documents.vocabulary |= _words_of(str(value))
            name = f"{key}{suffix}-{paper}"
            for file_format, files in (("pdf", documents.pdfs), ("xlsx", documents.xlsx)):
                files[name] = folder / f"{name}.{file_format}"
                export_report(factory, request, files[name], file_format=file_format)


def _others(factory: Any, files_dir: Path, folder: Path, paper: str, pdfs: dict[str, Path]) -> None:
    """The meeting documents (undangan with its list of invitees, notulen with its photo lampiran), the surat
    pengantar, the desa lists and the Aksi overview."""
    for meeting in MEETINGS:
        for kind in ("minutes", "statement", "attendance", "invitation"):
            pdfs[f"{kind}-{meeting}-{paper}"] = folder / f"{kind}-{meeting}-{paper}.pdf"
            print_meeting_document(factory, meeting, kind, pdfs[f"{kind}-{meeting}-{paper}"])
    pdfs[f"attendance-before-1-{paper}"] = folder / f"attendance-before-1-{paper}.pdf"
    print_meeting_document(factory, 1, "attendance", pdfs[f"attendance-before-1-{paper}"], after=False)
    pdfs[f"invitation-named-{paper}"] = folder / f"invitation-named-{paper}.pdf"
    print_meeting_document(factory, NAMED_MEETING[0], "invitation", pdfs[f"invitation-named-{paper}"])
    name = f"minutes-photos-{PHOTO_MEETING}-{paper}"
    pdfs[name] = folder / f"{name}.pdf"
    print_meeting_document(factory, PHOTO_MEETING, "minutes", pdfs[name], files_dir=files_dir)
    pdfs[f"cover-letter-{paper}"] = folder / f"cover-letter-{paper}.pdf"
    write_cover_letter(factory, 2024, list(REPORTS), pdfs[f"cover-letter-{paper}"], issued_on=TODAY)
    pdfs[f"desa-cases-{paper}"] = folder / f"desa-cases-{paper}.pdf"
    build_desa_case_list(pdfs[f"desa-cases-{paper}"], desa_case_list(factory, DESA, TODAY))
    pdfs[f"desa-krs-{paper}"] = folder / f"desa-krs-{paper}.pdf"
    build_desa_krs_list(pdfs[f"desa-krs-{paper}"], desa_verification_list(factory, DESA, TODAY))
    pdfs[f"aksi-overview-{paper}"] = folder / f"aksi-overview-{paper}.pdf"
    overview = year_overview(factory, 2024, TODAY)
    assert overview is not None
    build_year_overview(pdfs[f"aksi-overview-{paper}"], overview)


NAMED_MEETING: list[int] = []


def _small_meeting(factory: Any) -> int:
    """A meeting of Cibadak's series with three invitees, named in the undangan's address (no list attached)."""
    header = MeetingData(
        series_id=2,
        title="Rapat Koordinasi Tim Pendamping Keluarga Desa Cibadak",
        region_code="36.02.18",
        number="400.5.7/61/Kec.Cib/2024",
        meeting_date=date(2024, 11, 20),
        start_time=time(9, 0),
        end_time=time(11, 30),
        place="Aula Kantor Kecamatan Cibadak",
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak", "Pembina (IV/a)", "197001011995031001"),
        secretary=Signer("Siti Nurjanah, A.Md.Keb.", "Notulis"),
    )
    meeting = create_meeting(factory, header).id
    people = [
        ParticipantData(name="Hj. Euis Komariah, S.ST.", position="Bidan Koordinator", institution="Puskesmas Cibadak"),
        ParticipantData(name="Ujang Saepudin", position="Kepala Desa", institution="Pemerintah Desa Cibadak"),
        ParticipantData(name="Ai Rohmah", position="Kader TPK", institution="TPK Desa Cibadak"),
    ]
    save_participants(factory, meeting, people)
    return meeting


def _attach_photos(factory: Any, files_dir: Path, folder: Path) -> None:
    """Two photos (landscape and portrait) for the notulen's dokumentasi lampiran."""
    from PIL import Image

    for (width, height), caption in zip(((1600, 900), (700, 1000)), PHOTO_CAPTIONS, strict=True):
        photo = folder / f"foto-{width}.jpg"
        Image.new("RGB", (width, height), (30, 110, 190)).save(photo)
        attach_file(factory, files_dir, PHOTO_MEETING, photo, caption)


def _generate(folder: Path, data_dir: Path) -> Documents:
    documents = Documents(
        folder, {}, {}, _database_words(data_dir / DATABASE_FILE) | _catalogue_words(), data_dir / DATABASE_FILE
    )
    context = open_context(data_dir)
    try:
        _attach_photos(context.session_factory, context.files_dir, folder)
        NAMED_MEETING[:] = [_small_meeting(context.session_factory)]
        for paper in PAPERS:
            office = get_office(context.session_factory)
            assert office is not None
            save_office(context.session_factory, replace(office, paper_size=paper))
            _reports(context.session_factory, folder, paper, documents)
            _others(context.session_factory, context.files_dir, folder, paper, documents.pdfs)
    finally:
        context.dispose()
    return documents


# The documents are generated once per run: under pytest-xdist this module's tests stay in one worker, and the
# fixture is session-scoped because that worker may run other modules' tests between them (a module-scoped one was
# torn down and built again, 104 s each time).
pytestmark = pytest.mark.xdist_group("document-layout")


@pytest.fixture(scope="session")
def documents(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Documents]:
    """Every document type, on F4 and A4, from a copy of the demo database."""
    data_dir = tmp_path_factory.mktemp("layout-data")
    shutil.copy(demo_template, data_dir / DATABASE_FILE)
    yield _generate(tmp_path_factory.mktemp("layout-documents"), data_dir)


@dataclass(frozen=True)
class Word:
    """A word read back with its box (points from the page's top left)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def _pages(path: Path) -> list[tuple[float, list[Word]]]:
    """Each page's width and words with their boxes (poppler's ``pdftotext -bbox``, fast on long lists)."""
    result = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True, timeout=120
    )
    pages: list[tuple[float, list[Word]]] = []
    for chunk in result.stdout.split("<page ")[1:]:
        width = float(re.search(r'width="([\d.]+)"', chunk)[1])  # type: ignore[index]
        words = [
            Word(html.unescape(text), float(x0), float(x1), float(top), float(bottom))
            for x0, top, x1, bottom, text in _WORD.findall(chunk)
        ]
        pages.append((width, words))
    return pages


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines (same top, within half a point), each sorted left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.top * 2), w.x0)):
        if lines and abs(lines[-1][0].top - word.top) < 0.5:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _runs(line: list[Word]) -> list[list[Word]]:
    """Consecutive words of a line closer than a wide space: the text of one cell (or one paragraph line)."""
    runs: list[list[Word]] = []
    for word in line:
        height = word.bottom - word.top
        if runs and word.x0 - runs[-1][-1].x1 < 0.6 * height:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


_PREFIXES: dict[int, set[str]] = {}


def _prefixes(vocabulary: set[str]) -> set[str]:
    if id(vocabulary) not in _PREFIXES:
        _PREFIXES[id(vocabulary)] = {word[:end] for word in vocabulary for end in range(1, len(word))}
    return _PREFIXES[id(vocabulary)]


def _starts_below(lines: list[list[Word]], runs: list[list[list[Word]]], index: int) -> list[list[Word]]:
    """The runs starting on the line right below line ``index``."""
    height = lines[index][0].bottom - lines[index][0].top
    below: list[list[Word]] = []
    for later in range(index + 1, len(lines)):
        distance = lines[later][0].top - lines[index][0].top
        if distance >= 1.8 * height:
            break
        if distance > 0.5 * height:
            below += [[*run, Word(str(later), 0, 0, 0, 0)] for run in runs[later]]  # the line index rides along
    return below


def broken_words(path: Path, vocabulary: set[str]) -> list[str]:
    """Words of the source data printed split across lines of the same cell, as ``page: "left" + "right"``.

    A piece that ends a cell's line and is no word of its own is joined with the first word of the cell's next
    line (and the one after, while the joined text is still the start of a word); the join being a word of the
    source data is a broken word.
    """
    prefixes = _prefixes(vocabulary)
    found: list[str] = []
    for number, (_width, words) in enumerate(_pages(path), start=1):
        lines = _lines(words)
        runs = [_runs(line) for line in lines]
        for index in range(len(lines)):
            for run in runs[index]:
                left = run[-1].text.strip(PUNCTUATION)
                if not left or left in vocabulary or left not in prefixes:
                    continue
                pieces, row, x0, x1 = [run[-1].text], index, run[0].x0, run[-1].x1
                while True:
                    below = [b for b in _starts_below(lines, runs, row) if b[0].x0 < x1 + 2 and b[0].x1 > x0 - 2]
                    if not below:
                        break
                    first = below[0]
                    joined = ("".join(pieces) + first[0].text).strip(PUNCTUATION)
                    pieces.append(first[0].text)
                    if joined in vocabulary:
                        found.append(f'{number}: "' + '" + "'.join(pieces) + '"')
                        break
                    if joined not in prefixes or len(first) > 2:  # a piece that did not fill its line ends it
                        break
                    row, x0, x1 = int(first[-1].text), first[0].x0, first[0].x1
    return found


def _document_names() -> list[str]:
    names = []
    for paper in PAPERS:
        for key, spec in REPORTS.items():
            names += [f"{key}-{paper}"] + ([f"{key}-kosong-{paper}"] if key in EMPTY_REPORTS else [])
            names += [f"{key}-nik-{paper}"] if spec.personal else []
        names += [f"{other}-{paper}" for other in OTHER_DOCUMENTS]
    return names


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")


@needs_poppler
@pytest.mark.parametrize("name", _document_names())
def test_no_word_is_split_across_lines(documents: Documents, name: str) -> None:
    assert broken_words(documents.pdfs[name], documents.vocabulary) == []


@needs_poppler
def test_the_check_finds_a_split_word(tmp_path: Path) -> None:
    """The checker itself: a cell too narrow for "Dilaksanakan" and a date is reported."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from desktop.reports.pdf_base import PageSetup, build_pdf, document_styles, para

    styles = document_styles()
    cell = Table([[para("Dilaksanakan 08-09-2024", styles.cell)]], colWidths=[14 * mm])
    build_pdf(tmp_path / "narrow.pdf", [cell], setup=PageSetup())
    found = broken_words(tmp_path / "narrow.pdf", {"Dilaksanakan", "08-09-2024"})
    assert found == ['1: "Dilaks" + "anaka" + "n"', '1: "08-0" + "9-202" + "4"']


@needs_poppler
@pytest.mark.parametrize("name", [f"{key}-kosong-{paper}" for paper in PAPERS for key in EMPTY_REPORTS])
def test_an_empty_report_says_so_on_one_line(documents: Documents, name: str) -> None:
    width, words = _pages(documents.pdfs[name])[0]
    for line in _lines(words):
        text = " ".join(word.text for word in line)
        if "Tidak ada data." in text:
            message = [w for w in line if w.text in {"Tidak", "ada", "data."}]
            # Centred across the table: the message's middle is near the frame's middle.
            middle = (message[0].x0 + message[-1].x1) / 2
            assert abs(middle - width / 2) < 30, (middle, width)
            return
    pytest.fail(f"{name}: 'Tidak ada data.' is not on one line")


def test_a_password_encrypts_with_aes_256(documents: Documents, tmp_path: Path) -> None:
    from pypdf import PdfReader

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(documents.database, data_dir / DATABASE_FILE)
    context = open_context(data_dir)
    try:
        request = ReportRequest("krs-list", 2024, today=TODAY, desa_code=DESA)
        export_report(context.session_factory, request, tmp_path / "kunci.pdf", file_format="pdf", password="kunci")
    finally:
        context.dispose()
    reader = PdfReader(tmp_path / "kunci.pdf")
    encryption = reader.trailer["/Encrypt"].get_object()
    assert (encryption["/V"], encryption["/R"]) == (5, 6)
    assert encryption["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    permissions = int(encryption["/P"])
    assert permissions & 4 and permissions & 16  # printing and copying
    assert not permissions & 8 and not permissions & 32  # no editing, no annotating
    assert reader.decrypt("salah") == 0
    assert reader.decrypt("kunci") != 0
    assert "DAFTAR KELUARGA BERISIKO STUNTING" in reader.pages[0].extract_text()


@pytest.mark.parametrize("name", [f"{key}-{paper}" for paper in PAPERS for key in REPORTS])
def test_workbook_rows_of_wrapped_text_have_heights(documents: Documents, name: str) -> None:
    workbook = load_workbook(documents.xlsx[name])
    sheet = workbook.active
    assert sheet is not None
    assert sheet.title == doc_(SHEET_NAMES[name.rsplit("-", 1)[0]]) and len(sheet.title) <= 31
    assert sheet["A1"].font.name and sheet["A3"].font.name
    # The kop: office name with address and contact under it, the double rule, the emblem at the top left.
    assert "Jalan R.T. Hardiwinangun" in str(sheet["A2"].value) and "Telp. (0252)" in str(sheet["A2"].value)
    assert sheet["A2"].border.bottom.style == "double"
    assert len(sheet._images) == 1
    assert "Mengetahui," not in [cell.value for row in sheet.iter_rows() for cell in row]
    # The office's document number (its pattern, the serial left blank as on the surat pengantar) in the kop.
    assert re.fullmatch(r"Nomor: 400\.5\.7/___/Bapelitbangda/20\d\d", str(sheet["A7"].value))
    checked = 0
    for row in sheet.iter_rows(min_row=9):
        for cell in row:
            if cell.alignment.wrap_text and isinstance(cell.value, str) and len(cell.value) > 12:
                letter = cell.column_letter
                width = sheet.column_dimensions[letter].width
                if wrapped_lines(cell.value, width) > 1:
                    height = sheet.row_dimensions[cell.row].height
                    assert height is not None and height >= 2 * 15, (cell.coordinate, cell.value, height)
                    checked += 1
    if name.split("-")[0] in {"aksi", "rtl"}:
        assert checked, "no wrapped cell was checked"


def _overlaps(path: Path) -> list[str]:
    """Words of different lines whose boxes intersect (text printed over other text)."""
    found = []
    for number, (_width, words) in enumerate(_pages(path), start=1):
        words.sort(key=lambda w: w.top)
        for index, word in enumerate(words):
            for other in words[index + 1 :]:
                if other.top >= word.bottom:
                    break
                if abs(other.top - word.top) < 1:
                    continue  # same line
                # Boxes include ascent and descent: lines set solid touch a little; a third of a line is text on text.
                shared = min(word.bottom, other.bottom) - other.top
                if shared < 0.35 * min(word.bottom - word.top, other.bottom - other.top):
                    continue
                if other.x0 < word.x1 - 0.5 and other.x1 > word.x0 + 0.5:
                    found.append(f'{number}: "{word.text}" / "{other.text}"')
    return found


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_the_workbooks_without_overlapping_text(documents: Documents, tmp_path: Path) -> None:
    # The recaps, whose cells wrap (the by-name lists do not wrap, and are long to convert).
    names = [f"{key}-{paper}" for paper in PAPERS for key, spec in REPORTS.items() if not spec.personal]
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *[str(documents.xlsx[name]) for name in names],
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    problems = {name: _overlaps(tmp_path / "pdf" / f"{name}.pdf") for name in names}
    assert {name: found[:5] for name, found in problems.items() if found} == {}
    # The last printed page holds table rows with the notes and the signature, never these alone under the
    # repeated header: a word of the table's last row (or total) is on it.
    alone = {}
    for name in names:
        sheet = load_workbook(documents.xlsx[name]).active
        assert sheet is not None
        last = max(row for row in range(9, sheet.max_row + 1) if sheet.cell(row, 1).border.left.style == "thin")
        expected = {word for cell in sheet[last] if isinstance(cell.value, str) for word in cell.value.split()}
        _width, words = _pages(tmp_path / "pdf" / f"{name}.pdf")[-1]
        if not expected & {word.text for word in words}:
            alone[name] = sorted(expected)
    assert alone == {}


@pytest.mark.parametrize("paper", PAPERS)
def test_krs_worksheet_sets_paper_on_every_sheet_and_dates_in_indonesian(
    documents: Documents, tmp_path: Path, paper: str
) -> None:
    from desktop.domain.dates import long_date
    from desktop.reports.workbooks.print_setup import paper_code
    from desktop.services.krs.worksheet_export import export_worksheet

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(documents.database, data_dir / DATABASE_FILE)
    context = open_context(data_dir)
    try:
        office = get_office(context.session_factory)
        assert office is not None
        save_office(context.session_factory, replace(office, paper_size=paper))
        export_worksheet(context.session_factory, DESA, tmp_path / "lembar.xlsx")
    finally:
        context.dispose()
    workbook = load_workbook(tmp_path / "lembar.xlsx")
    assert len(workbook.worksheets) >= 2
    for sheet in workbook.worksheets:
        assert sheet.page_setup.paperSize == int(paper_code(paper)), sheet.title
        assert sheet.page_setup.orientation in {"portrait", "landscape"}, sheet.title
    data = workbook.worksheets[1]
    assert data.page_setup.orientation == "landscape"
    assert long_date(date.today()) in str(data["B2"].value)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", str(data["B2"].value))


def _text(path: Path) -> str:
    return "\n".join(" ".join(word.text for word in line) for _w, words in _pages(path) for line in _lines(words))


@needs_poppler
@pytest.mark.parametrize("paper", PAPERS)
def test_the_wording_of_reports(documents: Documents, paper: str) -> None:
    """'Mengetahui,' only over a second signer; the framework's name, not its code; a year that is over is not
    reported 'keadaan per' the printing day."""
    for name in [f"{key}-{paper}" for key in REPORTS] + [f"desa-cases-{paper}", f"aksi-overview-{paper}"]:
        assert "Mengetahui," not in _text(documents.pdfs[name]), name
    assert "Mengetahui," in _text(documents.pdfs[f"desa-krs-{paper}"])  # the kepala desa over the TPK coordinator
    aksi = _text(documents.pdfs[f"aksi-{paper}"])
    assert "aksi-2019-2024" not in aksi and "8 Aksi Konvergensi Percepatan Penurunan Stunting" in aksi
    cases = _text(documents.pdfs[f"cases-{paper}"])
    assert "keadaan akhir tahun" in cases and "keadaan per" not in cases


@needs_poppler
@pytest.mark.parametrize("paper", PAPERS)
def test_aksi_overview_dates_stay_on_one_line(documents: Documents, paper: str) -> None:
    months = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
    checked = 0
    for _width, words in _pages(documents.pdfs[f"aksi-overview-{paper}"]):
        for line in _lines(words):
            for index, word in enumerate(line):
                if word.text in months:
                    day, year = (
                        line[index - 1].text if index else "",
                        line[index + 1].text if index + 1 < len(line) else "",
                    )
                    assert day.isdigit() and re.fullmatch(r"\d{4}", year), [w.text for w in line]
                    checked += 1
    assert checked >= 16


@needs_poppler
@pytest.mark.parametrize("paper", PAPERS)
def test_a_report_pdf_carries_the_document_number(documents: Documents, paper: str) -> None:
    for key in REPORTS:
        pages = _pages(documents.pdfs[f"{key}-{paper}"])
        for _width, words in pages:
            line = " ".join(word.text for word in _lines(words)[-1])
            assert re.match(r"Nomor: 400\.5\.7/___/Bapelitbangda/20\d\d\b", line), (key, line)


def test_a_number_given_to_the_export_is_read_back(documents: Documents, tmp_path: Path) -> None:
    from pypdf import PdfReader

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(documents.database, data_dir / DATABASE_FILE)
    number = "400.5.7/214/Bapelitbangda/2024"
    context = open_context(data_dir)
    try:
        request = ReportRequest("krs", 2024, today=TODAY)
        for file_format in ("xlsx", "pdf"):
            export_report(
                context.session_factory, request, tmp_path / f"r.{file_format}", file_format=file_format, number=number
            )
    finally:
        context.dispose()
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    assert sheet["A7"].value == f"Nomor: {number}" and sheet["A6"].value == "Dibuat tanggal 1 Desember 2026"
    assert f"Nomor: {number}" in PdfReader(tmp_path / "r.pdf").pages[-1].extract_text()


LETTERS = [
    f"{letter}-{paper}"
    for paper in PAPERS
    for letter in ("cover-letter", "invitation-1", "invitation-2", "invitation-named")
]


@needs_poppler
@pytest.mark.parametrize("name", LETTERS)
def test_a_letter_keeps_its_closing_and_signature_on_its_page(documents: Documents, name: str) -> None:
    """The surat pengantar and the undangan are one page each (the list of invitees follows on its own); the
    surat pengantar names the framework, not its code."""
    pages = _pages(documents.pdfs[name])
    first = " ".join(word.text for word in pages[0][1])
    assert "terima kasih." in first and "NIP" in first, name
    if name.startswith("invitation-named"):  # three invitees: named in the address, no list attached
        assert len(pages) == 1 and "1. Hj. Euis Komariah, S.ST., Bidan Koordinator, Puskesmas Cibadak" in first
        lines = _text(documents.pdfs[name]).splitlines()
        assert "Lampiran : -" in lines and "terlampir" not in first
    elif name.startswith("cover-letter"):
        assert len(pages) == 1
        assert "aksi-2019-2024" not in first and "8 Aksi Konvergensi Percepatan Penurunan Stunting" in first
    else:
        assert len(pages) == 2 and "DAFTAR UNDANGAN" in " ".join(word.text for word in pages[1][1])
