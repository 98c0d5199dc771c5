"""The case list: filters by status, type and unit, the cost of each case, the totals bar,
and the batch list for the ministry."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.text import search_key
from baladiya_desktop.domain.settlement import queries
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.queries import CaseRow
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.settlement.common import (
    RowsModel,
    date_text,
    grades_text,
    money_text,
    pick,
    status_name,
    table_view,
)


class CaseFilter(QSortFilterProxyModel):
    """Status, type and unit chosen above the list; everything when a combo says "All"."""

    def __init__(self, model: RowsModel[CaseRow], parent: QWidget) -> None:
        super().__init__(parent)
        self.rows_model = model
        self.setSourceModel(model)
        self.status = self.case_type = self.unit = ""

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # type: ignore[override]
        row = self.rows_model.rows[source_row]
        return (
            (not self.status or row.status == self.status)
            and (not self.case_type or row.case_type == self.case_type)
            and (not self.unit or row.unit_name == self.unit)
        )

    def visible(self) -> list[CaseRow]:
        return [
            self.rows_model.rows[self.mapToSource(self.index(r, 0)).row()]
            for r in range(self.rowCount())
        ]


class CasesTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.types: dict[str, tuple[str, str]] = {}
        self.pending_select: uuid.UUID | None = None
        lang = session.lang()
        self.model: RowsModel[CaseRow] = RowsModel(
            [
                self.tr("Case number"),
                self.tr("Name"),
                self.tr("Unit"),
                self.tr("Status"),
                self.tr("Grade"),
                self.tr("Effective date"),
                self.tr("Monthly difference"),
                self.tr("Arrears"),
            ],
            lambda r: (
                r.case_number,
                r.full_name,
                r.unit_name or "—",
                status_name(r.status, lang),
                grades_text(r.current_grade, r.proposed_grade),
                date_text(r.effective_date),
                money_text(r.cost.monthly_difference, r.cost.known),
                money_text(r.cost.arrears, r.cost.known),
            ),
            search=lambda r: search_key(f"{r.full_name} {r.case_number}"),
        )
        self.model.align_numbers = {4, 5, 6, 7}
        self.proxy = CaseFilter(self.model, self)
        self.table = table_view(self.proxy, (11, 17, 15, 15, 8, 10, 12, 12))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.status = self._combo()
        for status in wf.STATUS_AR:
            self.status.addItem(status_name(status, lang), status)
        self.case_type = self._combo()
        self.unit = self._combo()
        self.open_button = QPushButton(self.tr("Open the case…"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_selected)
        self.batch_button = QPushButton(self.tr("Batch list for the ministry…"))
        self.batch_button.clicked.connect(self.print_batch)
        bar = QHBoxLayout()
        for label, combo in (
            (self.tr("Status"), self.status),
            (self.tr("Type"), self.case_type),
            (self.tr("Unit"), self.unit),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.batch_button)
        bar.addWidget(self.open_button)
        self.totals = QLabel()
        self.totals.setObjectName("totalsBar")
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.message = QLabel()
        layout.addWidget(self.message)

    def _combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("All"), "")
        combo.setMinimumWidth(150)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: (queries.list_cases(ctx), queries.lists(ctx)), on_done=self._loaded
        )

    def _loaded(self, result: tuple[list[CaseRow], queries.Lists]) -> None:
        rows, lists = result
        self.types = lists.case_types
        self._fill(
            self.case_type, [(pick(n, self.session.lang(), c), c) for c, n in self.types.items()]
        )
        units = sorted({r.unit_name for r in rows if r.unit_name})
        self._fill(self.unit, [(u, u) for u in units])
        self.model.set_rows(rows)
        self._apply_filters()
        if self.pending_select is not None:
            self.select(self.pending_select)
            self.pending_select = None

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.beginFilterChange()
        self.proxy.status = str(self.status.currentData() or "")
        self.proxy.case_type = str(self.case_type.currentData() or "")
        self.proxy.unit = str(self.unit.currentData() or "")
        self.proxy.endFilterChange()
        self._show_totals()

    def _show_totals(self) -> None:
        total = queries.total_cost(self.proxy.visible())
        text = self.tr("Cases: {n} — monthly difference: {monthly} — arrears: {arrears}").format(
            n=total.cases,
            monthly=money_text(total.monthly_difference, total.known > 0),
            arrears=money_text(total.arrears, total.known > 0),
        )
        if total.known < total.cases:
            text += " " + self.tr(
                "(%n case(s) of unknown cost not counted: no salary table covers them)",
                "",
                total.cases - total.known,
            )
        self.totals.setText(text)

    def selected_id(self) -> uuid.UUID | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.rows[self.proxy.mapToSource(indexes[0]).row()].id

    def select(self, case_id: uuid.UUID) -> None:
        for row, case in enumerate(self.model.rows):
            if case.id == case_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def open_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: uuid.UUID) -> QWidget:
        from baladiya_desktop.ui.settlement.case_dialog import CaseDialog

        dialog = CaseDialog(self.session, case_id, self)
        dialog.open()
        return dialog

    def print_batch(self) -> None:
        print_form(self.session, self, "settlement-batch")

    def set_status_filter(self, status: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(status), 0))

    def focus_search(self) -> None:
        self.status.setFocus()

    def sort_by_number(self) -> None:
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
