"""The main window: navigation pane, pages from the registry, menus, status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.permissions import Role
from baladiya_desktop.core.settings import LANGUAGE, get_setting
from baladiya_desktop.core.writes import ChangeSet
from baladiya_desktop.ui.changes import follows
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.overview import StationOverview, format_datetime, load_overview
from baladiya_desktop.ui.pages import PageRegistry, PageSpec
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import heading

log = logging.getLogger(__name__)
PAGE_SHORTCUTS = (("Ctrl+F", "focus_search"), ("Ctrl+N", "new_item"), ("Ctrl+S", "save"))
STATUS_TABLES = frozenset({"users", "municipality"})  # what the status bar shows


class MainWindow(QMainWindow):
    logout_requested = Signal()
    quit_requested = Signal()

    def __init__(self, session: UiSession, registry: PageRegistry) -> None:
        super().__init__()
        self.session = session
        self.registry = registry
        self.pages: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(230)
        # Long Arabic titles elide instead of pushing a horizontal scroll bar under the list.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.title = heading("")
        self.stack = QStackedWidget()
        content = QVBoxLayout()
        content.setContentsMargins(24, 18, 24, 12)
        content.setSpacing(12)
        content.addWidget(self.title)
        content.addWidget(self.stack, 1)
        central = QWidget()
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)  # first in the row: on the right in a right-to-left window
        row.addLayout(content, 1)
        self.setCentralWidget(central)
        self.status_labels = [QLabel() for _ in range(4)]
        for label in self.status_labels:
            label.setObjectName("statusItem")
            self.statusBar().addPermanentWidget(label)
        for keys, method in PAGE_SHORTCUTS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda m=method: self._page_action(m))
        session.runner.changes.applied.connect(self._applied)
        self.retranslate()

    # --- building -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Rebuild every text in the current language; pages are remade when next shown."""
        current = self.current_page_name() or "home"
        self.setWindowTitle(
            self.tr("Baladiya Desktop — {station}").format(station=self.session.ctx.station.name)
        )
        self._build_menus()
        for widget in self.pages.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in self.visible_pages():
            item = QListWidgetItem(icon(spec.icon), spec.title())
            item.setData(256, spec.name)
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self._fit_nav()
        if not self.show_page(current):
            self.nav.setCurrentRow(0)
        self.refresh_status()

    def _fit_nav(self) -> None:
        """As wide as its longest title (with the stylesheet's padding and room for a scroll
        bar on a short screen): no page's name is cut."""
        scroll = self.nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.nav.setFixedWidth(max(230, self.nav.sizeHintForColumn(0) + 2 * 8 + scroll + 4))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        station = bar.addMenu(self.tr("&Program"))
        self._action(station, self.tr("Change my password…"), self.change_my_password)
        self._action(station, self.tr("Log out"), self.logout_requested.emit)
        station.addSeparator()
        self._action(station, self.tr("Quit"), self.quit_requested.emit, "Ctrl+Q")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("About Baladiya Desktop"), self.show_about)

    def _action(self, menu: object, text: str, slot: object, keys: str = "") -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def visible_pages(self) -> list[PageSpec]:
        return [spec for spec in self.registry if spec.shown_to(self.session)]

    # --- pages ----------------------------------------------------------------------------

    def show_page(self, name: str) -> bool:
        """Select a page by name; False when it is unknown or not allowed for this role."""
        for row in range(self.nav.count()):
            if self.nav.item(row).data(256) == name:
                self.nav.setCurrentRow(row)
                return True
        return False

    def current_page_name(self) -> str | None:
        item = self.nav.currentItem() if hasattr(self, "nav") else None
        return None if item is None else str(item.data(256))

    def page(self, name: str) -> QWidget | None:
        return self.pages.get(name)

    def _nav_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        spec = self.registry.get(str(item.data(256)))
        if spec is None:
            return
        log.info("page: %s", spec.name)
        widget = self.pages.get(spec.name)
        if widget is None:
            widget = spec.factory(self.session)
            self.pages[spec.name] = widget
            self.stack.addWidget(widget)
        elif hasattr(widget, "refresh") and not follows(widget):
            widget.refresh()  # a page that does not follow change sets reloads when shown
        self.title.setText(spec.title())
        self.stack.setCurrentWidget(widget)

    def _page_action(self, method: str) -> None:
        widget = self.stack.currentWidget()
        action = getattr(widget, method, None)
        if callable(action):
            action()

    # --- status bar -----------------------------------------------------------------------

    def refresh_status(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: load_overview(ctx), on_done=self._show_status)

    def _show_status(self, overview: StationOverview) -> None:
        user = self.session.user
        who = user.full_name or user.username
        last = format_datetime(overview.last_backup) or self.tr("none yet")
        place = overview.municipality(self.session.lang())
        role = self.session.role_title(user.role)
        if self.session.ctx.station.is_ministry:  # no municipality, and not its agent
            where = self.tr("Ministry: {name}").format(name=place)
            if user.role == Role.ADMIN:
                role = self.tr("Administrator (ministry)")
        else:
            where = self.tr("Municipality: {name}").format(name=place)
        texts = (
            where,
            self.tr("Station: {name}").format(name=self.session.ctx.station.name),
            self.tr("User: {name} — {role}").format(name=who, role=role),
            self.tr("Last backup: {when}").format(when=last),
        )
        for label, text in zip(self.status_labels, texts, strict=True):
            label.setText(text)

    def _applied(self, changes: ChangeSet) -> None:
        if changes.everything:  # a restored database: every page is made again
            self.retranslate()
            return
        if changes.touched("station_setting") and LANGUAGE.key in changes.ids:
            ctx = self.session.ctx
            self.session.runner.run(lambda: get_setting(ctx, LANGUAGE), on_done=self._language)
        if changes.notes or changes.touches(STATUS_TABLES):  # a backup made, a user renamed
            self.refresh_status()

    def _language(self, code: str) -> None:
        if code != self.session.lang():
            self.session.language.apply(code)
            self.retranslate()

    # --- menu actions ---------------------------------------------------------------------

    def change_my_password(self) -> None:
        from baladiya_desktop.ui.password_dialog import PasswordDialog

        PasswordDialog(self.session, self.session.user.username, own=True, parent=self).open()

    def show_about(self) -> None:
        from baladiya_desktop.ui.about import show_about

        show_about(self)
