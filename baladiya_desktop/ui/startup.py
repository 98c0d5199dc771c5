"""From an open database to a logged-in window: recovery, lock, login, daily backup.

Also the pieces of the fast start (``ui.app``): the login window is painted before the
database layers are loaded, so this module imports none of them at the top; the functions
that need them import them when called, by which time the start has loaded them.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

from baladiya_desktop.core.errors import StorageError, UserError
from baladiya_desktop.ui.prompts import Prompter

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext
    from baladiya_desktop.core.setup import Target
    from baladiya_desktop.ui.i18n import Language
    from baladiya_desktop.ui.login import LoginDialog

# Set to a file name, the start appends one JSON line when the login window is first painted
# and one when the database layers are loaded: the time and the modules loaded by then
# (tests/gui/test_fast_start.py, tests/benchmarks/bench_startup.py).
PROBE_ENV = "BALADIYA_STARTUP_PROBE"

# What the shell and the main window stand on, loaded while the login window is shown.
HEAVY_MODULES = (
    "baladiya_desktop.domain.bootstrap",
    "baladiya_desktop.core.maintenance",
    "baladiya_desktop.ui.overview",
    "baladiya_desktop.ui.shell",
    "baladiya_desktop.ui.recovery",
    "baladiya_desktop.ui.session",
    "baladiya_desktop.ui.main_window",
)


def take_lock(target: Target, prompter: Prompter, lang: str) -> tuple[bool, Any]:
    """The instance lock, or (False, None) after telling the user another window has it."""
    from baladiya_desktop.core.instance_lock import acquire_instance_lock

    try:
        return True, acquire_instance_lock(target.paths)
    except StorageError as exc:
        prompter.error(exc.message(lang))
        return False, None


def _restore_latest(target: Target) -> None:
    """Put the latest backup in place; a file that is not a database is moved aside first."""
    from baladiya_desktop.core.backup import list_backups, restore_database

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
    from baladiya_desktop.core.backup import list_backups
    from baladiya_desktop.core.setup import upgrade_steps
    from baladiya_desktop.domain.bootstrap import open_station
    from baladiya_desktop.ui.overview import format_datetime

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
    from baladiya_desktop.core import maintenance
    from baladiya_desktop.core.settings import BACKUP_DAILY, get_setting

    if get_setting(ctx, BACKUP_DAILY):
        return maintenance.daily_backup(ctx)
    return None


# --- the fast start -------------------------------------------------------------------------


@dataclass
class EarlyStart:
    """What the start made before the shell existed, for the shell to carry on with: the
    language in use, the login window on screen (without a context yet) and the instance lock
    it took before showing it."""

    language: Language
    login: LoginDialog
    lock: Any


def probe(event: str, window: str = "") -> None:
    """One line in the file named by ``BALADIYA_STARTUP_PROBE``, if set."""
    path = os.environ.get(PROBE_ENV)
    if not path:
        return
    line = {"event": event, "window": window, "time": time.time(), "modules": sorted(sys.modules)}
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")


class HeavyLoader(QObject):
    """Imports ``modules`` on a thread and ends ``loop`` when they are loaded.

    Python takes an import lock per module: the GUI thread must not import any of them while
    this runs, so it starts only after the login window is painted, and the window needs
    nothing more until ``loop`` ends."""

    def __init__(self, loop: QEventLoop, modules: Sequence[str] = HEAVY_MODULES) -> None:
        super().__init__()
        self._loop = loop
        self._modules = tuple(modules)
        self._thread = threading.Thread(target=self._run, name="heavy-imports", daemon=True)
        self._done = threading.Event()
        self.error: BaseException | None = None
        # Polled, not signalled from the thread: 15 ms is well under what anyone notices.
        self._timer = QTimer(self)
        self._timer.setInterval(15)
        self._timer.timeout.connect(self._check)

    def start(self) -> None:
        if not self._thread.is_alive() and not self._done.is_set():
            self._thread.start()
            self._timer.start()

    def _run(self) -> None:
        try:
            for name in self._modules:
                importlib.import_module(name)
        except BaseException as exc:  # re-raised on the GUI thread, for the crash handler
            self.error = exc
        finally:
            self._done.set()

    def _check(self) -> None:
        if self._done.is_set():
            self._timer.stop()
            self._loop.quit()

    def wait(self) -> None:
        """Also after Quit: the interpreter must not end half-way through an import."""
        if self._thread.is_alive():
            self._thread.join()
        self._timer.stop()
        if self.error is not None:
            raise self.error


class FirstPaint(QObject):
    """Calls ``then`` once, after ``window`` has first been painted, or after half a second
    for a window system that paints nothing yet (a start minimised)."""

    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._painted = self._called = False
        window.installEventFilter(self)
        QTimer.singleShot(500, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            probe("painted", watched.objectName())
            QTimer.singleShot(0, self._call)  # once this paint is on the screen
        return False

    def _call(self) -> None:
        if not self._called:
            self._called = True
            self._then()
