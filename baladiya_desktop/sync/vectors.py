"""Version vectors: what each holder holds of each origin station's writes.

Every record carries the station that last wrote it (``station_id``) and that station's clock
(``version``), which only grows at that station. So "holder H has everything origin O wrote up
to version V" is one number per origin, and a sender gives a receiver exactly the records whose
``version`` is above the receiver's number for their ``station_id``. Whatever path a bundle
takes (the ministry's reply, a sibling's stick), in whatever order, lost or duplicated, the
receiver applies the records (last writer wins, so order does not matter) and raises a number
only when the bundle starts at or below what it already holds: no gap is ever papered over.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.station import Station, StationKind
from baladiya_desktop.sync.errors import refused
from baladiya_desktop.sync.models import Knowledge

Vector = dict[uuid.UUID, int]

SELF = "self"  # what this database holds
MINISTRY = "ministry"  # at a station: what the ministry said it holds
RESTORED = "restored"  # at a station: the last incarnation whose records came back
MAX_ORIGINS = 10_000
MAX_VERSION = (1 << 63) - 1


def read(session: Session, holder: str) -> Vector:
    return {row.origin: row.version for row in session.scalars(
        select(Knowledge).where(Knowledge.holder == holder))}


def write(session: Session, holder: str, vector: Mapping[uuid.UUID, int], *,
          replace: bool = False) -> None:
    """Raise ``holder``'s numbers to ``vector`` (or set them exactly, with ``replace``)."""
    rows = {row.origin: row for row in session.scalars(
        select(Knowledge).where(Knowledge.holder == holder))}
    for origin, version in vector.items():
        row = rows.get(origin)
        if row is None:
            session.add(Knowledge(holder=holder, origin=origin, version=version))
        elif replace or version > row.version:
            row.version = version
    if replace:
        for origin, row in rows.items():
            if origin not in vector:
                session.delete(row)
    session.flush()


def advance(held: Vector, since: Vector, knows: Vector,
            refused: set[uuid.UUID] | frozenset[uuid.UUID] = frozenset()) -> Vector:
    """What a holder holds after applying a bundle with everything its sender held (``knows``)
    above ``since``: an origin's number moves only where the bundle leaves no gap, and not for
    a writer some of whose rows were refused (they must come again)."""
    result = dict(held)
    for origin, version in knows.items():
        if origin in refused:
            continue
        if since.get(origin, 0) <= held.get(origin, 0) and version > held.get(origin, 0):
            result[origin] = version
    return result


def merged(*vectors: Mapping[uuid.UUID, int]) -> Vector:
    result: Vector = {}
    for vector in vectors:
        for origin, version in vector.items():
            result[origin] = max(result.get(origin, 0), version)
    return result


def own_version(session: Session, station: Station) -> int:
    """How far this station holds its own writes. After a restore, only up to the backup's
    point, until the ministry's reply has given back what the station wrote after it."""
    done = read(session, RESTORED).get(station.id, 0)
    if station.incarnation <= done or station.restored_at is None:
        return station.last_version
    before: int | None = session.scalar(select(func.max(ChangeLogEntry.version)).where(
        ChangeLogEntry.at < station.restored_at))
    return before or 0


def held(session: Session, station: Station) -> Vector:
    """This database's vector, its own writes included."""
    vector = read(session, SELF)
    if station.kind != StationKind.MINISTRY:
        vector[station.id] = own_version(session, station)
    return vector


def encode(vector: Mapping[uuid.UUID, int]) -> dict[str, str]:
    """Versions as decimal strings: they exceed 2^53, which JSON readers using doubles round."""
    return {str(origin): str(version) for origin, version in sorted(
        vector.items(), key=lambda item: str(item[0]))}


def decode(raw: Any) -> Vector:
    """A vector from a manifest, strictly: canonical UUID keys, versions 0..2^63-1."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or len(raw) > MAX_ORIGINS:
        raise _damaged()
    vector: Vector = {}
    for key, value in raw.items():
        try:
            origin = uuid.UUID(key)
        except (TypeError, ValueError, AttributeError):
            raise _damaged() from None
        if str(origin) != key:
            raise _damaged()
        if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 20:
            version = int(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            version = value
        else:
            raise _damaged()
        if not 0 <= version <= MAX_VERSION:
            raise _damaged()
        vector[origin] = version
    return vector


def _damaged() -> Exception:
    return refused("متجه النسخ في بيان الحزمة تالف.", "the manifest's version vector is damaged.")


def future_limit(now: dt.datetime) -> int:
    """The highest clock version anyone may claim now: a day ahead of this machine's clock.
    A version far in the future would win every later conflict."""
    from baladiya_desktop.core.hlc import COUNTER_BITS

    return (int(now.timestamp() * 1000) + 86_400_000) << COUNTER_BITS
