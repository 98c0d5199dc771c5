"""The login dialog: user name, password, Enter submits, the refusal shown in red below, and
"forgot your password?" for the administrator's recovery code.

At start-up the dialog is shown before the database layers are loaded (``ui.app``): it then
has no context yet, and a login or a recovery asked for meanwhile waits, with a busy cursor,
for ``attach``. Nothing here imports SQLAlchemy, so the window can be painted first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.widgets import InlineError

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext
    from baladiya_desktop.core.users import CurrentUser
    from baladiya_desktop.ui.recovery import RecoveryDialog
    from baladiya_desktop.ui.runner import Runner


class LoginDialog(QDialog):
    """Accepted once the password checks out; ``user`` is then the logged-in user.

    Made without ``ctx`` and ``runner`` (at start-up), it needs ``station_name`` and waits for
    ``attach`` before it checks anything."""

    def __init__(
        self,
        ctx: AppContext | None,
        runner: Runner | None,
        municipality: str,
        parent: QWidget | None = None,
        username: str = "",
        station_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._waiting: Callable[[], None] | None = None
        self.user: CurrentUser | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Baladiya — log in"))
        self.setMinimumWidth(460)

        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(64, 64))
        title = QLabel(self.tr("Baladiya Desktop"))
        title.setObjectName("loginTitle")
        if not station_name:
            assert ctx is not None, "a dialog without a context is told the station's name"
            station_name = ctx.station.name
        where = QLabel(f"{municipality}\n{station_name}" if municipality else station_name)
        where.setObjectName("loginStation")
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(where)
        banner = QHBoxLayout()
        banner.addWidget(logo)
        banner.addLayout(names, 1)

        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        self.error = InlineError()
        self.forgot = QPushButton(self.tr("Forgot your password?"))
        self.forgot.setObjectName("forgotPassword")
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.clicked.connect(self.open_recovery)
        self.recovery: RecoveryDialog | None = None

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Focus lands on Quit while a login is checked; auto-default, the next Enter would quit.
        quit_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(banner)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def ready(self) -> bool:
        """The context is there: a login can be checked."""
        return self._ctx is not None and self._runner is not None

    def attach(self, ctx: AppContext, runner: Runner) -> None:
        """The station, opened once the database layers are loaded; a waiting request goes on."""
        self._ctx, self._runner = ctx, runner
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.unsetCursor()
            self._set_busy(False)
            waiting()

    def _wait_for_context(self, then: Callable[[], None]) -> None:
        self._waiting = then
        self._set_busy(True)
        self.setCursor(Qt.CursorShape.BusyCursor)  # the window still answers: Quit works

    def submit(self) -> None:
        name = self.username.text().strip()
        password = self.password.text()
        if not name or not password:
            self.error.show_message(self.tr("Enter your user name and password."))
            return
        self.error.clear_message()
        if self._ctx is None or self._runner is None:
            self._wait_for_context(self.submit)
            return
        from baladiya_desktop.core.users import authenticate

        ctx = self._ctx
        self._set_busy(True)
        self._runner.run(
            lambda: authenticate(ctx, name, password),
            on_done=self._logged_in,
            on_error=self._refused,
        )

    def _logged_in(self, user: CurrentUser) -> None:
        self._set_busy(False)
        self.user = user
        self.accept()

    def _refused(self, exc: UserError) -> None:
        assert self._runner is not None
        self._set_busy(False)
        self.error.show_message(self._runner.message(exc))
        self.password.clear()
        self.password.setFocus()

    def open_recovery(self) -> None:
        """The recovery dialog, modal over this one (open(), not exec(): no nested loop)."""
        if self._ctx is None or self._runner is None:
            self._wait_for_context(self.open_recovery)
            return
        from baladiya_desktop.ui.recovery import RecoveryDialog

        dialog = RecoveryDialog(self._ctx, self._runner, self.username.text().strip(), self)
        dialog.accepted.connect(lambda: self._recovered(dialog.recovered_username))
        dialog.finished.connect(dialog.deleteLater)
        self.recovery = dialog
        dialog.open()

    def _recovered(self, username: str) -> None:
        self.username.setText(username)
        self.password.clear()
        self.error.clear_message()
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.forgot.setEnabled(not busy)
        self.login_button.setEnabled(not busy)
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)
