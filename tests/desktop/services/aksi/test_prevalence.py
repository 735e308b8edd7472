"""Prevalence targets and figures, and the national reference shipped as data."""

from __future__ import annotations

import pytest

from desktop.context import AppContext
from desktop.services.aksi.prevalence import PrevalenceError, list_figures, national_reference, save_figure


def test_national_reference_figures() -> None:
    reference = national_reference()
    by_year = {p.year: (p.value, p.label) for p in reference.prevalence}
    assert by_year[2021] == (24.4, "SSGI")
    assert by_year[2022] == (21.6, "SSGI")
    assert by_year[2023] == (21.5, "SKI")
    assert by_year[2024] == (19.8, "SSGI")
    targets = {t.year: t.value for t in reference.targets}
    assert targets[2024] == 14.0 and targets[2029] == 14.2
    assert reference.sources == ("SSGI", "SKI", "e-PPGBM")


def test_figures_are_saved_and_replaced(office_context: AppContext) -> None:
    factory = office_context.session_factory
    save_figure(factory, "36.02", 2024, "target", 14.0)
    save_figure(factory, "36.02", 2023, "capaian", 26.3, source="SKI")
    save_figure(factory, "36.02", 2023, "capaian", 26.2, source="SKI", notes="revisi")
    save_figure(factory, "36.02", 2023, "capaian", 18.1, source="e-PPGBM")
    figures = list_figures(factory, "36.02")
    assert [(f.year, f.kind, f.source, f.value) for f in figures] == [
        (2023, "capaian", "SKI", 26.2),
        (2023, "capaian", "e-PPGBM", 18.1),
        (2024, "target", "", 14.0),
    ]
    with pytest.raises(PrevalenceError, match="sumber data capaian wajib diisi"):
        save_figure(factory, "36.02", 2023, "capaian", 20.0)
    with pytest.raises(PrevalenceError, match="di luar rentang"):
        save_figure(factory, "36.02", 2023, "target", 120.0)
