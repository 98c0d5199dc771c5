"""A forgotten password: the recovery code written down at setup sets a new one, and the next
code is shown once, to be written down in its place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError, ValidationError
from baladiya_desktop.core.users import check_password_rules, recover
from baladiya_desktop.ui.runner import Runner
from baladiya_desktop.ui.widgets import InlineError, with_error


def recovery_code_label(code: str = "") -> QLabel:
    """The code, large, left to right and selectable, as it is to be copied onto paper."""
    label = QLabel(code)
    label.setObjectName("recoveryCode")
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(max(font.pointSize(), 10) + 6)
    font.setBold(True)
    label.setFont(font)
    return label


class RecoveryDialog(QDialog):
    """Accepted once the new password is set and the next code acknowledged."""

    def __init__(
        self, ctx: AppContext, runner: Runner, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Forgotten password"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Type the recovery code written down when the station was set up (it is kept "
                "with the station's papers), then choose a new password."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("recoveryUsername")
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCodeInput")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.password = QLineEdit()
        self.password.setObjectName("recoveryPassword")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("recoveryConfirm")
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: InlineError() for name in ("password", "confirm")}
        self.error = InlineError()
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.tr("New password:"), with_error(self.password, self.errors["password"]))
        form.addRow(self.tr("Confirm password:"), with_error(self.confirm, self.errors["confirm"]))
        ask = QWidget()
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addWidget(intro)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.error)
        ask_layout.addStretch(1)

        done_text = QLabel(
            self.tr(
                "The new password is set. The old recovery code no longer works: this is the "
                "new one, shown only now. Write it down on paper and keep it with the station's "
                "papers, in place of the old one."
            )
        )
        done_text.setWordWrap(True)
        self.new_code = recovery_code_label()
        self.written = QCheckBox(self.tr("I have written the new recovery code down"))
        self.written.setObjectName("recoveryWritten")
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.addWidget(done_text)
        done_layout.addWidget(self.new_code)
        done_layout.addWidget(self.written)
        done_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(ask)
        self.pages.addWidget(done)

        self.buttons = QDialogButtonBox()
        self.set_button = self.buttons.addButton(
            self.tr("Set the password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.set_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.hide()
        self.set_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.written.toggled.connect(self.close_button.setEnabled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        (self.code if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def check_fields(self) -> bool:
        for label in (*self.errors.values(), self.error):
            label.clear_message()
        name = self.username.text().strip()
        if not name or not self.code.text().strip():
            self.error.show_message(self.tr("Enter the user name and the recovery code."))
            return False
        ok = True
        try:
            check_password_rules(self.password.text(), name)
        except ValidationError as exc:
            self.errors["password"].show_message(self._runner.message(exc))
            ok = False
        if self.password.text() != self.confirm.text():
            self.errors["confirm"].show_message(self.tr("The two passwords do not match."))
            ok = False
        return ok

    def submit(self) -> None:
        if not self.set_button.isEnabled() or not self.check_fields():
            return
        name, code = self.username.text().strip(), self.code.text()
        password = self.password.text()
        self._set_busy(True)
        self._runner.run(
            lambda: recover(self._ctx, name, code, password),
            on_done=self._recovered,
            on_error=self._refused,
        )

    @property
    def recovered_username(self) -> str:
        return self.username.text().strip()

    def _recovered(self, new_code: str) -> None:
        self._set_busy(False)
        self.password.clear()
        self.confirm.clear()
        self.code.clear()
        self.new_code.setText(new_code)
        self.pages.setCurrentIndex(1)
        self.set_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setEnabled(False)
        self.written.setFocus()

    def _refused(self, exc: UserError) -> None:
        self._set_busy(False)
        self.error.show_message(self._runner.message(exc))
        self.code.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.set_button, self.username, self.code, self.password, self.confirm):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self.pages.currentIndex() == 1:
            # The password is set by now; Escape must not lose the new code unacknowledged.
            if self.written.isChecked():
                self.accept()
            return
        super().reject()
