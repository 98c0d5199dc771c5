"""No national number or name of the demo data appears anywhere in a data bundle's bytes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, select

from baladiya_desktop.core.database import sqlite_url
from baladiya_desktop.domain.staff.models import Employee
from tests.sync.conftest import World, make_station


def test_a_data_bundle_carries_nothing_personal_in_clear(sqlite_world: World) -> None:
    world = sqlite_world
    db = make_station(world.url, world.folder / "big", "big", "LY-M003", staff=300)
    bundle = world.export(db)
    raw = Path(bundle["path"]).read_bytes()
    assert bundle["records"] > 300
    engine = create_engine(sqlite_url(db))
    with engine.connect() as con:
        people = con.execute(select(Employee.national_number, Employee.first_name,
                                    Employee.father_name, Employee.family_name,
                                    Employee.full_name, Employee.phone)).all()
    engine.dispose()
    secrets = {value for person in people for value in person if value and len(value) >= 3}
    assert len(secrets) > 300
    leaked = [s for s in secrets if s.encode("utf-8") in raw]
    assert leaked == []
