"""Applying a bundle's records, at the ministry or at a station: last writer wins, losers kept.

A row that cannot be stored is refused alone, with its real reason (a bad value, another
municipality, a writer that is not a station of it, a clock far in the future, a reference to a
record that exists nowhere); the rest of the bundle applies. Two records that claim one natural
key (a unit code) are not a failure either: the earlier record (the smaller id) keeps the key,
the later is renamed the same way on every station, and both states go to the conflict log for
a person to review.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    String,
    Table,
    UniqueConstraint,
    any_,
    bindparam,
    insert,
    select,
    tuple_,
    update,
)
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
    max_version: int = 0  # the newest clock seen, so the receiver's clock moves past it
    # Writers of refused rows: what the receiver holds of them must not move past those rows.
    refused_origins: set[uuid.UUID] = field(default_factory=set)

    def reject(self, table: str, record_id: Any, ar: str, en: str,
               origin: Any = None) -> None:
        self.rejected.append({"table": table, "id": str(record_id)[:40],
                              "reason": f"{ar} / {en}"})
        if isinstance(origin, uuid.UUID):
            self.refused_origins.add(origin)


@dataclass(frozen=True)
class Rules:
    """Who may have written the rows of a bundle and how far ahead a clock may be."""

    municipality: str
    origins: frozenset[uuid.UUID] | None  # None: any writer (the ministry's relay)
    version_limit: int


def _order(version: int, station: uuid.UUID) -> tuple[int, str]:
    return (version, str(station))


def apply_records(session: Session, tables: dict[str, Table],
                  by_table: dict[str, list[dict[str, Any]]], *, rules: Rules, bundle_id: str,
                  stats: ApplyStats) -> None:
    """Apply every table's rows of one bundle inside the caller's transaction."""
    decoded: dict[str, list[dict[str, Any]]] = {}
    for name, rows in by_table.items():
        table = tables.get(name)
        if table is None:
            for row in rows:
                stats.reject(name[:64], row.get("id", ""), "جدول غير معروف", "unknown table")
            continue
        decoded[name] = _decode(table, rows, rules, stats)
    _check_references(session, tables, decoded, stats)
    for name, values in decoded.items():
        if values:
            _apply_table(session, tables[name], values, rules.municipality, bundle_id, stats)


def _decode(table: Table, rows: list[dict[str, Any]], rules: Rules,
            stats: ApplyStats) -> list[dict[str, Any]]:
    converted, bad = RowCodec(table).values_many(rows)
    good: list[dict[str, Any]] = []
    seen: set[Any] = set()
    for index, values in enumerate(converted):
        if index in bad:
            stats.reject(table.name, rows[index].get("id", ""), "قيمة غير صالحة",
                         f"invalid value: {bad[index]}")
        elif values["municipality_code"] != rules.municipality:
            stats.reject(table.name, values["id"], "السجل لبلدية أخرى",
                         "the record belongs to another municipality")
        elif rules.origins is not None and values["station_id"] not in rules.origins:
            stats.reject(table.name, values["id"], "كتبته محطة ليست من محطات هذه البلدية",
                         "written by a station that is not one of this municipality's",
                         values["station_id"])
        elif not 0 < values["version"] <= rules.version_limit:
            stats.reject(table.name, values["id"], "ساعة الكاتب في المستقبل البعيد",
                         "the writer's clock is far in the future")
        elif values["id"] in seen:
            stats.reject(table.name, values["id"], "السجل مكرر في الحزمة",
                         "the record appears twice in the bundle")
        else:
            seen.add(values["id"])
            good.append(values)
            stats.max_version = max(stats.max_version, values["version"])
    return good


def _among(session: Session, column: Column[Any], values: list[Any]) -> ColumnElement[bool]:
    """``column IN (...)``; on PostgreSQL one array parameter (``= ANY``), which spares binding
    and parsing thousands of parameters."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("values", values, type_=postgresql.ARRAY(column.type)))
    return column.in_(values)


def _existing(session: Session, column: Column[Any], values: Iterable[Any]) -> set[Any]:
    wanted = list(set(values))
    found: set[Any] = set()
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start:start + BATCH]
        found.update(session.scalars(select(column).where(_among(session, column, chunk))))
    return found


def _check_references(session: Session, tables: dict[str, Table],
                      decoded: dict[str, list[dict[str, Any]]], stats: ApplyStats) -> None:
    """Refuse, alone, a row that refers to a record neither in the bundle nor here; then the
    rows that referred to it, and so on."""
    changed = True
    while changed:
        changed = False
        for name, rows in decoded.items():
            for fk in tables[name].foreign_keys:
                target = fk.column
                local = fk.parent.name
                wanted = {row[local] for row in rows if row.get(local) is not None}
                if not wanted:
                    continue
                present = {row[target.name] for row in decoded.get(target.table.name, [])}
                missing = wanted - present
                if missing:
                    missing -= _existing(session, target, missing)
                if not missing:
                    continue
                keep = []
                for row in rows:
                    if row.get(local) in missing:
                        stats.reject(name, row["id"], "يشير إلى سجل غير موجود",
                                     f"refers to a {target.table.name} record that exists "
                                     f"nowhere ({local} = {row[local]})", row["station_id"])
                        changed = True
                    else:
                        keep.append(row)
                rows[:] = keep


def _unique_keys(table: Table) -> list[list[Column[Any]]]:
    return [list(c.columns) for c in table.constraints if isinstance(c, UniqueConstraint)]


def _renamed(column: Column[Any], value: str, record_id: uuid.UUID) -> str:
    """The later record's key, made unique the same way everywhere."""
    suffix = f"~{record_id.hex[-6:]}"
    limit = getattr(column.type, "length", None) or 200
    return value[:limit - len(suffix)] + suffix


