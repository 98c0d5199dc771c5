"""A bug the app would report fails the GUI test it happened in, even when nothing reads it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from baladiya_desktop.core.resources import project_root

TESTS = '''
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.ui import crash


def test_a_worker_bug_nobody_waits_for(runner):
    runner.run(lambda: 1 / 0)


def test_a_worker_bug_delivered(qtbot, runner, crashes):
    runner.run(lambda: {}["missing"])
    qtbot.waitUntil(lambda: bool(crashes), timeout=5_000)


def test_a_bug_in_a_result_callback(qtbot, runner):
    def show(_result):
        raise RuntimeError("in the callback")

    runner.run(lambda: 1, on_done=show)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)


def test_the_crash_handler(tmp_path):
    handler = crash.CrashHandler(tmp_path, lambda _report: None)
    try:
        raise ValueError("reported")
    except ValueError as exc:
        handler.handle_exception(exc)


def test_a_bug_taken_out_on_purpose(qtbot, runner, crashes):
    runner.run(lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(crashes), timeout=5_000)
    assert isinstance(crashes.pop(), ZeroDivisionError)


def test_a_refusal_is_not_a_bug(qtbot, runner):
    def refuse():
        raise ValidationError("مرفوض", "refused")

    errors = []
    runner.run(refuse, on_error=errors.append)
    runner.run(refuse)  # the runner's own message box
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert len(errors) == 1
'''


def test_a_bug_fails_the_test_it_happened_in(tmp_path: Path) -> None:
    (tmp_path / "test_bugs.py").write_text(TESTS, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider",
         "-c", str(project_root() / "pyproject.toml"), "--rootdir", str(project_root()),
         "-p", "tests.conftest", "-p", "tests.gui.conftest", str(tmp_path / "test_bugs.py")],
        cwd=project_root(), env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    outcome = {
        line.split("::")[1].split()[0]: line.split()[0]
        for line in result.stdout.splitlines()
        if line.split(" ", 1)[0] in ("PASSED", "FAILED", "ERROR") and "::" in line
    }
    assert outcome == {
        "test_a_worker_bug_nobody_waits_for": "ERROR",
        "test_a_worker_bug_delivered": "ERROR",
        "test_a_bug_in_a_result_callback": "FAILED",
        "test_the_crash_handler": "ERROR",
        "test_a_bug_taken_out_on_purpose": "PASSED",
        "test_a_refusal_is_not_a_bug": "PASSED",
    }, result.stdout + result.stderr
    assert "ZeroDivisionError" in result.stdout and "KeyError: 'missing'" in result.stdout
    assert "RuntimeError: in the callback" in result.stdout
    assert "ValueError: reported" in result.stdout
