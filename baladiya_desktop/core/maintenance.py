"""Backups, restore and the integrity check as services: permission checked, audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from baladiya_desktop.core import backup
from baladiya_desktop.core.audit import ChainReport, verify_chain
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import StorageError
from baladiya_desktop.core.instance_lock import acquire_instance_lock
from baladiya_desktop.core.migrate import current_revision, head_revision
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.settings import BACKUP_KEEP, get_setting


def _sqlite_only(ctx: AppContext) -> Path:
    if ctx.paths.db_path is None:
        raise StorageError(
            "النسخ الاحتياطي من البرنامج متاح لقواعد SQLite فقط؛ استخدم أدوات PostgreSQL.",
            "Backups from the app are for SQLite databases; use PostgreSQL's own tools.",
        )
    return ctx.paths.db_path


def run_backup(ctx: AppContext, out: Path | None = None, reason: str = backup.MANUAL) -> Path:
    ctx.require(Permission.BACKUP_RUN)
    db_path = _sqlite_only(ctx)
    path = backup.backup_database(db_path, ctx.paths.backups_dir, reason, out)
    with ctx.write(Permission.BACKUP_RUN, "backup.run") as tx:
        tx.note("backup.run", {"reason": reason, "path": str(path)})
    if out is None and reason != backup.MANUAL:
        backup.rotate(ctx.paths.backups_dir, get_setting(ctx, BACKUP_KEEP))
    return path


def daily_backup(ctx: AppContext) -> Path | None:
    """At start: one automatic backup a day, rotated. No user needed: it only copies."""
    if ctx.paths.db_path is None:
        return None
    return backup.daily_backup_if_due(
        ctx.paths.db_path, ctx.paths.backups_dir, get_setting(ctx, BACKUP_KEEP)
    )


def last_backup(ctx: AppContext) -> dt.datetime | None:
    found = backup.list_backups(ctx.paths.backups_dir)
    return found[0].taken_at if found else None


def ensure_not_open_elsewhere(ctx: AppContext) -> None:
    lock = acquire_instance_lock(ctx.paths)
    if lock is not None:
        lock.release()


def restore(ctx: AppContext, source: Path) -> Path | None:
    """Replace the database with a backup; the current state is backed up first."""
    user = ctx.require(Permission.BACKUP_RESTORE)
    db_path = _sqlite_only(ctx)
    backup.check_backup_file(source)
    ensure_not_open_elsewhere(ctx)
    ctx.engine.dispose()
    safety = backup.restore_database(db_path, source, ctx.paths.backups_dir)
    ctx.engine.dispose()
    with ctx.write_as(user.username, "backup.restore") as tx:
        tx.note("backup.restore", {"from": str(source), "safety_copy": str(safety)})
    return safety


@dataclass
class CheckReport:
    integrity: list[str]
    foreign_keys: list[str]
    audit: ChainReport
    schema_current: str | None
    schema_head: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(ctx: AppContext) -> CheckReport:
    integrity: list[str] = []
    foreign: list[str] = []
    with ctx.engine.connect() as connection:
        if ctx.is_sqlite:
            integrity = [r[0] for r in connection.execute(text("PRAGMA integrity_check"))]
            foreign = [str(tuple(r)) for r in connection.execute(text("PRAGMA foreign_key_check"))]
    with ctx.session() as session:
        chain = verify_chain(session)
    report = CheckReport(integrity, foreign, chain, current_revision(ctx.engine), head_revision())
    if integrity and integrity != ["ok"]:
        report.problems.append("integrity: " + "; ".join(integrity[:5]))
    if foreign:
        report.problems.append("foreign keys: " + "; ".join(foreign[:5]))
    if not chain.ok:
        report.problems.append("audit: " + chain.reason_en)
    if report.schema_current != report.schema_head:
        report.problems.append(f"schema {report.schema_current} is not {report.schema_head}")
    return report
