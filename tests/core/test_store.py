"""The store: connection settings, migrations, and files that are not ours."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.database import make_engine, sqlite_url
from baladiya_desktop.core.errors import StorageError
from baladiya_desktop.core.migrate import alembic_config, head_revision, upgrade
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import create_station, open_station
from baladiya_desktop.schema import metadata


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_connection_settings(ctx: AppContext) -> None:
    with ctx.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "m.db"))
    upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata())
    assert diff == []


def test_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is a text file, not a database\n" * 50)
    before = digest(path)
    with pytest.raises(StorageError) as caught:
        open_station(Target.resolve(path))
    assert "ليس قاعدة بيانات" in caught.value.message_ar
    assert digest(path) == before


def test_corrupted_database_is_refused_and_untouched(station: Target) -> None:
    path = station.db_path
    assert path is not None
    data = bytearray(path.read_bytes())
    # Keep the SQLite header, wreck the pages after it.
    data[100:4096 * 3] = b"\xff" * (4096 * 3 - 100)
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises((StorageError, Exception)) as caught:
        ctx = open_station(station)
        ctx.engine.dispose()
    assert isinstance(caught.value, StorageError), caught.value
    assert digest(path) == before


def test_newer_database_is_refused_and_untouched(station: Target) -> None:
    path = station.db_path
    assert path is not None
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(StorageError) as caught:
        open_station(station)
    assert "أحدث" in caught.value.message_ar
    assert digest(path) == before


def test_older_database_is_backed_up_then_upgraded(station: Target) -> None:
    engine = make_engine(station.url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    ctx = open_station(station)
    try:
        with ctx.engine.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()
    finally:
        ctx.engine.dispose()
    assert list(station.paths.backups_dir.glob("*before-upgrade.db"))


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(StorageError):
        open_station(Target.resolve(path))


def test_init_refuses_a_used_database(station: Target) -> None:
    with pytest.raises(StorageError):
        create_station(station, municipality="LY-M002",
                       station_name="x", admin_username="other", admin_password="secret99")


def test_missing_database_says_run_init(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        open_station(Target.resolve(tmp_path / "none.db"))
    assert "baladiya init" in caught.value.message_ar
