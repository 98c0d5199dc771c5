"""Chart legends laid out by the window: QtCharts draws every swatch on the left of its name,
even in Arabic, where the swatch belongs on the right (where the reader starts)."""

from __future__ import annotations

from PySide6.QtCharts import QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

SWATCH = 12


class Legend(QWidget):
    """The names of a chart's series (or pie slices) in a row over or under the plot, each
    with its colour on the reading side; the chart's own legend stays hidden. It follows the
    series: it is rebuilt when the chart is next painted with other names or colours."""

    def __init__(self, view: QChartView, top: bool) -> None:
        super().__init__(view)
        self.setObjectName("chartLegend")
        # the interface's direction, not the chart view's (left to right for QtCharts' sake)
        self.setLayoutDirection(QGuiApplication.layoutDirection())
        self.view, self.top = view, top
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(4, 2, 4, 2)
        self.row.setSpacing(14)
        self.entries: list[tuple[QLabel, QLabel]] = []  # (swatch, name)
        self.shown: list[tuple[str, str]] = []
        self.margins = view.chart().margins()
        box = QVBoxLayout(view)  # over the view's plot, which keeps a margin for it
        box.setContentsMargins(0, 0, 0, 0)
        if not top:
            box.addStretch(1)
        box.addWidget(self)
        if top:
            box.addStretch(1)
        view.viewport().installEventFilter(self)
        self.sync()

    def _markers(self) -> list[tuple[str, str]]:
        legend = self.view.chart().legend()
        # every named marker: a marker of a hidden legend reports itself hidden too
        return [(m.label(), m.brush().color().name()) for m in legend.markers() if m.label()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and (
            self.view.chart().legend().isVisible() or self._markers() != self.shown
        ):
            self.sync()
        return False

    def sync(self) -> None:
        chart = self.view.chart()
        chart.legend().setVisible(False)
        markers = self._markers()
        if markers == self.shown and self.entries:
            return
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.entries, self.shown = [], markers
        self.row.addStretch(1)
        for label, colour in markers:
            entry = QWidget()
            pair = QHBoxLayout(entry)  # the swatch first: on the right in a right-to-left window
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(5)
            swatch = QLabel()
            pixmap = QPixmap(SWATCH, SWATCH)
            pixmap.fill(colour)
            swatch.setPixmap(pixmap)
            swatch.setFixedSize(SWATCH, SWATCH)
            name = QLabel(label)
            pair.addWidget(swatch, 0, Qt.AlignmentFlag.AlignVCenter)
            pair.addWidget(name)
            self.row.addWidget(entry)
            self.entries.append((swatch, name))
        self.row.addStretch(1)
        self.setVisible(bool(markers))
        room = self.sizeHint().height() if markers else 0
        m = self.margins
        above, below = (room, 0) if self.top else (0, room)
        chart.setMargins(QMargins(m.left(), m.top() + above, m.right(), m.bottom() + below))


def rtl_legend(view: QChartView, top: bool = False) -> Legend:
    """Give ``view`` a legend that reads in the window's direction (call once)."""
    found = view.findChild(Legend)
    return found if found is not None else Legend(view, top)


class EndLabels:
    """Each bar's value just past the end of its bar, in the bar's direction. QtCharts puts an
    "outside end" label at the wrong end of a bar whose value axis runs right to left (inside
    the bar, at its base), where a short bar cuts it to a sliver."""

    def __init__(self, series: QHorizontalBarSeries, fmt: str = "%.0f") -> None:
        chart = series.chart()
        assert chart is not None, "add the series to its chart first"
        self.chart, self.series = chart, series
        series.setLabelsVisible(False)
        sets = series.barSets()
        self.items: list[tuple[QGraphicsSimpleTextItem, float, float]] = []
        for k, bar_set in enumerate(sets):
            for i in range(bar_set.count()):
                value = bar_set.at(i)
                if not value:
                    continue  # no bar, no number (as QtCharts)
                item = QGraphicsSimpleTextItem(fmt % value, chart)
                item.setFont(bar_set.labelFont())
                item.setBrush(QColor("#333a40"))
                centre = i - series.barWidth() / 2 + (k + 0.5) * series.barWidth() / len(sets)
                self.items.append((item, value, centre))
        # a function, not a bound method: Qt's connection then keeps this object alive
        chart.plotAreaChanged.connect(lambda _area: self.place())
        self.place()

    def place(self) -> None:
        reverse = any(
            isinstance(axis, QValueAxis) and axis.isReverse()
            for axis in self.series.attachedAxes()
        )
        for item, value, centre in self.items:
            end = self.chart.mapToPosition(QPointF(value, centre), self.series)
            box = item.boundingRect()
            x = end.x() - box.width() - 4 if reverse else end.x() + 4
            item.setPos(x, end.y() - box.height() / 2)
