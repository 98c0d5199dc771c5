"""Shared fixtures: a station made once per session and copied for each test (argon2 is slow
on purpose, so hashing four passwords per test would dominate the suite)."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from baladiya_desktop.cli.main import main as cli_main
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import add_user
from baladiya_desktop.domain.bootstrap import create_station, open_station
from tests.support import MUNICIPALITY, PASSWORD, TEST_USERS, login

_EXIT_STATUS = pytest.StashKey[int]()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


KEY_PASSPHRASE = "ministry key passphrase 2026"


@pytest.fixture(scope="session", autouse=True)
def keystore_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Stations' KEKs in a folder of the test run, never the user's own key store; the
    ministries the tests make get their key passphrase from the environment."""
    folder = tmp_path_factory.mktemp("keystore")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BALADIYA_KEYSTORE_DIR", str(folder))
        patch.setenv("BALADIYA_KEY_PASSPHRASE", KEY_PASSPHRASE)
        yield folder


@pytest.fixture(scope="session")
def station_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "station.db"
    ctx = create_station(
        Target.resolve(path), municipality=MUNICIPALITY,
        station_name="مكتب الوكيل", admin_username="admin", admin_password=PASSWORD,
        admin_full_name="وكيل البلدية",
    )
    for name, role in TEST_USERS.items():
        add_user(ctx, name, role, PASSWORD, name)
    ctx.engine.dispose()
    return path


@pytest.fixture
def station(station_template: Path, tmp_path: Path) -> Target:
    """A fresh copy of the template station in this test's folder."""
    path = tmp_path / "station.db"
    shutil.copyfile(station_template, path)
    return Target.resolve(path)


@pytest.fixture
def ctx(station: Target) -> Iterator[AppContext]:
    context = open_station(station)
    yield context
    context.engine.dispose()


@pytest.fixture
def admin(ctx: AppContext) -> AppContext:
    return login(ctx, "admin")


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch) -> object:
    """Run ``baladiya`` in-process: ``run_cli("--db", p, "users", "list", password=...)``."""

    def run(*argv: str | Path, password: str | None = PASSWORD, stdin: str = "",
            env: dict[str, str] | None = None) -> CliResult:
        for key in ("BALADIYA_DB", "BALADIYA_DATABASE_URL", "BALADIYA_USER",
                    "BALADIYA_PASSWORD", "BALADIYA_NEW_PASSWORD"):
            monkeypatch.delenv(key, raising=False)
        if password is not None:
            monkeypatch.setenv("BALADIYA_PASSWORD", password)
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = cli_main([str(a) for a in argv])
            except SystemExit as exc:
                code = int(exc.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without finalizing the interpreter once Qt has been loaded.

    PySide6 can crash in the interpreter's last garbage collection ("bool_dealloc", a refcount
    bug in its bindings) after every result is reported; that must not turn a green run red.
    """
    import sys

    status = config.stash.get(_EXIT_STATUS, None)
    # A usage error (an unknown option under --strict-config) is told after this hook.
    if "PySide6.QtCore" in sys.modules and status not in (None, pytest.ExitCode.USAGE_ERROR):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
