"""التعارضات: a record edited at two stations; the losing state waits here for a person."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.sync.ministry import conflicts, resolve_conflict, stations
from baladiya_desktop.sync.models import ConflictEntry
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.sync.common import fill, ltr, table, when
from baladiya_desktop.ui.sync.dialogs import ReviewDialog


@dataclass
class OpenConflicts:
    entries: list[ConflictEntry]
    names: dict[uuid.UUID, str]  # station id → "municipality — station"


def load_conflicts(ctx: AppContext) -> OpenConflicts:
    names = {
        s.station_id: f"{s.municipality_name} — {s.station_name}"
        for s in stations(ctx)
        if s.station_id is not None
    }
    return OpenConflicts(conflicts(ctx), names)


class ConflictsTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.entries: list[ConflictEntry] = []
        hint = QLabel(
            self.tr(
                "The same record was changed at two stations. The later version was kept; the "
                "other is kept here until someone reviews it."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.review_button = QPushButton(icon("role"), self.tr("Reviewed…"))
        self.review_button.setObjectName("primary")
        self.review_button.clicked.connect(self.review_selected)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.review_button)
        self.table = table(
            [
                self.tr("Table"),
                self.tr("Record"),
                self.tr("Kept from"),
                self.tr("Version kept"),
                self.tr("Set aside from"),
                self.tr("Version set aside"),
                self.tr("Date"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: load_conflicts(ctx), on_done=self._show)

    def _show(self, found: OpenConflicts) -> None:
        self.entries = found.entries

        def who(station: uuid.UUID) -> str:
            return found.names.get(station, ltr(str(station)[:8]))

        fill(
            self.table,
            [
                [
                    ltr(e.table_name),
                    ltr(str(e.record_id)[:8]),
                    who(e.winner_station),
                    str(e.winner_version),
                    who(e.loser_station),
                    str(e.loser_version),
                    when(e.at),
                ]
                for e in self.entries
            ],
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.review_button.setEnabled(self.selected() is not None)

    def selected(self) -> ConflictEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def review_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        dialog = ReviewDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.resolve(entry.id, dialog.note.toPlainText())

    def resolve(self, conflict_id: int, note: str) -> None:
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: resolve_conflict(ctx, conflict_id, note), on_done=lambda _r: self.refresh()
        )
