"""GUI fixtures: offscreen Qt, one template station per session copied per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future

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
    """Bugs the app's crash handling met during the test: on the runner's worker thread or at
    the crash handler. Any left here fail the test; one provoked on purpose is taken out."""
    return []


@pytest.fixture(autouse=True)
def fail_on_crashes(crashes, monkeypatch):  # type: ignore[no-untyped-def]
    """A bug the app would report (a crash report, a worker's exception) fails the test, even
    when nothing in the test looks at it. Exceptions in slots and Qt virtual methods go to
    ``sys.excepthook``, which pytest-qt already turns into failures."""
    from baladiya_desktop.ui import crash

    handle = crash.CrashHandler.handle

    def record(self, exc_type, exc, tb):  # type: ignore[no-untyped-def]
        crashes.append(exc)
        handle(self, exc_type, exc, tb)

    monkeypatch.setattr(crash.CrashHandler, "handle", record)
    yield
    if crashes:
        told = "\n".join("".join(traceback.format_exception(exc)) for exc in crashes)
        pytest.fail(f"{len(crashes)} unhandled exception(s) during the test:\n{told}")


def _is_bug(exc: BaseException | None) -> bool:
    """What the runner hands to the crash handler (see Runner._failed)."""
    from sqlalchemy.exc import OperationalError

    from baladiya_desktop.core.errors import Cancelled, UserError

    return exc is not None and not isinstance(exc, Cancelled | UserError | OperationalError)


@pytest.fixture
def runner(qapp, language, crashes):  # type: ignore[no-untyped-def]
    from baladiya_desktop.ui.runner import Runner

    delivered: list[BaseException] = []

    def on_crash(exc: BaseException) -> None:
        delivered.append(exc)
        crashes.append(exc)

    runner = Runner(lang=lambda: language.code, on_crash=on_crash)
    futures: list[Future[object]] = []
    run = runner.run

    def keep(*args, **kwargs):  # type: ignore[no-untyped-def]
        future = run(*args, **kwargs)
        futures.append(future)
        return future

    runner.run = keep  # run_long goes through it too
    yield runner
    runner.shutdown(wait=True)
    # A bug whose result the test never waited for: raised on the worker thread, not delivered.
    for future in futures:
        exc = None if future.cancelled() else future.exception()
        if _is_bug(exc) and not any(exc is seen for seen in delivered):
            assert exc is not None
            crashes.append(exc)


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
