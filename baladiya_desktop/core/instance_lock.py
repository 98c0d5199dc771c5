"""One app window per database: the second instance says so instead of fighting over it."""

from __future__ import annotations

from filelock import FileLock, Timeout

from baladiya_desktop.core.errors import StorageError
from baladiya_desktop.core.paths import StationPaths


def acquire_instance_lock(paths: StationPaths) -> FileLock | None:
    """Hold the database's lock file for the life of the window; None for a server database.

    The operating system drops the lock when the process dies, so a power cut leaves no stale
    lock behind.
    """
    if paths.lock_path is None:
        return None
    lock = FileLock(str(paths.lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise StorageError(
            "البرنامج مفتوح مسبقاً على قاعدة البيانات هذه، في نافذة أخرى أو على جهاز آخر. "
            "استخدم النافذة المفتوحة أو أغلقها أولاً.",
            "The app already has this database open in another window. Use that window or "
            "close it first.",
        ) from None
    return lock
