"""Enter in the login dialog always means "log in", also after a refused password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from baladiya_desktop.ui.login import LoginDialog
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD


def _quit_button(dialog: LoginDialog) -> QPushButton:
    reject = QDialogButtonBox.ButtonRole.RejectRole
    (button,) = [b for b in dialog.buttons.buttons() if dialog.buttons.buttonRole(b) == reject]
    assert isinstance(button, QPushButton)
    return button


def _refused(qtbot, dialog: LoginDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.username.setText(ADMIN)
    dialog.password.setText("wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=10_000)
    assert dialog.error.text() == "اسم المستخدم أو كلمة المرور غير صحيحة."


def test_enter_after_a_wrong_password_logs_in_and_never_quits(qtbot, open_ctx, runner):
    dialog = LoginDialog(open_ctx(), runner, "أبوسليم")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    quit_button = _quit_button(dialog)

    for _ in range(2):  # a second wrong password the same way: Enter again
        _refused(qtbot, dialog)
        assert dialog.isVisible() and dialog.result() == 0
        assert dialog.login_button.isDefault() and not quit_button.isDefault()
        assert dialog.password.hasFocus()
    others = [b for b in dialog.findChildren(QPushButton) if b is not dialog.login_button]
    assert quit_button in others and not any(b.autoDefault() for b in others)

    # Enter even on the quit button logs in: it is never the default.
    dialog.password.setText(ADMIN_PASSWORD)
    quit_button.setFocus()
    assert quit_button.hasFocus() and not quit_button.isDefault()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(quit_button, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.username == ADMIN
