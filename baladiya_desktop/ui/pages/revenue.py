"""Local revenue (الإيرادات المحلية): one page, a tab per task, each made when first shown and
reloaded when a change touches the tables it shows (so a receipt entered appears in the list
and in the figures), at once or, for a tab out of sight, when it is shown again."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.ui.changes import follows
from baladiya_desktop.ui.session import UiSession

# name: (module under ui.revenue, class, needs the right to write)
TABS = {
    "dashboard": ("dashboard", "DashboardTab", False),
    "entry": ("entry", "EntryTab", True),
    "receipts": ("receipts", "ReceiptsTab", False),
    "books": ("books", "BooksTab", False),
    "deposits": ("deposits", "DepositsTab", False),
    "targets": ("targets", "TargetsTab", False),
    "controls": ("controls", "ControlsTab", False),
    "close": ("month_close", "MonthCloseTab", False),
}


class RevenuePage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        titles = {
            "dashboard": self.tr("Dashboard"),
            "entry": self.tr("Receipt entry"),
            "receipts": self.tr("Receipts"),
            "books": self.tr("Receipt books"),
            "deposits": self.tr("Deposits"),
            "targets": self.tr("Targets"),
            "controls": self.tr("Controls"),
            "close": self.tr("Month close"),
        }
        self.tabs = QTabWidget()
        self.tabs.setObjectName("revenueTabs")
        self.names: list[str] = []
        self.made: dict[str, QWidget] = {}
        writer = session.may(Permission.REVENUE_WRITE)
        for name, (_module, _cls, writes) in TABS.items():
            if writes and not writer:
                continue
            self.names.append(name)
            self.tabs.addTab(QWidget(), titles[name])
        self.tabs.currentChanged.connect(self._shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._shown(0)

    def tab(self, name: str) -> QWidget | None:
        """The tab ``name``, made and shown (the screenshot tool and tests use it)."""
        if name not in self.names:
            return None
        self.tabs.setCurrentIndex(self.names.index(name))
        return self.made.get(name)

    def _shown(self, index: int) -> None:
        if index < 0:
            return
        name = self.names[index]
        widget = self.made.get(name)
        if widget is None:
            module, cls, _writes = TABS[name]
            made = getattr(importlib.import_module(f"baladiya_desktop.ui.revenue.{module}"), cls)
            widget = made(self.session)  # each tab follows the tables it shows
            self.made[name] = widget
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(index)
            title = self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
        elif hasattr(widget, "refresh") and not follows(widget):
            widget.refresh()

    def _current(self) -> QWidget:
        return self.tabs.currentWidget()

    def refresh(self) -> None:
        widget = self._current()
        if hasattr(widget, "refresh"):
            widget.refresh()

    def focus_search(self) -> None:
        if "receipts" in self.names:
            self.tab("receipts")
            self.made["receipts"].focus_search()  # type: ignore[attr-defined]

    def new_item(self) -> None:
        widget = self._current()
        if hasattr(widget, "new_item"):
            widget.new_item()
        elif "entry" in self.names:
            self.tab("entry")

    def save(self) -> None:
        widget = self._current()
        if hasattr(widget, "save"):
            widget.save()
