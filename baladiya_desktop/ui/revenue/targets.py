"""Annual targets per category: typed in dinars, spread over the months by the service."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.money import format_lyd, parse_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue import targets
from baladiya_desktop.domain.revenue.categories import categories
from baladiya_desktop.domain.revenue.summary import summary
from baladiya_desktop.ui.kit.tables import fit_columns
from baladiya_desktop.ui.revenue.common import RIGHT, Tab, button, money
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.text import ref_name, share
from baladiya_desktop.ui.widgets import InlineError

TARGET = 2


class TargetsTab(Tab):
    def __init__(self, session: UiSession) -> None:
        super().__init__(session)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Category"),
                self.tr("Annual target (LYD)"),
                self.tr("Collected"),
                self.tr("Share"),
            ]
        )
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=1)
        self.table.setAlternatingRowColors(True)
        self.codes: list[str] = []
        self.loaded: dict[str, int] = {}
        self.error = InlineError()
        self.total = QLabel()
        self.total.setObjectName("panelTitle")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addWidget(self.total, 1)
        self.writable = session.may(Permission.REVENUE_WRITE)
        if self.writable:
            bar.addWidget(button(self.tr("Save targets (Ctrl+S)"), self.save, "add", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.refresh()

    def refresh(self) -> None:
        ctx, year = self.session.ctx, self.year.value()
        self.session.runner.run(lambda: (categories(ctx), summary(ctx, year)), on_done=self._loaded)

    def _loaded(self, data: tuple[list[Any], Any]) -> None:
        items, result = data
        per = result.by_category()
        rows = [c for c in items if c.parent]
        self.codes = [c.code for c in rows]
        self.loaded = {code: per.get(code, (0, 0))[1] for code in self.codes}
        self.table.setRowCount(len(rows))
        for n, c in enumerate(rows):
            got, goal = per.get(c.code, (0, 0))
            cells = (
                c.code,
                ref_name(c),
                format_lyd(goal, currency=False) if goal else "",
                money(got),
                share(got, goal),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != TARGET or not self.writable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column in (TARGET, 3):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(n, column, item)
        self.table.resizeColumnsToContents()
        self.total.setText(
            self.tr("Year target {target}, collected {got} ({share})").format(
                target=money(result.year_target()),
                got=money(result.year_total()),
                share=share(result.year_total(), result.year_target()),
            )
        )

    def save(self) -> None:
        self.error.clear_message()
        changed: list[tuple[str, int]] = []
        for n, code in enumerate(self.codes):
            text = self.table.item(n, TARGET).text().strip()
            try:
                value = parse_lyd(text, field="annual") if text else 0
            except UserError as exc:
                self.error.show_message(f"{code}: {exc.message(self.session.lang())}")
                return
            if value != self.loaded.get(code, 0):
                changed.append((code, value))
        ctx, year = self.session.ctx, self.year.value()

        def work() -> None:
            for code, value in changed:
                targets.set_target(ctx, year, code, value)

        self.session.runner.run(
            work,
            on_error=self._failed,
        )  # the figures follow the change set

    def _failed(self, error: UserError) -> None:
        self.error.show_message(error.message(self.session.lang()))
