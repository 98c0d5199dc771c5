"""Fixtures of the sync tests: a ministry (SQLite or PostgreSQL) and an enrolled station.

The PostgreSQL server is the one of ``BALADIYA_TEST_PG_URL``; each test gets a database of its
own (``CREATE DATABASE bld_<random>``, cloned from a template made once per session) and drops
it afterwards. If the server is unreachable, the PostgreSQL tests fail when ``CI`` is set and
are skipped otherwise.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from baladiya_desktop.cli.main import main as cli_main
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.database import sqlite_url
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from tests.support import PASSWORD, login
from tests.sync.helpers import StationKeys, snapshot, station_keys

PG_URL = os.environ.get("BALADIYA_TEST_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ENV_KEYS = ("BALADIYA_DB", "BALADIYA_DATABASE_URL", "BALADIYA_USER", "BALADIYA_PASSWORD",
            "BALADIYA_NEW_PASSWORD")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _pg_admin() -> psycopg.Connection[Any]:
    url = make_url(PG_URL)
    return psycopg.connect(host=url.host or "127.0.0.1", port=url.port or 5432,
                           user=url.username or "postgres", password=url.password,
                           dbname=url.database or "postgres", autocommit=True,
                           connect_timeout=5)


def require_postgres() -> None:
    """Fail (under CI) or skip (locally) when the PostgreSQL server cannot be reached."""
    try:
        _pg_admin().close()
    except psycopg.Error as exc:
        message = f"PostgreSQL at {PG_URL} is not reachable: {exc}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@contextmanager
def pg_database(template: str | None = None) -> Iterator[str]:
    """A new PostgreSQL database (a copy of ``template`` if given), dropped afterwards."""
    name = f"bld_{uuid.uuid4().hex[:16]}"
    with _pg_admin() as con:
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            # Pooled connections left by in-process CLI runs would block the copy.
            con.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = %s AND pid <> pg_backend_pid()", (template,))
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        con.execute(statement)
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with _pg_admin() as con:
            con.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                        .format(sql.Identifier(name)))


@pytest.fixture
def postgres() -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database for this test."""
    require_postgres()
    with pg_database() as url:
        yield url


def cli_json(*argv: str | Path, password: str = PASSWORD) -> Any:
    """Run ``baladiya`` in-process outside a test (session fixtures); it must succeed."""
    saved = {k: os.environ.pop(k, None) for k in ENV_KEYS}
    os.environ["BALADIYA_PASSWORD"] = password
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = cli_main([str(a) for a in argv])
    finally:
        for key, value in saved.items():
            os.environ.pop(key, None)
            if value is not None:
                os.environ[key] = value
    assert code == 0, err.getvalue()
    return json.loads(out.getvalue()) if out.getvalue().strip() else None


def db_args(url: str) -> list[str]:
    path = make_url(url)
    if path.get_backend_name() == "sqlite":
        return ["--db", str(path.database)]
    return ["--database-url", url]


