from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from baladiya_desktop.core.users import MAX_FAILED_ATTEMPTS
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


def test_lockout_message_after_repeated_failures(qtbot, open_ctx, runner):
    dialog = _dialog(qtbot, open_ctx, runner)
    for _ in range(MAX_FAILED_ATTEMPTS):
        _try(qtbot, dialog, ADMIN, "wrong-password")
    _try(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert "مقفل" in dialog.error.text()
    assert dialog.user is None


def test_empty_fields_are_refused_without_work(qtbot, open_ctx, runner):
    dialog = _dialog(qtbot, open_ctx, runner)
    dialog.submit()
    assert dialog.error.text() == "أدخل اسم المستخدم وكلمة المرور."
    assert not runner.busy
