"""GUI fixtures: offscreen Qt, one template station per session copied per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Callable, Iterator

import pytest

from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import CurrentUser, authenticate
from baladiya_desktop.domain.bootstrap import open_station
from tests.support import PASSWORD

# The stations come from tests/conftest.py (``station``): admin, clerk, cashier and guest.
ADMIN, ADMIN_PASSWORD = "admin", PASSWORD
VIEWER, VIEWER_PASSWORD = "guest", PASSWORD


def pytest_configure(config: pytest.Config) -> None:
    # The offscreen platform says this for every top-level window it shows.
    config.addinivalue_line("qt_log_ignore", "This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp):  # type: ignore[no-untyped-def]
    """As the app does: no garbage collection in the runner's thread (see ui/gc_guard)."""
    import gc

    from baladiya_desktop.ui import gc_guard

    gc_guard.install(qapp)
    yield
    gc.collect()


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    from baladiya_desktop.ui.i18n import Language
    from baladiya_desktop.ui.look import set_up_look

    set_up_look(qapp)
    lang = Language(qapp)
    lang.apply("ar")
    yield lang
    lang.apply("ar")


@pytest.fixture
def crashes() -> list[BaseException]:
    return []


@pytest.fixture
def runner(qapp, language, crashes):  # type: ignore[no-untyped-def]
    from baladiya_desktop.ui.runner import Runner

    runner = Runner(lang=lambda: language.code, on_crash=crashes.append)
    yield runner
    runner.shutdown(wait=True)


@pytest.fixture
def open_ctx(station: Target) -> Iterator[Callable[..., object]]:
    """Open the test station, logged in as a user when given one."""
    opened = []

    def make(username: str | None = None, password: str = ""):  # type: ignore[no-untyped-def]
        ctx = open_station(station)
        opened.append(ctx)
        if username is None:
            return ctx
        user: CurrentUser = authenticate(ctx, username, password)
        return ctx.as_user(user)

    yield make
    for ctx in opened:
        ctx.engine.dispose()


@pytest.fixture
def make_session(station, runner, language, open_ctx):  # type: ignore[no-untyped-def]
    from baladiya_desktop.ui.session import UiSession

    def make(username: str = ADMIN, password: str = ADMIN_PASSWORD) -> UiSession:
        return UiSession(station, open_ctx(username, password), runner, language)

    return make