def make_station(ministry_url: str, folder: Path, name: str, municipality: str = "LY-M010",
                 *, staff: int = 0) -> Path:
    """A station with the ministry's reference imported and its key enrolled."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"{name}.db"
    if staff:
        cli_json("--db", db, "--json", "demo", "--municipality", municipality, "--admin",
                 "admin", "--staff", str(staff))
    else:
        cli_json("--db", db, "--json", "init", "--municipality", municipality,
                 "--station-name", name, "--admin", "admin")
    m = [*db_args(ministry_url), "--user", "boss", "--json"]
    ref = cli_json(*m, "ministry", "reference-bundle", "--out", folder)
    cli_json("--db", db, "--user", "admin", "--json", "bundle", "import", ref["path"],
             "--fingerprint", ref["fingerprint"])
    enrolled = cli_json("--db", db, "--user", "admin", "--json", "bundle", "enrollment",
                        "--out", folder)
    cli_json(*m, "ministry", "enroll", enrolled["path"], "--fingerprint",
             enrolled["fingerprint"])
    return db


@dataclass
class Template:
    ministry_url: str
    station: Path
    pg_template: str | None


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Template]]:
    """Per backend, a ministry with one enrolled demo station (made on first use)."""
    made: dict[str, Template] = {}
    cleanups: list[Any] = []

    def build(backend: str) -> Template:
        if backend in made:
            return made[backend]
        folder = tmp_path_factory.mktemp(f"world-{backend}")
        if backend == "sqlite":
            url = sqlite_url(folder / "ministry.db")
            template = None
        else:
            manager = pg_database()
            url = manager.__enter__()
            cleanups.append(manager)
            template = str(make_url(url).database)
        cli_json(*db_args(url), "--json", "ministry", "init", "--name", "الوزارة", "--admin",
                 "boss")
        station = make_station(url, folder, "station", staff=30)
        made[backend] = Template(url, station, template)
        return made[backend]

    yield _Lazy(build)
    for manager in cleanups:
        manager.__exit__(None, None, None)


class _Lazy(dict):  # type: ignore[type-arg]
    def __init__(self, build: Any) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Template:
        value: Template = self._build(key)
        return value


@dataclass
class World:
    """A ministry (``url``) and an enrolled station, copied fresh for one test."""

    backend: str
    url: str
    station: Path
    folder: Path
    run: Any

    @property
    def usb(self) -> Path:
        path = self.folder / "usb"
        path.mkdir(exist_ok=True)
        return path

    def m(self, *args: str | Path, user: str = "boss") -> Any:
        """``baladiya`` on the ministry's database as ``user`` with ``--json``."""
        return self.run(*db_args(self.url), "--user", user, "--json", *args)

    def s(self, *args: str | Path, db: Path | None = None) -> Any:
        return self.run("--db", db or self.station, "--user", "admin", "--json", *args)

    def export(self, db: Path | None = None, *extra: str) -> dict[str, Any]:
        return ok(self.s("bundle", "export", "--out", self.usb, *extra, db=db))

    def snap(self) -> dict[str, tuple[int, str]]:
        return snapshot(self.url)

    def keys(self, db: Path | None = None) -> StationKeys:
        return station_keys(db or self.station)

    def new_station(self, name: str, municipality: str = "LY-M010") -> Path:
        return make_station(self.url, self.folder / name, name, municipality)

    @contextmanager
    def ministry(self) -> Iterator[AppContext]:
        ctx = open_station(Target.resolve(url=self.url))
        try:
            yield login(ctx, "boss")
        finally:
            ctx.engine.dispose()


def ok(result: Any) -> Any:
    assert result.code == 0, result.err
    return json.loads(result.out)


def refused(result: Any, *fragments: str) -> None:
    """Exit 1 with the refusal in both languages, and each fragment in the message."""
    assert result.code == 1, (result.out, result.err)
    assert "رُفضت الحزمة" in result.err and "Bundle refused" in result.err, result.err
    for fragment in fragments:
        assert fragment in result.err, (fragment, result.err)


def copy_db(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database, whatever is still in its WAL."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _world(backend: str, templates: dict[str, Template], tmp_path: Path, run: Any
           ) -> Iterator[World]:
    if backend == "postgres":
        require_postgres()
    template = templates[backend]
    station = tmp_path / "station.db"
    copy_db(template.station, station)
    if template.pg_template is None:
        ministry = tmp_path / "ministry.db"
        copy_db(Path(make_url(template.ministry_url).database or ""), ministry)
        yield World(backend, sqlite_url(ministry), station, tmp_path, run)
        return
    with pg_database(template.pg_template) as url:
        yield World(backend, url, station, tmp_path, run)


@pytest.fixture(params=BACKENDS)
def world(request: pytest.FixtureRequest, templates: dict[str, Template], tmp_path: Path,
          run_cli: Any) -> Iterator[World]:
    """The ministry on SQLite, then on PostgreSQL."""
    yield from _world(request.param, templates, tmp_path, run_cli)


@pytest.fixture
def sqlite_world(templates: dict[str, Template], tmp_path: Path, run_cli: Any
                 ) -> Iterator[World]:
    yield from _world("sqlite", templates, tmp_path, run_cli)
