"""An indicator card: name, the latest value in its unit, the target, a traffic light, the
trend and a sparkline of recent periods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from baladiya_desktop.domain.indicators.dashboard import Series, format_value
from baladiya_desktop.domain.indicators.periods import label
from baladiya_desktop.ui.indicators.charts import LIGHT_COLOURS, Sparkline


def light_text(light: str) -> str:
    return {
        "green": QCoreApplication.translate("Indicators", "On target"),
        "amber": QCoreApplication.translate("Indicators", "Close to target"),
        "red": QCoreApplication.translate("Indicators", "Behind target"),
        "none": QCoreApplication.translate("Indicators", "No target"),
    }[light]


class IndicatorCard(QFrame):
    clicked = Signal(str)

    def __init__(self, series: Series, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = series
        self.setObjectName("indicatorCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        colour = LIGHT_COLOURS[series.light]
        self.setStyleSheet(
            "QFrame#indicatorCard { background: #ffffff; border: 1px solid #dbe3e1;"
            f" border-radius: 8px; border-right: 5px solid {colour}; }}"
            'QFrame#indicatorCard[selected="true"] { border-color: #17616b; }'
            "QFrame#indicatorCard QLabel { border: none; background: transparent; }"
        )
        name = QLabel(series.name_ar if lang == "ar" else series.name_en)
        name.setWordWrap(True)
        name.setStyleSheet("font-weight: bold; color: #1d2a30;")
        value = QLabel(format_value(series.latest, series.unit, lang))
        value.setStyleSheet(f"font-size: 17pt; font-weight: bold; color: {colour};")
        when = label(series.latest_period, lang) if series.latest_period else "—"
        dot = QLabel(f"● {light_text(series.light)}")
        dot.setStyleSheet(f"color: {colour}; font-weight: bold;")
        trend = {
            "better": self.tr("Improving"),
            "worse": self.tr("Worsening"),
            "same": self.tr("Steady"),
        }[series.trend]
        target = self.tr("Target: {target}").format(
            target=format_value(series.target, series.unit, lang)
        )
        facts = QLabel(f"{when} · {target} · {trend}")
        facts.setStyleSheet("color: #44505a;")
        self.spark = Sparkline()
        self.spark.set_data(
            [None if v is None else v / 1000 for v in series.values],
            None if series.target is None else series.target / 1000,
            colour,
        )
        top = QHBoxLayout()
        top.addWidget(value)
        top.addStretch(1)
        top.addWidget(dot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(name)
        layout.addLayout(top)
        layout.addWidget(facts)
        layout.addWidget(self.spark)

    def set_selected(self, on: bool) -> None:
        self.setProperty("selected", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.series.code)
        super().mousePressEvent(event)
