"""The command line shows a refusal (a UserError) as its own sentence, exit code 1, never a traceback."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.context import AppContext


def test_refusal_of_the_domain_is_its_sentence_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    # compute_zscores refuses a height of 0 with a MeasurementError; no command catches it, the CLI's one
    # UserError handler does.
    args = ["cases", "zscore", "--sex", "L", "--birth", "2023-01-01", "--measured", "2024-01-01"]
    code = main([*args, "--height", "0", "--method", "L"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err == "Galat: panjang/tinggi badan harus lebih dari 0\n"
    assert captured.out == ""


def test_refusal_of_a_service_in_json_and_text(office_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(office_context.data_dir)
    code = main(["--data-dir", data_dir, "krs", "print", "--desa", "36.02.18.9999", "--output", "x.pdf", "--json"])
    captured = capsys.readouterr()
    assert code == 1 and json.loads(captured.out) == {"error": "Kode desa 36.02.18.9999 tidak dikenal."}
    code = main(["--data-dir", data_dir, "meeting", "show", "999"])
    captured = capsys.readouterr()
    assert code == 1 and captured.err.startswith("Galat: ") and captured.err.count("\n") == 1
    assert "Traceback" not in captured.err and "Rincian teknis" not in captured.err
