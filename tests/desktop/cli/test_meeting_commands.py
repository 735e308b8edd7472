"""``konvergensi meeting list`` and ``konvergensi print minutes|statement|attendance`` on the demo meetings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.context import AppContext
from desktop.services.demo.meetings_demo import fill_demo_meetings
from desktop.services.tasks import TaskControl


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo_dir(office_context: AppContext) -> str:
    """The data folder of a database with the demo meetings."""
    fill_demo_meetings(office_context.session_factory, TaskControl())
    assert fill_demo_meetings(office_context.session_factory, TaskControl()) == "Rapat demo sudah ada."
    return str(office_context.data_dir)


def test_meeting_list(demo_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--data-dir", demo_dir, "meeting", "list")
    assert code == 0
    assert "2024-05-30  Rakor TPPS Kabupaten" in out
    assert out.count("Gebyar Mini Lokakarya Stunting Series II") == 4
    code, out, _ = _run(capsys, "--data-dir", demo_dir, "meeting", "list", "--json")
    data = json.loads(out)
    assert len(data) == 6
    assert {d["region"] for d in data if d["date"] == "2024-10-11"} == {
        "Cibadak",
        "Kalanganyar",
        "Cimarga",
        "Leuwidamar",
    }
    assert set(data[0]) >= {"id", "date", "type", "region", "title"}
    tpps = next(d for d in data if d["type"] == "RAKOR_TPPS_KAB")
    assert (tpps["status"], tpps["version"]) == ("final", 1)
    november = data[0]
    code, out, _ = _run(capsys, "--data-dir", demo_dir, "meeting", "show", str(november["id"]), "--json")
    shown = json.loads(out)
    assert all(action["carried_over"] for action in shown["actions"]) and len(shown["actions"]) == 3


def test_print_documents(demo_dir: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for kind, expected in (
        ("minutes", "NOTULEN RAPAT"),
        ("statement", "Pada hari ini Kamis tanggal tiga puluh bulan Mei tahun dua ribu dua puluh empat (30-05-2024)"),
        ("attendance", "DAFTAR HADIR"),
    ):
        target = tmp_path / f"{kind}.pdf"
        code, out, _ = _run(
            capsys, "--data-dir", demo_dir, "print", kind, "--meeting", "1", "-o", str(target), "--json"
        )
        assert code == 0, out
        assert json.loads(out)["pages"] >= 1
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
        assert expected in text and "PEMERINTAH KABUPATEN LEBAK" in text


def test_print_errors(demo_dir: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(
        capsys, "--data-dir", demo_dir, "print", "minutes", "--meeting", "99", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "Rapat 99 tidak ditemukan." in err
    code, out, _ = _run(
        capsys,
        "--data-dir",
        demo_dir,
        "print",
        "minutes",
        "--meeting",
        "1",
        "--version",
        "5",
        "-o",
        str(tmp_path / "x.pdf"),
        "--json",
    )
    assert code == 1 and json.loads(out) == {"error": "Versi 5 rapat 1 tidak ada."}
    assert not (tmp_path / "x.pdf").exists()


def test_the_statement_warning_goes_to_stderr(
    demo_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """stdout is the result only (a script reads the path from it); the berita acara's warning is a message."""
    code, out, _ = _run(capsys, "--data-dir", demo_dir, "meeting", "list", "--json")
    warned = []
    for meeting in json.loads(out):
        target = tmp_path / f"ba-{meeting['id']}.pdf"
        code, out, err = _run(
            capsys, "--data-dir", demo_dir, "print", "statement", "--meeting", str(meeting["id"]), "-o", str(target)
        )
        assert code == 0 and out.count("\n") == 1 and str(target) in out and "Perhatian" not in out
        if "Perhatian" in err:
            assert err.startswith("Perhatian: berita acara akan menyatakan bahwa")
            code, out, err = _run(
                capsys,
                "--data-dir",
                demo_dir,
                "print",
                "statement",
                "--meeting",
                str(meeting["id"]),
                "-o",
                str(target),
                "--json",
            )
            assert json.loads(out)["warning"].startswith("Perhatian") and "Perhatian" in err
            warned.append(meeting["id"])
    assert warned  # the demo's draft meeting has no decisions yet
