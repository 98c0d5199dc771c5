"""Crash reports: what they hold, and the button that puts them on a USB stick."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path
from typing import Any

import pytest

from baladiya_desktop.core.applog import set_up_logging
from baladiya_desktop.ui import crash
from baladiya_desktop.ui.crash_dialog import STICK_FOLDER, CrashReportsDialog


def _report(folder: Path, logs: Path | None = None) -> Path:
    try:
        raise ValueError("no such employee أحمد الورفلي 119850123456")
    except ValueError as exc:
        return crash.write_report(folder, type(exc), exc, exc.__traceback__, logs)


def test_a_report_holds_versions_traceback_and_recent_log_but_no_personal_data(
    tmp_path: Path,
) -> None:
    root = logging.getLogger("baladiya_desktop")
    before = list(root.handlers)
    set_up_logging(tmp_path / "logs")
    try:
        logging.getLogger("baladiya_desktop.ui").info("page: staff")
        text = _report(tmp_path / "reports", tmp_path / "logs").read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
    assert "Baladiya Desktop" in text and "ValueError: no such employee" in text
    assert "Recent log:" in text and "page: staff" in text
    assert "أحمد" not in text and "119850123456" not in text


def test_reports_go_to_the_stick_and_a_refusal_is_clear(
    qtbot: Any, language: Any, tmp_path: Path
) -> None:
    reports = [_report(tmp_path / "reports"), _report(tmp_path / "reports")]
    dialog = CrashReportsDialog(reports, "ar")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 2 and dialog.isRightToLeft()
    stick = tmp_path / "stick"
    stick.mkdir()
    assert dialog.save_to(stick)
    saved = sorted((stick / STICK_FOLDER).iterdir())
    assert [p.name for p in saved] == sorted(r.name for r in reports)
    assert all(
        p.read_bytes() == r.read_bytes() for p, r in zip(saved, sorted(reports), strict=True)
    )
    assert "حُفظ" in dialog.status.text() and "الدعم الفني" in dialog.status.text()

    missing = tmp_path / "pulled-out"
    assert not dialog.save_to(missing)
    assert "تعذر الحفظ" in dialog.status.text() and dialog.status.isVisible()


def test_a_write_protected_stick(
    qtbot: Any, language: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kw: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr("baladiya_desktop.sync.usb.os.replace", refuse)
    dialog = CrashReportsDialog([_report(tmp_path / "reports")], "ar")
    qtbot.addWidget(dialog)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert not dialog.save_to(stick)
    assert "محمية من الكتابة" in dialog.status.text()
    assert list((stick / STICK_FOLDER).iterdir()) == []  # no half-written report left
