"""Dialogs of the users page: add a user, change a role."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import Role
from baladiya_desktop.core.users import CurrentUser, add_user, set_role
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError, with_error


def role_combo(session: UiSession, current: Role = Role.VIEWER) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(session.role_title(role), role.value)
    combo.setCurrentIndex(list(Role).index(current))
    return combo


class _FormDialog(QDialog):
    """A form, a red error line, Save and Cancel; subclasses say what Save does."""

    def __init__(self, session: UiSession, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.errors: dict[str, InlineError] = {}
        self.general = InlineError()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def add_field(self, label: str, widget: QWidget, name: str = "") -> None:
        if name:
            self.errors[name] = InlineError()
            widget = with_error(widget, self.errors[name])
        self.form.addRow(label, widget)

    def submit(self) -> None:
        raise NotImplementedError

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear_message()

    def start(self, work: object) -> None:
        self.clear_errors()
        self.save_button.setEnabled(False)
        self.session.runner.run(work, on_done=self.done_ok, on_error=self.refused)  # type: ignore[arg-type]

    def done_ok(self, _result: object) -> None:
        self.accept()

    def refused(self, exc: UserError) -> None:
        self.save_button.setEnabled(True)
        self.errors.get(exc.field or "", self.general).show_message(
            self.session.runner.message(exc)
        )


class AddUserDialog(_FormDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.full_name = QLineEdit()
        self.role = role_combo(session)
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field(self.tr("User name:"), self.username, "username")
        self.add_field(self.tr("Full name:"), self.full_name)
        self.add_field(self.tr("Role:"), self.role, "role")
        self.add_field(self.tr("Password:"), self.password, "password")
        self.add_field(self.tr("Confirm password:"), self.confirm, "confirm")
        self.added: CurrentUser | None = None

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.clear_errors()
            self.errors["confirm"].show_message(self.tr("The two passwords do not match."))
            return
        ctx = self.session.ctx
        name, full = self.username.text().strip(), self.full_name.text()
        role, password = str(self.role.currentData()), self.password.text()
        self.start(lambda: add_user(ctx, name, role, password, full))

    def done_ok(self, result: object) -> None:
        self.added = result  # type: ignore[assignment]
        super().done_ok(result)


class RoleDialog(_FormDialog):
    def __init__(
        self, session: UiSession, username: str, current: Role, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Change the role of {name}").format(name=username))
        self.username = username
        self.role = role_combo(session, current)
        self.add_field(self.tr("Role:"), self.role, "role")

    def submit(self) -> None:
        ctx, name, role = self.session.ctx, self.username, str(self.role.currentData())
        self.start(lambda: set_role(ctx, name, role))
