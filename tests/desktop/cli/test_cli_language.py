"""The command line speaks Bahasa Indonesia: argparse's help and errors, and OS errors, through the real CLI."""

from __future__ import annotations

import argparse
import errno
import inspect
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import build_parser, main
from desktop.cli.indonesian_argparse import DEVELOPER_MESSAGES, MESSAGES, PLURAL_MESSAGES
from desktop.preferences import save_language
from desktop.services.os_errors import describe_os_error

# What argparse and the C library print in English; none of it may reach a user of konvergensi.
ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "show this help message and exit",
    "show program's version number",
    "error:",
    "the following arguments are required",
    "invalid choice",
    "unrecognized arguments",
    "expected one argument",
    "No such file or directory",
    "Permission denied",
    "Traceback",
)


ZSCORE_80CM = ("cases", "zscore", "--sex", "L", "--birth", "2020-01-01", "--measured", "2022-01-01", "--height", "80")


def _assert_indonesian(text: str) -> None:
    found = [word for word in ENGLISH if word in text]
    assert not found, f"English left in the output: {found}\n{text}"


def _exit_output(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as raised:
        main(list(args))
    captured = capsys.readouterr()
    return int(raised.value.code or 0), captured.out, captured.err


def _command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield prefix
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _command_paths(child, (*prefix, name))


def test_every_help_text_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    paths = list(_command_paths(build_parser()))
    assert ("krs", "import") in paths and ("cases", "import") in paths and len(paths) > 30
    for path in paths:
        code, out, err = _exit_output(capsys, *path, "--help")
        assert code == 0, path
        assert out.startswith("penggunaan: konvergensi"), (path, out)
        assert "opsi:" in out and "tampilkan bantuan ini lalu keluar" in out, path
        _assert_indonesian(out + err)


def test_version_help_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = _exit_output(capsys, "--help")
    assert "--version       tampilkan versi program lalu keluar" in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("krs", "--bogus"), "argumen berikut wajib diisi: PERINTAH"),
        (("krs", "import"), "argumen berikut wajib diisi: BERKAS"),
        (("krs", "bogus"), "pilihan tidak sah: 'bogus'"),
        (("db", "check", "--bogus"), "argumen tidak dikenal: --bogus"),
        (("krs", "progress", "--kecamatan"), "argumen --kecamatan: perlu satu nilai"),
        (("cases", "zscore", "--sex", "X"), "argumen --sex: pilihan tidak sah: 'X'"),
        (
            ("cases", "zscore", "--sex", "L", "--birth", "2020-01-01", "--measured", "2022-01-01", "--height", "abc"),
            "argumen --height: harus angka antara 0 dan 300: 'abc'",
        ),
        (
            (*ZSCORE_80CM, "--method", "H", "--weight", "1e308"),
            "argumen --weight: harus angka antara 0 dan 300: '1e308'",
        ),
        (("aksi", "list", "--year", "99999"), "argumen --year: tahun harus 4 angka antara 2000 dan 2100: '99999'"),
        (("export", "rtl", "--year", "dua ribu", "-o", "x.pdf"), "argumen --year: tahun harus 4 angka"),
        (("export", "bogus"), "argumen LAPORAN: pilihan tidak sah: 'bogus'"),
    ],
)
def test_argument_errors_are_indonesian(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: str
) -> None:
    code, out, err = _exit_output(capsys, *args)
    assert code == 2
    assert err.startswith("penggunaan: konvergensi")
    assert ": galat: " in err and expected in err, err
    _assert_indonesian(out + err)


def test_other_parsers_in_the_process_keep_their_language(capsys: pytest.CaptureFixture[str]) -> None:
    _exit_output(capsys, "krs", "--bogus")
    # The translation is in force only while konvergensi's own parser runs (pytest's parser is argparse too).
    assert argparse.ArgumentParser(prog="other").format_usage().startswith("usage: other")


