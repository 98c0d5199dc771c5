"""A tour of the main window: every page, every tab, the detail views and the dialogs a page
opens through its public slots, each shown and settled in turn.

The clipped-text test checks each stop; ``make_screenshots.py`` saves each stop as a PNG.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QTabWidget, QWidget

from baladiya_desktop.ui.main_window import MainWindow
from baladiya_desktop.ui.screenshot import settle


@dataclass
class Stop:
    name: str  # "org", "revenue-3", "staff.employee": the file name of its screenshot
    widget: QWidget  # what is shown: the main window, or a dialog over it
    dialog: bool = False


Opener = Callable[[QWidget, MainWindow], object]


def _org_unit(page: Any, window: MainWindow) -> None:
    units = [u for u in page.all_units() if u.parent_id is not None] or page.all_units()
    page.select(units[0].id)


def _org_post(page: Any, window: MainWindow) -> None:
    for unit in page.all_units():
        page.select(unit.id)
        settle(window.session.runner)
        if page.posts.rowCount() > 0:
            page.posts_table.selectRow(0)
            page.edit_post()
            return


def _project(page: Any, window: MainWindow) -> None:
    page.open_project(page.model.rows[0])
    settle(window.session.runner)


def _first_user(page: Any, window: MainWindow) -> None:
    other = [r for r in page.model.rows if r.username != window.session.user.username]
    page.select((other or page.model.rows)[0].username)


# Per page: (name, what to do). A step that opens dialogs yields each; one that changes the
# page (a project's detail) yields the window.
DIALOGS: dict[str, list[tuple[str, Opener]]] = {
    "org": [
        ("unit-new", lambda p, w: p.new_item()),  # type: ignore[attr-defined]
        ("unit-edit", lambda p, w: _org_unit(p, w) or p.edit_unit()),  # type: ignore[attr-defined, func-returns-value]
        ("post-new", lambda p, w: p.add_post()),  # type: ignore[attr-defined]
        ("post-edit", _org_post),
    ],
    "staff": [
        ("employee", lambda p, w: p.open_employee(p.model.rows[0].id)),  # type: ignore[attr-defined]
        ("employee-new", lambda p, w: p.new_item()),  # type: ignore[attr-defined]
    ],
    "settlement": [
        ("case", lambda p, w: p.cases.open_case(p.cases.model.rows[0].id)),  # type: ignore[attr-defined]
    ],
    "revenue": [
        ("deposit", lambda p, w: p.tab("deposits").new_item()),  # type: ignore[attr-defined]
        ("book", lambda p, w: p.tab("books").new_item()),  # type: ignore[attr-defined]
    ],
    "projects": [
        ("project-new", lambda p, w: p.new_item()),  # type: ignore[attr-defined]
        ("project", _project),
        ("progress", lambda p, w: p.detail.add_progress()),  # type: ignore[attr-defined]
    ],
    "users": [
        ("user-new", lambda p, w: p.new_item()),  # type: ignore[attr-defined]
        ("role", lambda p, w: _first_user(p, w) or p.change_role()),  # type: ignore[attr-defined, func-returns-value]
        ("password", lambda p, w: p.change_password()),  # type: ignore[attr-defined]
        ("audit-range", lambda p, w: p.print_audit()),  # type: ignore[attr-defined]
    ],
    "settings": [
        ("my-password", lambda p, w: w.change_my_password()),
    ],
}


def _back_to_lists(page: QWidget) -> None:
    """A detail view opened on the way (a project) gives the page back to its list."""
    for stack in page.findChildren(QStackedWidget):
        if stack.currentIndex() > 0 and hasattr(page, "show_list"):
            page.show_list()


def _dialogs() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


def _tabs(window: MainWindow, root: QWidget, name: str, seen: set[int]) -> Iterator[Stop]:
    """Each tab of each tab widget shown under ``root``, nested tabs too."""
    found = [t for t in root.findChildren(QTabWidget) if t.isVisible() and id(t) not in seen]
    if not found:
        return
    tabs = found[0]
    seen.add(id(tabs))
    for index in range(tabs.count()):
        if not tabs.isTabVisible(index) or not tabs.isTabEnabled(index):
            continue
        tabs.setCurrentIndex(index)
        settle(window.session.runner)
        here = f"{name}-{index + 1}"
        yield Stop(here, window)
        inner = tabs.widget(index)
        if inner is not None:
            yield from _tabs(window, inner, here, seen)


def tour(window: MainWindow, dialogs: bool = True) -> Iterator[Stop]:
    """Show each page of ``window`` (and, with ``dialogs``, its dialogs) and yield it settled.
    A dialog is closed when the caller asks for the next stop."""
    runner = window.session.runner
    for spec in window.visible_pages():
        assert window.show_page(spec.name), spec.name
        settle(runner)
        page = window.page(spec.name)
        assert page is not None
        yield Stop(spec.name, window)
        yield from _tabs(window, page, spec.name, set())
        if not dialogs:
            continue
        for what, opener in DIALOGS.get(spec.name, []):
            before = _dialogs()
            opener(page, window)
            settle(runner)
            opened = list(_dialogs() - before)
            if not opened:
                stacks = [s for s in page.findChildren(QStackedWidget) if s.currentIndex() > 0]
                if stacks:  # a detail view took the page's place
                    yield Stop(f"{spec.name}.{what}", window)
                continue
            for dialog in opened:
                for _ in range(3):
                    QCoreApplication.processEvents()
                yield Stop(f"{spec.name}.{what}", dialog, dialog=True)
                assert isinstance(dialog, QDialog)
                dialog.reject()
                dialog.deleteLater()
                settle(runner)
        _back_to_lists(page)
        settle(runner)
