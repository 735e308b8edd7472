"""The USB sticks a package is offered to first: read from the real mount table's format (``proc(5)``)."""

from __future__ import annotations

from desktop.paths import mountinfo_removable

MOUNTINFO = r"""22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
45 22 0:40 / /run/user/1000 rw,nosuid shared:5 - tmpfs tmpfs rw
61 22 8:17 / /media/operator/KONV\040USB rw,nosuid,nodev shared:30 - vfat /dev/sdb1 rw,uid=1000
62 22 8:33 / /run/media/staf/DATA rw,nosuid,nodev shared:31 - exfat /dev/sdc1 rw
63 22 8:33 / /run/media/staf/DATA rw,nosuid,nodev shared:31 - exfat /dev/sdc1 rw
64 22 0:50 / /mnt/arsip rw shared:32 - nfs4 server:/arsip rw
65 22 0:51 / /mediaku rw shared:33 - ext4 /dev/sdd1 rw
"""


def test_the_sticks_the_desktop_mounted_are_listed_once_with_their_names_unescaped() -> None:
    assert mountinfo_removable(MOUNTINFO) == ["/media/operator/KONV USB", "/run/media/staf/DATA"]


def test_no_stick_plugged_in_lists_none() -> None:
    assert mountinfo_removable("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n") == []
    assert mountinfo_removable("") == []
