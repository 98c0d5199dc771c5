"""What the revenue tabs share: tables, money cells, dates, month names, the tab contract."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.kit import dates
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.text import amount, ref_name

if TYPE_CHECKING:
    from baladiya_desktop.ui.session import UiSession

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
NO_DATE = QDate(2000, 1, 1)  # the minimum of an optional date field: shown as "—"
# Every revenue table: books, receipts, deposits and targets all feed one another's figures.
REVENUE_TABLES = frozenset({
    "revenue_category", "revenue_local_category", "receipt_book", "receipt", "revenue_deposit",
    "revenue_target", "revenue_month",
})


def month_names() -> list[str]:
    return [
        QCoreApplication.translate("Revenue", "January"),
        QCoreApplication.translate("Revenue", "February"),
        QCoreApplication.translate("Revenue", "March"),
        QCoreApplication.translate("Revenue", "April"),
        QCoreApplication.translate("Revenue", "May"),
        QCoreApplication.translate("Revenue", "June"),
        QCoreApplication.translate("Revenue", "July"),
        QCoreApplication.translate("Revenue", "August"),
        QCoreApplication.translate("Revenue", "September"),
        QCoreApplication.translate("Revenue", "October"),
        QCoreApplication.translate("Revenue", "November"),
        QCoreApplication.translate("Revenue", "December"),
    ]


def method_names() -> dict[str, str]:
    return {
        "cash": QCoreApplication.translate("Revenue", "Cash"),
        "cheque": QCoreApplication.translate("Revenue", "Cheque"),
        "transfer": QCoreApplication.translate("Revenue", "Bank transfer"),
    }


def money(dirhams: int) -> str:
    """Amounts read left to right inside right-to-left text: 1,234.500 د.ل (LYD in English)."""
    return amount(dirhams)


def show_date(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else "—"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date | None = None, optional: bool = False) -> QDateEdit:
    edit = dates.date_edit(day)
    edit.setMaximumDate(to_qdate(dt.date.today()))
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
    edit.setDate(to_qdate(day) if day else (NO_DATE if optional else QDate.currentDate()))
    return edit


def optional_date(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == NO_DATE else from_qdate(edit.date())


def table_view(stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    header = view.horizontalHeader()
    header.setMinimumSectionSize(40)  # the style's default minimum is wider than a serial
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # headings start where their values start, not centred over a wide column's middle
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    if stretch is not None:
        header.setStretchLastSection(False)
    view.setWordWrap(False)
    return view


def stretch_column(view: QTableView, column: int) -> None:
    view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def button(text: str, slot: Any, icon_name: str = "", primary: bool = False) -> QPushButton:
    widget = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
    if primary:
        widget.setObjectName("primary")
    widget.clicked.connect(slot)
    return widget


def category_combo(items: list[Any], with_all: bool = False, all_text: str = "") -> QComboBox:
    """Sub-items under their headings' names; the data of an item is its code."""
    combo = QComboBox()
    if with_all:
        combo.addItem(all_text, "")
    heads = {c.code: ref_name(c) for c in items if not c.parent}
    for c in items:
        if c.parent:
            combo.addItem(f"{ref_name(c)} — {heads.get(c.parent, c.parent)} ({c.code})", c.code)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    at = combo.findData(value)
    if at >= 0:
        combo.setCurrentIndex(at)


class Tab(QWidget):
    """A revenue tab: ``refresh()`` reloads it when a change touches the tables it ``shows``;
    ``new_item``/``save``/``focus_search`` answer the window's Ctrl+N, Ctrl+S and Ctrl+F when
    the tab has them."""

    shows: frozenset[str] | None = REVENUE_TABLES

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        follow(self, session)

    def refresh(self) -> None:  # pragma: no cover - each tab has its own
        pass
