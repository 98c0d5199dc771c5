"""Private keys at rest: wrapped by a key this PC keeps, never usable from a copy of a file."""

from __future__ import annotations

import logging
import shutil
import stat
import sys
import uuid
from pathlib import Path

import pytest
from alembic import command

from baladiya_desktop.core import keystore, maintenance
from baladiya_desktop.core.applog import set_up_logging
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.database import make_engine, sqlite_url
from baladiya_desktop.core.drafts import DraftKey, DraftStore
from baladiya_desktop.core.errors import StorageError
from baladiya_desktop.core.migrate import alembic_config
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.station import load_station, public_key_of
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.reports.registry import get_form
from tests.support import login

COPY = "carries the data, not the station's key"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")


def file_bytes(db: Path) -> bytes:
    """The database and whatever of it sits in its write-ahead log."""
    return b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Another PC or user account: a key store without this station's KEK."""
    folder = tmp_path / "other-pc-keys"
    monkeypatch.setenv(keystore.ENV_DIR, str(folder))
    return folder


def test_wrap_and_unwrap(keystore_env: Path) -> None:
    sid, raw = uuid.uuid4(), b"k" * 32
    blob = keystore.wrap(raw, sid, "sign", create_kek=True)
    assert raw not in blob and keystore.is_wrapped(blob) and not keystore.wants_passphrase(blob)
    assert keystore.unwrap(blob, sid, "sign") == raw
    kek = keystore_env / f"{sid}.kek"
    assert kek.is_file()
    if sys.platform != "win32":
        assert mode(kek) == 0o600


def test_a_wrapped_key_opens_only_as_itself(keystore_env: Path) -> None:
    sid, other = uuid.uuid4(), uuid.uuid4()
    blob = keystore.wrap(b"k" * 32, sid, "sign", create_kek=True)
    keystore.station_kek(other, create=True)
    with pytest.raises(keystore.KeyUnavailable):
        keystore.unwrap(blob, sid, "encrypt")  # moved to another column
    with pytest.raises(keystore.KeyUnavailable):
        keystore.unwrap(blob, other, "sign")  # moved to another station
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(keystore.KeyUnavailable):
        keystore.unwrap(tampered, sid, "sign")


def test_no_kek_is_made_by_reading(elsewhere: Path) -> None:
    with pytest.raises(keystore.KeyUnavailable) as refused:
        keystore.station_kek(uuid.uuid4())
    assert COPY in refused.value.message_en and "--as-new-station" in refused.value.message_ar
    assert not elsewhere.exists() or not any(elsewhere.iterdir())


def test_a_damaged_kek_file_is_no_kek(keystore_env: Path) -> None:
    sid = uuid.uuid4()
    (keystore_env / f"{sid}.kek").write_text("not a key\n")
    with pytest.raises(keystore.KeyUnavailable):
        keystore.station_kek(sid)
    with pytest.raises(StorageError):  # an existing file is never replaced
        keystore.station_kek(sid, create=True)
    assert (keystore_env / f"{sid}.kek").read_text() == "not a key\n"


def test_the_passphrase_is_needed_and_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keystore.ENV_PASSPHRASE)
    sid, raw = uuid.uuid4(), b"m" * 32
    cheap = keystore.PassphraseCost(1, 1024, 1)
    blob = keystore.wrap(raw, sid, "ministry/x", passphrase="the right one", cost=cheap,
                         create_kek=True)
    assert keystore.wants_passphrase(blob) and keystore.passphrase_salt(blob) is not None
    with pytest.raises(keystore.PassphraseRequired):
        keystore.unwrap(blob, sid, "ministry/x")
    with pytest.raises(keystore.WrongPassphrase):
        keystore.unwrap(blob, sid, "ministry/x", passphrase="a wrong one")
    assert keystore.unwrap(blob, sid, "ministry/x", passphrase="the right one") == raw
    monkeypatch.setenv(keystore.ENV_PASSPHRASE, "the right one")
    assert keystore.unwrap(blob, sid, "ministry/x") == raw


def test_not_a_wrapped_key_is_refused_clearly() -> None:
    with pytest.raises(keystore.UserError):
        keystore.unwrap(b"r" * 32, uuid.uuid4(), "sign")


def test_the_database_and_its_backups_hold_no_usable_key(admin: AppContext,
                                                         tmp_path: Path) -> None:
    keys = keystore.station_private_keys(admin)
    with admin.session() as session:
        station = load_station(session)
        assert public_key_of(keys.signing) == station.public_key == admin.station.public_key
    db = admin.paths.db_path
    assert db is not None
    assert keys.signing not in file_bytes(db)
    backups = [maintenance.run_backup(admin), maintenance.run_backup(admin, tmp_path / "usb.db"),
               maintenance.run_backup(admin, reason="daily")]
    for path in backups:
        assert keys.signing not in path.read_bytes(), path
        if sys.platform != "win32":
            assert mode(path) == 0o600, path


