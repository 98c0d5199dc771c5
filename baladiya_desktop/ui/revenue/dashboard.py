"""The revenue dashboard: the year at a glance and three charts.

QtCharts does not mirror itself in a right-to-left window, so in Arabic the charts are
mirrored by hand: months run right to left (January at the right), value axes stand on the
right, and horizontal bars grow from right to left.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from baladiya_desktop.domain.revenue import queries
from baladiya_desktop.domain.revenue.categories import Category, categories
from baladiya_desktop.domain.revenue.summary import Summary, summary
from baladiya_desktop.ui.kit.charts import rtl_legend
from baladiya_desktop.ui.revenue.common import Tab, button, method_names, month_names
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.text import big_amount, ref_name, share
from baladiya_desktop.ui.widgets import value_label

TEAL, SAND, GREY = QColor("#0f766e"), QColor("#d9a441"), QColor("#9aa8a5")
PIE = ("#0f766e", "#d9a441", "#5b7db1", "#b42318")


@dataclass
class Board:
    result: Summary
    items: list[Category]
    methods: dict[str, int]
    receipts: int


def load_board(ctx: Any, year: int) -> Board:
    f = queries.ReceiptFilter(
        date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31), status="valid"
    )
    return Board(
        summary(ctx, year),
        categories(ctx),
        queries.method_totals(ctx, year),
        queries.count(ctx, f)[0],
    )


def _rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _thousands(dirhams: int) -> float:
    return dirhams / 1_000_000  # thousands of dinars: readable axis labels


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    font = QGuiApplication.font()
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setFont(QGuiApplication.font())
    chart.setLocalizeNumbers(False)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(190)
    return chart, view


def _value_axis(chart: QChart, maximum: float, side: Qt.AlignmentFlag, title: str) -> QValueAxis:
    axis = QValueAxis()
    # A round top by hand: applyNiceNumbers() elides every label in a right-to-left window.
    axis.setRange(0, nice_top(maximum))
    axis.setTickCount(5)
    axis.setLabelFormat("%.0f")
    axis.setTitleText(title)
    axis.setLabelsFont(QGuiApplication.font())
    chart.addAxis(axis, side)
    return axis


def nice_top(maximum: float, ticks: int = 4) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k step whose ``ticks`` steps cover ``maximum``."""
    magnitude = 1.0
    while magnitude * 10 * ticks < maximum:
        magnitude *= 10
    for base in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10):
        if base * magnitude * ticks >= maximum:
            return max(base * magnitude * ticks, float(ticks))
    return magnitude * 10 * ticks


