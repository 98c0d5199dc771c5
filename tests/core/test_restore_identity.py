"""A restore puts back this station's own backup as its next incarnation, recorded in the
audit log; another station's backup, the ministry's, or a newer app's is refused before
anything changes, unless the data is to become a new station."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command

from baladiya_desktop.core import maintenance, users
from baladiya_desktop.core.audit import AuditEntry, verify_chain
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.database import make_engine, sqlite_url
from baladiya_desktop.core.errors import StorageError
from baladiya_desktop.core.hlc import physical_now
from baladiya_desktop.core.keystore import station_private_keys
from baladiya_desktop.core.maintenance import OtherStationBackup, RestoreRefused
from baladiya_desktop.core.migrate import alembic_config, current_revision, head_revision
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.station import load_station, public_key_of
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.sync.models import SyncState, TrustedKey
from tests.support import login

OTHER = uuid.UUID("0190aaaa-bbbb-7ccc-8ddd-eeeeffff0001")


def snapshot(path: Path) -> list[str]:
    """Every row of the database, whatever is still in its WAL."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def edit(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    con = sqlite3.connect(path)
    try:
        for sql, params in statements:
            con.execute(sql, params)
        con.commit()
    finally:
        con.close()


def backup_of(admin: AppContext, path: Path, *statements: tuple[str, tuple[object, ...]]) -> Path:
    """A backup of this station, then edited as another station's or app's would be."""
    maintenance.run_backup(admin, path)
    edit(path, *statements)
    return path


def station_row(ctx: AppContext) -> tuple[uuid.UUID, int, dt.datetime | None, int, bytes]:
    with ctx.session() as session:
        s = load_station(session)
        return (s.id, s.incarnation, s.restored_at, s.last_version,
                station_private_keys(ctx, s).signing)


def audit_tail(ctx: AppContext) -> AuditEntry:
    from sqlalchemy import select

    with ctx.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert entry is not None
        return entry


def reopen(ctx: AppContext) -> AppContext:
    return login(open_station(Target.resolve(ctx.paths.db_path)))


def test_another_stations_backup_is_refused_and_nothing_changes(admin: AppContext,
                                                                tmp_path: Path) -> None:
    other = backup_of(admin, tmp_path / "other.db",
                      ("UPDATE station SET id = ?, name = ?", (OTHER.hex, "مكتب الإيرادات")))
    db = admin.paths.db_path
    assert db is not None
    before, kept = snapshot(db), files(admin.paths.backups_dir)
    with pytest.raises(OtherStationBackup) as caught:
        maintenance.restore(admin, other)
    assert "لمحطة أخرى" in caught.value.message_ar and "مكتب الإيرادات" in caught.value.message_ar
    assert "--as-new-station" in caught.value.message_ar
    assert "another station" in caught.value.message_en
    assert "--as-new-station" in caught.value.message_en
    assert snapshot(db) == before and files(admin.paths.backups_dir) == kept
    assert station_row(admin)[0] == admin.station.id
    users.add_user(admin, "still", "viewer", "secret-still-9")  # the station still writes


def test_the_ministrys_backup_never_replaces_a_station(admin: AppContext, tmp_path: Path) -> None:
    ministry = backup_of(admin, tmp_path / "ministry.db", (
        "UPDATE station SET id = ?, kind = 'ministry', municipality_code = NULL", (OTHER.hex,)))
    db = admin.paths.db_path
    assert db is not None
    before = snapshot(db)
    for as_new in (False, True):
        with pytest.raises(RestoreRefused) as caught:
            maintenance.restore(admin, ministry, as_new_station=as_new)
        assert not isinstance(caught.value, OtherStationBackup)
        assert "الوزارة" in caught.value.message_ar and "ministry" in caught.value.message_en
    assert snapshot(db) == before


