"""One crash handler: a report file for every bug, a faulthandler log, told at next start."""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import os
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from baladiya_desktop import __version__
from baladiya_desktop.core.applog import recent_log, scrub
from baladiya_desktop.core.durable import PRIVATE

log = logging.getLogger(__name__)

SHOWN_MARKER = ".shown"
FAULT_LOG = "faulthandler.log"

Notifier = Callable[[Path], None]


def _qt_version() -> str:
    try:
        from PySide6 import __version__ as pyside_version

        return pyside_version
    except ImportError:  # pragma: no cover - the GUI always has it
        return "?"


def write_report(
    crash_dir: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    log_dir: Path | None = None,
) -> Path:
    """Versions, the traceback and the recent log: no locals, no data from the database.

    An exception's message may quote a value (a name in an integrity error), so the whole
    text goes through ``scrub``.
    """
    crash_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = crash_dir / f"crash-{stamp}.txt"
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    recent = recent_log(log_dir) if log_dir is not None else []
    lines = [
        f"Baladiya Desktop {__version__}",
        f"Python {platform.python_version()}, PySide6 {_qt_version()}, {platform.platform()}",
        f"Time: {dt.datetime.now().isoformat(timespec='seconds')}",
        "",
        scrub(trace),
        "",
        "Recent log:" if recent else "Recent log: (none)",
        *recent,
    ]
    text = "\n".join(line.rstrip("\n") for line in lines) + "\n"
    # The report is the user's alone (0600): a traceback may still name a path or a value.
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE), "w",
              encoding="utf-8") as handle:
        handle.write(text)
    return path


class CrashHandler:
    """Installed once at start; ``notify`` shows the short message (a box in the GUI)."""

    def __init__(self, crash_dir: Path, notify: Notifier, log_dir: Path | None = None) -> None:
        self.crash_dir = crash_dir
        self.log_dir = log_dir
        self.notify = notify
        self._fault_file: IO[str] | None = None
        self._handling = False

    def install(self) -> None:
        sys.excepthook = self.handle
        try:
            self.crash_dir.mkdir(parents=True, exist_ok=True)
            fault = os.open(self.crash_dir / FAULT_LOG, os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                            PRIVATE)
            self._fault_file = open(fault, "a", encoding="utf-8")  # noqa: SIM115 (kept open)
            faulthandler.enable(self._fault_file)
        except OSError:
            faulthandler.enable()

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        traceback.print_exception(exc_type, exc, tb)
        if self._handling:  # a bug inside the message box itself: the report is enough
            return
        self._handling = True
        try:
            log.error("crash: %s", exc_type.__name__)
            path = write_report(self.crash_dir, exc_type, exc, tb, self.log_dir)
            self.notify(path)
        except Exception:  # the handler must never raise
            traceback.print_exc()
        finally:
            self._handling = False

    def handle_exception(self, exc: BaseException) -> None:
        self.handle(type(exc), exc, exc.__traceback__)


def unseen_reports(crash_dir: Path) -> list[Path]:
    """Reports written since the user was last told; a hard crash's log becomes one too."""
    if not crash_dir.is_dir():
        return []
    fault = crash_dir / FAULT_LOG
    if fault.is_file() and fault.stat().st_size > 0:
        stamp = dt.datetime.fromtimestamp(fault.stat().st_mtime).strftime("%Y%m%d-%H%M%S")
        fault.replace(crash_dir / f"crash-{stamp}-fault.txt")
    shown = crash_dir / SHOWN_MARKER
    seen = set(shown.read_text(encoding="utf-8").split()) if shown.is_file() else set()
    return sorted(p for p in crash_dir.glob("crash-*.txt") if p.name not in seen)


def mark_reports_shown(crash_dir: Path, reports: list[Path]) -> None:
    shown = crash_dir / SHOWN_MARKER
    try:
        with shown.open("a", encoding="utf-8") as handle:
            handle.writelines(f"{p.name}\n" for p in reports)
    except OSError:
        pass