def _natural_keys(session: Session, table: Table, rows: list[dict[str, Any]],
                  municipality: str, bundle_id: str, stats: ApplyStats, now: Any
                  ) -> tuple[list[dict[str, Any]], list[ConflictEntry]]:
    """Settle rows whose natural key another record already holds (here or in the bundle)."""
    entries: list[ConflictEntry] = []
    for columns in _unique_keys(table):
        names = [c.name for c in columns]
        text = next((c for c in columns if isinstance(c.type, String)
                     and c.name != "municipality_code"), None)
        claims: dict[tuple[Any, ...], dict[str, Any]] = {}
        keep: list[dict[str, Any]] = []
        for row in sorted(rows, key=lambda r: r["id"]):
            key = tuple(row[n] for n in names)
            if None in key:
                keep.append(row)
                continue
            holder = claims.get(key)
            if holder is None:
                claims[key] = row
                keep.append(row)
            elif text is not None:
                entries.append(_key_conflict(table, names, key, holder, dict(row), municipality,
                                             bundle_id, now))
                row[text.name] = _renamed(text, row[text.name], row["id"])
                keep.append(row)
            else:
                _refuse_key(table, names, key, holder, row, stats, entries, municipality,
                            bundle_id, now)
        rows = keep
        if not claims:
            continue
        ids = {row["id"] for row in rows}
        found: list[dict[str, Any]] = []
        keys = list(claims)
        for start in range(0, len(keys), BATCH // max(1, len(names))):
            chunk = keys[start:start + BATCH // max(1, len(names))]
            condition = (tuple_(*columns).in_(chunk) if len(columns) > 1
                         else columns[0].in_([k[0] for k in chunk]))
            found += [dict(r) for r in session.execute(select(table).where(condition)).mappings()
                      if r["id"] not in ids]
        refused_ids: set[Any] = set()
        for old in found:
            key = tuple(old[n] for n in names)
            new = claims[key]
            # An incoming state of the old record (same id) that moves its key away is fine.
            if new["id"] == old["id"]:
                continue
            winner, loser = (old, new) if old["id"] < new["id"] else (new, old)
            if text is None:  # a key that cannot be renamed: what is here stays, the
                # newcomer waits in the conflict log for a person's decision
                _refuse_key(table, names, key, old, new, stats, entries, municipality,
                            bundle_id, now)
                refused_ids.add(new["id"])
                continue
            entries.append(_key_conflict(table, names, key, winner, dict(loser), municipality,
                                         bundle_id, now))
            if loser is new:
                new[text.name] = _renamed(text, new[text.name], new["id"])
            else:  # the record here is the later one: rename it in place, stamps unchanged
                session.execute(update(table).where(table.c.id == old["id"]).values(
                    {text.name: _renamed(text, old[text.name], old["id"])}))
        rows = [row for row in rows if row["id"] not in refused_ids]
    return rows, entries


def _key_conflict(table: Table, names: list[str], key: tuple[Any, ...], winner: dict[str, Any],
                  loser: dict[str, Any], municipality: str, bundle_id: str,
                  now: Any) -> ConflictEntry:
    return ConflictEntry(
        table_name=table.name, record_id=loser["id"], municipality_code=municipality,
        winner_station=winner["station_id"], winner_version=winner["version"],
        loser_station=loser["station_id"], loser_version=loser["version"],
        loser_state=_state(loser), winner_state=_state(winner), bundle_id=bundle_id[:40],
        at=now, kind="natural-key", natural_key=_key_text(names, key))


def _refuse_key(table: Table, names: list[str], key: tuple[Any, ...], holder: dict[str, Any],
                row: dict[str, Any], stats: ApplyStats, entries: list[ConflictEntry],
                municipality: str, bundle_id: str, now: Any) -> None:
    text = _key_text(names, key)
    stats.reject(table.name, row["id"], f"المفتاح {text} يحمله سجل آخر ({holder['id']})",
                 f"{table.name} {text} is held by another record ({holder['id']}); kept in "
                 "the conflict log for review")
    entries.append(_key_conflict(table, names, key, holder, dict(row), municipality, bundle_id,
                                 now))


def _key_text(names: list[str], key: tuple[Any, ...]) -> str:
    return ", ".join(f"{n}={v}" for n, v in zip(names, key, strict=True)
                     if n != "municipality_code")[:200]


def _state(values: dict[str, Any]) -> str:
    return canonical_json({k: to_json_value(v) for k, v in values.items()})


def _apply_table(session: Session, table: Table, good: list[dict[str, Any]], municipality: str,
                 bundle_id: str, stats: ApplyStats) -> None:
    now = utcnow()
    key = (table.c.id, table.c.version, table.c.station_id, table.c.municipality_code)
    good, key_conflicts = _natural_keys(session, table, good, municipality, bundle_id, stats,
                                        now)
    session.add_all(key_conflicts)
    stats.conflicts += len(key_conflicts)
    for start in range(0, len(good), BATCH):
        chunk = good[start:start + BATCH]
        existing = {row.id: row for row in session.execute(
            select(*key).where(_among(session, table.c.id, [v["id"] for v in chunk])))}
        inserts, updates, clashes = [], [], []
        for values in chunk:
            old = existing.get(values["id"])
            if old is None:
                inserts.append(values)
                continue
            if old.municipality_code != municipality:  # an id of another municipality's record
                stats.reject(table.name, values["id"], "السجل لبلدية أخرى",
                             "the record belongs to another municipality")
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
            loser_state=_state(loser), winner_state=_state(winner), bundle_id=bundle_id[:40],
            at=now, kind="version"))
    return entries


def loser_state(entry: ConflictEntry) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(entry.loser_state)
    return value
