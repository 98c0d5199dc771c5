"""Bank deposits: the slips, and a new deposit made of the receipts not yet banked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue import queries, service
from baladiya_desktop.ui.drafts import DraftKeeper
from baladiya_desktop.ui.kit.buttons import button_box
from baladiya_desktop.ui.revenue.common import (
    RIGHT,
    Tab,
    button,
    date_edit,
    from_qdate,
    money,
    show_date,
)
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError

BANKS = ("مصرف الجمهورية", "مصرف الوحدة", "مصرف الصحاري", "مصرف التجارة والتنمية")


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]], money_columns: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if c in money_columns:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


class DepositDialog(QDialog):
    """Tick the receipts the slip covers; the total is what the bank should show."""

    def __init__(self, session: UiSession, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New bank deposit"))
        self.resize(820, 560)
        self.slip = QLineEdit()
        self.bank = QComboBox()
        self.bank.setEditable(True)
        self.bank.addItems(BANKS)
        self.date = date_edit()
        self.rows: list[queries.ReceiptRow] = []
        self.table = _table(
            [
                self.tr("Book"),
                self.tr("Number"),
                self.tr("Date"),
                self.tr("Payer"),
                self.tr("Collector"),
                self.tr("Amount"),
            ]
        )
        self.table.itemChanged.connect(self._total)
        self.total = QLabel()
        self.total.setObjectName("panelTitle")
        self.error = InlineError()
        form = QFormLayout()
        form.addRow(self.tr("Slip number"), self.slip)
        form.addRow(self.tr("Bank"), self.bank)
        form.addRow(self.tr("Deposit date"), self.date)
        buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Receipts not yet deposited:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # The slip's own fields; the ticks follow the receipts, which may have changed.
        fields = {"slip": self.slip, "bank": self.bank, "date": self.date}
        self.drafts = DraftKeeper(self, session, "revenue.deposit", fields)
        self.drafts.start()
        ctx = session.ctx
        f = queries.ReceiptFilter(status="undeposited")
        session.runner.run(lambda: queries.page(ctx, f, 0, 2000), on_done=self._loaded)

    def _loaded(self, rows: list[queries.ReceiptRow]) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        _fill(
            self.table,
            [
                (
                    r.book_number,
                    r.serial,
                    show_date(r.receipt_date),
                    r.payer_name,
                    r.collector,
                    money(r.amount),
                )
                for r in rows
            ],
            {5},
        )
        for n in range(len(rows)):
            item = self.table.item(n, 0)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.table.blockSignals(False)
        self._total()

    def chosen(self) -> list[queries.ReceiptRow]:
        return [
            r
            for n, r in enumerate(self.rows)
            if self.table.item(n, 0).checkState() == Qt.CheckState.Checked
        ]

    def _total(self) -> None:
        chosen = self.chosen()
        self.total.setText(
            self.tr("%n receipt(s), total {total}", "", len(chosen)).format(
                total=money(sum(r.amount for r in chosen))
            )
        )

    def submit(self) -> None:
        ctx, ids = self.session.ctx, [r.id for r in self.chosen()]
        slip, day, bank = self.slip.text(), from_qdate(self.date.date()), self.bank.currentText()
        self.session.runner.run(
            lambda: service.deposit(ctx, slip, day, ids, bank),
            on_done=self._deposited,
            on_error=self._failed,
        )

    def _deposited(self, _slip: object) -> None:
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.error.show_message(error.message(self.session.lang()))


class DepositsTab(Tab):
    def __init__(self, session: UiSession) -> None:
        super().__init__(session)
        self.table = _table(
            [
                self.tr("Slip number"),
                self.tr("Bank"),
                self.tr("Date"),
                self.tr("Receipts"),
                self.tr("Amount"),
            ]
        )
        self.count = QLabel()
        self.count.setObjectName("panelTitle")
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        if session.may(Permission.REVENUE_WRITE):
            bar.addWidget(button(self.tr("New deposit…"), self.new_item, "add", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: queries.deposits(ctx), on_done=self._loaded)

    def _loaded(self, rows: list[queries.DepositRow]) -> None:
        _fill(
            self.table,
            [
                (d.slip_number, d.bank, show_date(d.deposit_date), d.receipts, money(d.amount))
                for d in rows
            ],
            {4},
        )
        self.count.setText(
            self.tr("%n deposit(s), total {total}", "", len(rows)).format(
                total=money(sum(d.amount for d in rows))
            )
        )

    def new_item(self) -> None:
        DepositDialog(self.session, self).open()  # the list follows the change set
