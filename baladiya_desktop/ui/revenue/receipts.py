"""The receipt list: filters, a page at a time as the list scrolls, void, Excel in and out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from baladiya_desktop.domain.revenue import queries, service
from baladiya_desktop.domain.revenue.categories import categories
from baladiya_desktop.ui.kit.tables import fit_columns
from baladiya_desktop.ui.revenue.common import (
    RIGHT,
    Tab,
    button,
    category_combo,
    date_edit,
    method_names,
    money,
    optional_date,
    show_date,
    table_view,
)
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.text import ref_name

AnyIndex = QModelIndex | QPersistentModelIndex
VOIDED = QColor("#b42318")


class ReceiptsModel(QAbstractTableModel):
    """Receipts a page at a time: the view asks for more as it scrolls (fetchMore)."""

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.rows: list[queries.ReceiptRow] = []
        self.filter = queries.ReceiptFilter()
        self.more = False
        self.loading = False
        self.names: dict[str, str] = {}
        self.methods = method_names()
        self.generation = 0  # a reload makes pages still in flight stale
        self.headers = [
            self.tr("Book"),
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Payer"),
            self.tr("Category"),
            self.tr("Amount"),
            self.tr("Method"),
            self.tr("Collector"),
            self.tr("Deposit slip"),
            self.tr("Status"),
        ]

    def reload(self, f: queries.ReceiptFilter) -> None:
        self.generation += 1
        self.filter = f
        self.beginResetModel()
        self.rows, self.more, self.loading = [], False, False
        self.endResetModel()
        self._load()

    def _load(self) -> None:
        ctx, f, offset, generation = self.session.ctx, self.filter, len(self.rows), self.generation
        self.loading = True
        self.session.runner.run(
            lambda: (generation, queries.page(ctx, f, offset)),
            on_done=self._append,
        )

    def _append(self, result: tuple[int, list[queries.ReceiptRow]]) -> None:
        generation, rows = result
        if generation != self.generation:
            return
        self.loading = False
        self.more = len(rows) == queries.PAGE
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and not self.loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load()

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

    def status(self, r: queries.ReceiptRow) -> str:
        if r.voided:
            return self.tr("Voided")
        if r.deposit_slip or r.method == "transfer":
            return self.tr("Deposited") if r.deposit_slip else self.tr("By transfer")
        return self.tr("Not deposited")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.book_number,
                str(r.serial),
                show_date(r.receipt_date),
                r.payer_name,
                self.names.get(r.category_code, r.category_code),
                money(r.amount),
                self.methods.get(r.method, r.method),
                r.collector,
                r.deposit_slip or "—",
                self.status(r),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and r.voided:
            return r.void_reason
        if role == Qt.ItemDataRole.ForegroundRole and r.voided:
            return QBrush(VOIDED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return RIGHT
        return None


class ReceiptsTab(Tab):
    def __init__(self, session: UiSession) -> None:
        super().__init__(session)
        self.model = ReceiptsModel(session)
        self.table = table_view()
        self.table.setObjectName("receipts")
        self.table.setModel(self.model)
        self.model.modelReset.connect(self._widths)
        self._widths()
        self.date_from, self.date_to = date_edit(optional=True), date_edit(optional=True)
        self.category = QComboBox()
        self.collector = QComboBox()
        self.collector.setMinimumWidth(150)
        self.book = QLineEdit()
        self.book.setPlaceholderText(self.tr("Book number"))
        self.status = QComboBox()
        self.status.setMinimumWidth(110)
        for key, text in (
            ("all", self.tr("All")),
            ("valid", self.tr("Valid")),
            ("voided", self.tr("Voided")),
            ("undeposited", self.tr("Not deposited")),
            ("deposited", self.tr("Deposited")),
        ):
            self.status.addItem(text, key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Payer, ID or cheque number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        grid = QGridLayout()
        rows = (
            (
                (self.tr("From"), self.date_from, 0),
                (self.tr("To"), self.date_to, 0),
                (self.tr("Category"), self.category, 3),
            ),
            (
                (self.tr("Collector"), self.collector, 0),
                (self.tr("Book"), self.book, 0),
                (self.tr("Status"), self.status, 0),
            ),
        )
        for r, cells in enumerate(rows):
            line = QHBoxLayout()
            for label, widget, stretch in cells:
                line.addWidget(QLabel(label))
                line.addWidget(widget, stretch)
                line.addSpacing(12)
            grid.addLayout(line, r, 0)
        grid.addWidget(self.search, 2, 0)
        for signal in (
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.category.currentIndexChanged,
            self.collector.currentIndexChanged,
            self.status.currentIndexChanged,
            self.book.editingFinished,
            self.search.textChanged,
        ):
            signal.connect(self.apply)
        self.totals = QLabel()
        self.totals.setObjectName("panelTitle")
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        self.void_button = button(self.tr("Void…"), self.void, "block")
        bar.addWidget(self.void_button)
        bar.addWidget(button(self.tr("Import from Excel…"), self.import_file, "folder"))
        bar.addWidget(button(self.tr("Export to Excel…"), self.export_file, "folder"))
        bar.addWidget(button(self.tr("Monthly report…"), self.print_month))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.loaded_lists = False
        self.refresh()

    def _widths(self) -> None:
        fit_columns(self.table, stretch=3)  # the payer takes the rest

    def refresh(self) -> None:
        if not self.loaded_lists:
            ctx = self.session.ctx
            self.session.runner.run(
                lambda: (categories(ctx), queries.collectors(ctx)), on_done=self._lists
            )
        else:
            self.apply()

    def _lists(self, data: tuple[list[Any], list[str]]) -> None:
        items, names = data
        self.loaded_lists = True
        self.model.names = {c.code: ref_name(c) for c in items}
        combo = category_combo(items, True, self.tr("All categories"))
        self.category.blockSignals(True)
        self.collector.blockSignals(True)
        for i in range(combo.count()):
            self.category.addItem(combo.itemText(i), combo.itemData(i))
        self.collector.addItem(self.tr("All collectors"), "")
        for name in names:
            self.collector.addItem(name, name)
        self.category.blockSignals(False)
        self.collector.blockSignals(False)
        self.apply()

    def current_filter(self) -> queries.ReceiptFilter:
        return queries.ReceiptFilter(
            date_from=optional_date(self.date_from),
            date_to=optional_date(self.date_to),
            category=self.category.currentData() or "",
            collector=self.collector.currentData() or "",
            book_number=self.book.text().strip(),
            status=self.status.currentData() or "all",
            text=self.search.text(),
        )

    def apply(self) -> None:
        f = self.current_filter()
        self.model.reload(f)
        ctx = self.session.ctx
        self.session.runner.run(lambda: queries.count(ctx, f), on_done=self._counted)

    def _counted(self, result: tuple[int, int]) -> None:
        number, total = result
        self.totals.setText(
            self.tr("%n receipt(s) — total {total}", "", number).format(total=money(total))
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected(self) -> queries.ReceiptRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def void(self) -> None:
        row = self.selected()
        if row is None or row.voided:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void receipt"),
            self.tr("Why is receipt {serial} of book {book} void?").format(
                serial=row.serial, book=row.book_number
            ),
        )
        if ok:
            ctx = self.session.ctx
            self.session.runner.run(
                lambda: service.void_receipt(ctx, row.id, reason),
            )  # the list follows the change set

    def import_file(self) -> None:
        from baladiya_desktop.ui.revenue.transfer import import_receipts_dialog

        import_receipts_dialog(self.session, self)

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export receipts"), "receipts.xlsx", "Excel (*.xlsx)"
        )
        if path:
            from baladiya_desktop.ui.revenue.transfer import export_receipts_file

            export_receipts_file(self.session, self, path, self.current_filter())

    def print_month(self) -> None:
        from baladiya_desktop.ui.revenue.transfer import print_monthly_report

        last = dt.date.today().replace(day=1) - dt.timedelta(days=1)
        print_monthly_report(self.session, self, last)

    def tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Receipts"), text)
