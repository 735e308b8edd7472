"""Indonesian date wording."""

from __future__ import annotations

from datetime import date, time

from desktop.domain.dates import day_date, format_time, long_date, place_date, spelled_date, time_range


def test_dates() -> None:
    friday = date(2024, 10, 11)
    assert long_date(friday) == "11 Oktober 2024"
    assert day_date(friday) == "Jumat, 11 Oktober 2024"
    assert day_date(date(2024, 5, 30)) == "Kamis, 30 Mei 2024"
    assert place_date("Rangkasbitung", friday) == "Rangkasbitung, 11 Oktober 2024"
    assert place_date("", friday) == "11 Oktober 2024"
    assert spelled_date(friday) == ("Jumat tanggal sebelas bulan Oktober tahun dua ribu dua puluh empat (11-10-2024)")
    assert spelled_date(date(2026, 8, 28)).startswith("Jumat tanggal dua puluh delapan bulan Agustus tahun dua ribu")


def test_times() -> None:
    assert format_time(time(9, 0)) == "09.00 WIB"
    assert format_time(time(13, 30), "WITA") == "13.30 WITA"
    assert time_range(time(9, 0), time(12, 0), "WIB") == "09.00 - 12.00 WIB"
    assert time_range(time(9, 0), None) == "09.00 WIB - selesai"
    assert time_range(None, None) == "-"
