"""What the settlement screens share: a read-only table model over rows, names by language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.ui.kit.tables import share_width
from baladiya_desktop.ui.text import amount

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex


def unknown_text() -> str:
    return QCoreApplication.translate("Settlement", "Unknown")


def money_text(dirhams: int | None, known: bool = True) -> str:
    return amount(dirhams) if known and dirhams is not None else unknown_text()


def date_text(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else "—"


def grade_text(grade: int | None) -> str:
    return "—" if grade is None else str(grade)


def status_name(status: str, lang: str) -> str:
    return (wf.STATUS_AR if lang == "ar" else wf.STATUS_EN).get(status, status)


def move_label(move: wf.Move, lang: str) -> str:
    return move.label_ar if lang == "ar" else (move.label_en or move.action)


def grades_text(recorded: int | None, target: int | None) -> str:
    return QCoreApplication.translate("Settlement", "{a} to {b}").format(
        a=grade_text(recorded), b=grade_text(target)
    )


def search_proxy(model: QAbstractTableModel, parent: Any) -> QSortFilterProxyModel:
    """Filters on the rows' Arabic search key (UserRole of column 0)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterRole(Qt.ItemDataRole.UserRole)
    proxy.setFilterKeyColumn(0)
    return proxy


def pick(names: tuple[str, str] | None, lang: str, fallback: str) -> str:
    if names is None:
        return fallback
    return names[0] if lang == "ar" or not names[1] else names[1]


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one dataclass shown through ``cells(row) -> tuple``; loaded whole (hundreds to
    a few thousand rows), sorted by the proxy with ``sort_key`` values."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[R], Sequence[Any]],
        checkable: bool = False,
        search: Callable[[R], str] | None = None,
    ) -> None:
        super().__init__()
        self.headers = list(headers)
        self.cells = cells
        self.search = search
        self.rows: list[R] = []
        self.checkable = checkable
        self.checked: set[int] = set()
        self.align_numbers: set[int] = set()

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.checked.clear()
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

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.checkable and index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.cells(row)[index.column()]  # the tooltip shows an elided cell whole
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            on = index.row() in self.checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole and self.search is not None:
            return self.search(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.align_numbers:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkable:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.checked.add if checked else self.checked.discard)(index.row())
        self.dataChanged.emit(index, index, [role])
        return True

    def checked_rows(self) -> list[R]:
        return [self.rows[i] for i in sorted(self.checked)]


class FitTable(QTableView):
    """A table whose columns share its width by weight: no sideways scrolling, long cells
    elided (their tooltip shows them whole)."""

    def __init__(self, weights: Sequence[float]) -> None:
        super().__init__()
        self.weights = list(weights)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        share_width(self, self.weights)


def table_view(model: Any, weights: Sequence[float], multi: bool = False) -> QTableView:
    view = FitTable(weights)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view
