"""Ministry keys that are retired stay retired, the first key needs the ministry's letter, and
a receipt is checked before anything is written.

The thief of this file holds a signing key the ministry has since rotated away or revoked.
The ministry runs on SQLite and on PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select

from baladiya_desktop import __version__
from baladiya_desktop.core.database import sqlite_url
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.migrate import head_revision
from baladiya_desktop.core.paths import StationPaths
from baladiya_desktop.core.station import new_signing_key, public_key_of
from baladiya_desktop.sync import container, crypto
from baladiya_desktop.sync.keys import ENCRYPT, SIGN, current_ministry_key
from baladiya_desktop.sync.models import TrustedKey
from baladiya_desktop.sync.payload import PayloadReader, PayloadWriter
from tests.sync.conftest import World, cli_json, ok, refused
from tests.sync.helpers import snapshot
from tests.sync.test_trip import add_unit

RETIRED = "retired or revoked"


@dataclass(frozen=True)
class Key:
    key_id: str
    private: bytes
    public: bytes

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.public)

    def link(self, endorsed_by: Key | None = None) -> dict[str, Any]:
        link: dict[str, Any] = {"key_id": self.key_id, "public": crypto.b64(self.public)}
        if endorsed_by is not None:
            link["endorsed_by"] = endorsed_by.key_id
            link["signature"] = crypto.b64(crypto.sign(endorsed_by.private,
                                                       b"endorse:" + self.public))
        return link


def _ministry_key(world: World) -> Key:
    """The ministry's current signing key, as someone who copied it off its PC holds it."""
    with world.ministry() as ctx, ctx.session() as session:
        pair = current_ministry_key(session, SIGN)
        # Wrapped private keys are opened on use (``private(ctx)``); older ones were plain.
        private = pair.private(ctx) if callable(pair.private) else pair.private
        return Key(pair.key_id, private, pair.public)


def _new_key() -> Key:
    private = new_signing_key()
    public = public_key_of(private)
    return Key(crypto.key_id(public), private, public)


def _content(path: str | Path) -> Any:
    return PayloadReader(container.decode(Path(path).read_bytes()).payload).json("content.json")


def _forge_reference(world: World, genuine: str | Path, signer: Key, version: int,
                     chain: list[dict[str, Any]], encrypt_public: bytes) -> Path:
    """The ministry's reference bundle as the thief rewrites it: his version, his key chain,
    his encryption key, signed by ``signer``."""
    content = {**_content(genuine), "version": version, "sign_keys": chain,
               "encrypt_key": {"key_id": crypto.key_id(encrypt_public),
                               "public": crypto.b64(encrypt_public)}}
    writer = PayloadWriter()
    writer.json("content.json", content)
    manifest = {"kind": "reference", "bundle_id": str(new_id()),
                "created_at": dt.datetime.now(dt.UTC).isoformat(), "app_version": __version__,
                "schema": head_revision(), "version": version, "signer": signer.key_id,
                "payload": {"encoding": "zip"}}
    path = world.usb / f"forged-v{version}-{signer.key_id[:6]}.bld"
    path.write_bytes(container.encode(manifest, writer.finish(), signer.private))
    return path


def _forge_receipt(world: World, signer: Key, station_id: str, acked_seq: int) -> Path:
    """A plain receipt (the first format's) for ``station_id``, signed by ``signer``."""
    bundle_id = str(new_id())
    writer = PayloadWriter()
    writer.json("content.json", {
        "station_id": station_id, "municipality": "LY-M010", "bundle_id": str(new_id()),
        "status": "applied", "acked_seq": acked_seq, "acked_audit_seq": acked_seq,
        "confirmed_at": dt.datetime.now(dt.UTC).isoformat(),
        "counts": {"inserted": 0, "updated": 0, "unchanged": 0, "conflicts": 0,
                   "rejected": 0},
        "rejected": [], "decisions": [], "history_alert": ""})
    manifest = {"kind": "receipt", "bundle_id": bundle_id,
                "created_at": dt.datetime.now(dt.UTC).isoformat(), "app_version": __version__,
                "schema": head_revision(), "signer": signer.key_id, "station_id": station_id,
                "municipality": "LY-M010", "acked_seq": acked_seq, "for_bundle": bundle_id,
                "payload": {"encoding": "zip"}}
    path = world.usb / f"forged-receipt-{bundle_id}.bld"
    path.write_bytes(container.encode(manifest, writer.finish(), signer.private, version=1))
    return path


def _backups(db: Path) -> list[str]:
    folder = StationPaths.for_db(db).backups_dir
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@contextmanager
def changes_nothing(db: Path) -> Iterator[None]:
    """Every table as it was (no audit entry, no key, no version) and no backup copy made."""
    before, backups = snapshot(sqlite_url(db)), _backups(db)
    yield
    assert snapshot(sqlite_url(db)) == before
    assert _backups(db) == backups


