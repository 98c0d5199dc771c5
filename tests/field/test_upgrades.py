"""Upgrades keep every record: each released schema's fixture opens at head with all its
rows and an intact audit chain; an upgrade that fails puts the backup back and says so."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from baladiya_desktop.core.audit import verify_chain
from baladiya_desktop.core.database import make_engine
from baladiya_desktop.core.errors import StorageError
from baladiya_desktop.core.migrate import (
    _graph,
    _messages,
    alembic_config,
    current_revision,
    head_revision,
)
from baladiya_desktop.core.setup import Target, upgrade_steps
from baladiya_desktop.domain.bootstrap import open_station

FIXTURES = sorted(Path(__file__).resolve().parents[1].joinpath("fixtures").glob("schema-*.db"))


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert any(f.stem == f"schema-{head_revision()}" for f in FIXTURES), (
        "run tests/fixtures/make_fixture.py for the new schema and commit its files")


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_each_fixture_upgrades_with_every_record(fixture: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    manifest = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    db = tmp_path / "station.db"
    shutil.copyfile(fixture, db)
    ctx = open_station(Target.resolve(db))
    try:
        assert current_revision(ctx.engine) == head_revision()
        with ctx.session() as session:
            report = verify_chain(session)
        assert report.ok, report.reason_en
    finally:
        ctx.engine.dispose()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for table, before in manifest["counts"].items():
        after = con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if table == "audit_log":
            assert after >= before  # opening may add entries (reference data of a new app)
        else:
            assert after >= before, f"{table}: {before} rows before, {after} after"
    con.close()
    with capsys.disabled():
        print(f"\nupgrade {fixture.stem} → {head_revision()}: "
              f"{sum(manifest['counts'].values())} rows kept, audit chain intact")


def _downgrade(db: Path, revision: str) -> None:
    engine = make_engine(Target.resolve(db).url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def test_start_up_says_what_the_upgrade_will_do(station: Target) -> None:
    assert station.db_path is not None
    _downgrade(station.db_path, "0004")
    graph, messages = _graph(), _messages()
    expected, rev = [], head_revision()
    while rev != "0004":
        expected.insert(0, messages[rev])
        rev = graph[rev]
    assert upgrade_steps(station) == expected
    assert any("settlement" in step for step in expected)


def test_a_failed_upgrade_restores_the_backup(station: Target,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert station.db_path is not None
    _downgrade(station.db_path, "0004")
    before = station.db_path.read_bytes()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a migration step failed")

    monkeypatch.setattr(command, "upgrade", broken)
    with pytest.raises(StorageError) as caught:
        open_station(station)
    assert "أُعيدت كما كانت" in caught.value.message_ar
    engine = make_engine(station.url)
    try:
        assert current_revision(engine) == "0004"
    finally:
        engine.dispose()
    assert list(station.paths.backups_dir.glob("*before-upgrade.db"))
    assert len(station.db_path.read_bytes()) > 0 and before[:16] == b"SQLite format 3\x00"
