"""The login window's "forgot your password?": the recovery code sets a new password, and the
next code is shown once."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from baladiya_desktop.core import users
from baladiya_desktop.ui.login import LoginDialog
from baladiya_desktop.ui.recovery import RecoveryDialog
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD

NEW = "new-password-9"


def _setup(qtbot, open_ctx, runner):  # type: ignore[no-untyped-def]
    code = users.issue_recovery_code(open_ctx(ADMIN, ADMIN_PASSWORD))
    dialog = LoginDialog(open_ctx(), runner, "أبوسليم", username=ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.forgot.text() == "نسيت كلمة المرور؟"
    qtbot.mouseClick(dialog.forgot, Qt.MouseButton.LeftButton)
    recovery = dialog.recovery
    assert isinstance(recovery, RecoveryDialog) and recovery.isVisible()
    assert recovery.username.text() == ADMIN
    return code, dialog, recovery


def _submit(qtbot, recovery: RecoveryDialog, code: str, password: str) -> None:  # type: ignore[no-untyped-def]
    recovery.code.setText(code)
    recovery.password.setText(password)
    recovery.confirm.setText(password)
    recovery.set_button.click()
    qtbot.waitUntil(lambda: recovery.username.isEnabled(), timeout=10_000)


def test_forgot_password_sets_a_new_one_and_shows_the_next_code(qtbot, open_ctx, runner):
    code, dialog, recovery = _setup(qtbot, open_ctx, runner)
    _submit(qtbot, recovery, code, NEW)
    assert recovery.pages.currentIndex() == 1
    shown = recovery.new_code.text()
    assert re.fullmatch(r"([2-9A-Z]{5}-){4}[2-9A-Z]{5}", shown) and shown != code
    assert not recovery.close_button.isEnabled()
    recovery.reject()  # Escape does not lose the new code unacknowledged
    assert recovery.isVisible()
    recovery.written.setChecked(True)
    recovery.close_button.click()
    assert not recovery.isVisible()
    assert dialog.username.text() == ADMIN and dialog.password.text() == ""

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.password.setText(NEW)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.username == ADMIN
    ctx = open_ctx()
    users.recover(ctx, ADMIN, shown, "third-password-3")  # the next code works


def test_wrong_code_or_weak_password_is_refused_beside_the_field(qtbot, open_ctx, runner):
    code, _dialog, recovery = _setup(qtbot, open_ctx, runner)
    recovery.code.setText(code)
    recovery.password.setText("      ")
    recovery.confirm.setText("      ")
    recovery.set_button.click()
    assert "مسافات فقط" in recovery.errors["password"].text()
    assert not runner.busy

    wrong = ("33333" if not code.startswith("33333") else "44444") + code[5:]
    _submit(qtbot, recovery, wrong, NEW)
    assert recovery.pages.currentIndex() == 0
    assert recovery.error.text() == "اسم المستخدم أو رمز الاسترداد غير صحيح. لم يتغير شيء."
    # Nothing changed: the old password and the code still work.
    assert users.authenticate(open_ctx(), ADMIN, ADMIN_PASSWORD).username == ADMIN
    _submit(qtbot, recovery, code, NEW)
    assert recovery.pages.currentIndex() == 1
