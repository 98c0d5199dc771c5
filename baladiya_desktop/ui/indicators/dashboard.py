"""The dashboard: one tab per focus area with indicator cards, the chosen indicator's values
against its target, and the area's maturity period over period."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.indicators.assessment import Maturity, maturity_over
from baladiya_desktop.domain.indicators.dashboard import Series, light, recent_periods, series
from baladiya_desktop.domain.indicators.framework import definitions, focus_areas
from baladiya_desktop.domain.indicators.periods import label, parse_period, short_label
from baladiya_desktop.ui.indicators import INDICATOR_TABLES
from baladiya_desktop.ui.indicators.cards import IndicatorCard
from baladiya_desktop.ui.indicators.charts import (
    ACCENT,
    LIGHT_COLOURS,
    bar_chart,
    chart_view,
)
from baladiya_desktop.ui.session import UiSession


@dataclass(frozen=True)
class DashboardData:
    areas: list[tuple[str, str, str]]  # code, Arabic, English
    series: list[Series]
    maturity: list[tuple[str, Maturity]]
    lights: dict[str, dict[str, str]]  # indicator → period → light


def load(ctx: AppContext, upto: str) -> DashboardData:
    found = series(ctx, upto=upto)
    with ctx.session() as session:
        areas = [(a.code, a.name_ar, a.name_en) for a in focus_areas(session)]
        defs = definitions(session)
    lights = {
        s.code: {p: light(defs[s.code], v) for p, v in zip(s.periods, s.values, strict=True)}
        for s in found
    }
    return DashboardData(
        areas, found, maturity_over(ctx, recent_periods("quarterly", 4, parse_period(upto))), lights
    )


class DashboardView(QWidget):
    shows = INDICATOR_TABLES

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.data: DashboardData | None = None
        self.selected = ""
        self.period = QComboBox()
        for key in reversed(recent_periods("quarterly", 8)):
            self.period.addItem(label(key, session.lang()), key)
        self.period.setCurrentIndex(1)  # the last quarter that has ended
        self.period.currentIndexChanged.connect(self.refresh)
        self.overall = QLabel()
        self.overall.setObjectName("panelTitle")
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._show_area)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        holder = QWidget()
        holder.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.chart_title = QLabel()
        self.chart_title.setObjectName("panelTitle")
        self.chart_box = QVBoxLayout()
        self.maturity_title = QLabel()
        self.maturity_title.setObjectName("panelTitle")
        self.maturity_box = QVBoxLayout()
        charts = QHBoxLayout()
        for title, box in (
            (self.chart_title, self.chart_box),
            (self.maturity_title, self.maturity_box),
        ):
            panel = QFrame()
            panel.setObjectName("panel")
            inner = QVBoxLayout(panel)
            inner.addWidget(title)
            inner.addLayout(box, 1)
            charts.addWidget(panel, 1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Up to:")))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.overall)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        layout.addWidget(scroll, 1)
        layout.addLayout(charts)
        self.refresh()

    def refresh(self) -> None:
        ctx, upto = self.session.ctx, self.period.currentData()
        self.session.runner.run(lambda: load(ctx, upto), on_done=self._loaded)

    def _loaded(self, data: DashboardData) -> None:
        self.data = data
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        self.tabs.addTab(self.tr("All focus areas"))
        ar = self.session.lang() == "ar"
        for code, name_ar, name_en in data.areas:
            if any(s.focus_area == code for s in data.series):
                index = self.tabs.addTab(name_ar if ar else name_en)
                self.tabs.setTabData(index, code)
        self.tabs.setCurrentIndex(max(current, 0))
        self.tabs.blockSignals(False)
        overall = data.maturity[-1][1].overall if data.maturity else None
        self.overall.setText(
            self.tr("Overall maturity: {score} of 5").format(
                score="—" if overall is None else f"{overall:.2f}"
            )
        )
        self._show_area()

    def _area(self) -> str | None:
        data = self.tabs.tabData(self.tabs.currentIndex())
        return str(data) if data else None

    def _show_area(self) -> None:
        if self.data is None:
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        area = self._area()
        shown = [s for s in self.data.series if area is None or s.focus_area == area]
        self.cards: dict[str, IndicatorCard] = {}
        for n, s in enumerate(shown):
            card = IndicatorCard(s, self.session.lang())
            card.clicked.connect(self.select)
            self.cards[s.code] = card
            self.grid.addWidget(card, n // 3, n % 3)
        if shown:
            self.select(self.selected if self.selected in self.cards else shown[0].code)
        self._show_maturity(area)

    def select(self, code: str) -> None:
        assert self.data is not None
        self.selected = code
        for key, card in self.cards.items():
            card.set_selected(key == code)
        s = next(x for x in self.data.series if x.code == code)
        lang = self.session.lang()
        self.chart_title.setText(s.name_ar if lang == "ar" else s.name_en)
        lights = self.data.lights[code]
        chart = bar_chart(
            [short_label(p, lang) for p in s.periods],
            [None if v is None else v / 1000 for v in s.values],
            [LIGHT_COLOURS[lights[p]] for p in s.periods],
            target=None if s.target is None else s.target / 1000,
            label_format="%.1f",
        )
        self._replace(self.chart_box, chart_view(chart))

    def _show_maturity(self, area: str | None) -> None:
        assert self.data is not None
        lang = self.session.lang()
        name = next(
            (ar if lang == "ar" else en for c, ar, en in self.data.areas if c == area), None
        )
        self.maturity_title.setText(
            self.tr("Maturity of {area}, quarter by quarter").format(area=name)
            if name
            else self.tr("Overall maturity, quarter by quarter")
        )
        values = [(m.by_area.get(area) if area else m.overall) for _p, m in self.data.maturity]
        chart = bar_chart(
            [short_label(p, lang) for p, _m in self.data.maturity],
            [None if v is None else float(v) for v in values],
            [ACCENT] * len(values),
            label_format="%.1f",
            top=5.0,
        )
        self._replace(self.maturity_box, chart_view(chart))

    @staticmethod
    def _replace(box: QVBoxLayout, widget: QWidget) -> None:
        while box.count():
            item = box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        box.addWidget(widget)
        widget.setFixedHeight(230)
