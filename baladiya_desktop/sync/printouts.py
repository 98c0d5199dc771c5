"""The keys of the stations whose printouts this database may check.

At the ministry, a printout of any enrolled station can be verified: the caller (CLI, verify
page) hands these keys to ``reports.verification.verify``, since reports and sync are peers
that do not import each other.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.sync.models import EnrolledStation


def enrolled_keys(ctx: AppContext) -> dict[uuid.UUID, bytes]:
    """Every enrolled station's public key, revoked ones too: their old papers stay genuine."""
    with ctx.session() as session:
        rows = session.execute(select(EnrolledStation.station_id, EnrolledStation.public_key))
        return {station_id: key for station_id, key in rows}
