"""Progress and cancel as plain data, so long work knows nothing of Qt or the terminal."""

from __future__ import annotations

import threading
from typing import Protocol

from baladiya_desktop.core.errors import Cancelled


class ProgressSink(Protocol):
    def __call__(self, done: int, total: int, label: str = "") -> None: ...


def no_progress(done: int, total: int, label: str = "") -> None:
    """The sink used when nobody is watching."""


class CancelToken:
    """Set by the GUI's cancel button; checked by the work at safe points."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
