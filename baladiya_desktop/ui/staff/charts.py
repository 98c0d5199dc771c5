"""Bar charts that read right to left in Arabic.

QtCharts draws the same way whatever the layout direction, so in a right-to-left window the
mirror is done here: the value axis stands on the right, categories run from right to left
(the first at the right), and horizontal bars grow from the right edge towards the left.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter

from baladiya_desktop.ui.kit.charts import EndLabels, rtl_legend

MAX_LABEL = 22  # characters of a category name (long unit names are cut with …)
COLOURS = (QColor("#1f5f8b"), QColor("#d9a441"), QColor("#0f766e"), QColor("#b42318"))


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def nice_top(maximum: float, ticks: int = 4) -> int:
    """A round top for the value axis: ``ticks`` steps of 1, 2, 2.5 or 5 × 10^k."""
    step = 1.0
    while step * ticks < maximum:
        for factor in (2, 2.5, 2):  # 1 → 2 → 5 → 10 …
            step *= factor
            if step * ticks >= maximum:
                break
    return max(int(step * ticks), ticks)


def label_font() -> QFont:
    """Axis labels a size smaller: Noto Sans Arabic's line is tall, and QtCharts hides every
    label that would touch the one before it."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(font.pointSizeF() * 0.72)
    return font


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    font = QGuiApplication.font()
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLocalizeNumbers(False)  # Western digits, as ar-LY writes them
    chart.legend().setFont(QGuiApplication.font())
    view = QChartView(chart)
    # Mirrored by hand below; left to right inside, or QtCharts elides every axis label.
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    return chart, view


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    horizontal: bool = False,
) -> QChartView:
    """Bars for ``categories`` (in reading order), one set per ``(name, values)``."""
    rtl = right_to_left()
    chart, view = _chart(title)
    # Horizontal bars list their categories bottom-up (the first must be on top); vertical
    # ones left to right (the first must be on the right in Arabic).
    flip = horizontal or rtl
    shown = [c if len(c) <= MAX_LABEL else c[: MAX_LABEL - 1] + "…" for c in categories]
    names = list(reversed(shown)) if flip else shown
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    top = 0
    for n, (name, values) in enumerate(series):
        bar_set = QBarSet(name)
        bar_set.setColor(COLOURS[n % len(COLOURS)])
        ordered = list(reversed(values)) if flip else list(values)
        bar_set.append([float(v) for v in ordered])
        top = max(top, *ordered, 0)
        bars.append(bar_set)
    bars.setLabelsVisible(True)
    bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(bars)
    axis = QBarCategoryAxis()
    axis.append(names)
    small = label_font()
    axis.setLabelsFont(small)
    axis.setTruncateLabels(False)  # names are cut at MAX_LABEL here; Qt would cut them all
    values = QValueAxis()
    # A round top by hand: applyNiceNumbers() elides every label in a right-to-left window.
    values.setRange(0, nice_top(top * 1.1))
    values.setTickCount(5)
    values.setLabelFormat("%.0f")
    values.setLabelsFont(small)
    values.setTruncateLabels(False)
    if horizontal:
        values.setReverse(rtl)  # bars grow from the right edge
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    else:
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis)
    bars.attachAxis(values)
    if rtl and isinstance(bars, QHorizontalBarSeries):  # bars grow leftwards
        EndLabels(bars)  # the numbers past their left ends
    if len(series) > 1:
        rtl_legend(view, top=True)
    else:
        chart.legend().setVisible(False)
    if horizontal:  # room for every name: one label line per category
        line = int(QFontMetrics(small).height() * 1.25) + 2  # what QtCharts keeps around one
        view.setMinimumHeight(70 + line * len(names) + (26 if len(series) > 1 else 0))
    return view
