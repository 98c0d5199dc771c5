"""Home: the station at a glance (municipality, station, key fingerprint, user, counts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from baladiya_desktop.ui.changes import ANY, follow
from baladiya_desktop.ui.overview import StationOverview, format_datetime, load_overview
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import value_label


def _card(title: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName("statCard")
    value = value_label("…")
    value.setObjectName("statValue")
    caption = QLabel(title)
    caption.setObjectName("statCaption")
    caption.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.addWidget(value)
    layout.addWidget(caption)
    return frame, value


class HomePage(QWidget):
    shows = ANY  # every write adds to the change and audit counts

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.overview: StationOverview | None = None
        ctx = session.ctx
        user = session.user

        details = QFrame()
        details.setObjectName("panel")
        form = QFormLayout(details)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(10)
        self.municipality = value_label("…")
        self.municipality.setObjectName("municipalityName")
        # one left-to-right embedding: the groups must keep their order in Arabic too
        fingerprint = value_label(f"\u202a{ctx.station.fingerprint}\u202c")
        fingerprint.setObjectName("fingerprint")
        self.last_backup = value_label("…")
        form.addRow(self.tr("Municipality:"), self.municipality)
        form.addRow(self.tr("Station:"), value_label(ctx.station.name))
        form.addRow(self.tr("Station key fingerprint:"), fingerprint)
        form.addRow(
            self.tr("Logged in as:"),
            value_label(f"{user.full_name or user.username} — {session.role_title(user.role)}"),
        )
        form.addRow(self.tr("Last backup:"), self.last_backup)

        cards = QGridLayout()
        cards.setSpacing(16)
        self.values: dict[str, QLabel] = {}
        for column, (key, title) in enumerate(
            (
                ("active_users", self.tr("Active users")),
                ("changes", self.tr("Recorded changes")),
                ("audit_entries", self.tr("Audit log entries")),
                ("backups", self.tr("Backups kept")),
            )
        ):
            frame, value = _card(title)
            self.values[key] = value
            cards.addWidget(frame, 0, column)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(details)
        layout.addLayout(cards)
        layout.addStretch(1)
        follow(self, session)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: load_overview(ctx), on_done=self._show)

    def _show(self, overview: StationOverview) -> None:
        self.overview = overview
        self.municipality.setText(overview.municipality(self.session.lang()))
        self.last_backup.setText(format_datetime(overview.last_backup) or self.tr("none yet"))
        for key, label in self.values.items():
            label.setText(str(getattr(overview, key)))
