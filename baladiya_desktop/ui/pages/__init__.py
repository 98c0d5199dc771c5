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
    # Which databases show the page at all: a station's pages are not the ministry's.
    available: Callable[[UiSession], bool] | None = None

    def shown_to(self, session: UiSession) -> bool:
        return session.may(self.permission) and (
            self.available is None or self.available(session))


def at_ministry(session: UiSession) -> bool:
    return session.ctx.station.is_ministry


def at_station(session: UiSession) -> bool:
    return not session.ctx.station.is_ministry


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
            "org",
            lambda: QCoreApplication.translate("Pages", "Organizational structure"),
            "org",
            Permission.ORG_READ,
            lazy(f"{here}.org", "OrgPage"),
        )
    )
    registry.register(
        PageSpec(
            "staff",
            lambda: QCoreApplication.translate("Pages", "Staff register"),
            "users",
            Permission.STAFF_READ,
            lazy(f"{here}.staff", "StaffPage"),
        )
    )
    registry.register(
        PageSpec(
            "staff_dashboard",
            lambda: QCoreApplication.translate("Pages", "Staff dashboard"),
            "indicators",
            Permission.STAFF_READ,
            lazy(f"{here}.staff_dashboard", "StaffDashboardPage"),
        )
    )
    registry.register(
        PageSpec(
            "settlement",
            lambda: QCoreApplication.translate("Pages", "Job settlement"),
            "settlement",
            Permission.SETTLEMENT_READ,
            lazy(f"{here}.settlement", "SettlementPage"),
        )
    )
    registry.register(
        PageSpec(
            "revenue",
            lambda: QCoreApplication.translate("Pages", "Local revenue"),
            "revenue",
            Permission.REVENUE_READ,
            lazy(f"{here}.revenue", "RevenuePage"),
        )
    )
    registry.register(
        PageSpec(
            "indicators",
            lambda: QCoreApplication.translate("Pages", "Institutional indicators"),
            "indicators",
            Permission.INDICATORS_READ,
            lazy(f"{here}.indicators", "indicators_page"),  # the comparison at the ministry
        )
    )
    registry.register(
        PageSpec(
            "projects",
            lambda: QCoreApplication.translate("Pages", "Development projects"),
            "projects",
            Permission.PROJECTS_READ,
            lazy(f"{here}.projects", "ProjectsPage"),
        )
    )
    registry.register(
        PageSpec(
            "sync",
            lambda: QCoreApplication.translate("Pages", "Send to the ministry"),
            "sync",
            Permission.SYNC_EXPORT,
            lazy(f"{here}.sync", "sync_page"),
            available=at_station,
        )
    )
    registry.register(
        PageSpec(
            "ministry",
            lambda: QCoreApplication.translate("Pages", "Municipalities and stations"),
            "ministry",
            Permission.SYNC_IMPORT,
            lazy(f"{here}.ministry", "ministry_page"),
            available=at_ministry,
        )
    )
    registry.register(
        PageSpec(
            "verify",
            lambda: QCoreApplication.translate("Pages", "Verify a printout"),
            "verify",
            Permission.STATION_READ,
            lazy(f"{here}.verify", "VerifyPage"),
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
