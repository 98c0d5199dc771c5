"""Applying a bundle's records at the ministry: last writer wins, losers kept for review."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.records import to_json_value
from baladiya_desktop.sync.models import ConflictEntry
from baladiya_desktop.sync.tables import RowCodec

BATCH = 900


@dataclass
class ApplyStats:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: list[dict[str, str]] = field(default_factory=list)
    per_table: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _order(version: int, station: uuid.UUID) -> tuple[int, str]:
    return (version, str(station))


def apply_rows(session: Session, table: Table, rows: list[dict[str, Any]], *,
               municipality: str, bundle_id: str, stats: ApplyStats) -> None:
    """Insert new records, overwrite older ones, keep every losing state in the conflict log."""
    codec = RowCodec(table)
    good: list[dict[str, Any]] = []
    for raw in rows:
        try:
            values = codec.values(raw)
        except ValueError as exc:
            stats.rejected.append({"table": table.name, "id": str(raw.get("id", "")),
                                   "reason": f"قيمة غير صالحة / invalid value: {exc}"})
            continue
        if values["municipality_code"] != municipality:
            stats.rejected.append({
                "table": table.name, "id": str(values["id"]),
                "reason": "السجل لبلدية أخرى / the record belongs to another municipality"})
            continue
        good.append(values)
    now = utcnow()
    for start in range(0, len(good), BATCH):
        chunk = good[start:start + BATCH]
        ids = [v["id"] for v in chunk]
        existing = {row.id: row for row in session.execute(
            select(table).where(table.c.id.in_(ids))).mappings()}
        inserts, updates, conflicts = [], [], []
        for values in chunk:
            old = existing.get(values["id"])
            if old is None:
                inserts.append(values)
                continue
            incoming = _order(values["version"], values["station_id"])
            current = _order(old["version"], old["station_id"])
            if incoming == current:
                stats.unchanged += 1
                continue
            winner_new = incoming > current
            if old["station_id"] != values["station_id"]:
                loser = dict(old) if winner_new else values
                winner = values if winner_new else dict(old)
                conflicts.append(ConflictEntry(
                    table_name=table.name, record_id=values["id"], municipality_code=municipality,
                    winner_station=winner["station_id"], winner_version=winner["version"],
                    loser_station=loser["station_id"], loser_version=loser["version"],
                    loser_state=canonical_json({k: to_json_value(v) for k, v in loser.items()}),
                    bundle_id=bundle_id, at=now))
            if winner_new:
                updates.append({**values, "b_id": values["id"]})
            else:
                stats.unchanged += 1
        if inserts:
            session.execute(insert(table), inserts)
        if updates:
            columns: dict[str, Any] = {
                c.name: bindparam(c.name) for c in table.columns if c.name != "id"}
            session.execute(update(table).where(table.c.id == bindparam("b_id"))
                            .values(columns), updates)
        session.add_all(conflicts)
        stats.inserted += len(inserts)
        stats.updated += len(updates)
        stats.conflicts += len(conflicts)
        stats.per_table[table.name] += len(inserts) + len(updates)


def loser_state(entry: ConflictEntry) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(entry.loser_state)
    return value
