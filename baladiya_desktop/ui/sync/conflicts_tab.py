"""التعارضات: a record edited at two stations, or two records claiming one code; the losing
state waits here for a person. The same tab serves the ministry and a municipal station."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.sync.ministry import stations
from baladiya_desktop.sync.models import ConflictEntry
from baladiya_desktop.sync.status import conflicts, overview, resolve_conflict
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.sync.common import AMBER, Cell, fill, ltr, panel, table, when
from baladiya_desktop.ui.sync.dialogs import ReviewDialog

# The bookkeeping every travelling record carries: shown after the fields people know.
TECHNICAL = (
    "id",
    "municipality_code",
    "station_id",
    "version",
    "updated_at",
    "updated_by",
    "deleted",
)
ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass
class OpenConflicts:
    entries: list[ConflictEntry]
    names: dict[uuid.UUID, str]  # station id → its name ("municipality — station" at the ministry)


def load_conflicts(ctx: AppContext) -> OpenConflicts:
    if ctx.station.is_ministry:
        names = {
            s.station_id: f"{s.municipality_name} — {s.station_name}"
            for s in stations(ctx)
            if s.station_id is not None
        }
    else:
        view = overview(ctx)
        names = {s.station_id: s.name for s in view.siblings}
        names[view.station_id] = view.name
    return OpenConflicts(conflicts(ctx), names)


def state_of(text: str) -> dict[str, Any] | None:
    """A kept state as fields; None when there is none (or it does not read as an object)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def field_order(*states: dict[str, Any] | None) -> list[str]:
    names = sorted({k for s in states if s for k in s})
    return [n for n in names if n not in TECHNICAL] + [n for n in TECHNICAL if n in names]


class StatesView(QSplitter):
    """The kept and the set-aside state of one conflict side by side, field by field; the
    fields that differ stand out. The kept one comes first (on the right in Arabic)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        kept, kept_layout = panel()
        self.kept_title = QLabel(self.tr("Kept"))
        self.kept_title.setObjectName("panelTitle")
        self.kept = table([self.tr("Field"), self.tr("Value")])
        kept_layout.addWidget(self.kept_title)
        kept_layout.addWidget(self.kept, 1)
        aside, aside_layout = panel()
        self.aside_title = QLabel(self.tr("Set aside"))
        self.aside_title.setObjectName("panelTitle")
        self.aside = table([self.tr("Field"), self.tr("Value")])
        aside_layout.addWidget(self.aside_title)
        aside_layout.addWidget(self.aside, 1)
        self.addWidget(kept)
        self.addWidget(aside)

    def show_entry(self, entry: ConflictEntry, who: Callable[[uuid.UUID], str]) -> None:
        kept, aside = state_of(entry.winner_state), state_of(entry.loser_state)
        self.kept_title.setText(
            self.tr("Kept — from {station}").format(station=who(entry.winner_station))
        )
        self.aside_title.setText(
            self.tr("Set aside — from {station}").format(station=who(entry.loser_station))
        )
        names = field_order(kept, aside)
        both = kept is not None and aside is not None
        differ = {n for n in names if both and (kept or {}).get(n) != (aside or {}).get(n)}
        # What differs first: the reviewer sees it without scrolling. The bookkeeping (version,
        # time, station) always differs and stays at the end.
        names = [n for n in names if n in differ and n not in TECHNICAL] + [
            n for n in names if n not in differ or n in TECHNICAL
        ]
        self._fill(self.kept, kept, names, differ, entry.winner_state)
        self._fill(self.aside, aside, names, differ, entry.loser_state)

    def _fill(
        self,
        widget: QTableWidget,
        state: dict[str, Any] | None,
        names: list[str],
        differ: set[str],
        raw: str,
    ) -> None:
        widget.clearSpans()
        if state is None:
            # An entry kept before both states were recorded: the kept one is the record now.
            text = raw or self.tr("Not recorded: the kept state is the record as it is now.")
            fill(widget, [[text]])
            widget.setSpan(0, 0, 1, widget.columnCount())
            return
        rows: list[list[str | Cell]] = []
        for name in names:
            value = self.value_text(state.get(name))
            colour = AMBER if name in differ else None
            rows.append([Cell(ltr(name), colour), Cell(value, colour)])
        fill(widget, rows)

    def value_text(self, value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        return text if ARABIC.search(text) else ltr(text)  # a date or a number keeps its order


class ConflictsTab(QWidget):
    """The open conflicts. ``inline``: the selected one's states below the list (the ministry's
    full page); on the station's page they are shown in the review dialog, which has room."""

    counted = Signal(int)  # how many conflicts are open, after each refresh

    def __init__(self, session: UiSession, *, inline: bool = True) -> None:
        super().__init__()
        self.session = session
        self.inline = inline
        self.entries: list[ConflictEntry] = []
        self.names: dict[uuid.UUID, str] = {}
        hint = QLabel(
            self.tr(
                "The same record was changed at two stations, or two records claim one code. "
                "One was kept; the other is kept here until someone reviews it."
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
                self.tr("Kind"),
                self.tr("Table"),
                self.tr("Record"),
                self.tr("Code"),
                self.tr("Kept from"),
                self.tr("Set aside from"),
                self.tr("Date"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.review_selected())
        self.states = StatesView()
        self.states.hide()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.states)
        split.setSizes([200, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._selection_changed()
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: load_conflicts(ctx), on_done=self._show)

    def kind_text(self, entry: ConflictEntry) -> str:
        kinds = {"version": self.tr("Concurrent edit"), "natural-key": self.tr("Duplicate code")}
        return kinds.get(entry.kind, entry.kind)

    def who(self, station: uuid.UUID) -> str:
        return self.names.get(station, ltr(str(station)[:8]))

    def _show(self, found: OpenConflicts) -> None:
        self.entries, self.names = found.entries, found.names
        fill(
            self.table,
            [
                [
                    Cell(self.kind_text(e), bold=True),
                    ltr(e.table_name),
                    ltr(str(e.record_id)[:8]),
                    ltr(e.natural_key),
                    self.who(e.winner_station),
                    self.who(e.loser_station),
                    when(e.at),
                ]
                for e in self.entries
            ],
        )
        self._selection_changed()
        self.counted.emit(len(self.entries))

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.review_button.setEnabled(entry is not None)
        self.states.setVisible(self.inline and entry is not None)
        if entry is not None and self.inline:
            self.states.show_entry(entry, self.who)

    def selected(self) -> ConflictEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def review_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        states = StatesView()
        states.show_entry(entry, self.who)
        dialog = ReviewDialog(self, above=states)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.resolve(entry.id, dialog.note.toPlainText())

    def resolve(self, conflict_id: int, note: str) -> None:
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: resolve_conflict(ctx, conflict_id, note), on_done=lambda _r: self.refresh()
        )
