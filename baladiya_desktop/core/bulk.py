"""Inserting many new records in one statement, with the change log and audit entries the
write path would have made for them one by one.

``core.writes`` stamps and audits ORM objects at flush, which costs about a millisecond per
record: an import of 10,000 people would take longer than reading the workbook three times.
Here the same stamps, change-log entries and hash-chained audit entries are computed in
Python and written with three executemany statements, inside the caller's transaction.
Services reach it as ``tx.insert_many(Model, rows)``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import DeclarativeBase, Session

from baladiya_desktop.core.audit import AuditEntry, canonical_json, entry_hash
from baladiya_desktop.core.base import Travelling
from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.hlc import next_version
from baladiya_desktop.core.limits import check_rows
from baladiya_desktop.core.records import excluded_columns, to_json_value

if TYPE_CHECKING:
    from baladiya_desktop.core.writes import Tx

CHUNK = 2000  # rows per statement: keeps memory flat on 50,000-row imports


def column_defaults(model: type[DeclarativeBase]) -> dict[str, Any]:
    """The scalar defaults of ``model``'s columns (what the ORM would fill in)."""
    found: dict[str, Any] = {}
    for column in model.__table__.columns:
        default = column.default
        if default is not None and default.is_scalar:
            found[column.key] = default.arg
        elif column.nullable:
            found[column.key] = None
    return found


_PLAIN = (str, int, bool, float, type(None))


def _json(value: Any) -> Any:
    return value if type(value) in _PLAIN else to_json_value(value)


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany. On SQLite the values go through the columns' own bind processors
    straight to the driver, skipping SQLAlchemy's per-row bookkeeping (a third of the time)."""
    connection = session.connection()
    dialect = connection.dialect
    if dialect.paramstyle != "qmark":
        connection.execute(insert(table), rows)
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=list(rows[0]))
    names = list(compiled.positiontup or ())
    columns = {c.key: c for c in table.columns}
    processors = [columns[n].type._cached_bind_processor(dialect) for n in names]
    plan = list(zip(names, processors, strict=True))
    values = [tuple(p(row[n]) if p else row[n] for n, p in plan) for row in rows]
    connection.exec_driver_sql(str(compiled), values)


def insert_travelling(
    tx: Tx, model: type[DeclarativeBase], rows: Sequence[Mapping[str, Any]]
) -> list[uuid.UUID]:
    """Insert new travelling records (each with its ``id``) as ``tx`` would have; return ids."""
    if not rows:
        return []
    if not issubclass(model, Travelling):
        raise TypeError(f"{model.__name__} does not travel")
    table = model.__table__.name  # type: ignore[attr-defined]
    table_object = cast(Table, model.__table__)
    keys = [c.key for c in table_object.columns]
    hidden = excluded_columns(model)
    audited = [k for k in keys if k not in hidden]
    defaults = column_defaults(model)
    station = tx.station
    municipality = station.municipality_code or "MINISTRY"
    ids: list[uuid.UUID] = []
    for start in range(0, len(rows), CHUNK):
        records: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        audits: list[dict[str, Any]] = []
        for given in rows[start : start + CHUNK]:
            record = {**defaults, **given}
            station.last_version = next_version(station.last_version)
            record.update(
                version=station.last_version,
                station_id=station.id,
                updated_at=tx.now,
                updated_by=tx.username,
                deleted=bool(record.get("deleted", False)),
            )
            if record.get("municipality_code") is None:
                record["municipality_code"] = municipality
            records.append({k: record[k] for k in keys})
            ids.append(record["id"])
            station.last_seq += 1
            changes.append(
                {
                    "seq": station.last_seq,
                    "table_name": table,
                    "record_id": record["id"],
                    "version": record["version"],
                    "at": tx.now,
                }
            )
            after = canonical_json({k: _json(record[k]) for k in audited})
            seq = station.audit_seq + 1
            record_id = str(record["id"])
            digest = entry_hash(
                station.audit_head,
                seq,
                tx.now,
                tx.username,
                tx.action,
                table,
                record_id,
                None,
                after,
            )
            audits.append(
                {
                    "seq": seq,
                    "at": tx.now,
                    "username": tx.username,
                    "action": tx.action,
                    "table_name": table,
                    "record_id": record_id,
                    "before": None,
                    "after": after,
                    "prev_hash": station.audit_head,
                    "hash": digest,
                }
            )
            station.audit_seq, station.audit_head = seq, digest
        check_rows(table_object, records)  # before anything of this chunk is written
        # Core statements on the tables: one executemany each (the ORM's bulk insert splits
        # rows into groups by which values are None).
        session = tx.session
        _insert(session, table_object, records)
        _insert(session, cast(Table, ChangeLogEntry.__table__), changes)
        _insert(session, cast(Table, AuditEntry.__table__), audits)
    tx.changes.tables.add(table)
    tx.changes.ids.update(str(i) for i in ids)
    tx.changes.created.update(str(i) for i in ids)
    return ids