def test_a_station_backup_never_replaces_the_ministry(station: Target, tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0009-ministry.db"
    ministry_db = tmp_path / "ministry" / "ministry.db"
    ministry_db.parent.mkdir()
    ministry_db.write_bytes(fixture.read_bytes())
    ministry = open_station(Target.resolve(ministry_db))
    try:
        boss = ministry.as_user(users.authenticate(ministry, "admin", "fixture-pass-1"))
        before = snapshot(ministry_db)
        assert station.db_path is not None
        for as_new in (False, True):
            with pytest.raises(RestoreRefused) as caught:
                maintenance.restore(boss, station.db_path, as_new_station=as_new)
            assert "الوزارة" in caught.value.message_ar
        assert snapshot(ministry_db) == before
    finally:
        ministry.engine.dispose()


def test_a_backup_of_a_newer_app_is_refused(admin: AppContext, tmp_path: Path) -> None:
    newer = backup_of(admin, tmp_path / "newer.db",
                      ("UPDATE alembic_version SET version_num = '9999'", ()))
    db = admin.paths.db_path
    assert db is not None
    before = snapshot(db)
    with pytest.raises(RestoreRefused) as caught:
        maintenance.restore(admin, newer)
    assert "أحدث" in caught.value.message_ar and "newer version" in caught.value.message_en
    assert snapshot(db) == before


def test_a_backup_without_a_station_is_refused(admin: AppContext, tmp_path: Path) -> None:
    empty = backup_of(admin, tmp_path / "empty.db", ("DELETE FROM station", ()))
    with pytest.raises(StorageError) as caught:
        maintenance.restore(admin, empty)
    assert "no station" in caught.value.message_en


def test_a_restore_starts_the_next_incarnation_in_the_audit_log(admin: AppContext,
                                                               tmp_path: Path) -> None:
    saved = maintenance.run_backup(admin, tmp_path / "copy.db")
    users.add_user(admin, "later", "viewer", "secret-later-9")
    _sid, _inc, _at, version_before, key = station_row(admin)
    started = physical_now()
    result = maintenance.restore(admin, saved)
    assert result.incarnation == 1 and not result.new_station and not result.needs_enrollment
    assert result.safety_copy is not None and result.safety_copy.exists()
    again = reopen(admin)
    try:
        sid, incarnation, restored_at, version, signing_key = station_row(again)
        assert (sid, incarnation, signing_key) == (admin.station.id, 1, key)
        assert restored_at is not None
        assert version >= max(started, version_before)  # never reissues a version
        entry = audit_tail(again)
        assert entry.action == "db.restore" and entry.username == "admin"
        detail = json.loads(entry.after or "{}")
        assert detail["file"] == "copy.db" and detail["incarnation"] == 1
        assert dt.datetime.fromisoformat(detail["taken_at"]).date() == dt.date.today()
        assert detail["safety_copy"] == result.safety_copy.name
        with again.session() as session:
            assert verify_chain(session).ok
        assert "later" not in {u.username for u in users.list_users(again)}
        # The same backup once more: the count goes on from the station's, not the backup's.
        assert maintenance.restore(again, saved).incarnation == 2
    finally:
        again.engine.dispose()


def _downgrade(db: Path, revision: str) -> None:
    engine = make_engine(sqlite_url(db))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def test_an_older_backup_is_upgraded_as_at_start_up(admin: AppContext, tmp_path: Path) -> None:
    saved = maintenance.run_backup(admin, tmp_path / "old.db")
    _downgrade(saved, "0009")
    result = maintenance.restore(admin, saved)
    assert result.incarnation == 1
    again = reopen(admin)
    try:
        assert current_revision(again.engine) == head_revision()
        assert station_row(again)[1] == 1 and audit_tail(again).action == "db.restore"
        with again.session() as session:
            assert verify_chain(session).ok
    finally:
        again.engine.dispose()


def test_as_a_new_station_the_data_gets_a_new_identity(admin: AppContext,
                                                        tmp_path: Path) -> None:
    acked = dt.datetime(2026, 1, 5, 9, 0)
    other = backup_of(
        admin, tmp_path / "other-pc.db",
        ("UPDATE station SET id = ?, name = ?", (OTHER.hex, "مكتب الإيرادات")),
        ("INSERT INTO sync_state (station_id, acked_seq, acked_audit_seq, acked_at, "
         "last_export_seq, last_export_at, reference_version, reference_at, revoked_stations) "
         "VALUES (?, 40, 30, ?, 42, ?, 3, ?, '[]')", (OTHER.hex, acked, acked, acked)),
        ("INSERT INTO trusted_key (key_id, purpose, public_key, added_at, retired) "
         "VALUES ('k1', 'encrypt', x'00', ?, 0)", (acked,)),
    )
    con = sqlite3.connect(other)
    old_key = con.execute("SELECT signing_key FROM station").fetchone()[0]
    con.close()
    this_station = admin.station.id
    result = maintenance.restore(admin, other, as_new_station=True)
    assert result.new_station and result.needs_enrollment
    assert result.previous_station_id == OTHER
    assert result.station_id not in (OTHER, this_station)
    again = reopen(admin)
    try:
        sid, incarnation, restored_at, _version, signing_key = station_row(again)
        assert sid == result.station_id == again.station.id and incarnation == 0
        assert signing_key != old_key and restored_at is not None
        assert again.station.fingerprint == result.fingerprint
        assert public_key_of(signing_key) == again.station.public_key
        with again.session() as session:
            station = load_station(session)
            assert station.encryption_key_wrapped is None  # made on first need
            assert station.name == "مكتب الإيرادات"
            state = session.get(SyncState, sid)
            assert state is not None and session.get(SyncState, OTHER) is None
            assert (state.acked_seq, state.acked_audit_seq, state.acked_at) == (0, 0, None)
            assert (state.last_export_seq, state.last_export_at) == (0, None)
            assert state.reference_version == 3  # the ministry's reference data stays
            assert session.get(TrustedKey, "k1") is not None  # and so do its keys
            assert verify_chain(session).ok
        entry = audit_tail(again)
        detail = json.loads(entry.after or "{}")
        assert entry.action == "db.restore" and detail["new_station"] is True
        assert detail["previous_station_id"] == str(OTHER) and detail["incarnation"] == 0
        assert {"admin", "clerk"} <= {u.username for u in users.list_users(again)}
    finally:
        again.engine.dispose()


def test_as_a_new_station_is_not_for_this_stations_own_backup(admin: AppContext,
                                                                tmp_path: Path) -> None:
    saved = maintenance.run_backup(admin, tmp_path / "own.db")
    db = admin.paths.db_path
    assert db is not None
    before = snapshot(db)
    with pytest.raises(RestoreRefused) as caught:
        maintenance.restore(admin, saved, as_new_station=True)
    assert "without --as-new-station" in caught.value.message_en
    assert snapshot(db) == before
