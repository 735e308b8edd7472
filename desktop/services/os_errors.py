"""Operating-system errors as one Indonesian sentence (the C library's English ``strerror`` never reaches a user)."""

from __future__ import annotations

import errno
from pathlib import Path

_REASONS: dict[int, str] = {
    errno.ENOENT: "tidak ada (periksa nama dan foldernya)",
    # On Windows a file Excel holds open is refused with EACCES too, hence the second half.
    errno.EACCES: "tidak boleh dibuka atau ditulis: tidak ada izin, atau berkas sedang dibuka program lain",
    errno.EPERM: "tidak boleh dibuka atau ditulis: tidak ada izin",
    errno.EISDIR: "adalah folder, bukan berkas",
    errno.ENOTDIR: "tidak dapat dicapai: bagian jalurnya bukan folder",
    errno.ENOSPC: "tidak dapat ditulis: disk penuh",
    errno.EROFS: "tidak dapat ditulis: disk hanya dapat dibaca",
    errno.EEXIST: "sudah ada",
    errno.ENAMETOOLONG: "terlalu panjang namanya",
    errno.EBUSY: "sedang dipakai program lain",
    errno.EMFILE: "tidak dapat dibuka: terlalu banyak berkas terbuka",
    errno.EIO: "tidak dapat dibaca atau ditulis: kesalahan perangkat (disk atau flashdisk)",
}
# Windows reports a file held open by Excel as a sharing violation (winerror 32) with errno EACCES.
_WINDOWS_SHARING_VIOLATION = 32


def describe_os_error(error: OSError, path: Path | str | None = None) -> str:
    """Describes an OS error in Indonesian, naming the file.

    ``FileNotFoundError(2, "No such file or directory", "/data/x.xlsx")`` gives
    ``"Berkas /data/x.xlsx tidak ada (periksa nama dan foldernya)."``.

    Args:
        error: the error raised by ``open()``, ``os.replace()`` and the like.
        path: the file concerned, when the error does not carry it.

    Returns:
        One sentence, ending with a full stop.
    """
    name = error.filename if error.filename is not None else path
    if error.errno == errno.ENOENT and name not in (None, "") and not Path(name).parent.is_dir():
        # Writing into (or reading from) a folder that is not there: name the folder, not a temporary file in it.
        return f"Folder {Path(name).parent} tidak ada."
    if getattr(error, "winerror", None) == _WINDOWS_SHARING_VIOLATION:
        reason = "sedang dibuka program lain (mis. Excel); tutup dulu lalu coba lagi"
    else:
        fallback = "tidak dapat dibaca atau ditulis" + (f" (kode galat {error.errno})" if error.errno else "")
        reason = _REASONS.get(error.errno or -1, fallback)
    subject = f"Berkas {name}" if name not in (None, "") else "Berkas"
    return f"{subject} {reason}."
