"""Charts for the indicators and projects pages.

QtCharts does not mirror itself in a right-to-left window, so these charts do it by hand: the
value axis stands on the right and categories (periods) run from right to left, oldest on the
right, as an Arabic reader expects.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LIGHT_COLOURS = {"green": "#1f8f4e", "amber": "#d98c0b", "red": "#c62828", "none": "#8a949e"}
ACCENT = "#17616b"


def rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


T = TypeVar("T")


def ordered(items: Sequence[T]) -> list[T]:
    """Categories in screen order, left to right: reversed in a right-to-left window."""
    return list(reversed(items)) if rtl() else list(items)


class Sparkline(QWidget):
    """A small line of recent values (oldest on the right in Arabic) and the target as a
    dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float | None] = []
        self.target: float | None = None
        self.colour = QColor(ACCENT)
        self.setMinimumSize(110, 34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, values: Sequence[float | None], target: float | None, colour: str) -> None:
        self.values, self.target, self.colour = list(values), target, QColor(colour)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        known = [v for v in self.values if v is not None]
        if not known:
            return
        scale = [*known, *([self.target] if self.target is not None else [])]
        low, high = min(scale), max(scale)
        if high == low:
            high, low = high + 1, low - 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h, pad = self.width(), self.height(), 4
        n = max(len(self.values) - 1, 1)

        def point(i: int, v: float) -> QPointF:
            x = pad + (w - 2 * pad) * i / n
            if rtl():
                x = w - x
            return QPointF(x, h - pad - (h - 2 * pad) * (v - low) / (high - low))

        if self.target is not None:
            pen = QPen(QColor("#8a949e"), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = point(0, self.target).y()
            painter.drawLine(QPointF(pad, y), QPointF(w - pad, y))
        painter.setPen(QPen(self.colour, 2))
        points = [point(i, v) for i, v in enumerate(self.values) if v is not None]
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(self.colour)
        if points:
            painter.drawEllipse(points[-1], 3, 3)
        painter.end()


def _axis_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSize(8)
    return font


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # mirrored by hand, see above
    return chart


def _value_axis(chart: QChart, low: float, high: float, label_format: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelsFont(_axis_font())
    axis.setRange(low, high)
    axis.applyNiceNumbers()
    axis.setLabelFormat(label_format)
    axis.setTickCount(5)  # more ticks in a short chart elide every label to "…"
    # on the right in Arabic: where the reader's eye starts
    chart.addAxis(axis, Qt.AlignmentFlag.AlignRight if rtl() else Qt.AlignmentFlag.AlignLeft)
    return axis


def chart_view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the chart mirrors by hand
    view.setMinimumSize(260, 200)
    return view


def bar_chart(
    categories: Sequence[str],
    values: Sequence[float | None],
    colours: Sequence[str],
    *,
    target: float | None = None,
    label_format: str = "%.0f",
    top: float | None = None,
) -> QChart:
    """One bar per category (a period, a municipality), each in its own colour."""
    chart = _chart()
    cats, vals, cols = ordered(categories), ordered(values), ordered(colours)
    series = QStackedBarSeries()  # one set per colour; zeros elsewhere stack to nothing
    series.setBarWidth(0.75)
    for colour in dict.fromkeys(cols):
        bar = QBarSet(colour)
        bar.append(
            [
                float(v) if v is not None and c == colour else 0.0
                for v, c in zip(vals, cols, strict=True)
            ]
        )
        bar.setColor(QColor(colour))
        bar.setBorderColor(QColor(colour))
        series.append(bar)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.setLabelsFont(_axis_font())
    x.append(cats)
    x.setLabelsAngle(-60 if len(cats) > 14 else 0)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    known = [float(v) for v in values if v is not None]
    top = top or max([*known, target or 0.0, 1.0]) * 1.1
    y = _value_axis(chart, min([0.0, *known]), top, label_format)
    series.attachAxis(y)
    if target is not None:
        line = QLineSeries()
        line.setPen(QPen(QColor("#5c6670"), 1.5, Qt.PenStyle.DashLine))
        line.append(-0.5, target)
        line.append(len(cats) - 0.5, target)
        chart.addSeries(line)
        hidden = QValueAxis()
        hidden.setRange(-0.5, len(cats) - 0.5)
        hidden.setVisible(False)
        chart.addAxis(hidden, Qt.AlignmentFlag.AlignTop)
        line.attachAxis(hidden)
        line.attachAxis(y)
    return chart


def progress_chart(
    points: Sequence[tuple[float, float]],
    plan: Sequence[tuple[float, float]],
    labels: tuple[str, str],
) -> QChart:
    """Physical progress (%) over time, days since the start on x: time runs right to left in
    Arabic. ``labels`` are the first and last dates shown under the axis ends."""
    chart = _chart()
    span = max([1.0, *(x for x, _ in points), *(x for x, _ in plan)])
    mirror = rtl()

    def x_of(day: float) -> float:
        return span - day if mirror else day

    planned = QLineSeries()
    planned.setPen(QPen(QColor("#8a949e"), 1.5, Qt.PenStyle.DashLine))
    for day, pct in plan:
        planned.append(x_of(day), pct)
    actual = QLineSeries()
    actual.setPen(QPen(QColor(LIGHT_COLOURS["green"]), 2.5))
    dots = QScatterSeries()
    dots.setMarkerSize(8)
    dots.setColor(QColor(LIGHT_COLOURS["green"]))
    for day, pct in points:
        actual.append(x_of(day), pct)
        dots.append(x_of(day), pct)
    for series in (planned, actual, dots):
        chart.addSeries(series)
    x = QValueAxis()
    x.setRange(0, span)
    x.setTickCount(2)
    x.setLabelsVisible(False)
    x.setTitleText(f"{labels[1]}  ←  {labels[0]}" if mirror else f"{labels[0]}  →  {labels[1]}")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    y = _value_axis(chart, 0, 100, "%d%%")
    for series in (planned, actual, dots):
        series.attachAxis(x)
        series.attachAxis(y)
    return chart
