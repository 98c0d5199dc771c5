"""Backups, restore and the integrity check as services: permission checked, audited.

A restore replaces the database only with a backup of this very station (its next
incarnation: ``station.incarnation`` grows, the restore is in the restored audit log), or, on
request, with a backup of another station of the same kind as a new station that must be
enrolled before it sends."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import BigInteger, Integer, Uuid, column, delete, table, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from baladiya_desktop.core import backup
from baladiya_desktop.core.audit import ChainReport, verify_chain
from baladiya_desktop.core.audit_seal import AuditSeal, seal_audit
from baladiya_desktop.core.base import UTCDateTime, utcnow
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.database import make_engine, sqlite_url
from baladiya_desktop.core.errors import (
    AuthenticationError,
    PermissionDenied,
    StorageError,
    UserError,
)
from baladiya_desktop.core.hlc import physical_now
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.instance_lock import acquire_instance_lock
from baladiya_desktop.core.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    needs_upgrade,
    upgrade,
)
from baladiya_desktop.core.paths import StationPaths
from baladiya_desktop.core.permissions import Permission, Role
from baladiya_desktop.core.records import JsonDict
from baladiya_desktop.core.settings import BACKUP_KEEP, get_setting
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.station import (
    StationKind,
    give_signing_key,
    load_station,
    station_info,
)
from baladiya_desktop.core.users import CurrentUser


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
    seal_audit(ctx, "backup")  # the copy carries the signed head of its history
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


def require_administrator(ctx: AppContext) -> CurrentUser:
    """Upgrades, checks, the audit chain and restores are the administrator's."""
    user = ctx.require_user()
    if user.role is not Role.ADMIN:
        raise _not_administrator()
    return user


def _not_administrator() -> PermissionDenied:
    return PermissionDenied(
        "هذه العملية لمدير النظام فقط. نفّذها باسم مستخدم مدير (--user).",
        "Only an administrator may do this. Run it as an administrator (--user).",
    )


def check_administrator_before_upgrade(target: Target, username: str, password: str) -> None:
    """Refuse anyone but an administrator before opening upgrades an older database, so that a
    refused user leaves the file as it was. Read-only, on columns every schema has; the full
    login (with its delays after wrong passwords) follows once the database is open."""
    if not target.exists():
        return
    try:
        engine = make_engine(target.url)
    except StorageError:
        return  # opening says what is wrong with the file
    try:
        if not needs_upgrade(engine):
            return
        with engine.connect() as connection:
            row = connection.execute(
                text("SELECT role, password_hash, disabled FROM users WHERE username = :name"),
                {"name": username},
            ).first()
    except (DBAPIError, StorageError):
        return  # damaged, foreign or newer: opening refuses it with its own message
    finally:
        engine.dispose()
    if row is None or row.disabled or not _password_matches(row.password_hash, password):
        raise AuthenticationError(
            "اسم المستخدم أو كلمة المرور غير صحيحة.", "Wrong user name or password."
        )
    if row.role != Role.ADMIN.value:
        raise _not_administrator()


