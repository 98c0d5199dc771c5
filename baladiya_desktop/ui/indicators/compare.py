"""The ministry's comparison: every municipality on one indicator (or the maturity score)
over recent periods, ranked, with the distance from the median; a bar chart; Excel export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.indicators.compare import MATURITY, Comparison, compare
from baladiya_desktop.domain.indicators.dashboard import (
    HISTORY,
    current,
    format_value,
    previous,
    recent_periods,
)
from baladiya_desktop.domain.indicators.framework import definitions
from baladiya_desktop.domain.indicators.periods import label
from baladiya_desktop.exchange.mappings.indicators import export_comparison
from baladiya_desktop.ui.indicators.charts import LIGHT_COLOURS, bar_chart, chart_view
from baladiya_desktop.ui.session import UiSession

AnyIndex = QModelIndex | QPersistentModelIndex
SPAN = {"monthly": 36, "quarterly": 12, "yearly": 3}  # three years of each kind


def quartile_colour(rank: int | None, count: int, from_median: float | None = None) -> str:
    """Green for the best quarter, red for the worst; the median municipality (and one alone)
    is neither and is drawn neutral. Ranks run 1..count: the median sits at share 0.5."""
    if rank is None or count < 2 or from_median == 0:
        return LIGHT_COLOURS["none"]
    share = (rank - 1) / (count - 1)
    return LIGHT_COLOURS["green" if share < 0.25 else "red" if share > 0.75 else "amber"]


class CompareModel(QAbstractTableModel):
    """Rank, municipality, a value per period, distance from the median."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.result: Comparison | None = None

    def set_result(self, result: Comparison) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.result is None else len(self.result.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.result is None else len(self.result.periods) + 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            self.result is None
            or orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        if section == 0:
            return self.tr("Rank")
        if section == 1:
            return self.tr("Municipality")
        if section == 2:
            return self.tr("From the median")
        return label(self.result.periods[-(section - 2)], self.lang)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.result is None or not index.isValid():
            return None
        row, col = self.result.rows[index.row()], index.column()
        last = 2  # then the periods, the latest first: the one ranked on comes next
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "—" if row.rank is None else str(row.rank)
            if col == 1:
                return row.name_ar if self.lang == "ar" else row.name_en
            if col == last:
                if row.from_median is None:
                    return "—"
                sign = "+" if row.from_median > 0 else ""
                return sign + format_value(row.from_median, self.result.unit, self.lang)
            return format_value(row.values[-(col - 2)], self.result.unit, self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == last and row.from_median:
            return QColor(
                "#1f8f4e"
                if (row.from_median > 0) == (self.result.direction != "lower")
                else "#c62828"
            )
        return None


class CompareView(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.result: Comparison | None = None
        self.kinds: dict[str, str] = {}
        self.indicator = QComboBox()
        self.approved = QCheckBox(self.tr("Approved values only"))
        self.model = CompareModel(session.lang())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.spread = QLabel()
        self.spread.setObjectName("panelTitle")
        self.spread.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.chart_box = QVBoxLayout()
        chart_panel = QFrame()
        chart_panel.setObjectName("panel")
        chart_panel.setLayout(self.chart_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(chart_panel)
        split.setSizes([360, 300])
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Indicator:")))
        bar.addWidget(self.indicator, 1)
        bar.addWidget(self.approved)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.spread)
        layout.addWidget(split, 1)
        ctx = session.ctx
        session.runner.run(lambda: self._choices(ctx), on_done=self._fill)

    def _choices(self, ctx: AppContext) -> list[tuple[str, str, str]]:
        with ctx.session() as session:
            found = definitions(session).values()
            ar = self.session.lang() == "ar"
            return [(MATURITY, self.tr("Institutional maturity score"), "quarterly")] + [
                (d.code, d.name_ar if ar else d.name_en, d.period_type) for d in found
            ]

    def _fill(self, choices: list[tuple[str, str, str]]) -> None:
        for code, name, kind in choices:
            self.indicator.addItem(name, code)
            self.kinds[code] = kind
        self.indicator.currentIndexChanged.connect(self.refresh)
        self.approved.toggled.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        code = self.indicator.currentData()
        if not code:
            return
        kind = self.kinds[str(code)]
        ended = previous(current(kind, dt.date.today()))  # the last period that has ended
        periods = recent_periods(kind, SPAN.get(kind, HISTORY.get(kind, 4)), ended)
        ctx, approved = self.session.ctx, self.approved.isChecked()
        self.session.runner.run(
            lambda: compare(ctx, code, periods, approved_only=approved), on_done=self._loaded
        )

    def _loaded(self, result: Comparison) -> None:
        self.result = result
        self.model.set_result(result)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 170)
        s, lang, unit = result.spread, self.session.lang(), result.unit
        self.spread.setText(
            self.tr(
                "%n municipality(s) in {period}: median {median}, middle half {q1} – {q3}, "
                "lowest {low}, highest {high}",
                "",
                s.count,
            ).format(
                period=label(result.periods[-1], lang),
                median=format_value(s.median, unit, lang),
                q1=format_value(s.q1, unit, lang),
                q3=format_value(s.q3, unit, lang),
                low=format_value(s.minimum, unit, lang),
                high=format_value(s.maximum, unit, lang),
            )
        )
        ranked = [r for r in result.rows if r.rank is not None]
        chart = bar_chart(
            [r.municipality for r in ranked],
            [(r.values[-1] or 0) / 1000 for r in ranked],
            [quartile_colour(r.rank, s.count, r.from_median) for r in ranked],
            target=None if s.median is None else s.median / 1000,
            label_format="%.1f",
        )
        chart.setTitle(
            self.tr("Every municipality in the last period, best first (dashed line: the median)")
        )
        for axis in chart.axes(Qt.Orientation.Horizontal):
            axis.setLabelsVisible(False)  # 140 names do not fit: the table names them
        while self.chart_box.count():
            item = self.chart_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.chart_box.addWidget(chart_view(chart))

    def export(self) -> None:
        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the comparison"), f"{self.result.code}.xlsx", "Excel (*.xlsx)"
        )
        if path:
            result = self.result
            self.session.runner.run_long(
                lambda sink, cancel: export_comparison(path, result), self.tr("Exporting…")
            )
