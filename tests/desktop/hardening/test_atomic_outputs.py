"""Atomic outputs (issue #17): modes, devices and folders as targets, leftovers of killed writes removed."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from desktop.domain.atomic_file import NotARegularFileError, atomic_output, atomic_write_bytes
from desktop.services.os_errors import describe_os_error
from desktop.services.output_targets import remove_stale_workbook_files

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and devices are POSIX")


@posix_only
def test_a_new_file_follows_the_umask_and_a_replaced_one_keeps_its_mode(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "baru.xlsx", b"1")
        assert stat.S_IMODE((tmp_path / "baru.xlsx").stat().st_mode) == 0o644
        os.chmod(tmp_path / "baru.xlsx", 0o640)
        atomic_write_bytes(tmp_path / "baru.xlsx", b"2")
        assert stat.S_IMODE((tmp_path / "baru.xlsx").stat().st_mode) == 0o640
        atomic_write_bytes(tmp_path / "kunci.bin", b"3", private=True)
        assert stat.S_IMODE((tmp_path / "kunci.bin").stat().st_mode) == 0o600
    finally:
        os.umask(previous)


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_a_device_is_never_replaced(tmp_path: Path) -> None:
    device = tmp_path / "perangkat"
    device.symlink_to("/dev/null")
    with pytest.raises(NotARegularFileError) as caught, atomic_output(device) as stream:
        stream.write(b"data")
    assert describe_os_error(caught.value).endswith(
        "bukan berkas biasa (mis. perangkat atau pipa) dan tidak akan ditimpa."
    )
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and device.is_symlink()
    assert [p.name for p in tmp_path.iterdir()] == ["perangkat"]


def test_a_folder_as_target_is_named_and_nothing_is_left(tmp_path: Path) -> None:
    folder = tmp_path / "laporan.xlsx"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as caught:
        atomic_write_bytes(folder, b"x")
    assert describe_os_error(caught.value) == f"Berkas {folder} adalah folder, bukan berkas."
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.xlsx"]


def test_a_failed_write_leaves_nothing_and_old_leftovers_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    stale, fresh = tmp_path / ".laporan.xlsx.k1ll3d.tmp", tmp_path / ".laporan.xlsx.runn1ng.tmp"
    stale.write_bytes(b"x" * 1000)
    fresh.write_bytes(b"y")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write(b"half")
        raise RuntimeError("the export failed midway")
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name]  # the stale one and the failed one gone


def test_stale_workbook_temporaries_are_removed_at_start(tmp_path: Path) -> None:
    old_file, recent, other = tmp_path / "openpyxl.abc", tmp_path / "openpyxl.def", tmp_path / "lain.abc"
    for path in (old_file, recent, other):
        path.write_bytes(b"sheet xml")
    old = time.time() - 3 * 24 * 3600
    os.utime(old_file, (old, old))
    os.utime(other, (old, old))
    assert remove_stale_workbook_files(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lain.abc", "openpyxl.def"]
