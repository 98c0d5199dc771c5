"""Several stations, history that cannot be rewritten quietly, keys that rotate and are revoked.

The ministry runs on SQLite and on PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from baladiya_desktop.core import keystore
from baladiya_desktop.core.audit import AuditEntry, entry_hash
from baladiya_desktop.core.database import sqlite_url
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.station import GENESIS_HASH, Station
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.staff import service as staff
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.domain.staff.rules import EmployeeInput
from baladiya_desktop.sync import container
from tests.support import login
from tests.sync.conftest import World, cli_json, db_args, ok, refused
from tests.sync.helpers import snapshot
from tests.sync.test_trip import add_unit

NATIONAL = "119800412345"
PERSON = EmployeeInput(first_name="خالد", father_name="عمر", family_name="الزوي", sex="M",
                       national_number=NATIONAL, birth_date=dt.date(1980, 4, 1), grade=7)


def _register(db: Path, data: EmployeeInput) -> str:
    ctx = open_station(Target.resolve(db))
    try:
        return str(staff.register(login(ctx), data))
    finally:
        ctx.engine.dispose()


def _update(db: Path, emp_id: str, data: EmployeeInput) -> None:
    ctx = open_station(Target.resolve(db))
    try:
        staff.update(login(ctx), uuid.UUID(emp_id), data)
    finally:
        ctx.engine.dispose()


def _station_id(db: Path) -> str:
    engine = create_engine(sqlite_url(db))
    try:
        with engine.connect() as con:
            return str(con.execute(select(Station.id)).scalar_one())
    finally:
        engine.dispose()


def _ministry_employee(world: World, emp_id: str) -> dict[str, object]:
    engine = create_engine(world.url)
    try:
        with engine.connect() as con:
            row = con.execute(select(Employee.grade, Employee.station_id).where(
                Employee.id == uuid.UUID(emp_id))).one()
            return {"grade": row.grade, "station_id": str(row.station_id)}
    finally:
        engine.dispose()


def test_two_pcs_of_one_office_converge_and_keep_the_loser(world: World) -> None:
    pc1, pc2 = world.new_station("pc1"), world.new_station("pc2")
    first, second = _register(pc1, PERSON), _register(pc2, PERSON)
    assert first == second == str(natural_id("LY-M010", "employee", NATIONAL))
    _update(pc1, first, dataclasses.replace(PERSON, grade=8))
    _update(pc2, second, dataclasses.replace(PERSON, grade=9))  # the later edit
    b1, b2 = world.export(pc1), world.export(pc2)
    # The later edit arrives first; the earlier one must not overwrite it, and is kept.
    for bundle in (b2, b1):
        assert ok(world.m("ministry", "import", bundle["path"]))[0]["status"] == "applied"
    row = _ministry_employee(world, first)
    assert row == {"grade": 9, "station_id": _station_id(pc2)}
    conflicts = ok(world.m("ministry", "conflicts"))
    mine = [c for c in conflicts if c["table"] == "employee"]
    assert len(mine) == 1 and mine[0]["record_id"] == first
    assert mine[0]["loser_station"] == _station_id(pc1)
    with world.ministry() as ctx:
        from baladiya_desktop.sync.apply import loser_state
        from baladiya_desktop.sync.ministry import conflicts as list_conflicts

        losing = [c for c in list_conflicts(ctx) if c.table_name == "employee"]
        assert loser_state(losing[0])["grade"] == 8  # nothing silently lost
    found = ok(world.m("staff", "search", "الزوي", "--municipality", "LY-M010"))
    assert [f["national_number"] for f in found] == [NATIONAL]


def _forge_history(db: Path, seq: int) -> None:
    """Rewrite one old audit entry behind the app's back and recompute every hash after it,
    as a careful forger would: the station's own ``audit verify`` then passes."""
    engine = create_engine(sqlite_url(db))
    with Session(engine) as session, session.begin():
        head = GENESIS_HASH
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
            if entry.seq == seq:
                entry.username = "forger"
            entry.prev_hash = head
            entry.hash = head = entry_hash(head, entry.seq, entry.at, entry.username,
                                           entry.action, entry.table_name, entry.record_id,
                                           entry.before, entry.after)
        session.scalars(select(Station)).one().audit_head = head
    engine.dispose()


def test_a_station_whose_history_was_edited_is_flagged(world: World) -> None:
    first = world.export()
    receipt = ok(world.m("ministry", "import", first["path"], "--receipts", world.usb))
    assert receipt[0]["history_alert"] == ""
    ok(world.s("bundle", "import", receipt[0]["receipt"]))
    _forge_history(world.station, 3)
    # The head the station's key signed at its export no longer matches: the station tells.
    verify = world.s("audit", "verify")
    assert verify.code == 1 and "changed after they were signed" in verify.out
    add_unit(world.station, "AFTER-FORGERY")
    second = world.export()
    result = ok(world.m("ministry", "import", second["path"]))[0]
    assert result["status"] == "applied" and "rewritten" in result["history_alert"]
    stations = ok(world.m("ministry", "stations", "--enrolled"))
    assert "rewritten" in stations[0]["history_alert"]


