"""README.md: the two commands CI and users rely on, the guide's order, and facts that must match the code."""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
from pathlib import Path

from desktop.cli import build_parser
from desktop.services.krs.fields import KRS_FIELDS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _command_after(marker: str) -> str:
    # The same extraction as .ci/run: the first line inside the code fence that follows the marker.
    lines = README.splitlines()
    start = lines.index(marker)
    assert lines[start + 1] == "```", f"{marker} must be followed by a code fence"
    return lines[start + 2]


def test_the_two_commands_are_marked_and_fenced() -> None:
    assert README.count("<!-- run-command -->") == 1 and README.count("<!-- test-command -->") == 1
    assert _command_after("<!-- run-command -->") == "python -m pip install . && konvergensi"
    assert _command_after("<!-- test-command -->") == 'python -m pip install -e ".[test]" && python -m pytest'


def test_ci_reads_the_same_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    awk = re.search(r"test_command=\$\(awk '([^']+)' README.md\)", script)
    assert awk is not None
    result = subprocess.run(["awk", awk.group(1), str(ROOT / "README.md")], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == _command_after("<!-- test-command -->")


def test_guide_in_indonesian_comes_first_and_keeps_the_screenshot() -> None:
    assert "](docs/main-window.png)" in README and (ROOT / "docs" / "main-window.png").is_file()
    guide, developers = README.index("## Panduan pengguna"), README.index("## For developers")
    assert guide < developers
    for heading in ("Memasang", "Pertama kali dibuka", "Pekerjaan sehari-hari", "Di mana data tersimpan"):
        assert guide < README.index(f". {heading}\n") < developers, heading
    for page in ("Rapat", "RTL", "Verval KRS", "Kasus Stunting", "Aksi Konvergensi", "Laporan", "Pengaturan"):
        assert f"**{page}** —" in README[guide:developers], page
    # The menu is called Bantuan; "Help" appears nowhere as a menu name.
    assert "Bantuan → Tentang Konvergensi" in README and "Help →" not in README
    assert "konvergensi db check" in README[guide:developers] and "logs\\konvergensi.log" in README


def test_krs_columns_match_the_import_fields() -> None:
    table = README[README.index("| kolom (judul di templat) |") : README.index("**NIK dan No. KK harus")]
    rows = [line.split("|")[1:-1] for line in table.splitlines()[2:] if line.startswith("|")]
    documented = {label.strip() for row in rows for label in row[0].split(",")}
    assert documented == {spec.label for spec in KRS_FIELDS}
    required = {row[0].strip() for row in rows if row[1].strip() == "**ya**"}
    assert required == {spec.label for spec in KRS_FIELDS if spec.required}
    assert "`PP.KK.CC.DDDD`" in table
    import_wording = README[README.index("**Apa yang terjadi saat impor**") :]
    assert "satu transaksi" in import_wording and "tidak ikut disimpan" in import_wording
    assert "all or nothing" not in README and "atau tidak sama sekali" not in README


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    found = {prefix}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found |= _commands(child, (*prefix, name))
    return found


def test_every_documented_command_exists() -> None:
    known = _commands(build_parser())
    documented = re.findall(r"`konvergensi ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)*)", README)
    assert len(documented) > 20
    unknown = [text for text in documented if tuple(text.split()) not in known]
    assert unknown == []
    assert ("krs", "template") in known


ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def test_readme_links_the_architecture_page_not_a_folder_outside_the_repository() -> None:
    assert "](docs/architecture.md)" in README
    assert "../shared" not in README and "DESIGN.md" not in README


def test_every_path_the_architecture_page_names_exists() -> None:
    named = set(re.findall(r"`((?:desktop|db|tests|installer)/[\w./-]*)`", ARCHITECTURE))
    assert len(named) > 40
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert missing == []


def test_the_architecture_page_quotes_the_layers_the_test_enforces() -> None:
    from tests.test_layers import FORBIDDEN_PACKAGES, LAYERS

    block = ARCHITECTURE[ARCHITECTURE.index("```python\n") : ARCHITECTURE.index("\n```\n")]
    quoted = ast.literal_eval(block[block.index("LAYERS = ") + len("LAYERS = ") : block.index("\nFORBIDDEN")])
    assert quoted == LAYERS
    packages = ast.literal_eval(block[block.index("FORBIDDEN_PACKAGES = ") + len("FORBIDDEN_PACKAGES = ") :])
    assert packages == dict(FORBIDDEN_PACKAGES)
