"""Set a password: one's own (with the old one) or, for an administrator, anyone's."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.users import change_password
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(QDialog):
    def __init__(
        self, session: UiSession, username: str, *, own: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.username = username
        self.own = own
        self.setWindowTitle(
            self.tr("Change my password")
            if own
            else self.tr("Set the password of {name}").format(name=username)
        )
        self.setMinimumWidth(420)
        self.old = _secret()
        self.new = _secret()
        self.confirm = _secret()
        form = QFormLayout()
        if own:
            form.addRow(self.tr("Current password:"), self.old)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Confirm password:"), self.confirm)
        self.error = InlineError()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.new.text() != self.confirm.text():
            self.error.show_message(self.tr("The two passwords do not match."))
            return
        ctx, name, new = self.session.ctx, self.username, self.new.text()
        old = self.old.text() if self.own else None
        self.save_button.setEnabled(False)
        self.session.runner.run(
            lambda: change_password(ctx, name, new, old),
            on_done=self._saved,
            on_error=self._refused,
        )

    def _saved(self, _result: object) -> None:
        self.accept()
        QMessageBox.information(
            self.parentWidget(), self.windowTitle(), self.tr("The password was changed.")
        )

    def _refused(self, exc: UserError) -> None:
        self.save_button.setEnabled(True)
        self.error.show_message(self.session.runner.message(exc))
