"""The keys of the stations whose printouts this database may check, and their revocations.

At the ministry, a printout of any enrolled station can be verified: the caller (CLI, verify
page) hands these keys, and which were revoked since when, to
``reports.verification.verify``, since reports and sync are peers that do not import each
other.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.sync.models import EnrolledStation, KnownStation, SyncState

# A revocation whose moment is not known: every paper of the station is in doubt.
_UNKNOWN = dt.datetime.max.replace(tzinfo=dt.UTC)


def enrolled_keys(ctx: AppContext) -> dict[uuid.UUID, bytes]:
    """Every enrolled station's public key, revoked ones too: their old papers stay genuine."""
    with ctx.session() as session:
        rows = session.execute(select(EnrolledStation.station_id, EnrolledStation.public_key))
        return {station_id: key for station_id, key in rows}


def revocations(ctx: AppContext) -> dict[uuid.UUID, tuple[dt.datetime, bool]]:
    """Revoked stations: (moment, exact), as ``reports.verify_flags.Revocations`` reads it.

    The ministry knows when it revoked a key (exact). A station knows only the ids listed in
    the last reference bundle (and its siblings' ``known_station.revoked``): they were revoked
    by the time it imported that bundle, which is the moment given (not exact).
    """
    with ctx.session() as session:
        found: dict[uuid.UUID, tuple[dt.datetime, bool]] = {}
        state = session.get(SyncState, ctx.station.id)
        if state is not None:
            known_by = state.reference_at or _UNKNOWN
            for text in json.loads(state.revoked_stations or "[]"):
                try:
                    found[uuid.UUID(str(text))] = (known_by, False)
                except ValueError:
                    continue  # the bundle was signed by the ministry; a bad id names nobody
            siblings = select(KnownStation.station_id).where(KnownStation.revoked.is_(True))
            for station_id in session.scalars(siblings):
                found.setdefault(station_id, (known_by, False))
        enrolled = select(EnrolledStation.station_id, EnrolledStation.revoked_at).where(
            EnrolledStation.revoked_at.is_not(None)
        )
        for station_id, revoked_at in session.execute(enrolled):
            found[station_id] = (revoked_at or _UNKNOWN, True)
        return found
