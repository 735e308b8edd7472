"""Operating-system errors as one Indonesian sentence (the C library's English ``strerror`` never reaches a user)."""

from __future__ import annotations

import errno
from pathlib import Path

from desktop.domain.atomic_file import NotARegularFileError
from desktop.domain.i18n import N_, _

_REASONS: dict[int, str] = {
    errno.ENOENT: N_("tidak ada (periksa nama dan foldernya)"),
    # On Windows a file Excel holds open is refused with EACCES too, hence the second half.
    errno.EACCES: N_("tidak boleh dibuka atau ditulis: tidak ada izin, atau berkas sedang dibuka program lain"),
    errno.EPERM: N_("tidak boleh dibuka atau ditulis: tidak ada izin"),
    errno.EISDIR: N_("adalah folder, bukan berkas"),
    errno.ENOTDIR: N_("tidak dapat dicapai: bagian jalurnya bukan folder"),
    errno.ENOSPC: N_("tidak dapat ditulis: disk penuh"),
    errno.EROFS: N_("tidak dapat ditulis: disk hanya dapat dibaca"),
    errno.EEXIST: N_("sudah ada"),
    errno.ENAMETOOLONG: N_("terlalu panjang namanya"),
    errno.EBUSY: N_("sedang dipakai program lain"),
    errno.EMFILE: N_("tidak dapat dibuka: terlalu banyak berkas terbuka"),
    errno.EIO: N_("tidak dapat dibaca atau ditulis: kesalahan perangkat (disk atau flashdisk)"),
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
        return _("Folder {parent} tidak ada.").format(parent=Path(name).parent)
    if isinstance(error, NotARegularFileError):
        reason = _("bukan berkas biasa (mis. perangkat atau pipa) dan tidak akan ditimpa")
    elif getattr(error, "winerror", None) == _WINDOWS_SHARING_VIOLATION:
        reason = _("sedang dibuka program lain (mis. Excel); tutup dulu lalu coba lagi")
    else:
        fallback = _("tidak dapat dibaca atau ditulis") + (
            _(" (kode galat {errno})").format(errno=error.errno) if error.errno else ""
        )
        reason = _(_REASONS[error.errno]) if error.errno in _REASONS else fallback
    subject = _("Berkas {name}").format(name=name) if name not in (None, "") else _("Berkas")
    return f"{subject} {reason}."
