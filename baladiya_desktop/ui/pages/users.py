"""Users (administrators only): the list, add, password, role, disable and enable; the
printed users list and the audit log extract."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import search_key
from baladiya_desktop.core.users import UserRow, list_users, set_disabled
from baladiya_desktop.reports.registry import FormOptions
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.kit import dates
from baladiya_desktop.ui.kit.buttons import button_box
from baladiya_desktop.ui.kit.tables import fit_columns
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.overview import format_datetime
from baladiya_desktop.ui.password_dialog import PasswordDialog
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError

AnyIndex = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    """The station's users: a short list, loaded whole."""

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.rows: list[UserRow] = []
        self.headers = [
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Created"),
        ]

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def status(self, row: UserRow) -> str:
        if row.disabled:
            return self.tr("Disabled")
        return self.tr("Locked") if row.locked else self.tr("Active")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.username,
                row.full_name,
                self.session.role_title(row.role),
                self.status(row),
                format_datetime(row.created_at)[:10],
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return search_key(f"{row.username} {row.full_name}")
        return None


class UsersPage(QWidget):
    shows = frozenset({"users"})

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.pending_select: str | None = None  # selected when the change set reloads
        self.model = UsersModel(session)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(0)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search users (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(
            lambda text: self.proxy.setFilterFixedString(search_key(text))
        )
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        fit_columns(self.table, stretch=1)  # the full name takes the rest
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.change_password)

        self.add_button = self._button(self.tr("Add user…"), "add", self.new_item, primary=True)
        self.password_button = self._button(self.tr("Set password…"), "key", self.change_password)
        self.role_button = self._button(self.tr("Change role…"), "role", self.change_role)
        self.disable_button = self._button(self.tr("Disable"), "block", self.toggle_disabled)
        self.print_button = self._button(
            self.tr("Print the list…"), "print", lambda: print_form(session, self, "users-list")
        )
        self.audit_button = self._button(self.tr("Audit log extract…"), "print", self.print_audit)
        self.audit_button.setVisible(session.may(Permission.AUDIT_READ))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (
            self.add_button,
            self.password_button,
            self.role_button,
            self.disable_button,
            self.print_button,
            self.audit_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()
        follow(self, session)
        self.refresh()

    def print_audit(self) -> None:
        dialog = DateRangeDialog(self, self.tr("Audit log extract"))
        dialog.accepted.connect(
            lambda: print_form(self.session, self, "audit-extract", options=dialog.options())
        )
        dialog.open()
        self.range_dialog = dialog

    def _button(self, text: str, icon_name: str, slot: Any, primary: bool = False) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: list_users(ctx), on_done=self._loaded)

    def _loaded(self, rows: list[UserRow]) -> None:
        selected = self.selected()
        wanted = self.pending_select or (selected.username if selected else None)
        self.pending_select = None
        self.model.set_rows(rows)
        if wanted is not None:
            self.select(wanted)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.rows[self.proxy.mapToSource(indexes[0]).row()]

    def select(self, username: str) -> None:
        for row, user in enumerate(self.model.rows):
            if user.username == username:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.password_button, self.role_button, self.disable_button):
            button.setEnabled(row is not None)
        enable = row is not None and row.disabled
        self.disable_button.setText(self.tr("Enable") if enable else self.tr("Disable"))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_item(self) -> None:
        from baladiya_desktop.ui.pages.user_dialogs import AddUserDialog

        dialog = AddUserDialog(self.session, self)
        dialog.accepted.connect(
            lambda: self._changed(dialog.added.username if dialog.added else None)
        )
        dialog.open()

    def change_password(self) -> None:
        row = self.selected()
        if row is not None:
            own = row.username == self.session.user.username
            PasswordDialog(self.session, row.username, own=own, parent=self).open()

    def change_role(self) -> None:
        from baladiya_desktop.ui.pages.user_dialogs import RoleDialog

        row = self.selected()
        if row is not None:
            dialog = RoleDialog(self.session, row.username, row.role, self)
            dialog.accepted.connect(lambda: self._changed(row.username))
            dialog.open()

    def toggle_disabled(self) -> None:
        row = self.selected()
        if row is None:
            return
        ctx, name, disable = self.session.ctx, row.username, not row.disabled
        self.session.runner.run(
            lambda: set_disabled(ctx, name, disable), on_done=lambda _r: self._changed(name)
        )

    def _changed(self, username: str | None) -> None:
        """A write of this page is done: the change set reloads the list, then selects."""
        self.pending_select = username


class DateRangeDialog(QDialog):
    """From and to dates for a dated printout; this month so far unless changed."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        today = QDate.currentDate()
        self.date_from = dates.date_edit(QDate(today.year(), today.month(), 1))
        self.date_to = dates.date_edit(today)
        self.error = InlineError()
        buttons = button_box(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.error)
        form.addRow(buttons)

    def options(self) -> FormOptions:
        return FormOptions(self.date_from.date().toPython(), self.date_to.date().toPython())

    def _check(self) -> None:
        if self.date_from.date() > self.date_to.date():
            self.error.show_message(self.tr("The start date is after the end date."))
            return
        self.accept()
