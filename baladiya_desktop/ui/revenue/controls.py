"""The controls page: what an auditor would note, grouped by kind, worst first."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from baladiya_desktop.domain.revenue import controls
from baladiya_desktop.ui.kit.tables import fit_columns
from baladiya_desktop.ui.revenue.common import REVENUE_TABLES, Tab, button
from baladiya_desktop.ui.session import UiSession

ORDER = ("gap", "late_deposit", "cash_held", "before_issue", "future", "incomplete")
SERIOUS = QColor("#b42318")


class ControlsTab(Tab):
    shows = REVENUE_TABLES | {"station_setting"}  # the cash days are a setting

    def __init__(self, session: UiSession) -> None:
        super().__init__(session)
        self.kinds = {
            "gap": self.tr("Missing serials"),
            "late_deposit": self.tr("Late deposit"),
            "cash_held": self.tr("Cash not deposited"),
            "before_issue": self.tr("Dated before the book"),
            "future": self.tr("Dated in the future"),
            "incomplete": self.tr("Cheque number missing"),
        }
        self.summary = QLabel()
        self.summary.setObjectName("panelTitle")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("findings")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Finding"), self.tr("Book"), self.tr("Serials"), self.tr("Details")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_columns(self.table, stretch=3)
        self.table.setAlternatingRowColors(True)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(button(self.tr("Check again"), self.refresh))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: controls.controls(ctx), on_done=self._loaded)

    def _loaded(self, found: controls.Controls) -> None:
        findings = sorted(
            found.findings,
            key=lambda f: (ORDER.index(f.kind) if f.kind in ORDER else 99, f.book_number),
        )
        counts = Counter(f.kind for f in findings)
        self.table.setRowCount(len(findings))
        ar = self.session.lang() == "ar"
        for n, f in enumerate(findings):
            cells = (
                self.kinds.get(f.kind, f.kind),
                f.book_number,
                f"\u2066{f.serials}\u2069",
                f.text_ar if ar else f.text_en,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if f.kind in ("gap", "cash_held") and column == 0:
                    item.setForeground(QBrush(SERIOUS))
                self.table.setItem(n, column, item)
        if not findings:
            self.summary.setText(
                self.tr("No findings: every book is complete and every receipt deposited in time.")
            )
            return
        parts = [f"{self.kinds.get(k, k)}: {counts[k]}" for k in ORDER if counts[k]]
        self.summary.setText(
            self.tr("%n finding(s) — {parts}", "", len(findings)).format(
                parts="، ".join(parts) if ar else ", ".join(parts)
            )
        )
