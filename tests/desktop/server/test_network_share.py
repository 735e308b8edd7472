"""SQLite on a network share is refused: the detection on real paths and mount tables, and the refusal itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.context import NetworkShareError, open_context, refuse_network_share
from desktop.paths import drive_root, is_unc_path, mountinfo_filesystem, on_network_share

# Lines in the format of proc(5), as a Linux PC with an NFS home and a mounted Windows share shows them.
MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
23 22 0:21 / /proc rw,nosuid - proc proc rw
30 22 0:40 / /mnt/kantor rw,relatime shared:7 - cifs //server/data rw,vers=3.1.1
31 22 0:41 / /home rw,relatime shared:8 - nfs4 server:/home rw,vers=4.2
32 31 8:2 / /home/lokal rw,relatime shared:9 - ext4 /dev/sda2 rw
33 22 0:42 / /mnt/dengan\\040spasi rw,relatime - fuse.sshfs user@host:/ rw
34 22 0:43 / /srv/optional rw master:3 propagate_from:2 unbindable - 9p host0 rw
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "ext4"),
        ("/var/lib/x", "ext4"),
        ("/mnt/kantor", "cifs"),
        ("/mnt/kantor/Konvergensi", "cifs"),
        ("/mnt/kantorlain", "ext4"),  # a sibling whose name starts the same is not inside the share
        ("/home/budi/data", "nfs4"),
        ("/home/lokal/data", "ext4"),  # a local disk mounted below the NFS home wins (longest mount point)
        ("/mnt/dengan spasi/Data", "fuse.sshfs"),  # octal escapes of the mount point
        ("/srv/optional/x", "9p"),  # optional fields before the separator
    ],
)
def test_mountinfo_gives_the_filesystem_of_the_longest_mount_point(path: str, expected: str) -> None:
    assert mountinfo_filesystem(MOUNTINFO, path) == expected


def test_this_machines_real_mount_table_is_read() -> None:
    if not Path("/proc/self/mountinfo").exists():
        pytest.skip("no /proc/self/mountinfo (not Linux)")
    text = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
    assert mountinfo_filesystem(text, "/") is not None
    assert mountinfo_filesystem(text, "/proc/self") == "proc"


def test_local_folders_are_local(tmp_path: Path) -> None:
    assert not on_network_share(tmp_path)
    assert not on_network_share(tmp_path / "belum" / "ada")  # not made yet: its nearest parent decides
    if Path("/dev/shm").is_dir():
        assert not on_network_share(Path("/dev/shm"))  # tmpfs


@pytest.mark.parametrize(
    ("text", "unc"),
    [
        ("\\\\server\\share\\Konvergensi", True),
        ("//server/share", True),
        ("\\\\?\\UNC\\server\\share\\data", True),
        ("\\\\server", False),  # a server without a share is no folder
        ("\\\\?\\C:\\Data", False),  # a long local path
        ("\\\\.\\PhysicalDrive0", False),  # the device namespace
        ("C:\\Users\\budi\\AppData", False),
        ("/home/budi", False),
    ],
)
def test_unc_paths(text: str, unc: bool) -> None:
    assert is_unc_path(text) is unc


@pytest.mark.parametrize(
    ("text", "root"),
    [("Z:\\Konvergensi", "Z:\\"), ("z:/data", "Z:\\"), ("\\\\?\\D:\\x", "D:\\"), ("/home", None), ("\\\\s\\x", None)],
)
def test_drive_roots(text: str, root: str | None) -> None:
    assert drive_root(text) == root


def test_a_unc_sqlite_location_is_refused_with_the_readme_pointer() -> None:
    with pytest.raises(NetworkShareError) as refused:
        refuse_network_share("sqlite:///\\\\server\\share\\Konvergensi\\konvergensi.sqlite3")
    assert "PostgreSQL" in str(refused.value) and "README" in str(refused.value)
    refuse_network_share("postgresql+psycopg://u@server/db")  # a server is what the sentence recommends
    refuse_network_share("sqlite://")  # in memory


def test_open_context_on_a_local_folder_still_opens(tmp_path: Path, migrated_template: Path) -> None:
    context = open_context(tmp_path)
    assert context.database_location.endswith("konvergensi.sqlite3")
    context.dispose()


def test_cli_refuses_sqlite_on_a_unc_path(tmp_path: Path) -> None:
    url = "sqlite:///\\\\server\\share\\konvergensi.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "--database", url, "office", "show"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("Galat: Folder data") and "PostgreSQL" in done.stderr
    assert "Traceback" not in done.stderr
