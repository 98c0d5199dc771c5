"""Backups with SQLite's online backup API: on demand, daily, before upgrades and imports."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from baladiya_desktop.core.database import check_sqlite_file
from baladiya_desktop.core.durable import PRIVATE
from baladiya_desktop.core.errors import StorageError

PREFIX = "baladiya-"
MANUAL = "manual"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str


def private_file(path: Path) -> None:
    """Create ``path`` empty for this user alone (0600) before SQLite writes it: a backup
    holds personal data; SQLite gives its journal the same mode."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))


def _copy(source: Path, target: Path) -> None:
    """Copy a live database page by page, consistent even while others write to it."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        private_file(target)
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


def _named(path: Path) -> BackupFile | None:
    """A backup file as the app names it (``baladiya-<stamp>-<reason>.db``), else None."""
    if not path.name.startswith(PREFIX):
        return None
    parts = path.stem[len(PREFIX):].split("-", 3)
    try:
        taken = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return BackupFile(path, taken, parts[3] if len(parts) > 3 else MANUAL)


def list_backups(backups_dir: Path) -> list[BackupFile]:
    """Backups in the folder, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [b for b in map(_named, backups_dir.glob(f"{PREFIX}*.db")) if b is not None]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def taken_at(path: Path) -> dt.datetime:
    """When a backup was taken: the time in its name, or else the file's own time (a backup
    written with ``--out`` to a name of the user's choosing)."""
    named = _named(path)
    if named is not None:
        return named.taken_at
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


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


@dataclass(frozen=True)
class BackupInfo:
    """Whose database a backup is, read without changing it."""

    path: Path
    taken_at: dt.datetime
    station_id: uuid.UUID
    kind: str
    municipality_code: str | None
    station_name: str
    schema: str | None


def inspect_backup(path: Path) -> BackupInfo:
    """Check a backup file and read its station and schema revision (read-only)."""
    check_backup_file(path)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute(
                "SELECT id, kind, municipality_code, name FROM station").fetchall()
            try:
                found = con.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:
                found = None
        finally:
            con.close()
        station_id = uuid.UUID(str(rows[0][0])) if len(rows) == 1 else None
    except (sqlite3.DatabaseError, ValueError):
        station_id = None
    if station_id is None:
        raise StorageError(
            f"الملف {path} ليس نسخة احتياطية لمحطة من برنامج بلدية (لا بيانات محطة فيه). "
            "اختر نسخة أخرى.",
            f"{path} is not a backup of a Baladiya station (it has no station). "
            "Choose another backup.",
        )
    kind, code, name = rows[0][1:]
    return BackupInfo(path, taken_at(path), station_id, str(kind), code, str(name),
                      str(found[0]) if found else None)


def replace_database(db_path: Path, source: Path) -> None:
    """Copy ``source`` over the database page by page (SQLite's backup API)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(db_path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def restore_database(db_path: Path, backup: Path, backups_dir: Path) -> Path | None:
    """Replace the database with ``backup``, after backing up the current one. No identity
    checks: for putting back this database's own copy (a failed upgrade, a damaged file);
    a user's restore goes through ``core.maintenance.restore``."""
    check_backup_file(backup)
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        safety = backup_database(db_path, backups_dir, "before-restore")
    replace_database(db_path, backup)
    return safety