def test_missing_input_file_is_one_indonesian_sentence(tmp_path: Path) -> None:
    # A child process: what a user at a terminal sees, stdout and stderr together.
    missing = tmp_path / "tidak-ada.xlsx"
    for command in (["krs", "import"], ["cases", "import"], ["krs", "worksheet", "import"]):
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), *command, str(missing)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert result.returncode == 1, command
        assert result.stderr.strip() == f"Galat: Berkas {missing} tidak ada (periksa nama dan foldernya).", command
        _assert_indonesian(result.stdout + result.stderr)


def test_output_into_a_missing_folder_or_onto_a_folder_is_one_indonesian_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "belum-ada" / "rtl.pdf"
    data = str(tmp_path / "data")
    code = main(["--data-dir", data, "export", "rtl", "--year", "2024", "--format", "pdf", "-o", str(target)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err == f"Galat: Folder {target.parent} tidak ada.\n"
    folder = tmp_path / "sebuah-folder"
    folder.mkdir()
    code = main(["--data-dir", data, "krs", "template", "-o", str(folder)])
    captured2 = capsys.readouterr()
    assert code == 1
    assert captured2.err == f"Galat: Berkas {folder} adalah folder, bukan berkas.\n"
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["data", "sebuah-folder"]
    _assert_indonesian(captured.out + captured.err + captured2.out + captured2.err)


def test_os_error_sentences(tmp_path: Path) -> None:
    missing = tmp_path / "b.xlsx"
    assert describe_os_error(FileNotFoundError(errno.ENOENT, "No such file or directory", str(missing))) == (
        f"Berkas {missing} tidak ada (periksa nama dan foldernya)."
    )
    assert describe_os_error(PermissionError(errno.EACCES, "Permission denied"), tmp_path / "x.csv") == (
        f"Berkas {tmp_path / 'x.csv'} tidak boleh dibuka atau ditulis: tidak ada izin, atau berkas sedang dibuka "
        "program lain."
    )
    assert describe_os_error(OSError(errno.ENOSPC, "No space left on device", "/d/x")).endswith("disk penuh.")
    assert describe_os_error(FileNotFoundError(errno.ENOENT, "No such file", str(tmp_path / "a" / "b.pdf"))) == (
        f"Folder {tmp_path / 'a'} tidak ada."
    )
    assert describe_os_error(OSError("something odd")) == "Berkas tidak dapat dibaca atau ditulis."
    sharing = PermissionError(errno.EACCES, "The process cannot access the file", "C:\\x.xlsx")
    sharing.winerror = 32  # what Windows sets when Excel holds the file open
    assert describe_os_error(sharing) == (
        "Berkas C:\\x.xlsx sedang dibuka program lain (mis. Excel); tutup dulu lalu coba lagi."
    )
    with pytest.raises(IsADirectoryError) as raised:
        tmp_path.joinpath().open("rb")
    assert describe_os_error(raised.value) == f"Berkas {tmp_path} adalah folder, bukan berkas."


def test_every_message_argparse_can_show_a_user_is_translated() -> None:
    # Read from this Python's argparse: a new release that adds a message fails here instead of printing English.
    source = inspect.getsource(argparse)
    ids = set(re.findall(r"""\b_\(\s*(?:'([^']*)'|"([^"]*)")\s*[,)]""", source))
    found = {(single or double).replace("\\n", "\n") for single, double in ids}
    plural = set(re.findall(r"""ngettext\(\s*'([^']*)',\s*'([^']*)'""", source))
    assert found and plural
    assert found - DEVELOPER_MESSAGES - set(MESSAGES) == set()
    assert {text for pair in plural for text in pair} - DEVELOPER_MESSAGES - set(PLURAL_MESSAGES) == set()
    # Placeholders survive translation.
    for english, indonesian in MESSAGES.items():
        assert set(re.findall(r"%\(\w+\)[sr]|%[sr]", indonesian)) <= set(re.findall(r"%\(\w+\)[sr]|%[sr]", english))


def test_unusable_database_url_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for url in ("foo://x", "bukan url"):
        code = main(["--data-dir", str(tmp_path), "--database", url, "db", "check"])
        captured = capsys.readouterr()
        assert code == 2
        assert captured.err.startswith("Galat: URL database (--database atau KONVERGENSI_DATABASE_URL) tidak dapat")
        _assert_indonesian(captured.out + captured.err)


def test_unexpected_error_is_one_sentence_and_the_traceback_goes_to_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A database whose revision table contradicts itself (the head and an older revision at once): nothing any
    # handler expects. (A database of a newer Konvergensi, used here before, is now refused with a sentence of
    # its own: tests/desktop/hardening/test_newer_database.py.)
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "db", "upgrade"]) == 0
    with sqlite3.connect(data_dir / "konvergensi.sqlite3") as connection:
        connection.execute("INSERT INTO alembic_version (version_num) VALUES ('0004')")
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "krs", "worksheet", "import", str(tmp_path / "lembar.xlsx")])
    captured = capsys.readouterr()
    log = data_dir / "logs" / "konvergensi.log"
    assert code == 70
    assert captured.err == (
        "Galat: terjadi kesalahan tak terduga saat menjalankan perintah 'krs worksheet import'. "
        f"Rincian teknis dicatat di {log}; kirimkan berkas itu kepada pengembang.\n"
    )
    _assert_indonesian(captured.out + captured.err)
    text = log.read_text(encoding="utf-8")
    assert "unexpected error in command 'krs'" in text and "Traceback" in text and "revisions 0004" in text


