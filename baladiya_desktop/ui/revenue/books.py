"""Receipt books: the register, issuing a book to a collector, taking it back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue import queries, service
from baladiya_desktop.ui.drafts import DraftKeeper
from baladiya_desktop.ui.kit.buttons import button_box
from baladiya_desktop.ui.revenue.common import (
    CENTER,
    RIGHT,
    Tab,
    button,
    date_edit,
    from_qdate,
    money,
    show_date,
    stretch_column,
    table_view,
)
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.text import span
from baladiya_desktop.ui.widgets import InlineError

AnyIndex = QModelIndex | QPersistentModelIndex


class BooksModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[queries.BookRow] = []
        self.status = {
            "issued": self.tr("With the collector"),
            "returned": self.tr("Returned"),
            "closed": self.tr("Closed"),
        }
        self.headers = [
            self.tr("Book"),
            self.tr("Serials"),
            self.tr("Collector"),
            self.tr("Issued"),
            self.tr("Returned"),
            self.tr("Used"),
            self.tr("Voided"),
            self.tr("Missing"),
            self.tr("Collected"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: list[queries.BookRow]) -> None:
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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            number = b.book_number + (" *" if b.imported else "")
            return (
                number,
                span(b.serial_from, b.serial_to),
                b.collector,
                show_date(b.issued_on),
                show_date(b.returned_on),
                str(b.used),
                str(b.voided),
                str(b.missing),
                money(b.collected),
                self.status.get(b.status, b.status),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() == 8 else CENTER if index.column() in (5, 6, 7) else None
        return None


class IssueBookDialog(QDialog):
    def __init__(self, session: UiSession, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Issue a receipt book"))
        self.number = QLineEdit()
        self.first, self.last = QSpinBox(), QSpinBox()
        for spin, value in ((self.first, 1), (self.last, 50)):
            spin.setRange(1, 9_999_999)
            spin.setValue(value)
        self.collector = QLineEdit()
        self.issued = date_edit()
        self.error = InlineError()
        form = QFormLayout()
        form.addRow(self.tr("Book number"), self.number)
        form.addRow(self.tr("First receipt number"), self.first)
        form.addRow(self.tr("Last receipt number"), self.last)
        form.addRow(self.tr("Collector"), self.collector)
        form.addRow(self.tr("Issued on"), self.issued)
        buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fields = {
            "number": self.number,
            "first": self.first,
            "last": self.last,
            "collector": self.collector,
            "issued": self.issued,
        }
        self.drafts = DraftKeeper(self, session, "revenue.book", fields)
        self.drafts.start()

    def submit(self) -> None:
        ctx = self.session.ctx
        args = (
            self.number.text(),
            self.first.value(),
            self.last.value(),
            self.collector.text(),
            from_qdate(self.issued.date()),
        )
        self.session.runner.run(
            lambda: service.issue_book(ctx, *args),
            on_done=self._issued,
            on_error=self._failed,
        )

    def _issued(self, _book: object) -> None:
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.error.show_message(error.message(self.session.lang()))


class BooksTab(Tab):
    # Results arrive through bound methods only: the runner drops them once the widget is gone.
    def __init__(self, session: UiSession) -> None:
        super().__init__(session)
        self.model = BooksModel()
        self.table = table_view()
        self.table.setModel(self.model)
        stretch_column(self.table, 2)
        self.count = QLabel()
        self.count.setObjectName("panelTitle")
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        if session.may(Permission.REVENUE_WRITE):
            bar.addWidget(button(self.tr("Issue a book…"), self.new_item, "add", True))
            bar.addWidget(button(self.tr("Book returned"), self.return_book))
        bar.addWidget(button(self.tr("Print the register…"), self.print_register))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: queries.books(ctx), on_done=self._loaded)

    def _loaded(self, rows: list[queries.BookRow]) -> None:
        self.model.set_rows(rows)
        self.count.setText(
            self.tr("%n book(s), {open} with collectors", "", len(rows)).format(
                open=sum(1 for b in rows if b.status == "issued")
            )
        )

    def new_item(self) -> None:
        IssueBookDialog(self.session, self).open()  # the list follows the change set

    def return_book(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        book = self.model.rows[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("Book returned"),
            self.tr(
                "Book {book} is handed back and closed: it takes no more receipts. Continue?"
            ).format(book=book.book_number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: service.return_book(ctx, book.book_number, dt.date.today()),
        )  # the list follows the change set

    def print_register(self) -> None:
        from baladiya_desktop.ui.revenue.transfer import print_book_register

        print_book_register(self.session, self)
