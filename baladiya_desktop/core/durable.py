"""Small files that survive a power cut: the old version or the new one, never half of one.

Write a temporary file in the same folder, flush and fsync it, rename it over the real name
(atomic on NTFS and POSIX file systems), then fsync the folder so the rename itself is on disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

PRIVATE = 0o600  # drafts hold personal data: only the clerk's own account reads them

# A folder fsync these file systems do not support is no failure of the write itself.
_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP}


def fsync_dir(folder: Path) -> None:
    """Put a rename in ``folder`` on disk; Windows does that on close, and refuses the call."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def _private(path: str, flags: int) -> int:
    return os.open(path, flags, PRIVATE)


def write_durably(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably; raise OSError on failure, with
    the previous file left as it was and no temporary file behind."""
    temp = path.with_name(path.name + ".tmp")
    try:
        with open(temp, "wb", opener=_private) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(path.parent)
