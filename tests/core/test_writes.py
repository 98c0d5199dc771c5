"""The write path: stamps, change log, audit before/after, all in one transaction."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from sqlalchemy import String, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from baladiya_desktop.core import hlc
from baladiya_desktop.core.audit import AuditEntry, verify_chain
from baladiya_desktop.core.base import Travelling
from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.station import Station


class SideBase(DeclarativeBase):
    """A table of the tests' own, outside the app's metadata."""


class Thing(SideBase, Travelling):
    __tablename__ = "test_thing"
    name: Mapped[str] = mapped_column(String(50))


@pytest.fixture
def things(admin: AppContext) -> AppContext:
    SideBase.metadata.create_all(admin.engine)
    return admin


def counts(ctx: AppContext) -> tuple[int, int]:
    with ctx.session() as session:
        return (
            int(session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def test_insert_and_update_are_stamped_logged_and_audited(things: AppContext) -> None:
    with things.write(None, "thing.add") as tx:
        thing = Thing(name="أول")
        tx.session.add(thing)
    assert thing.station_id == things.station.id
    assert thing.municipality_code == "LY-M001"
    assert thing.updated_by == "admin" and thing.deleted is False
    first_version = thing.version
    with things.write(None, "thing.rename") as tx:
        row = tx.session.get(Thing, thing.id)
        assert row is not None
        row.name = "ثان"
    with things.session() as session:
        stored = session.get(Thing, thing.id)
        assert stored is not None and stored.version > first_version
        log = list(session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.seq)))
        assert [e.record_id for e in log] == [thing.id, thing.id]
        assert log[-1].version == stored.version
        station = session.scalars(select(Station)).one()
        assert station.last_seq == log[-1].seq
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "thing.rename")
        ).one()
        assert json.loads(entry.before or "{}")["name"] == "أول"
        assert json.loads(entry.after or "{}")["name"] == "ثان"
        assert verify_chain(session).ok


def test_failed_write_leaves_nothing(things: AppContext) -> None:
    before = counts(things)
    with pytest.raises(RuntimeError), things.write(None, "thing.add") as tx:
        tx.session.add(Thing(name="x"))
        tx.session.flush()
        raise RuntimeError("power cut in the middle")
    assert counts(things) == before
    with things.session() as session:
        assert session.scalar(select(func.count()).select_from(Thing)) == 0


def test_travelling_rows_are_never_deleted(things: AppContext) -> None:
    with things.write(None, "thing.add") as tx:
        thing = Thing(name="y")
        tx.session.add(thing)
    with pytest.raises(RuntimeError), things.write(None, "thing.delete") as tx:
        row = tx.session.get(Thing, thing.id)
        tx.session.delete(row)
    with things.write(None, "thing.delete") as tx:
        row = tx.session.get(Thing, thing.id)
        assert row is not None
        row.deleted = True
    with things.session() as session:
        stored = session.get(Thing, thing.id)
        assert stored is not None and stored.deleted


def test_versions_increase_even_when_the_clock_goes_back(
    things: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PC whose battery died boots in 2010: its next writes still get larger versions."""
    wall_ms = [int(time.time() * 1000) + 86_400_000]  # ahead of every stamp made so far

    def clock() -> int:
        return wall_ms[0] << hlc.COUNTER_BITS

    monkeypatch.setattr(hlc, "physical_now", clock)

    def add(name: str) -> int:
        with things.write(None, "thing.add") as tx:
            thing = Thing(name=name)
            tx.session.add(thing)
        return thing.version

    before = add("before")
    assert before == clock()  # the version is the wall clock while it runs ahead
    wall_ms[0] = int(dt.datetime(2010, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
    after = [add(f"after {n}") for n in range(3)]
    assert after == [before + 1, before + 2, before + 3]
    wall_ms[0] = hlc.version_millis(before) + 60_000  # the clock is set right again
    assert add("set right") == clock()
    with things.session() as session:
        rows = session.execute(select(Thing.name, Thing.version))
        stored = {name: version for name, version in rows}
        log = list(session.scalars(select(ChangeLogEntry.version).order_by(ChangeLogEntry.seq)))
    assert stored == {"before": before, "after 0": before + 1, "after 1": before + 2,
                      "after 2": before + 3, "set right": clock()}  # fmt: skip
    assert log[-5:] == sorted(log[-5:]) and len(set(log[-5:])) == 5
