"""Settlement progress by month: stacked bars of the cases that reached each status.

QtCharts does not mirror itself in a right-to-left window, so in Arabic the months run
right to left (the oldest on the right) and the value axis stands on the right.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from baladiya_desktop.domain.settlement import queries
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.ui.kit.charts import rtl_legend
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.settlement.common import status_name

OPENED = "opened"
SERIES = (
    OPENED,
    wf.DOCUMENTS,
    wf.COMMITTEE,
    wf.AGENT,
    wf.MINISTRY,
    wf.APPROVED,
    wf.EXECUTED,
    wf.REFUSED,
    wf.DRAFT,
)
COLOURS = {
    OPENED: "#9aa5b1",
    wf.DOCUMENTS: "#5b8def",
    wf.COMMITTEE: "#7c5cc4",
    wf.AGENT: "#e0a030",
    wf.MINISTRY: "#d9722b",
    wf.APPROVED: "#3aa57a",
    wf.EXECUTED: "#1f6f4a",
    wf.REFUSED: "#c0392b",
    wf.DRAFT: "#b8b8b8",
}


def series_name(key: str, lang: str) -> str:
    if key == OPENED:
        return QCoreApplication.translate("Settlement", "Opened")
    if key == wf.DRAFT:
        return QCoreApplication.translate("Settlement", "Returned for completion")
    return status_name(key, lang)


def month_label(key: str) -> str:
    year, _, month = key.partition("-")
    return f"{month}/{year}"


class ChartTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(self.tr("No settlement cases yet."))
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.legend = rtl_legend(self.view)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.months: list[str] = []

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: queries.cases_by_month(ctx), on_done=self._draw)

    def _draw(self, trend: dict[str, Counter[str]]) -> None:
        lang = self.session.lang()
        rtl = lang == "ar"
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(self.tr("Settlement cases by month and status"))
        self.months = sorted(trend)
        shown = list(reversed(self.months)) if rtl else self.months
        series = QStackedBarSeries()
        present = [k for k in SERIES if any(trend[m][k] for m in self.months)]
        for key in present:
            bar = QBarSet(series_name(key, lang))
            bar.setColor(QColor(COLOURS[key]))
            bar.append([float(trend[m][key]) for m in shown])
            series.append(bar)
        self.chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([month_label(m) for m in shown])
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        top = max((sum(trend[m][k] for k in present) for m in self.months), default=0)
        step = max(1, -(-top // 8))  # whole-number ticks, at most about eight
        upper = step * max(1, -(-top // step))
        counts.setRange(0, upper)
        counts.setTickCount(upper // step + 1)
        self.chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(
            counts, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(months)
        series.attachAxis(counts)
        self.empty.setVisible(not self.months)
