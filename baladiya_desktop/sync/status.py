"""Where a station stands with its siblings and the ministry: for the send page and the CLI."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.station import load_station
from baladiya_desktop.sync import vectors
from baladiya_desktop.sync.models import BundleLog, ConflictEntry, KnownStation, SyncRejection


@dataclass(frozen=True)
class Sibling:
    station_id: uuid.UUID
    name: str
    revoked: bool
    can_receive: bool  # its encryption key is known, so a direct bundle can be sealed to it
    held_from_it: int  # the newest of its writes this station holds (a clock version)
    last_direct: dt.datetime | None  # the last bundle exchanged directly with it


@dataclass(frozen=True)
class Rejection:
    table_name: str
    record_id: str
    reason: str
    at: dt.datetime


@dataclass
class StationOverview:
    station_id: uuid.UUID
    municipality: str
    name: str
    fingerprint: str
    incarnation: int
    restored_at: dt.datetime | None
    awaiting_restore_reply: bool  # restored, and the ministry has not given back its records
    siblings: list[Sibling] = field(default_factory=list)
    relayed_in: int = 0  # records received from the ministry's replies and from siblings
    open_conflicts: int = 0
    rejections: list[Rejection] = field(default_factory=list)


def overview(ctx: AppContext) -> StationOverview:
    ctx.require(Permission.SYNC_EXPORT)
    info = ctx.station
    with ctx.session() as session:
        station = load_station(session)
        held = vectors.held(session, station)
        restored = vectors.read(session, vectors.RESTORED).get(station.id, 0)
        result = StationOverview(
            info.id, info.municipality_code or "", info.name, info.fingerprint,
            station.incarnation, station.restored_at,
            station.restored_at is not None and station.incarnation > restored)
        direct = dict(session.execute(
            select(BundleLog.station_id, func.max(BundleLog.at)).where(
                BundleLog.kind == "sibling").group_by(BundleLog.station_id)).all())
        for row in session.scalars(select(KnownStation).where(
                KnownStation.municipality_code == info.municipality_code)
                .order_by(KnownStation.name)):
            result.siblings.append(Sibling(
                row.station_id, row.name, row.revoked, row.encryption_key is not None,
                held.get(row.station_id, 0), direct.get(row.station_id)))
        result.relayed_in = session.scalar(select(func.coalesce(func.sum(BundleLog.records), 0))
                                           .where(BundleLog.direction == "in",
                                                  BundleLog.kind.in_(("receipt", "sibling")))) \
            or 0
        result.open_conflicts = session.scalar(select(func.count()).select_from(
            ConflictEntry).where(ConflictEntry.resolved_by == "")) or 0
        result.rejections = open_rejections(session)
    return result


def open_rejections(session: Session) -> list[Rejection]:
    """Rows the ministry refused whose record has not been changed since: still to fix."""
    found = []
    for row in session.scalars(select(SyncRejection).order_by(SyncRejection.at)):
        try:
            record = uuid.UUID(row.record_id)
        except ValueError:
            record = None
        fixed = record is not None and session.scalar(
            select(func.count()).select_from(ChangeLogEntry).where(
                ChangeLogEntry.record_id == record, ChangeLogEntry.at > row.at))
        if not fixed:
            found.append(Rejection(row.table_name, row.record_id, row.reason, row.at))
    return found


def conflicts(ctx: AppContext, *, open_only: bool = True) -> list[ConflictEntry]:
    """The losing states kept at this database (a station or the ministry)."""
    ctx.require(Permission.SYNC_IMPORT)
    with ctx.session() as session:
        query = select(ConflictEntry).order_by(ConflictEntry.id)
        if open_only:
            query = query.where(ConflictEntry.resolved_by == "")
        found = list(session.scalars(query))
        session.expunge_all()
        return found


def resolve_conflict(ctx: AppContext, conflict_id: int, note: str) -> ConflictEntry:
    """A person has looked at the losing state and says what was done about it (kept the
    winner, merged by hand, renumbered): the entry leaves the list, the note stays."""
    user = ctx.require(Permission.SYNC_IMPORT)
    with ctx.write(Permission.SYNC_IMPORT, "sync.conflict.resolve") as tx:
        entry = tx.session.get(ConflictEntry, conflict_id)
        if entry is None:
            raise NotFound("التعارض غير موجود.", "No such conflict.")
        entry.resolved_by, entry.resolution = user.username, note.strip()[:2000] or "reviewed"
        tx.session.flush()
        tx.session.expunge(entry)
    return entry