def test_rotation_endorsed_by_the_old_key_and_an_older_reference_refused(world: World) -> None:
    before_rotation = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    ok(world.m("ministry", "rotate-keys"))
    rotated = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    assert rotated["fingerprint"] != before_rotation["fingerprint"]
    imported = ok(world.s("bundle", "import", rotated["path"]))
    assert imported["status"] == "applied" and imported["version"] == rotated["version"]
    # The new encryption key is used, and a receipt signed by the new key is accepted.
    bundle = world.export()
    manifest = container.decode(Path(bundle["path"]).read_bytes()).manifest
    with world.ministry() as ctx:
        from baladiya_desktop.sync.keys import ENCRYPT, SIGN, current_ministry_key

        with ctx.session() as session:
            assert manifest["payload"]["sealed"]["recipient"] == \
                current_ministry_key(session, ENCRYPT).key_id
            new_signer = current_ministry_key(session, SIGN).key_id
    answer = ok(world.m("ministry", "import", bundle["path"], "--receipts", world.usb))[0]
    receipt = container.decode(Path(answer["receipt"]).read_bytes())
    assert receipt.manifest["signer"] == new_signer
    assert ok(world.s("bundle", "import", answer["receipt"]))["acked_seq"] == bundle["seq_to"]
    # An older reference version, signed by the key retired since, is refused, and changes
    # nothing at the station.
    before = snapshot(sqlite_url(world.station))
    refused(world.s("bundle", "import", before_rotation["path"]), "retired or revoked")
    assert snapshot(sqlite_url(world.station)) == before
    assert ok(world.s("bundle", "import", rotated["path"]))["status"] == "duplicate"


def test_a_revoked_pc_is_refused_and_stations_learn_it(world: World) -> None:
    lost = world.new_station("lost-pc")
    lost_id = _station_id(lost)
    bundle = world.export(lost)
    ok(world.m("ministry", "revoke", lost_id))
    before = world.snap()
    refused(world.m("ministry", "import", bundle["path"]), "revoked")
    assert world.snap() == before
    ref = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    ok(world.s("bundle", "import", ref["path"]))
    con = sqlite3.connect(world.station)
    try:
        revoked = json.loads(con.execute("SELECT revoked_stations FROM sync_state").fetchone()[0])
    finally:
        con.close()
    assert revoked == [lost_id]
    told = ok(world.s("bundle", "import", ref["path"], db=lost))
    assert told["revoked_self"] is True


def test_a_reference_bundle_not_signed_by_the_ministry_is_refused(world: World) -> None:
    impostor = world.folder / "impostor.db"
    cli_json("--db", impostor, "--json", "ministry", "init", "--name", "وزارة مزيفة",
             "--admin", "boss")
    fake = cli_json(*db_args(sqlite_url(impostor)), "--user", "boss", "--json", "ministry",
                    "reference-bundle", "--out", world.usb)
    before = snapshot(sqlite_url(world.station))
    refused(world.s("bundle", "import", fake["path"]), "not signed by a trusted ministry key")
    # A station meeting the ministry for the first time checks the letter's fingerprint.
    real = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    fresh = world.folder / "fresh.db"
    cli_json("--db", fresh, "--json", "init", "--municipality", "LY-M010", "--station-name",
             "جديد", "--admin", "admin")
    refused(world.s("bundle", "import", fake["path"], "--fingerprint", real["fingerprint"],
                    db=fresh), "fingerprint does not match")
    # A reference naming the real key but signed by another is refused as well.
    genuine = container.decode(Path(real["path"]).read_bytes())
    forged = container.encode({k: v for k, v in genuine.manifest.items() if k != "format"},
                              genuine.payload, _signing_key(impostor))
    (world.usb / "forged.bld").write_bytes(forged)
    refused(world.s("bundle", "import", world.usb / "forged.bld"), "not signed")
    assert snapshot(sqlite_url(world.station)) == before


def _signing_key(db: Path) -> bytes:
    con = sqlite3.connect(db)
    try:
        station_id, wrapped = con.execute("SELECT id, signing_key FROM station").fetchone()
    finally:
        con.close()
    return keystore.unwrap(bytes(wrapped), uuid.UUID(hex=station_id), keystore.SIGN)


def test_a_damaged_receipt_is_refused(world: World) -> None:
    bundle = world.export()
    answer = ok(world.m("ministry", "import", bundle["path"], "--receipts", world.usb))[0]
    data = bytearray(Path(answer["receipt"]).read_bytes())
    data[len(data) // 2] ^= 4
    (world.usb / "bad-receipt.bld").write_bytes(bytes(data))
    before = snapshot(sqlite_url(world.station))
    refused(world.s("bundle", "import", world.usb / "bad-receipt.bld"))
    assert snapshot(sqlite_url(world.station)) == before
