"""Checking a printout's QR code with every key this database trusts.

At the ministry, the printouts of every enrolled station can be checked; reports do not read
sync's tables, so the keys are gathered here and handed to ``reports.verification``.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.reports.verification import VerifyResult, verify
from baladiya_desktop.sync.models import EnrolledStation


def enrolled_keys(ctx: AppContext) -> dict[uuid.UUID, bytes]:
    """Every enrolled station's public key, revoked ones too: their old papers stay genuine."""
    with ctx.session() as session:
        rows = session.execute(select(EnrolledStation.station_id, EnrolledStation.public_key))
        return {station_id: key for station_id, key in rows}


def verify_printout(ctx: AppContext, qr_text: str) -> VerifyResult:
    """``verify`` at a station or at the ministry, for any station this database knows."""
    return verify(ctx, qr_text, others=enrolled_keys(ctx))
