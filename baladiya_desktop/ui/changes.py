"""Views follow writes: the runner announces what each job changed, pages say what they show.

Every job of the runner collects the change sets of the transactions it commits
(``core.writes.collect_changes``); once the job is over, the merged set is emitted on the GUI
thread by ``runner.changes.applied``, after the job's own callback (Anki's ``OpChanges``).

A view declares the tables it shows and follows them::

    class TargetsTab(Tab):
        shows = frozenset({"revenue_target", "receipt"})

        def __init__(self, session):
            ...
            follow(self, session)

It then refreshes when a change touches one of its tables: at once when it is on screen, else
the next time it is shown. ``shows = ANY`` follows every change (counts of the whole station).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from baladiya_desktop.core.writes import ChangeSet
    from baladiya_desktop.ui.session import UiSession

ANY: frozenset[str] | None = None  # follows every change set


class ChangeHub(QObject):
    """The one app-wide announcer of changes (owned by the runner)."""

    applied = Signal(object)  # a non-empty ChangeSet, on the GUI thread


class Follower(QObject):
    """Refreshes ``widget`` when a change touches ``shows``; a hidden widget on its next show."""

    def __init__(
        self,
        widget: QWidget,
        hub: ChangeHub,
        shows: Iterable[str] | None,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(widget)  # dies with the widget, and its connection with it
        self.setObjectName("changeFollower")
        self.widget = widget
        self.shows = None if shows is None else frozenset(shows)
        self.refresh = refresh
        self.stale = False
        hub.applied.connect(self.applied)
        widget.installEventFilter(self)

    def touched_by(self, changes: ChangeSet) -> bool:
        return bool(changes) if self.shows is None else changes.touches(self.shows)

    def applied(self, changes: ChangeSet) -> None:
        if not shiboken6.isValid(self.widget) or not self.touched_by(changes):
            return
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def follow(widget: QWidget, session: UiSession,
           refresh: Callable[[], None] | None = None) -> Follower:
    """Keep ``widget`` current: its class's ``shows`` and, unless given, its ``refresh()``."""
    shows: Iterable[str] | None = getattr(widget, "shows")  # noqa: B009 - declared by the view
    again = refresh if refresh is not None else getattr(widget, "refresh")  # noqa: B009
    return Follower(widget, session.runner.changes, shows, again)


def follows(widget: QWidget) -> bool:
    """True when ``widget`` refreshes itself from change sets (so a container need not)."""
    found = widget.findChild(Follower, "changeFollower", Qt.FindChildOption.FindDirectChildrenOnly)
    return found is not None
