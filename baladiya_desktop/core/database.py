"""Engines: connection settings, file checks, and the write-transaction mode of SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import ConnectionPoolEntry

from baladiya_desktop.core.errors import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "baladiya_write"


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for another backend or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not a SQLite database, before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StorageError(
            f"المسار {path} مجلد وليس ملف قاعدة بيانات. اختر ملفاً آخر.",
            f"{path} is a folder, not a database file. Choose another file.",
        )
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise StorageError(
            f"الملف {path} ليس قاعدة بيانات بلدية صالحة أو أنه تالف. "
            "استعد نسخة احتياطية (baladiya restore) أو اختر الملف الصحيح.",
            f"{path} is not a valid database or it is damaged. "
            "Restore a backup (baladiya restore) or choose the right file.",
        )


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Transactions are begun by the "begin" listener below, so pysqlite must not begin its own.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    # A write takes the database lock up front: two writers queue on busy_timeout instead of
    # failing halfway when a read lock cannot be upgraded.
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine with the connection settings of ARCHITECTURE.md for ``url``."""
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
        if not path.parent.exists():
            raise StorageError(
                f"المجلد {path.parent} غير موجود.",
                f"The folder {path.parent} does not exist.",
            )
    engine = create_engine(url, echo=echo)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def writer_engine(engine: Engine) -> Engine:
    """The same engine, marked so that its transactions take the write lock at once."""
    return engine.execution_options(**{WRITE_OPTION: True})


def storage_error_from(exc: BaseException, where: str = "") -> StorageError | None:
    """The clear message for a known database fault, or None if it is a bug."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    place = f" ({where})" if where else ""
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return StorageError(
            f"قاعدة البيانات تالفة{place}. استعد آخر نسخة احتياطية (baladiya restore) "
            "ولا تكتب فيها شيئاً قبل ذلك.",
            f"The database is damaged{place}. Restore the latest backup (baladiya restore) "
            "before writing anything.",
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            "قاعدة البيانات مشغولة ببرنامج آخر. انتظر قليلاً ثم أعد المحاولة.",
            "The database is busy with another program. Wait a moment and try again.",
        )
    if "disk is full" in text or "no space" in text or "database or disk is full" in text:
        return StorageError(
            "القرص ممتلئ: لم يُحفظ شيء. أفرغ مساحة ثم أعد المحاولة.",
            "The disk is full: nothing was saved. Free some space and try again.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError(
            f"تعذر فتح قاعدة البيانات للكتابة{place}. تأكد أن القرص غير محمي من الكتابة وأن "
            "لديك صلاحية على المجلد.",
            f"The database cannot be opened for writing{place}. Check that the disk is not "
            "write-protected and that you may write to the folder.",
        )
    if "disk i/o" in text:
        return StorageError(
            "خطأ في القراءة أو الكتابة على القرص. إن كان القرص خارجياً فتأكد أنه موصول.",
            "A disk read or write failed. If it is a removable drive, check it is plugged in.",
        )
    return None
