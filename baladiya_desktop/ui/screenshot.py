"""``--screenshot``: show a window offscreen, let it settle, save it as a PNG."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from baladiya_desktop.ui.runner import Runner

SIZE = (1280, 800)


def settle(runner: Runner, timeout: float = 15.0) -> None:
    """Process events until background work is done and its results are shown."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not runner.busy:
            break
        time.sleep(0.005)
    for _ in range(3):  # layouts and paints queued by the last results
        QCoreApplication.processEvents()


def save_screenshot(widget: QWidget, runner: Runner, out: Path) -> bool:
    widget.show()
    settle(runner)
    out.parent.mkdir(parents=True, exist_ok=True)
    return widget.grab().save(str(out), "PNG")