def _konvergensi(data_dir: Path, *args: str, language: str | None) -> subprocess.CompletedProcess[str]:
    """Runs the real command in a child process, with ``$KONVERGENSI_LANGUAGE`` set to ``language`` or unset."""
    env = {key: value for key, value in os.environ.items() if key != "KONVERGENSI_LANGUAGE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if language is not None:
        env["KONVERGENSI_LANGUAGE"] = language
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


def test_with_the_interface_in_english_argparse_and_our_help_speak_english(tmp_path: Path) -> None:
    shown = _konvergensi(tmp_path, "--help", language="en")
    assert shown.returncode == 0
    assert shown.stdout.startswith("usage: konvergensi")
    assert "options:" in shown.stdout and "show this help message and exit" in shown.stdout
    assert "database maintenance" in shown.stdout  # our own help line of "db"
    assert "penggunaan" not in shown.stdout and "pemeliharaan database" not in shown.stdout

    missing_argument = _konvergensi(tmp_path, "krs", "import", language="en")
    assert missing_argument.returncode == 2
    assert "konvergensi krs import: error: the following arguments are required: FILE" in missing_argument.stderr


def test_with_the_interface_in_english_a_service_refusal_is_english(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada.xlsx"
    refused = _konvergensi(tmp_path / "data", "krs", "import", str(missing), language="en")
    assert refused.returncode == 1
    assert refused.stderr.strip() == f"Error: The file {missing} does not exist (check the name and its folder)."

    unknown = _konvergensi(tmp_path / "data", "region", "show", "99.99", language="en")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "Error: unknown region code 99.99"


def test_without_the_variable_the_same_commands_speak_indonesian(tmp_path: Path) -> None:
    shown = _konvergensi(tmp_path, "--help", language=None)
    assert shown.stdout.startswith("penggunaan: konvergensi")
    assert "pemeliharaan database" in shown.stdout
    _assert_indonesian(shown.stdout)
    missing_argument = _konvergensi(tmp_path, "krs", "import", language=None)
    assert "galat: argumen berikut wajib diisi: BERKAS" in missing_argument.stderr
    unknown = _konvergensi(tmp_path, "region", "show", "99.99", language=None)
    assert unknown.stderr.strip() == "Galat: kode wilayah 99.99 tidak dikenal"


def test_the_language_saved_in_the_data_folder_is_used_before_the_parser_is_built(tmp_path: Path) -> None:
    save_language(tmp_path, "en")
    shown = _konvergensi(tmp_path, "krs", "--help", language=None)
    assert shown.stdout.startswith("usage: konvergensi krs")
    assert "Import KRS lists, desa worksheets, progress." in shown.stdout
    # The variable wins over the saved choice, for one run.
    assert _konvergensi(tmp_path, "krs", "--help", language="id").stdout.startswith("penggunaan: konvergensi krs")