def _station_id(world: World, db: Path) -> str:
    return str(ok(world.s("station", "show", db=db))["station_id"])


def _trusted(db: Path, purpose: str = SIGN) -> list[str]:
    """The ministry keys the station trusts now: to check signatures, or to seal to."""
    engine = create_engine(sqlite_url(db))
    try:
        with engine.connect() as con:
            return list(con.execute(select(TrustedKey.key_id).where(
                TrustedKey.purpose == purpose, TrustedKey.retired.is_(False))).scalars())
    finally:
        engine.dispose()


def _current_encryption_id(world: World) -> str:
    with world.ministry() as ctx, ctx.session() as session:
        return current_ministry_key(session, ENCRYPT).key_id


def test_after_a_rotation_the_old_key_signs_nothing(world: World) -> None:
    old = _ministry_key(world)
    # Signed by the old key while it was current: a receipt and an update, not yet carried.
    installer = world.folder / "BaladiyaDesktop-9.9.9-setup.exe"
    installer.write_bytes(b"MZ" + b"\x00" * 100)
    update = ok(world.m("ministry", "update-bundle", "--installer", installer, "--version",
                        "9.9.9", "--out", world.usb))
    answer = ok(world.m("ministry", "import", world.export()["path"], "--receipts",
                        world.usb))[0]
    ok(world.m("ministry", "rotate-keys"))
    rotated = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    chain = _content(rotated["path"])["sign_keys"]
    assert chain[0]["key_id"] == old.key_id and chain[0]["retired_from"] == rotated["version"]
    assert "retired_from" not in chain[-1] and "revoked" not in chain[0]
    taken = ok(world.s("bundle", "import", rotated["path"]))
    assert taken["status"] == "applied" and taken["retired_keys"] == [old.key_id]

    # The thief signs version 50 with the old key, his encryption key in it, or endorses a
    # key of his own with it: the station has seen the rotation and follows neither.
    _thief_private, thief_public = crypto.new_encryption_key()
    own = _new_key()
    forged = _forge_reference(world, rotated["path"], old, 50, [old.link()], thief_public)
    endorsed = _forge_reference(world, rotated["path"], own, 50,
                                [old.link(), own.link(endorsed_by=old)], thief_public)
    with changes_nothing(world.station):
        refused(world.s("bundle", "import", forged), RETIRED)
        refused(world.s("bundle", "import", endorsed), "not signed by a trusted ministry key")
        refused(world.s("bundle", "import", answer["receipt"]), RETIRED)
        refused(world.s("bundle", "import", _forge_receipt(
            world, old, _station_id(world, world.station), 0)), RETIRED)
        refused(world.s("bundle", "import", update["path"]), RETIRED)
    assert not (world.station.parent / "updates" / installer.name).exists()

    # The station still seals to the ministry's real key, which opens it.
    bundle = world.export()
    manifest = container.decode(Path(bundle["path"]).read_bytes()).manifest
    assert manifest["payload"]["sealed"]["recipient"] == _current_encryption_id(world)
    assert manifest["payload"]["sealed"]["recipient"] != crypto.key_id(thief_public)
    assert ok(world.m("ministry", "import", bundle["path"]))[0]["status"] == "applied"
    # The real ministry's next reference bundle is newer, not refused as older than the thief's.
    following = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    assert ok(world.s("bundle", "import", following["path"]))["status"] == "applied"


def test_the_first_reference_needs_the_letter(world: World) -> None:
    real = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    fresh = world.folder / "fresh.db"
    cli_json("--db", fresh, "--json", "init", "--municipality", "LY-M010", "--station-name",
             "جديد", "--admin", "admin")
    groups = real["fingerprint"].split()
    wrong = " ".join([*groups[:7], "0000" if groups[7] != "0000" else "FFFF", *groups[8:]])
    with changes_nothing(fresh):
        refused(world.s("bundle", "import", real["path"], db=fresh),
                "fingerprint from the ministry's official letter", "خطاب الوزارة الرسمي")
        refused(world.s("bundle", "import", real["path"], "--fingerprint", wrong, db=fresh),
                "does not match the letter")
    # Typed from the letter, in lower case and without spaces, it is the same fingerprint.
    typed = real["fingerprint"].replace(" ", "").lower()
    taken = ok(world.s("bundle", "import", real["path"], "--fingerprint", typed, db=fresh))
    assert taken["status"] == "applied" and taken["letter"] is True
    assert taken["fingerprint"] == real["fingerprint"]
    assert _trusted(fresh) == [_ministry_key(world).key_id]