@posix_only
def test_a_new_station_database_is_the_users_alone(admin: AppContext) -> None:
    db = admin.paths.db_path
    assert db is not None
    made = Target.resolve(db.with_name("new.db"))
    from baladiya_desktop.domain.bootstrap import create_station

    ctx = create_station(made, municipality="LY-M001", station_name="مكتب",
                         admin_username="admin", admin_password="secret12")
    ctx.engine.dispose()
    assert made.db_path is not None and mode(made.db_path) == 0o600


def test_a_copy_on_another_pc_cannot_sign_or_print(admin: AppContext, elsewhere: Path,
                                                   tmp_path: Path) -> None:
    with pytest.raises(keystore.KeyUnavailable) as refused:
        keystore.station_private_keys(admin)
    assert COPY in refused.value.message_en
    assert keystore.check_station_keys(admin) is not None
    out = tmp_path / "u.pdf"
    with pytest.raises(keystore.KeyUnavailable):
        get_form("users-list").build(admin, None, out)
    assert not out.exists()
    # The data is all there: it opens and reads with no key.
    db = admin.paths.db_path
    assert db is not None
    again = open_station(Target.resolve(db))
    try:
        assert login(again, "admin").station.id == admin.station.id
    finally:
        again.engine.dispose()


def test_a_restore_as_new_station_gives_the_copy_a_key_here(admin: AppContext,
                                                            tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """The way out the message names: the copy's data comes back as a new station whose key
    this PC keeps."""
    copy = maintenance.run_backup(admin, tmp_path / "from-other-pc.db")
    db = admin.paths.db_path
    assert db is not None
    here = tmp_path / "here" / "station.db"
    here.parent.mkdir()
    monkeypatch.setenv(keystore.ENV_DIR, str(tmp_path / "here-keys"))
    from baladiya_desktop.domain.bootstrap import create_station

    fresh = create_station(Target.resolve(here), municipality="LY-M001", station_name="مكتب",
                           admin_username="admin", admin_password="secret12")
    try:
        result = maintenance.restore(fresh, copy, as_new_station=True)
    finally:
        fresh.engine.dispose()
    again = open_station(Target.resolve(here))
    try:
        assert again.station.id == result.station_id
        keys = keystore.station_private_keys(again)
        assert public_key_of(keys.signing) == again.station.public_key
        assert keys.signing not in file_bytes(here)
    finally:
        again.engine.dispose()


def _downgrade(db: Path, revision: str) -> None:
    engine = make_engine(sqlite_url(db))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def test_an_upgraded_0011_database_keeps_working_keys(admin: AppContext, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    keys = keystore.station_private_keys(admin)
    (tmp_path / "old").mkdir()
    old = maintenance.run_backup(admin, tmp_path / "old" / "station.db")
    _downgrade(old, "0011")
    assert keys.signing in old.read_bytes()  # what an older version stored
    # An older version's database opened on a PC that never had its KEK: made at the upgrade.
    monkeypatch.setenv(keystore.ENV_DIR, str(tmp_path / "fresh-keys"))
    upgraded = open_station(Target.resolve(old))
    try:
        assert upgraded.station.public_key == admin.station.public_key
        assert keystore.station_private_keys(upgraded) == keys
        assert keys.signing not in file_bytes(old)
        assert (tmp_path / "fresh-keys" / f"{admin.station.id}.kek").is_file()
        printed = get_form("users-list").build(login(upgraded, "admin"), None,
                                               tmp_path / "u.pdf")
        assert printed.qr
    finally:
        upgraded.engine.dispose()


def test_the_shipped_0009_fixture_upgrades_with_its_keys(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[1] / "fixtures" / "schema-0009.db"
    db = tmp_path / "station.db"
    shutil.copyfile(fixture, db)
    engine = make_engine(sqlite_url(db))
    with engine.connect() as con:
        from sqlalchemy import text

        raw = bytes(con.execute(text("SELECT signing_key FROM station")).scalar_one())
    engine.dispose()
    ctx = open_station(Target.resolve(db))
    try:
        assert keystore.station_private_keys(ctx).signing == raw
        assert ctx.station.public_key == public_key_of(raw)
        assert raw not in file_bytes(db)
    finally:
        ctx.engine.dispose()


@posix_only
def test_logs_and_drafts_are_the_users_alone(tmp_path: Path) -> None:
    root = logging.getLogger("baladiya_desktop")
    before = list(root.handlers)
    path = set_up_logging(tmp_path / "logs")
    try:
        assert path is not None
        logging.getLogger("baladiya_desktop.test").info("written")
        assert mode(path) == 0o600
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
    store = DraftStore(tmp_path / "drafts")
    key = DraftKey.of("u", "form")
    assert store.save(key, {"a": "b"})
    assert mode(store.path(key)) == 0o600
