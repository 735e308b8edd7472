"""Where things live: bundled resources (frozen or not) and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

DATA_DIR_ENV = "KONVERGENSI_DATA_DIR"
DATABASE_URL_ENV = "KONVERGENSI_DATABASE_URL"
DATABASE_FILE = "konvergensi.sqlite3"
LOG_FILE = "konvergensi.log"


def resource_dir() -> Path:
    """Returns the folder of bundled resources (icons, translations, reference data, report assets).

    Works from a source checkout, an installed wheel and a PyInstaller build (``sys._MEIPASS``).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Returns the path of one bundled resource, e.g. ``resource_path("assets", "emblem.png")``."""
    return resource_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """Returns the data folder: ``$KONVERGENSI_DATA_DIR`` or the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_path("Konvergensi", appauthor=False)


def log_dir(data_dir: Path) -> Path:
    """Returns the folder of the rotating log files inside a data folder."""
    return data_dir / "logs"


# Filesystems whose locking SQLite cannot rely on (its documentation: "SQLite Over a Network, Caveats and
# Considerations"); the type names as /proc/self/mountinfo spells them.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.smbnetfs",
    }
)
DRIVE_REMOTE = 4
"""What Windows' ``GetDriveTypeW`` answers for a mapped network drive."""
DRIVE_REMOVABLE = 2
"""What ``GetDriveTypeW`` answers for a USB stick or a memory card."""
# Where Linux desktops (udisks) mount the media a user plugs in: /media/<user>/<label>, /run/media/<user>/<label>.
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/")


def is_unc_path(text: str) -> bool:
    r"""True for a Windows UNC path (``\\server\share\...`` or ``//server/share``), also the ``\\?\UNC\`` form.

    The device namespace (``\\.\``) and long local paths (``\\?\C:\...``) are not network paths.
    """
    normal = text.replace("/", "\\")
    if normal.upper().startswith("\\\\?\\UNC\\"):
        return True
    if not normal.startswith("\\\\") or normal.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    parts = [part for part in normal[2:].split("\\") if part]
    return len(parts) >= 2


def drive_root(text: str) -> str | None:
    r"""The drive root of a Windows path with a drive letter (``"Z:\\"`` for ``Z:\Data``), else None."""
    normal = text.replace("/", "\\")
    if normal.upper().startswith("\\\\?\\") and len(normal) > 6 and normal[5] == ":":
        normal = normal[4:]
    if len(normal) >= 2 and normal[1] == ":" and normal[0].isascii() and normal[0].isalpha():
        return normal[0].upper() + ":\\"
    return None


def _unescape_mountinfo(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash in paths as octal escapes (\040 ...).
    out: list[str] = []
    index = 0
    while index < len(field):
        chunk = field[index : index + 4]
        if len(chunk) == 4 and chunk[0] == "\\" and chunk[1:].isdigit():
            out.append(chr(int(chunk[1:], 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)


def mountinfo_filesystem(mountinfo: str, path: str) -> str | None:
    """The filesystem type of the mount that holds ``path``, from the text of ``/proc/self/mountinfo``.

    The longest mount point that is ``path`` or one of its parents wins (a later mount over the same point
    hides an earlier one).

    Args:
        mountinfo: the file's text (``proc(5)``: ``id parent major:minor root mountpoint options ... - type ...``).
        path: an absolute, resolved path.

    Returns:
        The type (``ext4``, ``nfs4``, ``fuse.sshfs`` ...), or None when no line covers the path.
    """
    best: tuple[int, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split()
        if len(fields) < 7 or "-" not in fields[6:]:
            continue
        mount_point = _unescape_mountinfo(fields[4])
        fs_type = fields[fields.index("-", 6) + 1] if fields.index("-", 6) + 1 < len(fields) else ""
        inside = path == mount_point or path.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), fs_type)
    return best[1] if best else None


def _windows_drive_is_remote(root: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root)) == DRIVE_REMOTE  # type: ignore[attr-defined]


def on_network_share(folder: Path) -> bool:
    """True when ``folder`` lies on a network share, where SQLite's file locking is not safe.

    Windows: a UNC path, or a drive letter whose type is ``DRIVE_REMOTE`` (a mapped network drive). Linux: the
    filesystem type of the mount that holds the folder (:data:`NETWORK_FILESYSTEMS`). Elsewhere, or when the
    answer cannot be read, False (the folder is treated as local).
    """
    text = str(folder)
    if is_unc_path(text):
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        root = drive_root(str(folder.resolve()))
        return root is not None and _windows_drive_is_remote(root)
    if not sys.platform.startswith("linux"):
        return False
    try:
        mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    current = folder.expanduser().resolve()
    while not current.exists() and current.parent != current:
        current = current.parent  # the folder is made later: its nearest existing parent decides
    fs_type = mountinfo_filesystem(mountinfo, str(current))
    return fs_type is not None and (fs_type in NETWORK_FILESYSTEMS or fs_type.startswith(("nfs", "smb")))


def mountinfo_removable(mountinfo: str) -> list[str]:
    """The mount points of plugged-in media (USB sticks, cards), from the text of ``/proc/self/mountinfo``.

    They are the mounts under :data:`REMOVABLE_MOUNT_ROOTS`, where the desktop mounts what a user plugs in; sorted,
    each once.
    """
    points: set[str] = set()
    for line in mountinfo.splitlines():
        fields = line.split()
        if len(fields) < 5:
            continue
        mount_point = _unescape_mountinfo(fields[4])
        if mount_point.startswith(REMOVABLE_MOUNT_ROOTS):
            points.add(mount_point)
    return sorted(points)


def _windows_removable_drives() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes
    import string

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = int(kernel32.GetLogicalDrives())
    old_mode = kernel32.SetErrorMode(1)  # SEM_FAILCRITICALERRORS: an empty card reader asks nothing
    try:
        roots = [f"{letter}:\\" for index, letter in enumerate(string.ascii_uppercase) if mask >> index & 1]
        return [Path(root) for root in roots if kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE and os.path.isdir(root)]
    finally:
        kernel32.SetErrorMode(old_mode)


def removable_drives() -> list[Path]:
    """The USB sticks and memory cards plugged in now (offered first as a package's target), or an empty list.

    Windows: the drive letters whose type is ``DRIVE_REMOVABLE`` and that hold a medium. Linux: the mounts under
    ``/media`` and ``/run/media`` (:func:`mountinfo_removable`). Elsewhere, or when it cannot be read, none.
    """
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_removable_drives()
    if not sys.platform.startswith("linux"):
        return []
    try:
        mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [Path(point) for point in mountinfo_removable(mountinfo) if os.access(point, os.W_OK)]
