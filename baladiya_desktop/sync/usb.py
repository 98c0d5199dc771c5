"""Writing a bundle where a clerk can pull the stick out at any moment.

Temporary name, fsync, rename, read back and compare the hash: only then is the file under
its final name and the stick safe to remove. A stick pulled halfway leaves at most a
``.part`` file, never a damaged bundle under the real name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
import uuid
from pathlib import Path

from baladiya_desktop.core.durable import fsync_dir
from baladiya_desktop.core.errors import StorageError

BUNDLE_SUFFIX = ".bld"
_KIND = re.compile(r"[a-z]{1,16}")
_MUNICIPALITY = re.compile(r"[A-Z0-9-]{1,16}")


def bundle_file_name(kind: str, municipality: str, station_id: uuid.UUID | str, seq: int,
                     bundle_id: str) -> str:
    """``baladiya-KIND-MUNICIPALITY-STATION8-SEQ-ID8.bld`` from checked parts only, so that no
    text from a bundle can steer the name out of its folder. ``bundle_id`` is the id of the
    bundle being written (made here), never one read from a file."""
    station = uuid.UUID(str(station_id))
    if str(uuid.UUID(bundle_id)) != bundle_id:
        raise ValueError(f"not a canonical bundle id: {bundle_id!r}")
    if not _KIND.fullmatch(kind) or not _MUNICIPALITY.fullmatch(municipality):
        raise ValueError(f"unsafe file name part: {kind!r}, {municipality!r}")
    return (f"baladiya-{kind}-{municipality}-{str(station)[:8]}-{int(seq):06d}-"
            f"{bundle_id[-8:]}{BUNDLE_SUFFIX}")


def write_verified(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``folder/name`` safely and check it reads back the same."""
    final = folder / name
    if name in ("", ".", "..") or "/" in name or "\\" in name or final.parent != folder:
        raise ValueError(f"{name!r} is not a file name inside {folder}")
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
            "محمية من الكتابة وفيها مساحة كافية، ثم أعد المحاولة.",
            f"Could not write to {folder}: {exc.strerror or exc}. Check the stick is plugged "
            "in, not write-protected and has space, then try again.",
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
