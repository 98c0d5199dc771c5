"""إقفال الشهر: the month's checklist (books, gaps, deposits, voids), an explanation typed beside
each item not in order, the agent's close, the administrator's reopening with a reason, and
the printed close report."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue import closing
from baladiya_desktop.reports.registry import FormOptions
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.revenue.common import Tab, button, month_names, show_date
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError

OK = QColor("#1d6b3a")
OPEN = QColor("#b42318")
EXPLAINED = QColor("#9a5b00")
KEY_ROLE = Qt.ItemDataRole.UserRole
EXPLANATION = 4  # the column typed in
MONTHS_SHOWN = 24


def recent_months(today: dt.date, count: int = MONTHS_SHOWN) -> list[str]:
    """The months before ``today``'s, latest first: only an ended month can close."""
    year, month = today.year, today.month
    found = []
    for _ in range(count):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        found.append(f"{year}-{month:02d}")
    return found


class MonthCloseTab(Tab):
    def __init__(self, session: UiSession) -> None:
        super().__init__(session)
        self.closer = session.may(Permission.REVENUE_CLOSE)
        self.found: closing.Checklist | None = None
        self.kinds = {
            "book": self.tr("Receipt book"),
            "gap": self.tr("Missing serials"),
            "undeposited": self.tr("Not deposited"),
            "void": self.tr("Void without a reason"),
        }
        self.month = QComboBox()
        self.month.setObjectName("closeMonth")
        names = month_names()
        for key in recent_months(dt.date.today()):
            self.month.addItem(f"{names[int(key[5:]) - 1]} {key[:4]}", key)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status = QLabel()
        self.status.setObjectName("panelTitle")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("closeChecklist")
        self.table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Book"), self.tr("Details"), self.tr("State"),
            self.tr("Explanation"),
        ])
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EXPLANATION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(EXPLANATION, 260)
        self.hint = QLabel(self.tr(
            "Type an explanation beside each item not in order (double-click the cell). Once "
            "closed, no receipt, void or deposit can be dated in the month; its seal goes to "
            "the ministry with the next bundle."))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.error = InlineError()
        self.close_button = button(self.tr("Close the month"), self.close_month, primary=True)
        self.close_button.setObjectName("primary")
        self.reopen_button = button(self.tr("Reopen…"), self.reopen)
        for widget in (self.close_button, self.reopen_button):
            widget.setVisible(self.closer)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month)
        bar.addWidget(button(self.tr("Check again"), self.refresh))
        bar.addStretch(1)
        bar.addWidget(button(self.tr("Print the close report…"), self.print_report))
        bar.addWidget(self.reopen_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        self.refresh()

    def key(self) -> str:
        return str(self.month.currentData())

    def refresh(self) -> None:
        ctx, month = self.session.ctx, self.key()
        typed = self.explanations() if self.found and self.found.month == month else {}
        self.session.runner.run(lambda: closing.checklist(ctx, month, typed),
                                on_done=self._loaded)

    def explanations(self) -> dict[str, str]:
        typed = {}
        for row in range(self.table.rowCount()):
            first, cell = self.table.item(row, 0), self.table.item(row, EXPLANATION)
            key = first.data(KEY_ROLE) if first else None
            if key and cell and cell.text().strip():
                typed[str(key)] = cell.text().strip()
        return typed

    def _loaded(self, found: closing.Checklist) -> None:
        if found.month != self.key():
            return  # another month was chosen meanwhile
        self.found = found
        self.error.clear_message()
        editable = self.closer and not found.closed
        self.table.setRowCount(len(found.items))
        for row, item in enumerate(found.items):
            if item.ok:
                state, color = self.tr("In order"), OK
            elif item.explanation:
                state, color = self.tr("Explained"), EXPLAINED
            else:
                state, color = self.tr("Needs an explanation"), OPEN
            text = item.text_ar if self.session.lang() == "ar" else item.text_en
            cells = [self.kinds.get(item.kind, item.kind), item.book_number, text, state,
                     item.explanation]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if column == EXPLANATION and editable and not item.ok:
                    flags |= Qt.ItemFlag.ItemIsEditable
                cell.setFlags(flags)
                if column == 3:
                    cell.setForeground(QBrush(color))
                if column == 0:
                    cell.setData(KEY_ROLE, item.key)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self._show_status(found)

    def _show_status(self, found: closing.Checklist) -> None:
        problems, open_items = len(found.problems), len(found.unexplained)
        if found.closed:
            text = self.tr("Closed by {user} on {date}. Seal: {seal}").format(
                user=found.closed_by,
                date=show_date(found.closed_at.date() if found.closed_at else None),
                seal=found.seal[:16])
        elif found.status == "reopened":
            text = self.tr("Reopened: {reason}. {open} of {problems} items still need an "
                           "explanation.").format(reason=found.reopen_reason, open=open_items,
                                                  problems=problems)
        elif not problems:
            text = self.tr("Not closed. Every item is in order: the month can be closed.")
        else:
            text = self.tr("Not closed. {open} of {problems} items not in order still need an "
                           "explanation.").format(open=open_items, problems=problems)
        self.status.setText(text)
        self.close_button.setEnabled(self.closer and not found.closed)
        self.reopen_button.setEnabled(self.closer and found.closed)

    def close_month(self) -> None:
        if self.found is None or self.found.closed:
            return
        month, typed = self.key(), self.explanations()
        answer = QMessageBox.question(
            self, self.tr("Close the month"),
            self.tr("Close {month}? No receipt, void or deposit can then be dated in it.")
            .format(month=self.month.currentText()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self.session.ctx
        self.session.runner.run(lambda: closing.close_month(ctx, month, typed),
                                on_done=lambda _seal: self.refresh(), on_error=self._failed)

    def reopen(self) -> None:
        if self.found is None or not self.found.closed:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen the month"),
            self.tr("Why is {month} reopened? (kept in the audit log and sent to the ministry)")
            .format(month=self.month.currentText()))
        if not ok:
            return
        ctx, month = self.session.ctx, self.key()
        self.session.runner.run(lambda: closing.reopen_month(ctx, month, reason),
                                on_done=lambda _r: self.refresh(), on_error=self._failed)

    def _failed(self, error: Any) -> None:
        if isinstance(error, UserError):
            self.error.show_message(error.message(self.session.lang()))
        else:
            self.session.runner.show_error(error)

    def print_report(self) -> None:
        month = self.key()
        first = dt.date(int(month[:4]), int(month[5:]), 1)
        print_form(self.session, self, "revenue-close", options=FormOptions(date_from=first))
