"""Decisions that ride on receipts, one registration per area (see ``sync.hooks``).

Imported by ``sync.receipts`` (the ministry collects) and ``sync.station_import`` (the station
applies), so the registry is full wherever receipts are written or read.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from baladiya_desktop.domain.settlement import ministry as settlement_ministry
from baladiya_desktop.sync.hooks import DecisionKind, register


def _collect_settlement(
    session: Session, municipality: str, station_id: uuid.UUID
) -> list[dict[str, Any]]:
    return settlement_ministry.pending(session, municipality, station_id)


def _apply_settlement(session: Session, decision: dict[str, Any], username: str) -> None:
    settlement_ministry.apply_decision(session, decision, username)


SETTLEMENT = DecisionKind("settlement", _collect_settlement, _apply_settlement)
register(SETTLEMENT)
