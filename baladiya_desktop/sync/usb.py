"""Writing a bundle where a clerk can pull the stick out at any moment.

Temporary name, fsync, rename, read back and compare the hash: only then is the file under
its final name and the stick safe to remove. A stick pulled halfway leaves at most a
``.part`` file, never a damaged bundle under the real name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from pathlib import Path

from baladiya_desktop.core.durable import fsync_dir
from baladiya_desktop.core.errors import StorageError

BUNDLE_SUFFIX = ".bld"


def write_verified(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``folder/name`` safely and check it reads back the same."""
    final = folder / name
    temp = folder / (name + ".part")
    renamed = False
    try:
        if not folder.is_dir():
            raise FileNotFoundError(str(folder))
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, final)
        renamed = True
        fsync_dir(folder)
        written = final.read_bytes()
    except OSError as exc:
        # Nothing unverified stays under the final name, nor half-written under the temporary.
        with contextlib.suppress(OSError):
            (final if renamed else temp).unlink()
        raise StorageError(
            f"تعذرت الكتابة في {folder}: {exc.strerror or exc}. تأكد أن الذاكرة موصولة وغير "
            "محمية من الكتابة وفيها مساحة كافية، ثم أعد التصدير.",
            f"Could not write to {folder}: {exc.strerror or exc}. Check the stick is plugged "
            "in, not write-protected and has space, then export again.",
        ) from exc
    if hashlib.sha256(written).digest() != hashlib.sha256(data).digest():
        with contextlib.suppress(OSError):
            final.unlink()
        raise StorageError(
            "الملف المكتوب على الذاكرة لا يطابق الأصل: الذاكرة قد تكون تالفة. جرّب ذاكرة أخرى.",
            "The file read back from the stick differs: the stick may be faulty. Try another.",
        )
    return final


def removable_drives() -> list[Path]:
    """Mounted removable drives a clerk would pick (best effort, per platform)."""
    found: list[Path] = []
    if sys.platform == "win32":
        import ctypes
        import string

        drive_removable = 2
        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        for letter in string.ascii_uppercase:
            root = f"{letter}:\\"
            if kernel.GetDriveTypeW(root) == drive_removable and Path(root).exists():
                found.append(Path(root))
        return found
    user = os.environ.get("USER", "")
    for base in (Path("/media") / user, Path("/run/media") / user, Path("/media")):
        if base.is_dir():
            found.extend(p for p in base.iterdir() if p.is_dir() and os.path.ismount(p))
    return sorted(set(found))
