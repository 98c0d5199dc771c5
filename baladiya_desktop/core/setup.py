"""Making a new station database and opening an existing one."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from baladiya_desktop.core.backup import backup_database, restore_database
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.database import (
    make_engine,
    sqlite_path,
    sqlite_url,
    storage_error_from,
)
from baladiya_desktop.core.errors import StorageError, ValidationError
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.migrate import is_empty, pending, upgrade
from baladiya_desktop.core.municipalities import find_shipped, seed_municipalities
from baladiya_desktop.core.paths import StationPaths, default_db_path
from baladiya_desktop.core.permissions import Role
from baladiya_desktop.core.station import (
    Station,
    StationKind,
    give_signing_key,
    load_station,
    station_info,
)
from baladiya_desktop.core.users import (
    CurrentUser,
    User,
    check_password_rules,
    check_username,
    hash_password,
    recovery_hash,
)


@dataclass(frozen=True)
class Target:
    """Which database a command or the GUI works on."""

    url: str
    paths: StationPaths

    @classmethod
    def resolve(cls, db: str | Path | None = None, url: str | None = None) -> Target:
        if url:
            path = sqlite_path(url)
            return cls(url, StationPaths.for_db(path))
        path = Path(db) if db else default_db_path()
        return cls(sqlite_url(path.expanduser().absolute()), StationPaths.for_db(path))

    @property
    def db_path(self) -> Path | None:
        return self.paths.db_path

    def exists(self) -> bool:
        if self.db_path is None:
            return True
        return self.db_path.exists() and self.db_path.stat().st_size > 0


def _upgraded_engine(target: Target) -> Engine:
    engine = make_engine(target.url)
    db_path = target.db_path
    taken: list[Path] = []

    def backup_first() -> None:
        if db_path is not None:
            taken.append(backup_database(db_path, target.paths.backups_dir, "before-upgrade"))

    try:
        if upgrade(engine, before=backup_first) and db_path is not None:
            _forget_old_pages(engine)
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if db_path is None or not taken:
            raise
        # The upgrade runs in one transaction, but a half-applied schema must never be left:
        # put the copy taken a moment ago back, and say so.
        restore_database(db_path, taken[0], target.paths.backups_dir)
        raise StorageError(
            "تعذر تحديث قاعدة البيانات إلى هذا الإصدار، فأُعيدت كما كانت من النسخة الاحتياطية "
            f"({taken[0].name}). لم يضع شيء. أرسل تقرير الخطأ إلى الدعم الفني.",
            "The database could not be upgraded to this version; it was restored from the "
            f"backup taken just before ({taken[0].name}). Nothing was lost.",
        ) from exc
    return engine


def check_key_passphrase(passphrase: str | None, admin_username: str,
                         admin_password: str) -> str:
    """The ministry's key passphrase: the password policy, and not the administrator's
    password (it guards the keys when that password is known)."""
    if not passphrase:
        raise ValidationError(
            "اختر عبارة مرور لمفاتيح الوزارة (BALADIYA_KEY_PASSPHRASE، أو السطر الذي يلي كلمة "
            "المرور مع --password-stdin). تُطلب عند كل استيراد أو توقيع.",
            "Choose a key passphrase for the ministry's keys (BALADIYA_KEY_PASSPHRASE, or the "
            "line after the password with --password-stdin). It is asked for to import or sign.",
            field="key_passphrase",
        )
    try:
        check_password_rules(passphrase, admin_username)
    except ValidationError as exc:
        raise ValidationError(f"عبارة المرور لمفاتيح الوزارة: {exc.message_ar}",
                              f"Key passphrase: {exc.message_en}",
                              field="key_passphrase") from exc
    if passphrase == admin_password:
        raise ValidationError(
            "عبارة المرور لمفاتيح الوزارة يجب أن تختلف عن كلمة مرور المدير.",
            "The key passphrase must differ from the administrator's password.",
            field="key_passphrase",
        )
    return passphrase


def _private_file(path: Path) -> None:
    """Create the database file for this user alone (0600) before SQLite opens it."""
    # Already there, or not creatable: opening it says what is wrong.
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _forget_old_pages(engine: Engine) -> None:
    """After an upgrade (which may have wrapped clear keys): no old page stays in the
    write-ahead log, nor a freed cell in the file."""
    raw = engine.raw_connection()  # autocommit (pysqlite's isolation_level None): VACUUM runs
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


def upgrade_steps(target: Target) -> list[str]:
    """What opening this database will upgrade, for the start-up to show; [] if current."""
    if not target.exists():
        return []
    try:
        engine = make_engine(target.url)
    except StorageError:
        return []  # not a database at all: opening it will say so
    try:
        return pending(engine)
    except (DBAPIError, StorageError):
        return []  # damaged, foreign or newer: opening it will say so
    finally:
        engine.dispose()


def open_station(target: Target) -> AppContext:
    """Open an existing station database, upgrading an older schema after a backup."""
    if not target.exists():
        raise StorageError(
            f"لا توجد قاعدة بيانات في {target.db_path}. أنشئ محطة جديدة أولاً (baladiya init).",
            f"There is no database at {target.db_path}. Create a station first (baladiya init).",
        )
    try:
        engine = _upgraded_engine(target)
        with engine.connect() as connection, Session(connection) as session:
            info = station_info(load_station(session))
    except DBAPIError as exc:
        known = storage_error_from(exc, str(target.db_path or ""))
        if known is None:
            raise
        raise known from exc
    return AppContext(target.url, engine, target.paths, info)


def create_station(
    target: Target,
    *,
    kind: StationKind,
    municipality: str | None,
    station_name: str,
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
    recovery_code: str | None = None,
    key_passphrase: str | None = None,
) -> AppContext:
    """A new database with its station key and first administrator; refuses a used one.

    ``recovery_code`` (from ``users.new_recovery_code``, for the caller to show once) lets
    the administrator set a forgotten password; only its hash is stored. The ministry's key
    is also wrapped by ``key_passphrase``, which it requires."""
    check_username(admin_username)
    check_password_rules(admin_password, admin_username)
    if kind is StationKind.MINISTRY:
        check_key_passphrase(key_passphrase, admin_username, admin_password)
    else:
        key_passphrase = None
    name = " ".join(station_name.split())
    if not name:
        raise ValidationError(
            "اكتب اسماً للمحطة، مثلاً: مكتب شؤون الموظفين.",
            "Give the station a name, e.g. Staff affairs office.",
            field="station_name",
        )
    code = None
    if kind is StationKind.MUNICIPALITY:
        if not municipality:
            raise ValidationError("اختر البلدية.", "Choose the municipality.", field="municipality")
        code = find_shipped(municipality).code
    if target.db_path is not None:
        target.db_path.parent.mkdir(parents=True, exist_ok=True)
        _private_file(target.db_path)
    engine = make_engine(target.url)
    if not is_empty(engine):
        engine.dispose()
        raise StorageError(
            "قاعدة البيانات هذه مستخدمة من قبل. اختر ملفاً جديداً أو احذف القديم يدوياً.",
            "This database is already in use. Choose a new file.",
        )
    upgrade(engine)
    with Session(engine) as session, session.begin():
        station = Station(
            id=new_id(), kind=kind.value, municipality_code=code, name=name,
            last_seq=0, last_version=0, audit_seq=0,
        )
        give_signing_key(station, passphrase=key_passphrase)
        session.add(station)
        session.flush()
        info = station_info(station)
    ctx = AppContext(target.url, engine, target.paths, info, key_passphrase=key_passphrase)
    with ctx.write_as(admin_username, "station.init") as tx:
        tx.note("station.init", {"station": name, "municipality": code, "kind": kind.value})
        seed_municipalities(tx.session)
        admin = User(
            username=admin_username, role=Role.ADMIN.value, full_name=admin_full_name.strip(),
            password_hash=hash_password(admin_password),
            recovery_hash=recovery_hash(recovery_code) if recovery_code else None,
        )
        tx.session.add(admin)
        tx.session.flush()
        user = CurrentUser(admin.id, admin.username, admin.full_name, Role.ADMIN)
    return ctx.as_user(user)
