"""Several stations of one municipality converge: through the ministry's replies and directly.

The ministry runs on SQLite and on PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select

from baladiya_desktop.core.database import sqlite_url
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.models import OrgUnit
from baladiya_desktop.domain.org.service import UnitInput
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.sync.models import ConflictEntry
from tests.support import login
from tests.sync.conftest import World, ok
from tests.sync.helpers import employee_record, forge_data, records_zip
from tests.sync.test_stations import PERSON, _register
from tests.sync.test_trip import add_unit


def _units(db: Path) -> dict[str, str]:
    engine = create_engine(sqlite_url(db))
    try:
        with engine.connect() as con:
            return {r.code: str(r.id) for r in con.execute(
                select(OrgUnit.code, OrgUnit.id).where(OrgUnit.deleted.is_(False)))}
    finally:
        engine.dispose()


def _count(url: str, model: Any) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            return int(con.execute(select(func.count()).select_from(model)).scalar_one())
    finally:
        engine.dispose()


def _trip(world: World, db: Path) -> dict[str, Any]:
    """Station → ministry → station: export, import with a reply, take the reply in."""
    bundle = world.export(db)
    result = ok(world.m("ministry", "import", bundle["path"], "--receipts", world.usb))[0]
    assert result["status"] in ("applied", "stale", "duplicate"), result
    taken: dict[str, Any] = ok(world.s("bundle", "import", result["receipt"], db=db))
    return {"bundle": bundle, "ministry": result, "station": taken}


def _refresh_reference(world: World, *dbs: Path) -> None:
    ref = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    for db in dbs:
        ok(world.s("bundle", "import", ref["path"], db=db))


def test_a_second_pc_of_a_municipality_syncs_after_the_same_template(world: World) -> None:
    pc1, pc2 = world.new_station("pc1"), world.new_station("pc2")
    for db in (pc1, pc2):
        ok(world.s("org", "template", db=db))
    add_unit(pc2, "ONLY-PC2")
    first, second = _trip(world, pc1), _trip(world, pc2)
    assert first["ministry"]["rejected"] == [] and second["ministry"]["rejected"] == []
    # pc2's reply carried pc1's structure; pc1's next reply carries pc2's unit.
    _trip(world, pc1)
    assert _units(pc1) == _units(pc2)
    assert "ONLY-PC2" in _units(pc1)


def test_stations_see_each_others_records_through_the_ministry(world: World) -> None:
    agent, revenue = world.new_station("agent"), world.new_station("revenue")
    emp_id = _register(revenue, PERSON)
    add_unit(agent, "AGENT-UNIT")
    _trip(world, revenue)
    reply = _trip(world, agent)
    assert reply["station"]["relayed"] >= 1
    assert _units(agent).keys() >= {"AGENT-UNIT"}
    engine = create_engine(sqlite_url(agent))
    with engine.connect() as con:
        assert con.execute(select(Employee.national_number).where(
            Employee.id == uuid.UUID(emp_id))).scalar_one() == PERSON.national_number
    engine.dispose()
    # Nothing new at the revenue office: it still sends a small request bundle, labelled so.
    again = _trip(world, revenue)
    assert again["bundle"]["request"] is True and again["bundle"]["records"] == 0
    # What the ministry holds came back in its replies: nothing is carried to it twice.
    assert _trip(world, agent)["bundle"]["forwarded"] == 0
    assert "request" in Path(again["bundle"]["path"]).name
    assert "AGENT-UNIT" in _units(revenue)
    # Nothing is relayed twice.
    assert _trip(world, revenue)["station"]["relayed"] == 0


def test_two_stations_exchange_a_bundle_directly(world: World) -> None:
    first, second = world.new_station("first"), world.new_station("second")
    _refresh_reference(world, first, second)  # lists both, with their keys
    add_unit(first, "DIRECT-1")
    second_id = ok(world.s("station", "show", db=second))["station_id"]
    direct = ok(world.s("bundle", "export", "--to", second_id, "--out", world.usb, db=first))
    assert direct["kind"] == "sibling" and direct["records"] >= 1
    taken = ok(world.s("bundle", "import", direct["path"], db=second))
    assert taken["kind"] == "sibling" and taken["inserted"] >= 1
    assert _units(second)["DIRECT-1"] == _units(first)["DIRECT-1"]
    assert ok(world.s("bundle", "import", direct["path"], db=second))["status"] == "duplicate"
    # The second station carries the first one's unit on to the ministry.
    before = _count(world.url, OrgUnit)
    bundle = world.export(second)
    assert bundle["forwarded"] >= 1
    ok(world.m("ministry", "import", bundle["path"]))
    assert _count(world.url, OrgUnit) == before + 1
    # A sibling bundle is not for the ministry, nor for a third station.
    result = world.m("ministry", "import", direct["path"])
    assert result.code == 1 and "another station of the same office" in result.err
    third = world.new_station("third")
    assert world.s("bundle", "import", direct["path"], db=third).code == 1


def test_a_new_pc_for_a_stolen_one_receives_the_municipality(world: World) -> None:
    old = world.new_station("old")
    add_unit(old, "BEFORE-THEFT")
    _register(old, PERSON)
    _trip(world, old)
    old_id = ok(world.s("station", "show", db=old))["station_id"]
    ok(world.m("ministry", "revoke", old_id))
    new = world.new_station("new")
    reply = _trip(world, new)
    assert reply["station"]["relayed"] >= 2
    assert "BEFORE-THEFT" in _units(new)


def test_rows_not_bound_to_the_signer_are_refused_alone(world: World) -> None:
    keys = world.keys()
    stranger = employee_record(keys, 11, station_id=uuid.uuid4())
    future = employee_record(keys, 12, version=1 << 62)
    good = employee_record(keys, 13)
    (world.usb / "bound.bld").write_bytes(forge_data(keys, records_zip([stranger, future, good])))
    result = ok(world.m("ministry", "import", world.usb / "bound.bld"))[0]
    assert result["inserted"] == 1
    reasons = {r["id"]: r["reason"] for r in result["rejected"]}
    assert "not one of this municipality's" in reasons[stranger["v"]["id"]]
    assert "far in the future" in reasons[future["v"]["id"]]


def test_two_records_claiming_one_unit_code_are_kept_for_review(world: World) -> None:
    keys = world.keys()
    mine = world.new_station("mine")
    add_unit(mine, "SAME")
    _trip(world, mine)
    ministry_id = _units(mine)["SAME"]
    later = str(uuid.UUID(int=uuid.UUID(ministry_id).int + 1))  # a different, later record
    row = {"t": "org_unit", "v": {
        "id": later, "municipality_code": keys.municipality, "station_id": str(keys.station_id),
        "version": 1, "updated_at": "2025-01-01T00:00:00+00:00", "updated_by": "admin",
        "deleted": False, "code": "SAME", "name_ar": "وحدة أخرى", "name_en": "",
        "search_key": "وحده اخري", "unit_type": "unit", "parent_id": None,
        "status": "proposed", "decision_number": "", "sort_order": 0, "notes": ""}}
    path = world.usb / "same.bld"
    path.write_bytes(forge_data(keys, records_zip([row])))
    result = ok(world.m("ministry", "import", path))[0]
    assert result["rejected"] == [] and result["conflicts"] == 1
    conflicts = ok(world.m("ministry", "conflicts"))
    entry = next(c for c in conflicts if c["table"] == "org_unit")
    assert entry["record_id"] == later
    assert _count(world.url, ConflictEntry) >= 1


def test_a_restore_loses_nothing_the_ministry_had(world: World) -> None:
    pc = world.new_station("pc")
    add_unit(pc, "BEFORE-BACKUP")
    _trip(world, pc)
    backup = ok(world.s("backup", "--out", world.folder / "old.backup", db=pc))["path"]
    add_unit(pc, "AFTER-BACKUP")  # sent to the ministry, then lost by the restore
    _trip(world, pc)
    restored = ok(world.s("restore", backup, db=pc))
    assert restored["incarnation"] == 1 and "AFTER-BACKUP" not in _units(pc)
    add_unit(pc, "AFTER-RESTORE")
    trip = _trip(world, pc)
    assert trip["ministry"]["status"] == "applied" and trip["ministry"]["history_alert"] == ""
    assert trip["station"]["status"] == "applied"  # the receipt is taken, not refused
    assert {"BEFORE-BACKUP", "AFTER-BACKUP", "AFTER-RESTORE"} <= _units(pc).keys()
    stations = ok(world.m("ministry", "stations", "--enrolled"))
    assert all(s["history_alert"] == "" for s in stations)
    # The next trip carries nothing twice and raises no alert.
    assert _trip(world, pc)["ministry"]["history_alert"] == ""


def test_a_row_the_ministry_refuses_is_shown_until_fixed(world: World) -> None:
    pc = world.new_station("pc")
    add_unit(pc, "LONG")
    engine = create_engine(sqlite_url(pc))
    with engine.begin() as con:  # as an older version of the app could have stored it
        con.execute(OrgUnit.__table__.update().values(name_ar="ا" * 500))
    engine.dispose()
    trip = _trip(world, pc)
    assert [r["table"] for r in trip["ministry"]["rejected"]] == ["org_unit"]
    shown = ok(world.s("station", "show", db=pc))["rejections"]
    assert len(shown) == 1 and "name_ar" in shown[0]["reason"]
    unit_id = _units(pc)["LONG"]
    ctx = open_station(Target.resolve(pc))
    try:
        org_service.update_unit(login(ctx), uuid.UUID(unit_id),
                                UnitInput("LONG", "وحدة مصححة", "unit"))
    finally:
        ctx.engine.dispose()
    assert ok(world.s("station", "show", db=pc))["rejections"] == []
    fixed = _trip(world, pc)
    assert fixed["ministry"]["rejected"] == [] and fixed["ministry"]["inserted"] == 1


def test_a_bundle_of_the_first_format_still_imports(world: World) -> None:
    keys = world.keys()
    data = forge_data(keys, records_zip([employee_record(keys, 21)]), version=1)
    assert data[8:10] == b"\x00\x01"
    path = world.usb / "format-1.bld"
    path.write_bytes(data)
    result = ok(world.m("ministry", "import", path, "--receipts", world.usb))[0]
    assert result["status"] == "applied" and result["inserted"] == 1
    receipt = Path(result["receipt"]).read_bytes()
    assert receipt[8:10] == b"\x00\x01"  # it sent no key to seal a reply to: a plain receipt
