"""The page registry: every area adds its pages here, the main window lists what the role may.

A page is any QWidget made by ``factory(session)``. It may also offer ``refresh()`` (called
each time it is shown), ``focus_search()`` (Ctrl+F), ``new_item()`` (Ctrl+N) and ``save()``
(Ctrl+S). Factories import their module when first opened, so start-up stays fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from baladiya_desktop.core.permissions import Permission

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from baladiya_desktop.ui.session import UiSession

PageFactory = Callable[["UiSession"], "QWidget"]


@dataclass(frozen=True)
class PageSpec:
    name: str
    title: Callable[[], str]  # called at display time, so it follows the current language
    icon: str  # file name in resources/icons, without .svg
    permission: Permission | None
    factory: PageFactory


def lazy(module: str, cls: str) -> PageFactory:
    """A factory that imports ``module`` only when the page is first opened."""

    def make(session: UiSession) -> QWidget:
        widget_class = getattr(importlib.import_module(module), cls)
        return widget_class(session)  # type: ignore[no-any-return]

    return make


class PageRegistry:
    def __init__(self) -> None:
        self._pages: dict[str, PageSpec] = {}

    def register(self, spec: PageSpec) -> None:
        if spec.name in self._pages:
            raise ValueError(f"page {spec.name!r} is registered twice")
        self._pages[spec.name] = spec

    def __iter__(self) -> Iterator[PageSpec]:
        return iter(self._pages.values())

    def get(self, name: str) -> PageSpec | None:
        return self._pages.get(name)


def default_registry() -> PageRegistry:
    """The pages of this version, in navigation order. Later areas add theirs here."""
    registry = PageRegistry()
    here = __name__
    registry.register(
        PageSpec(
            "home",
            lambda: QCoreApplication.translate("Pages", "Station overview"),
            "home",
            Permission.STATION_READ,
            lazy(f"{here}.home", "HomePage"),
        )
    )
    registry.register(
        PageSpec(
            "users",
            lambda: QCoreApplication.translate("Pages", "Users"),
            "users",
            Permission.USERS_MANAGE,
            lazy(f"{here}.users", "UsersPage"),
        )
    )
    registry.register(
        PageSpec(
            "backups",
            lambda: QCoreApplication.translate("Pages", "Backups"),
            "backups",
            Permission.BACKUP_RUN,
            lazy(f"{here}.backups", "BackupsPage"),
        )
    )
    registry.register(
        PageSpec(
            "settings",
            lambda: QCoreApplication.translate("Pages", "Settings"),
            "settings",
            None,
            lazy(f"{here}.settings", "SettingsPage"),
        )
    )
    return registry
