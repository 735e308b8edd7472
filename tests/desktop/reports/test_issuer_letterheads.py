"""Each meeting document carries its series' issuer kop (a kecamatan, the TPPS), else the office's own; edited by
service and by CLI (``office letterhead ...``), read back from the PDFs."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.context import AppContext
from desktop.domain.meetings.records import MeetingData, ParticipantData, SeriesData, Signer
from desktop.domain.office import IssuerLetterheadData
from desktop.services.letterheads import (
    list_letterheads,
    remove_letterhead,
    save_letterhead,
    set_series_letterhead,
)
from desktop.services.meetings.content_service import save_participants
from desktop.services.meetings.meeting_service import create_meeting, list_series, save_series
from desktop.services.meetings.printing import DOCUMENT_KINDS, print_meeting_document
from desktop.services.office import OfficeValidationError, get_office, save_office

OFFICE_KOP = "BADAN PERENCANAAN PEMBANGUNAN"
CIBADAK = IssuerLetterheadData(
    key="kec-cibadak",
    government="Pemerintah Kabupaten Lebak",
    name="Kecamatan Cibadak",
    address="Jalan Raya Cibadak No. 1, Cibadak, Lebak 42357",
    city="Cibadak",
)


def _meeting(context: AppContext, series_name: str, region: str, level: str = "kecamatan") -> tuple[int, int]:
    sf = context.session_factory
    kind = "MINLOK_KEC" if level == "kecamatan" else "RAKOR_TPPS_KAB"
    series = save_series(sf, SeriesData(name=series_name, region_code=region, level=level, meeting_type=kind))
    header = MeetingData(
        series_id=series,
        title=f"Rapat {series_name}",
        region_code=region,
        number="400.5.7/58/Kec.Cib/2024",
        meeting_date=date(2024, 10, 11),
        start_time=time(9, 0),
        place="Aula",
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak", "Pembina (IV/a)", "197001011995031001"),
        secretary=Signer("Rina Marlina", "Notulis"),
    )
    meeting = create_meeting(sf, header).id
    save_participants(sf, meeting, [ParticipantData(name="Bidan Desi", position="Bidan", attendance="hadir")])
    return series, meeting


def _first_page(path: Path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_every_meeting_document_carries_its_issuers_kop(office_context: AppContext, tmp_path: Path, paper: str) -> None:
    sf = office_context.session_factory
    office = get_office(sf)
    assert office is not None
    office.paper_size = paper
    save_office(sf, office)
    save_letterhead(sf, CIBADAK)
    kecamatan_series, kecamatan_meeting = _meeting(office_context, "Minlok Kecamatan Cibadak", "36.02.18")
    _, kabupaten_meeting = _meeting(office_context, "Rakor TPPS", "36.02", level="kabupaten")
    set_series_letterhead(sf, kecamatan_series, "kec-cibadak")
    for kind in DOCUMENT_KINDS:  # notulen, berita acara, daftar hadir, undangan
        ours = tmp_path / f"{kind}-kec.pdf"
        print_meeting_document(sf, kecamatan_meeting, kind, ours)
        text = _first_page(ours)
        assert "PEMERINTAH KABUPATEN LEBAK KECAMATAN CIBADAK" in text, kind
        assert "Jalan Raya Cibadak No. 1" in text and OFFICE_KOP not in text, kind
        theirs = tmp_path / f"{kind}-kab.pdf"
        print_meeting_document(sf, kabupaten_meeting, kind, theirs)
        text = _first_page(theirs)
        assert OFFICE_KOP in text and "KECAMATAN CIBADAK" not in text, kind
    # Back to the office's own kop.
    set_series_letterhead(sf, kecamatan_series, None)
    print_meeting_document(sf, kecamatan_meeting, "minutes", tmp_path / "again.pdf")
    assert OFFICE_KOP in _first_page(tmp_path / "again.pdf")


def test_letterheads_are_validated_and_removed_cleanly(office_context: AppContext, tmp_path: Path) -> None:
    sf = office_context.session_factory
    with pytest.raises(OfficeValidationError) as error:
        save_letterhead(sf, IssuerLetterheadData(key="Kec Cibadak!", government="", name=""))
    assert set(error.value.problems) == {"key", "government", "name"}
    save_letterhead(sf, CIBADAK)
    with pytest.raises(OfficeValidationError, match="sudah dipakai"):
        save_letterhead(sf, CIBADAK)
    series, meeting = _meeting(office_context, "Minlok Kecamatan Cibadak", "36.02.18")
    set_series_letterhead(sf, series, "kec-cibadak")
    assert [s.letterhead_id for s in list_series(sf)] == [list_letterheads(sf)[0].id]
    remove_letterhead(sf, "kec-cibadak")
    assert list_letterheads(sf) == [] and [s.letterhead_id for s in list_series(sf)] == [None]
    print_meeting_document(sf, meeting, "attendance", tmp_path / "hadir.pdf")
    assert OFFICE_KOP in _first_page(tmp_path / "hadir.pdf")
    save_letterhead(sf, CIBADAK)  # the key is free again


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_cli_edits_letterheads_and_chooses_a_series_kop(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(office_context.data_dir)]
    series, meeting = _meeting(office_context, "Minlok Kecamatan Cibadak", "36.02.18")
    add = ["office", "letterhead", "add", "kec-cibadak", "--government", "PEMERINTAH KABUPATEN LEBAK"]
    code, out, _ = _cli(capsys, *data, *add, "--name", "KECAMATAN CIBADAK", "--address", "Jl. Raya Cibadak", "--json")
    assert code == 0 and json.loads(out)["key"] == "kec-cibadak"
    code, out, _ = _cli(capsys, *data, "office", "letterhead", "set", "kec-cibadak", "--address", "Jl. Baru 2")
    assert code == 0
    code, out, _ = _cli(capsys, *data, "office", "letterhead", "list", "--json")
    assert [(item["key"], item["address"]) for item in json.loads(out)] == [("kec-cibadak", "Jl. Baru 2")]
    code, _, _ = _cli(capsys, *data, "office", "letterhead", "use", "kec-cibadak", "--series", str(series))
    assert code == 0
    target = tmp_path / "ba.pdf"
    code, out, _ = _cli(capsys, *data, "print", "statement", "--meeting", str(meeting), "-o", str(target), "--json")
    assert code == 0 and "KECAMATAN CIBADAK" in _first_page(target) and "Jl. Baru 2" in _first_page(target)
    assert "keputusan rapat belum dicatat" in json.loads(out)["warning"]
    code, _, err = _cli(capsys, *data, "office", "letterhead", "use", "tidak-ada", "--series", str(series))
    assert code == 1 and "tidak-ada" in err and "Traceback" not in err
    code, out, _ = _cli(capsys, *data, "office", "set", "--paper", "A4", "--json")
    assert code == 0 and json.loads(out)["paper_size"] == "A4"
    code, _, _ = _cli(capsys, *data, "print", "minutes", "--meeting", str(meeting), "-o", str(target))
    box = PdfReader(target).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)
