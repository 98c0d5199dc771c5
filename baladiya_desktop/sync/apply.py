"""Applying a bundle's records at the ministry: last writer wins, losers kept for review."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, any_, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.records import to_json_value
from baladiya_desktop.sync.models import ConflictEntry
from baladiya_desktop.sync.tables import RowCodec

BATCH = 5000  # ids per query: below SQLite's 32766 and PostgreSQL's 65535 parameters


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
    converted, bad = RowCodec(table).values_many(rows)
    good: list[dict[str, Any]] = []
    for index, values in enumerate(converted):
        if index in bad:
            stats.rejected.append({"table": table.name, "id": str(rows[index].get("id", "")),
                                   "reason": f"قيمة غير صالحة / invalid value: {bad[index]}"})
        elif values["municipality_code"] != municipality:
            stats.rejected.append({
                "table": table.name, "id": str(values["id"]),
                "reason": "السجل لبلدية أخرى / the record belongs to another municipality"})
        else:
            good.append(values)
    now = utcnow()
    key = (table.c.id, table.c.version, table.c.station_id, table.c.municipality_code)
    for start in range(0, len(good), BATCH):
        chunk = good[start:start + BATCH]
        existing = {row.id: row for row in session.execute(
            select(*key).where(_among(session, table, [v["id"] for v in chunk])))}
        inserts, updates, clashes = [], [], []
        for values in chunk:
            old = existing.get(values["id"])
            if old is None:
                inserts.append(values)
                continue
            if old.municipality_code != municipality:  # an id of another municipality's record
                stats.rejected.append({
                    "table": table.name, "id": str(values["id"]),
                    "reason": "السجل لبلدية أخرى / the record belongs to another municipality"})
                continue
            incoming = _order(values["version"], values["station_id"])
            current = _order(old.version, old.station_id)
            if incoming == current:
                stats.unchanged += 1
                continue
            winner_new = incoming > current
            if old.station_id != values["station_id"]:
                clashes.append((values, winner_new))
            if winner_new:
                updates.append({**values, "b_id": values["id"]})
            else:
                stats.unchanged += 1
        conflicts = _conflicts(session, table, clashes, municipality, bundle_id, now)
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


def _among(session: Session, table: Table, ids: list[Any]) -> ColumnElement[bool]:
    """``id IN (...)``; on PostgreSQL one array parameter (``= ANY``), which spares binding
    and parsing thousands of parameters."""
    if session.get_bind().dialect.name == "postgresql":
        return table.c.id == any_(bindparam("ids", ids, type_=postgresql.ARRAY(table.c.id.type)))
    return table.c.id.in_(ids)


def _conflicts(session: Session, table: Table, clashes: list[tuple[dict[str, Any], bool]],
               municipality: str, bundle_id: str, now: Any) -> list[ConflictEntry]:
    """One entry per record two stations edited: the winner, and the loser's whole state."""
    if not clashes:
        return []
    olds = {row["id"]: dict(row) for row in session.execute(
        select(table).where(table.c.id.in_([v["id"] for v, _ in clashes]))).mappings()}
    entries = []
    for values, winner_new in clashes:
        old = olds[values["id"]]
        winner, loser = (values, old) if winner_new else (old, values)
        entries.append(ConflictEntry(
            table_name=table.name, record_id=values["id"], municipality_code=municipality,
            winner_station=winner["station_id"], winner_version=winner["version"],
            loser_station=loser["station_id"], loser_version=loser["version"],
            loser_state=canonical_json({k: to_json_value(v) for k, v in loser.items()}),
            bundle_id=bundle_id, at=now))
    return entries


def loser_state(entry: ConflictEntry) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(entry.loser_state)
    return value