class DashboardTab(Tab):
    def __init__(self, session: UiSession) -> None:
        super().__init__(session)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(self.refresh)
        side = QVBoxLayout()
        year = QHBoxLayout()
        year.addWidget(QLabel(self.tr("Year")))
        year.addWidget(self.year, 1)
        side.addLayout(year)
        side.addWidget(button(self.tr("Export the summary…"), self.export_summary, "folder"))
        self.cards: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        cards.addLayout(side)
        for key, title in (
            ("collected", self.tr("Collected this year")),
            ("target", self.tr("Year target")),
            ("share", self.tr("Share of target")),
            ("receipts", self.tr("Valid receipts")),
        ):
            frame = QFrame()
            frame.setObjectName("statCard")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(10, 2, 10, 2)
            inner.setSpacing(0)
            value = value_label("…")
            value.setObjectName("statValue")
            value.setStyleSheet("font-size: 15pt;")
            caption = QLabel(title)
            caption.setObjectName("statCaption")
            inner.addWidget(value)
            inner.addWidget(caption)
            self.cards[key] = value
            cards.addWidget(frame)
        self.monthly, monthly_view = _chart(self.tr("Monthly collection against target"))
        self.by_category, category_view = _chart(self.tr("By category (year to date)"))
        self.by_method, method_view = _chart(self.tr("By payment method"))
        for view in (monthly_view, method_view):
            rtl_legend(view)
        grid = QGridLayout()
        grid.addWidget(monthly_view, 0, 0, 1, 2)
        grid.addWidget(category_view, 1, 0)
        grid.addWidget(method_view, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(cards)
        cards.setSpacing(10)
        layout.addLayout(grid, 1)
        self.board: Board | None = None
        self.refresh()

    def refresh(self) -> None:
        ctx, year = self.session.ctx, self.year.value()
        self.session.runner.run(lambda: load_board(ctx, year), on_done=self.show_board)

    def show_board(self, board: Board) -> None:
        self.board = board
        result = board.result
        self.cards["collected"].setText(big_amount(result.year_total()))
        self.cards["target"].setText(big_amount(result.year_target()))
        self.cards["share"].setText(share(result.year_total(), result.year_target()))
        self.cards["receipts"].setText(f"{board.receipts:,}")
        self._monthly(result)
        self._categories(board)
        self._methods(board.methods)

    def _monthly(self, result: Summary) -> None:
        chart, rtl = self.monthly, _rtl()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        months = list(range(1, 13))
        order = months[::-1] if rtl else months  # January at the right in Arabic
        got, goal = QBarSet(self.tr("Collected")), QBarSet(self.tr("Target"))
        got.setColor(TEAL)
        goal.setColor(SAND)
        for m in order:
            got.append(_thousands(result.month_total(m)))
            goal.append(_thousands(result.month_target(m)))
        series = QBarSeries()
        series.append([got, goal] if not rtl else [goal, got])
        chart.addSeries(series)
        names = month_names()
        axis_x = QBarCategoryAxis()
        axis_x.append([names[m - 1] for m in order])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        top = max(
            [result.month_total(m) for m in months] + [result.month_target(m) for m in months]
        )
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        series.attachAxis(_value_axis(chart, _thousands(top), side, self.tr("Thousand LYD")))
        # beside the plot, away from the value axis: the height goes to the bars
        chart.legend().setAlignment(
            Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        )

    def _categories(self, board: Board) -> None:
        """Collected per heading (licences, services…), the largest first in reading order."""
        chart, rtl = self.by_category, _rtl()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        parent = {c.code: c.parent for c in board.items}
        names = {c.code: ref_name(c) for c in board.items}
        per: dict[str, int] = defaultdict(int)
        for code, (got, _goal) in board.result.by_category().items():
            per[parent.get(code) or code] += got
        ranked = sorted(((c, v) for c, v in per.items() if v), key=lambda kv: -kv[1])
        if rtl:
            ranked.reverse()  # the largest at the right
        values = QBarSet(self.tr("Collected"))
        values.setColor(TEAL)
        for _code, got in ranked:
            values.append(_thousands(got))
        series = QBarSeries()
        series.append(values)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.setLabelsFont(QGuiApplication.font())
        axis_x.append([names.get(code, code) for code, _v in ranked] or ["—"])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        top = max([v for _c, v in ranked] or [0])
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        series.attachAxis(_value_axis(chart, _thousands(top), side, self.tr("Thousand LYD")))
        chart.legend().hide()

    def _methods(self, methods: dict[str, int]) -> None:
        chart = self.by_method
        chart.removeAllSeries()
        series = QPieSeries()
        total = sum(methods.values())
        labels = method_names()
        for n, key in enumerate(("cash", "cheque", "transfer")):
            amount = methods.get(key, 0)
            part = series.append(f"{labels[key]} {share(amount, total)}", _thousands(amount))
            part.setColor(QColor(PIE[n]))
        series.setPieSize(0.75)
        chart.addSeries(series)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignRight if _rtl() else Qt.AlignmentFlag.AlignLeft)

    def export_summary(self) -> None:
        from baladiya_desktop.ui.revenue.transfer import export_summary_file

        export_summary_file(self.session, self, self.year.value())
