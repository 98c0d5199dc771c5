"""What the station's sync page shows, read in one go off the GUI thread (no Qt here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.station import load_station
from baladiya_desktop.sync import container, crypto
from baladiya_desktop.sync.keys import SIGN, trusted
from baladiya_desktop.sync.models import BundleLog, SyncState
from baladiya_desktop.sync.payload import PayloadReader
from baladiya_desktop.sync.status import StationOverview, overview

LOG_LIMIT = 200  # the latest bundles; the whole history stays in the audit log


@dataclass(frozen=True)
class LogRow:
    kind: str
    direction: str
    at: dt.datetime
    seq_from: int
    seq_to: int
    records: int
    peer: str = ""  # for a bundle sent to another station of the office: its name


@dataclass(frozen=True)
class StationSync:
    last_export_at: dt.datetime | None
    last_export_from: int
    last_export_to: int
    acked_at: dt.datetime | None
    acked_seq: int
    reference_version: int
    reference_at: dt.datetime | None
    ministry_fingerprint: str  # "" until the first reference bundle is imported
    own_fingerprint: str
    pending: int  # changes made since the ministry's last confirmation
    log: list[LogRow]
    # This station, its siblings in the office, the rows the ministry refused, the conflicts.
    overview: StationOverview


def load_station_sync(ctx: AppContext) -> StationSync:
    view = overview(ctx)
    names = {s.station_id: s.name for s in view.siblings}
    with ctx.session() as session:
        state = session.get(SyncState, ctx.station.id)
        keys = trusted(session, SIGN)
        last_seq = load_station(session).last_seq
        rows = list(
            session.scalars(select(BundleLog).order_by(BundleLog.at.desc()).limit(LOG_LIMIT))
        )
        last_out = next((r for r in rows if r.kind == "data" and r.direction == "out"), None)
        log = [
            LogRow(
                r.kind,
                r.direction,
                r.at,
                r.seq_from,
                r.seq_to,
                r.records,
                names.get(r.station_id, "") if r.station_id is not None else "",
            )
            for r in rows
        ]
    acked = state.acked_seq if state else 0
    return StationSync(
        last_export_at=last_out.at if last_out else None,
        last_export_from=last_out.seq_from if last_out else 0,
        last_export_to=last_out.seq_to if last_out else 0,
        acked_at=state.acked_at if state else None,
        acked_seq=acked,
        reference_version=state.reference_version if state else 0,
        reference_at=state.reference_at if state else None,
        ministry_fingerprint=crypto.fingerprint(keys[-1].public_key) if keys else "",
        own_fingerprint=ctx.station.fingerprint,
        pending=max(0, last_seq - acked),
        log=log,
        overview=view,
    )


def bundle_kind(path: Path) -> tuple[str, str]:
    """The bundle's kind and, for a reference bundle, its signer's fingerprint: what the
    clerk compares with the ministry's letter before trusting the key the first time."""
    try:
        bundle = container.decode(path.read_bytes())
    except (OSError, UserError):  # the import says why, properly
        return "", ""
    if bundle.kind != "reference":
        return bundle.kind, ""
    try:
        content: Any = PayloadReader(bundle.payload).json("content.json")
        signer = str(bundle.manifest.get("signer", ""))
        for link in content.get("sign_keys") or []:
            if str(link.get("key_id")) == signer:
                return "reference", crypto.fingerprint(crypto.unb64(str(link["public"])))
    except (UserError, KeyError, TypeError, ValueError, AttributeError):
        pass  # the import refuses it, with the reason
    return "reference", ""
