"""The login window comes first: painted before SQLAlchemy, reportlab or openpyxl are loaded,
with the heavy layers loaded behind it; a login asked for meanwhile waits, and goes on."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from baladiya_desktop.core import users
from baladiya_desktop.core.settings import LANGUAGE, set_setting
from baladiya_desktop.core.setup import Target
from baladiya_desktop.ui.app import glance
from baladiya_desktop.ui.login import LoginDialog
from baladiya_desktop.ui.recovery import RecoveryDialog
from baladiya_desktop.ui.startup import PROBE_ENV
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.test_app_start import _is_png

HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "alembic", "argon2")


def _start_probed(db: Path, tmp_path: Path, *args: str) -> tuple[int, str, list[dict[str, Any]]]:
    probe = tmp_path / "probe.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BALADIYA_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[PROBE_ENV] = str(probe)
    result = subprocess.run(
        [sys.executable, "-m", "baladiya_desktop", "--db", str(db), *args],
        env=env, capture_output=True, text=True, timeout=120,
    )
    lines = probe.read_text(encoding="utf-8").splitlines() if probe.exists() else []
    return result.returncode, result.stderr, [json.loads(line) for line in lines]


def _heavy(modules: list[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in HEAVY}


def test_the_login_window_is_painted_before_the_heavy_layers_are_loaded(
    station: Target, tmp_path: Path
) -> None:
    out = tmp_path / "login.png"
    db = Path(str(station.db_path))
    code, err, events = _start_probed(db, tmp_path, "--screenshot", str(out))
    assert code == 0, err
    assert _is_png(out)  # the start went on to open the station and show the very dialog
    assert [e["event"] for e in events] == ["painted", "ready"]
    painted, ready = events
    assert painted["window"] == "loginDialog"
    assert {"PySide6.QtWidgets", "baladiya_desktop.ui.login"} <= set(painted["modules"])
    assert _heavy(painted["modules"]) == set()
    # The probe sees the real start: by the time the station is opened the layers are loaded.
    assert {"sqlalchemy", "argon2"} <= _heavy(ready["modules"])
    assert "baladiya_desktop.domain.bootstrap" in ready["modules"]
    assert painted["time"] < ready["time"]


def test_a_login_from_the_environment_goes_the_long_way(station: Target, tmp_path: Path) -> None:
    probe = tmp_path / "probe.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BALADIYA_")}
    env.update(QT_QPA_PLATFORM="offscreen", BALADIYA_PASSWORD=ADMIN_PASSWORD)
    env[PROBE_ENV] = str(probe)
    out = tmp_path / "home.png"
    result = subprocess.run(
        [sys.executable, "-m", "baladiya_desktop", "--db", str(station.db_path), "--user", ADMIN,
         "--screenshot", str(out)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert _is_png(out) and not probe.exists()  # no login window: nothing painted early


def test_glance_reads_name_municipality_and_language(station: Target, open_ctx) -> None:  # type: ignore[no-untyped-def]
    db = Path(str(station.db_path))
    seen = glance(db)
    assert seen is not None
    assert seen.station_name == "مكتب الوكيل" and seen.language == "ar"
    assert seen.municipality("ar") == "أبوسليم" and seen.municipality("en") == "Abu Salim"
    ctx = open_ctx(ADMIN, ADMIN_PASSWORD)
    set_setting(ctx, LANGUAGE, "en")
    ctx.engine.dispose()
    seen = glance(db)
    assert seen is not None and seen.language == "en"


def test_glance_gives_up_on_anything_but_a_station(tmp_path: Path) -> None:
    assert glance(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists()  # and makes no file
    empty = tmp_path / "empty.db"
    empty.touch()
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"somebody's notes\n" * 200)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE things (name TEXT)")
    con.commit()
    con.close()
    for path in (empty, notes, other):
        before = path.read_bytes()
        assert glance(path) is None, path.name
        assert path.read_bytes() == before


def test_a_login_asked_for_before_the_context_waits_then_goes_on(qtbot, open_ctx, runner) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(None, None, "أبوسليم", station_name="مكتب الوكيل")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ready
    dialog.username.setText(ADMIN)
    dialog.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.cursor().shape() == Qt.CursorShape.BusyCursor
    assert not dialog.login_button.isEnabled() and dialog.user is None
    assert dialog.isVisible() and dialog.error.text() == ""
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.attach(open_ctx(), runner)
    assert dialog.user is not None and dialog.user.username == ADMIN
    assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor


def test_a_wrong_password_asked_early_is_refused_once_the_context_is_there(  # type: ignore[no-untyped-def]
    qtbot, open_ctx, runner
) -> None:
    dialog = LoginDialog(None, None, "", station_name="مكتب الوكيل", username=ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()  # empty password: refused at once, nothing waits
    assert dialog.error.text() == "أدخل اسم المستخدم وكلمة المرور."
    assert dialog.login_button.isEnabled()
    dialog.password.setText("wrong-password")
    dialog.submit()
    assert not dialog.login_button.isEnabled()
    dialog.attach(open_ctx(), runner)
    qtbot.waitUntil(dialog.login_button.isEnabled, timeout=10_000)
    assert dialog.error.text() == "اسم المستخدم أو كلمة المرور غير صحيحة."
    assert dialog.user is None and dialog.isVisible()


def test_forgot_password_asked_early_opens_once_the_context_is_there(  # type: ignore[no-untyped-def]
    qtbot, open_ctx, runner
) -> None:
    users.issue_recovery_code(open_ctx(ADMIN, ADMIN_PASSWORD))
    dialog = LoginDialog(None, None, "أبوسليم", station_name="مكتب الوكيل", username=ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.forgot, Qt.MouseButton.LeftButton)
    assert dialog.recovery is None and not dialog.forgot.isEnabled()
    dialog.attach(open_ctx(), runner)
    assert isinstance(dialog.recovery, RecoveryDialog) and dialog.recovery.isVisible()
    assert dialog.recovery.username.text() == ADMIN
    assert dialog.forgot.isEnabled()


def test_quit_while_waiting_closes_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(None, None, "", station_name="مكتب الوكيل", username=ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.submit()
    with qtbot.waitSignal(dialog.rejected, timeout=2_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the window answers while it waits
    assert not dialog.isVisible() and dialog.user is None
