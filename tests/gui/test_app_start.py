"""The app as a clerk starts it: a subprocess, offscreen, with --screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from baladiya_desktop.core.backup import backup_database
from baladiya_desktop.core.instance_lock import acquire_instance_lock
from baladiya_desktop.core.setup import Target
from baladiya_desktop.ui import crash
from baladiya_desktop.ui.prompts import Prompter
from baladiya_desktop.ui.startup import open_with_recovery
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def start(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BALADIYA_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if password is not None:
        env["BALADIYA_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "baladiya_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _is_png(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 1000 and path.read_bytes()[:8] == PNG_MAGIC


def test_screenshot_of_the_login_dialog(station: Target, tmp_path: Path):
    out = tmp_path / "login.png"
    result = start("--db", str(station.db_path), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert _is_png(out)


def test_screenshot_of_a_main_window_page(station: Target, tmp_path: Path):
    out = tmp_path / "users.png"
    result = start(
        "--db",
        str(station.db_path),
        "--user",
        ADMIN,
        "--page",
        "users",
        "--lang",
        "en",
        "--screenshot",
        str(out),
        password=ADMIN_PASSWORD,
    )
    assert result.returncode == 0, result.stderr
    assert _is_png(out)


def test_screenshot_of_the_wizard_leaves_no_database(tmp_path: Path):
    db, out = tmp_path / "none.db", tmp_path / "wizard.png"
    result = start("--db", str(db), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert _is_png(out)
    assert not db.exists()


def test_second_instance_is_refused(station: Target, tmp_path: Path):
    lock = acquire_instance_lock(station.paths)
    try:
        result = start("--db", str(station.db_path), "--screenshot", str(tmp_path / "x.png"))
    finally:
        assert lock is not None
        lock.release()
    assert result.returncode == 1
    assert "مفتوح مسبقاً" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path):
    db = tmp_path / "notes.db"
    content = b"these are somebody's notes, not a database\n" * 20
    db.write_bytes(content)
    result = start("--db", str(db), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "ليس قاعدة بيانات" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == content


class _Accept(Prompter):
    def __init__(self) -> None:
        super().__init__(interactive=False)
        self.offered: list[str] = []

    def offer_restore(self, problem: str, latest_when: str | None) -> bool:
        self.offered.append(problem)
        return latest_when is not None


def test_a_damaged_database_can_be_restored_from_the_latest_backup(station: Target):
    db = station.db_path
    assert db is not None
    backup_database(db, station.paths.backups_dir, "daily")
    db.write_bytes(b"garbage" * 100)
    prompter = _Accept()
    ctx = open_with_recovery(station, prompter, "ar")
    assert ctx is not None
    ctx.engine.dispose()
    assert len(prompter.offered) == 1 and "ليس قاعدة بيانات" in prompter.offered[0]
    assert ctx.station.name == "مكتب الوكيل"
    assert list(db.parent.glob(f"{db.name}.damaged-*"))  # the damaged file is kept


def test_crash_reports_are_written_and_told_once(tmp_path: Path):
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        report = crash.write_report(tmp_path, type(exc), exc, exc.__traceback__)
    text = report.read_text(encoding="utf-8")
    assert "Baladiya Desktop" in text and "RuntimeError: boom" in text
    assert crash.unseen_reports(tmp_path) == [report]
    crash.mark_reports_shown(tmp_path, [report])
    assert crash.unseen_reports(tmp_path) == []
