"""Backups with SQLite's online backup API: on demand, daily, before upgrades and imports."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from baladiya_desktop.core.database import check_sqlite_file
from baladiya_desktop.core.errors import StorageError

PREFIX = "baladiya-"
MANUAL = "manual"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str


def _copy(source: Path, target: Path) -> None:
    """Copy a live database page by page, consistent even while others write to it."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def backup_database(db_path: Path, backups_dir: Path, reason: str = MANUAL,
                    out: Path | None = None) -> Path:
    """Write a backup of ``db_path``; to ``out`` if given, else into ``backups_dir``."""
    check_sqlite_file(db_path)
    if not db_path.exists():
        raise StorageError(f"قاعدة البيانات {db_path} غير موجودة.", f"{db_path} does not exist.")
    if out is None:
        backups_dir.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = backups_dir / f"{PREFIX}{stamp}-{reason}.db"
    temp = out.with_name(out.name + ".part")
    try:
        _copy(db_path, temp)
        os.replace(temp, out)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StorageError(
            f"تعذر حفظ النسخة الاحتياطية في {out.parent}: {reason}. "
            "تأكد من وجود المجلد ومن وجود مساحة كافية وأنه قابل للكتابة.",
            f"Could not write the backup to {out.parent}: {reason}. "
            "Check that the folder exists, has free space and is writable.",
        ) from exc
    return out


def list_backups(backups_dir: Path) -> list[BackupFile]:
    """Backups in the folder, newest first."""
    found: list[BackupFile] = []
    if not backups_dir.is_dir():
        return found
    for path in backups_dir.glob(f"{PREFIX}*.db"):
        parts = path.stem[len(PREFIX):].split("-", 3)
        try:
            taken = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(BackupFile(path, taken, parts[3] if len(parts) > 3 else MANUAL))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(backups_dir: Path, keep: int) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; manual ones are the user's."""
    automatic = [b for b in list_backups(backups_dir) if b.reason != MANUAL]
    removed = [b.path for b in automatic[keep:]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup_if_due(db_path: Path, backups_dir: Path, keep: int,
                        today: dt.date | None = None) -> Path | None:
    day = today or dt.date.today()
    if any(b.taken_at.date() == day for b in list_backups(backups_dir)):
        return None
    path = backup_database(db_path, backups_dir, "daily")
    rotate(backups_dir, keep)
    return path


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not a readable, intact database of this app."""
    if not path.is_file():
        raise StorageError(f"الملف {path} غير موجود.", f"{path} does not exist.")
    check_sqlite_file(path)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = con.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"الملف {path} تالف ولا يمكن الاستعادة منه. اختر نسخة احتياطية أخرى.",
            f"{path} is damaged and cannot be restored. Choose another backup.",
        ) from exc
    if status is None or status[0] != "ok" or "station" not in tables:
        raise StorageError(
            f"الملف {path} ليس نسخة احتياطية سليمة لبرنامج بلدية. اختر نسخة أخرى.",
            f"{path} is not an intact Baladiya backup. Choose another backup.",
        )


def restore_database(db_path: Path, backup: Path, backups_dir: Path) -> Path | None:
    """Replace the database with ``backup``, after backing up the current one."""
    check_backup_file(backup)
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        safety = backup_database(db_path, backups_dir, "before-restore")
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(db_path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return safety
