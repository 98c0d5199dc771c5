"""The app's own log: what it did, never whom it was about; its tail goes into crash reports.

Messages name operations, pages, counts and error kinds; never a name, a national number or
any other value from a record. ``scrub`` is the second guard for text the app does not
choose (an exception's message): Arabic words and long numbers are masked.
"""

from __future__ import annotations

import io
import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from baladiya_desktop.core.durable import PRIVATE

LOG_NAME = "baladiya.log"
MAX_BYTES = 512 * 1024
KEEP = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_ARABIC_WORD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")
_LONG_NUMBER = re.compile(r"\d{6,}")


def scrub(text: str) -> str:
    """Mask what could identify a person: Arabic words (names) and numbers of 6+ digits."""
    return _LONG_NUMBER.sub(lambda m: "#" * len(m.group()), _ARABIC_WORD.sub("…", text))


class PrivateRotatingFileHandler(RotatingFileHandler):
    """The log and its rotated files are the user's alone (0600), as the data folder's other
    files."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE)
        if hasattr(os, "fchmod"):  # a log an older version made readable by others
            os.fchmod(fd, PRIVATE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def set_up_logging(folder: Path) -> Path | None:
    """Log to ``folder``/baladiya.log, rotated; None (and no file log) if it cannot be made."""
    root = logging.getLogger("baladiya_desktop")
    root.setLevel(logging.INFO)
    path = folder / LOG_NAME
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP,
                                             encoding="utf-8")
    except OSError:  # a read-only data folder: the app still runs, without a log
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path


def recent_log(folder: Path, lines: int = 100) -> list[str]:
    """The last ``lines`` lines of the log, scrubbed; empty when there is none."""
    path = folder / LOG_NAME
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 64 * 1024))
            tail = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    return [scrub(line) for line in tail.splitlines()[-lines:]]