def _password_matches(stored: str | None, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored:
        return False
    try:
        return PasswordHasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


class RestoreRefused(UserError):
    """A backup that must not replace this database; nothing was changed."""


class OtherStationBackup(RestoreRefused):
    """A backup of another station of the same kind: it may come back as a new station."""

    def __init__(self, found: backup.BackupInfo) -> None:
        who = f"«{found.station_name}»، {found.municipality_code or ''} {str(found.station_id)[:8]}"
        super().__init__(
            f"هذه النسخة الاحتياطية لمحطة أخرى ({who}) وليست لهذه المحطة، فلم تُستعد ولم يتغير "
            "شيء. إن كان هذا الجهاز سيحمل بيانات تلك المحطة بدلاً منها، فاستعدها «كمحطة جديدة» "
            "(الخيار --as-new-station): تأخذ معرّفاً ومفتاحاً جديدين، ويجب تسجيلها لدى الوزارة "
            "قبل أن ترسل بياناتها. وإلا فاختر نسخة احتياطية لهذه المحطة.",
            f"This backup is of another station ('{found.station_name}', "
            f"{found.municipality_code or ''} {found.station_id}), not of this one: nothing was "
            "restored or changed. If this PC is to carry on that station's data, restore it as "
            "a new station (--as-new-station): it gets a new id and key and must be enrolled "
            "with the ministry before it can send. Otherwise choose a backup of this station.",
        )
        self.found = found


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    taken_at: dt.datetime
    safety_copy: Path | None
    station_id: uuid.UUID
    incarnation: int
    new_station: bool = False
    previous_station_id: uuid.UUID | None = None
    fingerprint: str = ""

    @property
    def needs_enrollment(self) -> bool:
        return self.new_station


def check_restorable(ctx: AppContext, source: Path, *,
                     as_new_station: bool = False) -> backup.BackupInfo:
    """Everything a restore checks before it touches anything; the backup's station."""
    found = backup.inspect_backup(source)
    if found.schema is None:
        raise RestoreRefused(
            f"الملف {source} ليس نسخة احتياطية لبرنامج بلدية. اختر نسخة أخرى.",
            f"{source} is not a Baladiya backup. Choose another backup.",
        )
    if found.schema not in known_revisions():
        raise RestoreRefused(
            "هذه النسخة الاحتياطية من إصدار أحدث من البرنامج، فلم تُستعد ولم يتغير شيء. ثبّت "
            "الإصدار الأحدث ثم استعدها.",
            "This backup was written by a newer version of the app: nothing was restored or "
            "changed. Install the newer version, then restore it.",
        )
    here = ctx.station
    if as_new_station and here.is_ministry:
        raise RestoreRefused(
            "الاستعادة كمحطة جديدة لمحطات البلديات فقط، لا لقاعدة بيانات الوزارة.",
            "Restoring as a new station is for municipality stations only, not the ministry.",
        )
    if found.kind != here.kind.value:
        if found.kind == StationKind.MINISTRY.value:
            ar = "هذه النسخة الاحتياطية لقاعدة بيانات الوزارة ولا تحل محل محطة بلدية"
            en = "This backup is the ministry's database; it cannot replace a municipality station"
        else:
            ar = "هذه النسخة الاحتياطية لمحطة بلدية ولا تحل محل قاعدة بيانات الوزارة"
            en = ("This backup is a municipality station's; it cannot replace the ministry's "
                  "database")
        raise RestoreRefused(
            f"{ar}. لم يتغير شيء. اختر نسخة احتياطية لقاعدة البيانات هذه.",
            f"{en}. Nothing was changed. Choose a backup of this database.",
        )
    if found.station_id != here.id and not as_new_station:
        raise OtherStationBackup(found)
    if found.station_id == here.id and as_new_station:
        raise RestoreRefused(
            "هذه النسخة الاحتياطية لهذه المحطة نفسها: استعدها دون الخيار --as-new-station. "
            "لم يتغير شيء.",
            "This backup is this station's own: restore it without --as-new-station. "
            "Nothing was changed.",
        )
    return found


def restore(ctx: AppContext, source: Path, *, as_new_station: bool = False) -> RestoreResult:
    """Replace the database with a backup of this station, as its next incarnation; with
    ``as_new_station``, a backup of another station of the municipality, as a new station.

    Everything is checked before anything changes. The backup is prepared in a copy (upgraded
    if older, the station's restore recorded in its audit log), the current database is backed
    up, and only then is the copy put in its place."""
    user = ctx.require(Permission.BACKUP_RESTORE)  # the administrator's alone
    db_path = _sqlite_only(ctx)
    found = check_restorable(ctx, source, as_new_station=as_new_station)
    with ctx.session() as session:
        live = load_station(session)
        # The station's count and clock go on from where they are now, not from the backup's.
        since = None if as_new_station else (live.incarnation, live.last_version)
    ensure_not_open_elsewhere(ctx)
    ctx.engine.dispose()
    staging = db_path.with_name(db_path.name + ".restoring")
    _remove_sqlite_files(staging)
    try:
        backup.replace_database(staging, source)
        staged = _open_staged(ctx, staging)
        try:
            safety = (backup.backup_database(db_path, ctx.paths.backups_dir, "before-restore")
                      if db_path.exists() and db_path.stat().st_size > 0 else None)
            result = _record_restore(staged, user.username, found, safety, since)
        finally:
            staged.engine.dispose()
        backup.replace_database(db_path, staging)
    finally:
        _remove_sqlite_files(staging)
    ctx.engine.dispose()
    return result


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _open_staged(ctx: AppContext, staging: Path) -> AppContext:
    """The copy of the backup as a database of its own, upgraded as opening upgrades (the
    backup file itself is the copy from before the upgrade)."""
    engine = make_engine(sqlite_url(staging))
    try:
        upgrade(engine)
        with Session(engine) as session:
            info = station_info(load_station(session))
    except Exception:
        engine.dispose()
        raise
    return AppContext(sqlite_url(staging), engine, StationPaths.for_db(staging), info)


def _record_restore(staged: AppContext, username: str, found: backup.BackupInfo,
                    safety: Path | None, since: tuple[int, int] | None) -> RestoreResult:
    """Record the restore in the restored database; ``since`` is the station's incarnation
    and clock before it, or None when the data becomes a new station."""
    previous: uuid.UUID | None = None
    if since is None:
        previous = staged.station.id
        staged = _new_identity(staged)
    with staged.write_as(username, "db.restore") as tx:
        station = tx.station
        if since is not None:
            station.incarnation = max(station.incarnation, since[0]) + 1
            station.last_version = max(station.last_version, since[1])
        station.restored_at = tx.now
        # A restored station must never stamp a version it may already have sent.
        station.last_version = max(station.last_version, physical_now())
        detail: JsonDict = {
            "file": found.path.name, "taken_at": found.taken_at.isoformat(timespec="seconds"),
            "incarnation": station.incarnation,
            "safety_copy": safety.name if safety else None,
        }
        if previous is not None:
            detail["new_station"] = True
            detail["previous_station_id"] = str(previous)
        tx.note("db.restore", detail)
        incarnation = station.incarnation
    return RestoreResult(
        source=found.path, taken_at=found.taken_at, safety_copy=safety,
        station_id=staged.station.id, incarnation=incarnation,
        new_station=previous is not None, previous_station_id=previous,
        fingerprint=staged.station.fingerprint,
    )


# The station's side of the sync (sync/models.py SyncState), named here because core does not
# import sync: what the ministry acknowledged belongs to the old station.
_SYNC_STATE = table(
    "sync_state", column("station_id", Uuid), column("acked_seq", BigInteger),
    column("acked_audit_seq", Integer), column("acked_at", UTCDateTime),
    column("last_export_seq", BigInteger), column("last_export_at", UTCDateTime),
)


def _new_identity(staged: AppContext) -> AppContext:
    """Give the restored data a station of its own: new id and signing key, its encryption key
    made on first need, incarnation 0, and a sync position that starts from nothing. The
    ministry's trusted keys and the reference data stay."""
    with Session(staged.engine) as session, session.begin():
        station = load_station(session)
        old_id, new = station.id, new_id()
        station.id = new
        give_signing_key(station)  # wrapped by a KEK made on this PC for the new id
        station.encryption_key_wrapped = None
        station.incarnation = 0
        station.created_at = utcnow()
        session.flush()
        session.execute(
            update(_SYNC_STATE).where(_SYNC_STATE.c.station_id == old_id).values(
                station_id=new, acked_seq=0, acked_audit_seq=0, acked_at=None,
                last_export_seq=0, last_export_at=None,
            )
        )
        # The old station's key signed those heads; the new one seals its own from now on.
        session.execute(delete(AuditSeal))
        info = station_info(station)
    return dataclasses.replace(staged, station=info)


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


def verify_audit(ctx: AppContext) -> ChainReport:
    require_administrator(ctx)
    with ctx.session() as session:
        return verify_chain(session)


def check_database(ctx: AppContext) -> CheckReport:
    require_administrator(ctx)
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
