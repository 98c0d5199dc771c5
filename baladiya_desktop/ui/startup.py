"""From an open database to a logged-in window: recovery, lock, login, daily backup."""

from __future__ import annotations

import datetime as dt
from typing import Any

from baladiya_desktop.core import maintenance
from baladiya_desktop.core.backup import list_backups, restore_database
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import StorageError, UserError
from baladiya_desktop.core.instance_lock import acquire_instance_lock
from baladiya_desktop.core.settings import BACKUP_DAILY, get_setting
from baladiya_desktop.core.setup import Target, upgrade_steps
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.ui.overview import format_datetime
from baladiya_desktop.ui.prompts import Prompter


def take_lock(target: Target, prompter: Prompter, lang: str) -> tuple[bool, Any]:
    """The instance lock, or (False, None) after telling the user another window has it."""
    try:
        return True, acquire_instance_lock(target.paths)
    except StorageError as exc:
        prompter.error(exc.message(lang))
        return False, None


def _restore_latest(target: Target) -> None:
    """Put the latest backup in place; a file that is not a database is moved aside first."""
    db_path = target.db_path
    assert db_path is not None
    latest = list_backups(target.paths.backups_dir)[0]
    try:
        restore_database(db_path, latest.path, target.paths.backups_dir)
    except StorageError:
        # restore_database backs up the current file first, which fails for a damaged one.
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        db_path.replace(db_path.with_name(f"{db_path.name}.damaged-{stamp}"))
        restore_database(db_path, latest.path, target.paths.backups_dir)


def open_with_recovery(target: Target, prompter: Prompter, lang: str) -> AppContext | None:
    """Open the station; on a damaged or unreadable database offer the latest backup.

    An older database is upgraded only after the user has been told what will change."""
    steps = upgrade_steps(target)
    if steps and not prompter.confirm_upgrade(steps):
        return None
    for _attempt in range(2):
        try:
            return open_station(target)
        except StorageError as exc:
            problem = exc.message(lang)
        found = list_backups(target.paths.backups_dir) if target.db_path else []
        when = format_datetime(found[0].taken_at) if found else None
        if not prompter.offer_restore(problem, when):
            return None
        try:
            _restore_latest(target)
        except UserError as exc:
            prompter.error(exc.message(lang))
            return None
    return None


def daily_backup_job(ctx: AppContext) -> Any:
    """The automatic backup of the day, if the station wants one (runs on the runner)."""
    if get_setting(ctx, BACKUP_DAILY):
        return maintenance.daily_backup(ctx)
    return None
