"""Institutional indicators: the dashboard per focus area, entry per period and the
self-assessment at a municipality; the comparison of municipalities at the ministry."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators.dashboard import recent_periods
from baladiya_desktop.reports.forms.indicators_report import period_options
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.indicators import INDICATOR_TABLES
from baladiya_desktop.ui.indicators.assessment import AssessmentView
from baladiya_desktop.ui.indicators.compare import CompareView
from baladiya_desktop.ui.indicators.dashboard import DashboardView
from baladiya_desktop.ui.indicators.entry import EntryView
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.session import UiSession


def indicators_page(session: UiSession) -> QWidget:
    """The page's factory: the ministry compares municipalities, a municipality measures
    itself."""
    if session.ctx.station.is_ministry:
        return ComparePage(session)
    return IndicatorsPage(session)


class ComparePage(CompareView):
    shows = INDICATOR_TABLES | {"municipality"}  # each bundle imported brings values

    def __init__(self, session: UiSession) -> None:
        super().__init__(session)
        follow(self, session)


class IndicatorsPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.tabs = QTabWidget()
        self.dashboard = DashboardView(session)
        self.entry = EntryView(session)
        self.assessment = AssessmentView(session)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.entry, self.tr("Values per period"))
        self.tabs.addTab(self.assessment, self.tr("Self-assessment"))
        for view in (self.dashboard, self.entry, self.assessment):
            follow(view, session)  # a value saved shows on the dashboard too
        self.print_button = QPushButton(self.tr("Print the quarterly report…"))
        self.print_button.clicked.connect(self.print_report)
        self.print_button.setVisible(session.may(Permission.INDICATORS_READ))
        self.tabs.setCornerWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def save(self) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "save"):
            current.save()

    def print_report(self) -> None:
        quarter = str(self.dashboard.period.currentData() or recent_periods("quarterly", 2)[0])
        print_form(
            self.session,
            self,
            "indicators-quarterly",
            options=period_options(quarter),
            suggested_name=f"performance-{quarter}.pdf",
        )
