"""The write path: stamps, change log, audit before/after, all in one transaction."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import String, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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


def test_versions_increase_even_when_the_clock_goes_back(things: AppContext) -> None:
    with things.session() as session:
        station = session.scalars(select(Station)).one()
    future = (1 << 62)
    with things.write_as("admin", "clock") as tx:
        tx.station.last_version = future
    with things.write(None, "thing.add") as tx:
        thing = Thing(name="z")
        tx.session.add(thing)
    assert thing.version == future + 1
    assert station.id == things.station.id
