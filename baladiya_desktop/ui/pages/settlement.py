"""Job settlement (التسوية الوظيفية): the scan, the cases, the chart and the rules as tabs."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.settlement import SETTLEMENT_TABLES
from baladiya_desktop.ui.settlement.cases_tab import CasesTab
from baladiya_desktop.ui.settlement.chart_tab import ChartTab
from baladiya_desktop.ui.settlement.rules_tab import RulesTab
from baladiya_desktop.ui.settlement.scan_tab import ScanTab


class SettlementPage(QWidget):
    shows = SETTLEMENT_TABLES

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.scan = ScanTab(session)
        self.cases = CasesTab(session)
        self.chart = ChartTab(session)
        self.rules = RulesTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.cases, self.tr("Cases"))
        self.tabs.addTab(self.scan, self.tr("Entitlement scan"))
        self.tabs.addTab(self.chart, self.tr("Progress chart"))
        self.tabs.addTab(self.rules, self.tr("Rules and salary tables"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.scan.cases_opened.connect(self._opened)
        follow(self, session, refresh=self._data_changed)
        self.stale: set[QWidget] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        """Reload the tab in view; the scan reruns only when asked or when data changed."""
        tab = self.tabs.currentWidget()
        if tab is self.scan and self.scan.loaded and self.scan not in self.stale:
            return
        self.stale.discard(tab)
        tab.refresh()  # type: ignore[attr-defined]

    def _data_changed(self) -> None:
        """Every tab reloads when next shown; the one in view now (the scan reruns)."""
        self.stale.update((self.scan, self.cases, self.chart, self.rules))
        self.refresh()

    def _opened(self, ids: list[uuid.UUID]) -> None:
        self.cases.pending_select = ids[0] if ids else None
        self.stale.add(self.cases)
        if self.tabs.currentWidget() is self.cases:
            self.refresh()
        self.tabs.setCurrentWidget(self.cases)

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "focus_search"):
            tab.focus_search()
