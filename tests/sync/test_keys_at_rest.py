"""A copy of a station's or the ministry's database carries the data, never a usable key; the
ministry's keys also need the officer's passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from baladiya_desktop.core import keystore
from baladiya_desktop.core.keystore import station_private_keys
from baladiya_desktop.sync.keys import ministry_private
from baladiya_desktop.sync.models import MinistryKey
from tests.conftest import KEY_PASSPHRASE
from tests.support import PASSWORD
from tests.sync.conftest import World, db_args, ok
from tests.sync.test_trip import add_unit

COPY_EN = "carries the data, not the station's key"
COPY_AR = "فيها البيانات وليس فيها مفتاح المحطة"


def failed(result: Any, *fragments: str) -> None:
    assert result.code == 1, (result.out, result.err)
    for fragment in fragments:
        assert fragment in result.err, (fragment, result.err)


def ministry_keys_raw(world: World) -> list[bytes]:
    with world.ministry() as ctx, ctx.session() as session:
        rows = list(session.scalars(select(MinistryKey)))
        found = [ministry_private(ctx, row) for row in rows]
        found.append(station_private_keys(ctx).signing)
    assert len(found) >= 3
    return found


def test_the_ministry_database_and_its_backups_hold_no_usable_key(sqlite_world: World) -> None:
    world = sqlite_world
    keys = ministry_keys_raw(world)
    db = Path(make_url(world.url).database or "")
    add_unit(world.station, "AT-REST-1")
    bundle = world.export()
    ok(world.m("ministry", "import", bundle["path"]))  # takes a backup before importing
    backups = list((db.parent / f"{db.stem}-backups").glob("*.db"))
    assert backups
    for path in [db, *backups]:
        data = path.read_bytes()
        assert not any(key in data for key in keys), path
    station_db = world.station.read_bytes()
    station = station_private_keys_of(world.station)
    assert station.signing not in station_db
    assert station.encryption is not None and station.encryption not in station_db


def station_private_keys_of(db: Path) -> keystore.StationKeys:
    from baladiya_desktop.core.setup import Target
    from baladiya_desktop.domain.bootstrap import open_station

    ctx = open_station(Target.resolve(db))
    try:
        return station_private_keys(ctx)
    finally:
        ctx.engine.dispose()


def test_a_station_copied_to_another_pc_cannot_send_or_print(
        sqlite_world: World, tmp_path: Path, keystore_env: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    world = sqlite_world
    other_pc = {keystore.ENV_DIR: str(tmp_path / "other-pc-keys")}
    result = world.run("--db", world.station, "--user", "admin", "bundle", "export", "--out",
                       world.usb, env=other_pc)
    failed(result, COPY_EN, COPY_AR, "--as-new-station")
    assert not list(world.usb.glob("*.bld"))
    result = world.run("--db", world.station, "--user", "admin", "bundle", "enrollment",
                       "--out", world.usb, env=other_pc)
    failed(result, COPY_EN)
    # The same file on its own PC still sends.
    monkeypatch.setenv(keystore.ENV_DIR, str(keystore_env))
    assert world.export()["path"]


def test_a_reply_cannot_be_opened_by_a_copy(sqlite_world: World, tmp_path: Path,
                                            keystore_env: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    world = sqlite_world
    add_unit(world.station, "AT-REST-2")
    bundle = world.export()
    receipts = world.folder / "receipts"
    receipts.mkdir()
    imported = ok(world.m("ministry", "import", bundle["path"], "--receipts", receipts))
    reply = imported[0]["receipt"]
    result = world.run("--db", world.station, "--user", "admin", "bundle", "import", reply,
                       env={keystore.ENV_DIR: str(tmp_path / "other-pc-keys")})
    failed(result, COPY_EN)
    monkeypatch.setenv(keystore.ENV_DIR, str(keystore_env))
    ok(world.s("bundle", "import", reply))


def test_a_ministry_copy_cannot_open_bundles_or_sign(sqlite_world: World,
                                                     tmp_path: Path) -> None:
    world = sqlite_world
    add_unit(world.station, "AT-REST-3")
    bundle = world.export()
    other_pc = {keystore.ENV_DIR: str(tmp_path / "other-pc-keys")}
    before = world.snap()
    result = world.run(*db_args(world.url), "--user", "boss", "ministry", "import",
                       bundle["path"], env=other_pc)
    failed(result, COPY_EN)
    assert world.snap() == before
    out = tmp_path / "ref"
    out.mkdir()
    result = world.run(*db_args(world.url), "--user", "boss", "ministry", "reference-bundle",
                       "--out", out, env=other_pc)
    failed(result, COPY_EN)
    assert not list(out.iterdir())


def test_the_ministry_needs_the_passphrase(world: World, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    add_unit(world.station, "AT-REST-4")
    bundle = world.export()
    out = tmp_path / "ref"
    out.mkdir()
    monkeypatch.delenv(keystore.ENV_PASSPHRASE)
    before = world.snap()
    m = [*db_args(world.url), "--user", "boss"]
    failed(world.run(*m, "ministry", "import", bundle["path"]),
           "BALADIYA_KEY_PASSPHRASE", "عبارة المرور")
    failed(world.run(*m, "ministry", "reference-bundle", "--out", out), "passphrase")
    failed(world.run(*m, "ministry", "import", bundle["path"],
                     env={keystore.ENV_PASSPHRASE: "not the passphrase"}),
           "Wrong key passphrase")
    failed(world.run(*m, "ministry", "rotate-keys",
                     env={keystore.ENV_PASSPHRASE: "not the passphrase"}),
           "Wrong key passphrase")
    assert world.snap() == before
    assert not list(out.iterdir())
    monkeypatch.delenv(keystore.ENV_PASSPHRASE)
    # The line after the password, with --password-stdin.
    result = world.run(*m, "--password-stdin", "--json", "ministry", "reference-bundle",
                       "--out", out, password=None, stdin=f"{PASSWORD}\n{KEY_PASSPHRASE}\n")
    assert result.code == 0, result.err
    result = world.run(*m, "--json", "ministry", "import", bundle["path"],
                       env={keystore.ENV_PASSPHRASE: KEY_PASSPHRASE})
    assert result.code == 0, result.err


@pytest.mark.parametrize(("passphrase", "why"), [
    (None, "Choose a key passphrase"),
    ("short", "too short"),
    (PASSWORD, "must differ from the administrator's password"),
])
def test_ministry_init_requires_a_good_passphrase(run_cli: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  passphrase: str | None, why: str) -> None:
    monkeypatch.delenv(keystore.ENV_PASSPHRASE)
    db = tmp_path / "ministry.db"
    env = {keystore.ENV_PASSPHRASE: passphrase} if passphrase else {}
    result = run_cli("--db", db, "ministry", "init", "--name", "الوزارة", "--admin", "boss",
                     env=env)
    failed(result, why)
    assert not db.exists() or db.stat().st_size == 0
    monkeypatch.delenv(keystore.ENV_PASSPHRASE, raising=False)
    result = run_cli("--db", db, "--password-stdin", "ministry", "init", "--name", "الوزارة",
                     "--admin", "boss", password=None,
                     stdin=f"{PASSWORD}\n{KEY_PASSPHRASE}\n")
    assert result.code == 0, result.err
