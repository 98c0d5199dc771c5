"""``db upgrade``, ``db check``, ``audit verify`` and ``restore`` are the administrator's:
anyone else exits 1 and changes nothing. ``restore`` takes back only this station's backups,
or another station's as a new station that must be enrolled."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from baladiya_desktop.core.database import make_engine, sqlite_url
from baladiya_desktop.core.migrate import alembic_config, current_revision, head_revision
from baladiya_desktop.core.setup import Target

Run = Any
OTHER = uuid.UUID("0190aaaa-bbbb-7ccc-8ddd-eeeeffff0002")


def snapshot(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def revision(path: Path) -> str | None:
    engine = make_engine(sqlite_url(path))
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def make_backup(run_cli: Run, db: Path, out: Path) -> Path:
    made = run_cli("--db", db, "--user", "admin", "backup", "--out", out)
    assert made.code == 0, made.err
    return out


COMMANDS = [("db", "upgrade"), ("db", "check"), ("audit", "verify"), ("restore", "BACKUP")]


@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w))
def test_without_a_user_or_as_a_non_administrator_exit_1(run_cli: Run, station: Target,
                                                         tmp_path: Path,
                                                         words: tuple[str, ...]) -> None:
    db = station.db_path
    assert db is not None
    saved = make_backup(run_cli, db, tmp_path / "b.db")
    argv = [str(saved) if w == "BACKUP" else w for w in words]
    run_cli("--db", db, "--user", "admin", "users", "add", "temp", "--role", "viewer",
            env={"BALADIYA_NEW_PASSWORD": "secret-temp-9"})  # a restore would undo this
    before = snapshot(db)
    nobody = run_cli("--db", db, *argv)
    assert nobody.code == 1 and "--user" in nobody.err, nobody.err
    for clerk in ("clerk", "guest"):
        refused = run_cli("--db", db, "--user", clerk, *argv)
        assert refused.code == 1, refused.err
        assert "لمدير النظام فقط" in refused.err and "administrator" in refused.err
    assert snapshot(db) == before


def _downgrade(db: Path, to: str) -> None:
    engine = make_engine(sqlite_url(db))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, to)
    engine.dispose()


def test_db_upgrade_of_an_older_database_needs_the_administrator(run_cli: Run, station: Target
                                                                 ) -> None:
    db = station.db_path
    assert db is not None
    _downgrade(db, "0009")
    before = snapshot(db)
    clerk = run_cli("--db", db, "--user", "clerk", "db", "upgrade")
    assert clerk.code == 1 and "لمدير النظام فقط" in clerk.err, clerk.err
    wrong = run_cli("--db", db, "--user", "admin", "db", "upgrade", password="wrong-password")
    assert wrong.code == 1 and "كلمة المرور غير صحيحة" in wrong.err, wrong.err
    assert revision(db) == "0009" and snapshot(db) == before
    done = run_cli("--db", db, "--user", "admin", "--json", "db", "upgrade")
    assert done.code == 0, done.err
    assert json.loads(done.out)["schema"] == head_revision() == revision(db)


def test_restore_refuses_another_stations_backup_and_says_what_to_do(run_cli: Run,
                                                                      station: Target,
                                                                      tmp_path: Path) -> None:
    db = station.db_path
    assert db is not None
    other = make_backup(run_cli, db, tmp_path / "other.db")
    con = sqlite3.connect(other)
    con.execute("UPDATE station SET id = ?", (OTHER.hex,))
    con.commit()
    con.close()
    before = snapshot(db)
    result = run_cli("--db", db, "--user", "admin", "restore", other)
    assert result.code == 1
    assert "لمحطة أخرى" in result.err and "another station" in result.err
    assert "--as-new-station" in result.err
    assert snapshot(db) == before
    assert run_cli("--db", db, "--user", "admin", "users", "list").code == 0


def test_restore_as_a_new_station_needs_enrollment(run_cli: Run, station: Target,
                                                    tmp_path: Path) -> None:
    db = station.db_path
    assert db is not None
    other = make_backup(run_cli, db, tmp_path / "other.db")
    con = sqlite3.connect(other)
    this_station = uuid.UUID(con.execute("SELECT id FROM station").fetchone()[0])
    con.execute("UPDATE station SET id = ?", (OTHER.hex,))
    con.commit()
    con.close()
    text = run_cli("--db", db, "--user", "admin", "restore", other, "--as-new-station")
    assert text.code == 0, text.err
    assert "bundle enrollment" in text.out and "needs enrollment" in text.out
    again = run_cli("--db", db, "--user", "admin", "--json", "restore", other,
                    "--as-new-station")
    assert again.code == 0, again.err
    data = json.loads(again.out)
    assert data["new_station"] is True and data["needs_enrollment"] is True
    assert data["previous_station_id"] == str(OTHER)
    assert data["station_id"] not in (str(OTHER), str(this_station))
    assert len(data["fingerprint"]) == 79
    verified = run_cli("--db", db, "--user", "admin", "--json", "audit", "verify")
    assert verified.code == 0 and json.loads(verified.out)["ok"] is True
    (tmp_path / "usb").mkdir()
    enrolled = run_cli("--db", db, "--user", "admin", "--json", "bundle", "enrollment",
                       "--out", tmp_path / "usb")
    assert enrolled.code == 0, enrolled.err
    assert data["fingerprint"] in enrolled.out


def test_restore_of_this_station_starts_its_next_incarnation(run_cli: Run, station: Target,
                                                              tmp_path: Path) -> None:
    db = station.db_path
    assert db is not None
    saved = make_backup(run_cli, db, tmp_path / "b.db")
    first = run_cli("--db", db, "--user", "admin", "--json", "restore", saved)
    assert first.code == 0, first.err
    data = json.loads(first.out)
    assert data["incarnation"] == 1 and data["new_station"] is False
    assert data["needs_enrollment"] is False and Path(data["previous_saved_as"]).exists()
    second = run_cli("--db", db, "--user", "admin", "restore", saved)
    assert second.code == 0 and "incarnation 2" in second.out
    verified = run_cli("--db", db, "--user", "admin", "--json", "audit", "verify")
    assert verified.code == 0 and json.loads(verified.out)["ok"] is True
    check = run_cli("--db", db, "--user", "admin", "--json", "db", "check")
    assert check.code == 0 and json.loads(check.out)["ok"] is True
