"""The staff list's table model: a page at a time, never the whole register in memory.

Counting and paging run on the runner's thread; a change of filter or sort bumps a
generation number, so the answer of a query the clerk has already typed past is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from baladiya_desktop.domain.staff import queries
from baladiya_desktop.domain.staff.display import Choices
from baladiya_desktop.domain.staff.queries import EmployeeRow, StaffFilter
from baladiya_desktop.ui.session import UiSession

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200
# Column → the sort key of queries.page (None: not sortable).
SORT_KEYS = ("national_number", "name", "employee_number", "unit", None, "grade", None, None,
             "hire_date")  # fmt: skip


class StaffModel(QAbstractTableModel):
    total_changed = Signal(int)
    loading_changed = Signal(bool)

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.rows: list[EmployeeRow] = []
        self.total = 0
        self.filter = StaffFilter()
        self.sort_key = "name"
        self.descending = False
        self.choices: Choices | None = None
        self._generation = 0
        self._fetching = False
        self.headers = [
            self.tr("National number"), self.tr("Name"), self.tr("Employee no."),
            self.tr("Unit"), self.tr("Job title"), self.tr("Grade"), self.tr("Employment type"),
            self.tr("Status"), self.tr("Hire date"),
        ]  # fmt: skip

    # --- loading ------------------------------------------------------------------------

    def reload(self, filters: StaffFilter | None = None) -> None:
        """Start again from the first page (new filter, sort, or changed data)."""
        if filters is not None:
            self.filter = filters
        self._generation += 1
        generation, ctx = self._generation, self.session.ctx
        f, key, down = self.filter, self.sort_key, self.descending
        self.loading_changed.emit(True)

        def work() -> tuple[int, list[EmployeeRow]]:
            return queries.count(ctx, f), queries.page(ctx, f, 0, PAGE, key, down)

        self._fetching = True
        self.session.runner.run(work, on_done=lambda r: self._first(generation, r))

    def _first(self, generation: int, result: tuple[int, list[EmployeeRow]]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.beginResetModel()
        self.total, self.rows = result
        self.endResetModel()
        self.total_changed.emit(self.total)
        self.loading_changed.emit(False)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, ctx, offset = self._generation, self.session.ctx, len(self.rows)
        f, key, down = self.filter, self.sort_key, self.descending
        self.session.runner.run(
            lambda: queries.page(ctx, f, offset, PAGE, key, down),
            on_done=lambda rows: self._more(generation, offset, rows),
        )

    def _more(self, generation: int, offset: int, rows: list[EmployeeRow]) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self._fetching = False
        if not rows:
            self.total = len(self.rows)  # the register shrank meanwhile
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- the table ----------------------------------------------------------------------

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

    def _name(self, list_name: str, code: str) -> str:
        return self.choices.name(list_name, code, self.session.lang()) if self.choices else code

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.national_number or "—", row.full_name, row.employee_number, row.unit_name,
                row.job_title, "" if row.grade is None else str(row.grade),
                self._name("employment_type", row.employment_type),
                self._name("employee_status", row.status),
                row.hire_date.strftime("%d/%m/%Y") if row.hire_date else "",
            )[column]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2, 5, 8):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