def test_a_revoked_key_gives_way_to_the_letter(world: World) -> None:
    old = _ministry_key(world)
    ok(world.m("ministry", "rotate-keys"))
    new = _ministry_key(world)
    result = world.m("ministry", "revoke-key", new.key_id)
    assert result.code == 1 and "rotate-keys" in result.err  # the current key: rotate first
    assert world.m("ministry", "revoke-key", "0" * 32).code == 1
    revoked = ok(world.m("ministry", "revoke-key", old.fingerprint))  # as the old letter has it
    assert revoked["key_id"] == old.key_id and revoked["fingerprint"] == new.fingerprint
    real = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    assert _content(real["path"])["sign_keys"][0]["revoked"] is True

    # The station missed the rotation: the thief's version 50 reached it first, with a key of
    # his own endorsed by the stolen one, and the station could not tell.
    _thief_private, thief_public = crypto.new_encryption_key()
    own = _new_key()
    forged = _forge_reference(world, real["path"], old, 50,
                              [old.link(), own.link(endorsed_by=old)], thief_public)
    assert ok(world.s("bundle", "import", forged))["version"] == 50
    assert _trusted(world.station, ENCRYPT) == [crypto.key_id(thief_public)]
    # The real bundle names the stolen key revoked: its endorsement is not followed, and
    # only the new key's fingerprint from the ministry's letter lets it in.
    with changes_nothing(world.station):
        refused(world.s("bundle", "import", real["path"]), "revoked the key this station trusts")
        refused(world.s("bundle", "import", real["path"], "--fingerprint", old.fingerprint),
                "does not match the letter")
    taken = ok(world.s("bundle", "import", real["path"], "--fingerprint", new.fingerprint))
    assert taken["status"] == "applied" and taken["version"] == real["version"] < 50
    assert sorted(taken["retired_keys"]) == sorted([old.key_id, own.key_id])
    assert _trusted(world.station, ENCRYPT) == [_current_encryption_id(world)]
    assert _trusted(world.station) == [new.key_id]
    # Whatever the thief signs now is refused, and the ministry's next bundle is taken.
    with changes_nothing(world.station):
        for signer in (old, own):
            again = _forge_reference(world, real["path"], signer, 51,
                                     [old.link(), own.link(endorsed_by=old)], thief_public)
            refused(world.s("bundle", "import", again), RETIRED)
        refused(world.s("bundle", "import", _forge_receipt(
            world, old, _station_id(world, world.station), 0)), RETIRED)
    following = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    assert ok(world.s("bundle", "import", following["path"]))["status"] == "applied"
    # The letter lets an older version in only while it takes a revoked key's word away.
    with changes_nothing(world.station):
        refused(world.s("bundle", "import", real["path"]), "older than the one in use")
        refused(world.s("bundle", "import", real["path"], "--fingerprint", new.fingerprint),
                "older than the one in use")


def test_receipts_are_checked_before_anything_is_written(world: World) -> None:
    station = _station_id(world, world.station)
    other = _station_id(world, world.new_station("other"))
    with changes_nothing(world.station):
        refused(world.s("bundle", "import", _forge_receipt(world, _ministry_key(world), other,
                                                            0)), "for another station")
    first = ok(world.m("ministry", "import", world.export()["path"], "--receipts",
                       world.usb))[0]
    add_unit(world.station, "LATER")
    second = ok(world.m("ministry", "import", world.export()["path"], "--receipts",
                        world.usb))[0]
    assert first["acked_seq"] < second["acked_seq"]
    assert ok(world.s("bundle", "import", second["receipt"]))["acked_seq"] == second["acked_seq"]
    with changes_nothing(world.station):  # an older receipt arriving late says nothing new
        refused(world.s("bundle", "import", first["receipt"]), "older than one already imported")
        refused(world.s("bundle", "import", _forge_receipt(
            world, _ministry_key(world), station, first["acked_seq"])),
            "older than one already imported")
    # Signed by the ministry's key before a rotation the station has since taken in.
    add_unit(world.station, "LAST")
    third = ok(world.m("ministry", "import", world.export()["path"], "--receipts",
                       world.usb))[0]
    ok(world.m("ministry", "rotate-keys"))
    rotated = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    ok(world.s("bundle", "import", rotated["path"]))
    with changes_nothing(world.station):
        refused(world.s("bundle", "import", third["receipt"]), RETIRED)


def test_a_receipt_from_before_a_restore_is_refused(world: World) -> None:
    backup = ok(world.s("backup", "--out", world.folder / "old.backup"))["path"]
    add_unit(world.station, "SENT-BEFORE-RESTORE")
    answer = ok(world.m("ministry", "import", world.export()["path"], "--receipts",
                        world.usb))[0]
    assert ok(world.s("restore", backup))["incarnation"] == 1
    for code in ("AFTER-1", "AFTER-2"):  # the restored station reuses the seq numbers
        add_unit(world.station, code)
    with changes_nothing(world.station):
        refused(world.s("bundle", "import", answer["receipt"]), "overtaken by a restore")
