"""البلديات والمحطات: the ministry's console — stations and their bundles, the conflicts to
review, and the consolidated view across municipalities."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from baladiya_desktop.ui.changes import ANY, follow
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.sync.conflicts_tab import ConflictsTab
from baladiya_desktop.ui.sync.consolidated import ConsolidatedView
from baladiya_desktop.ui.sync.dialogs import NotHere
from baladiya_desktop.ui.sync.stations_tab import StationsTab


def ministry_page(session: UiSession) -> QWidget:
    """The page's factory: a municipal station has no stations to follow."""
    if not session.ctx.station.is_ministry:
        return NotHere(
            QCoreApplication.translate(
                "MinistryPage",
                "This page is for the ministry's database. A municipal station "
                "sends its data from the page «Send to the ministry».",
            )
        )
    return MinistryPage(session)


class MinistryPage(QWidget):
    shows = ANY  # a bundle imported brings rows of any table, conflicts and figures

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.tabs = QTabWidget()
        self.stations = StationsTab(session)
        self.conflicts = ConflictsTab(session)
        self.consolidated = ConsolidatedView(session)
        self.tabs.addTab(self.stations, self.tr("Stations"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.consolidated, self.tr("Consolidated view"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        follow(self, session, refresh=self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def _changed(self) -> None:
        """An import may have brought conflicts and new figures; a key, new stations."""
        self.stations.refresh()
        self.conflicts.refresh()
        self.consolidated.refresh()
