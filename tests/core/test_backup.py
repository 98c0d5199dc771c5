"""Backups: on demand, daily, rotated; restore backs up first and refuses bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from baladiya_desktop.core import backup, maintenance, users
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, StorageError
from tests.support import login


def usernames(ctx: AppContext) -> set[str]:
    return {row.username for row in users.list_users(ctx)}


def test_backup_and_restore_round_trip(admin: AppContext, tmp_path: Path) -> None:
    saved = maintenance.run_backup(admin, tmp_path / "copy.db")
    backup.check_backup_file(saved)
    users.add_user(admin, "later", "viewer", "secret99")
    assert "later" in usernames(admin)
    safety = maintenance.restore(admin, saved).safety_copy
    assert safety is not None and safety.exists()
    assert "later" not in usernames(admin)
    backup.check_backup_file(safety)  # the state before the restore is kept


def test_restore_refuses_a_file_that_is_not_a_backup(admin: AppContext, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(StorageError):
        maintenance.restore(admin, bogus)
    assert "clerk" in usernames(admin)


def test_only_the_administrator_restores(ctx: AppContext, tmp_path: Path) -> None:
    clerk = login(ctx, "clerk")
    saved = maintenance.run_backup(clerk, tmp_path / "c.db")  # clerks may back up
    with pytest.raises(PermissionDenied):
        maintenance.restore(clerk, saved)


def test_daily_backup_once_a_day_and_rotation(admin: AppContext) -> None:
    db_path = admin.paths.db_path
    assert db_path is not None
    folder = admin.paths.backups_dir
    first = backup.daily_backup_if_due(db_path, folder, keep=3)
    assert first is not None
    assert backup.daily_backup_if_due(db_path, folder, keep=3) is None
    for _ in range(5):
        backup.backup_database(db_path, folder, "before-import")
    backup.backup_database(db_path, folder)  # manual: never rotated away
    removed = backup.rotate(folder, keep=3)
    kinds = [b.reason for b in backup.list_backups(folder)]
    assert len(removed) == 3 and kinds.count("manual") == 1 and len(kinds) == 4
    assert maintenance.last_backup(admin) is not None
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert backup.daily_backup_if_due(db_path, folder, keep=3, today=tomorrow) is not None


def test_backup_to_a_missing_folder_says_so(admin: AppContext, tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        maintenance.run_backup(admin, tmp_path / "no" / "such" / "dir" / "b.db")
    assert "تعذر حفظ النسخة الاحتياطية" in caught.value.message_ar
