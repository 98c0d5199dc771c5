from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from baladiya_desktop.core import users
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.errors import AuthenticationError
from baladiya_desktop.ui.login import LoginDialog
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD


def _dialog(qtbot, open_ctx, runner) -> LoginDialog:
    dialog = LoginDialog(open_ctx(), runner, "أبوسليم")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog: LoginDialog, name: str, password: str) -> None:
    dialog.username.setText(name)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter submits
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=10_000)


def test_login_success(qtbot, open_ctx, runner):
    dialog = _dialog(qtbot, open_ctx, runner)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.username.setText(ADMIN)
        dialog.password.setText(ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.username == ADMIN


def test_login_failure_shows_message_in_red(qtbot, open_ctx, runner):
    dialog = _dialog(qtbot, open_ctx, runner)
    _try(qtbot, dialog, ADMIN, "wrong-password")
    assert dialog.error.isVisible()
    assert dialog.error.text() == "اسم المستخدم أو كلمة المرور غير صحيحة."
    assert dialog.error.objectName() == "inlineError"
    assert dialog.password.text() == ""
    assert dialog.user is None


def test_wrong_passwords_ask_to_wait_and_never_lock_out(qtbot, open_ctx, runner):
    ctx = open_ctx()
    now = utcnow()
    # An attacker's eleven wrong passwords, each at the pace the service allows, the last now.
    for n in range(-10, 1):
        try:
            users.authenticate(ctx, ADMIN, "wrong-password", now=now + dt.timedelta(minutes=n))
        except AuthenticationError as exc:
            assert not isinstance(exc, users.LoginDelayed)
    dialog = _dialog(qtbot, open_ctx, runner)
    _try(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert dialog.user is None
    text = dialog.error.text()
    assert text.startswith("محاولات دخول خاطئة متكررة: انتظر ") and "ثانية" in text, text
    assert int(text.split("انتظر ")[1].split()[0]) <= users.MAX_DELAY_SECONDS
    assert "مقفل" not in text


def test_empty_fields_are_refused_without_work(qtbot, open_ctx, runner):
    dialog = _dialog(qtbot, open_ctx, runner)
    dialog.submit()
    assert dialog.error.text() == "أدخل اسم المستخدم وكلمة المرور."
    assert not runner.busy
