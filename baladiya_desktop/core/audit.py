"""The hash-chained audit log: who did what, when, and the record before and after.

Each entry's hash covers its content and the previous entry's hash, and the station row keeps
the head, so editing, deleting or truncating history is detectable by :func:`verify_chain`;
heads signed by the station's key (``core.audit_seal``) catch a forger who recomputes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from baladiya_desktop.core.audit_seal import AuditSeal, check_seals
from baladiya_desktop.core.base import Base, UTCDateTime
from baladiya_desktop.core.station import GENESIS_HASH, Station


class AuditEntry(Base):
    __audited__ = False  # bookkeeping of the write path itself
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str | None] = mapped_column(String(64))
    record_id: Mapped[str | None] = mapped_column(String(64), index=True)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(
    prev_hash: str,
    seq: int,
    at: dt.datetime,
    username: str,
    action: str,
    table_name: str | None,
    record_id: str | None,
    before: str | None,
    after: str | None,
) -> str:
    body = canonical_json(
        [seq, at.isoformat(), username, action, table_name, record_id, before, after]
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append_entry(
    session: Session,
    station: Station,
    *,
    at: dt.datetime,
    username: str,
    action: str,
    table_name: str | None = None,
    record_id: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry after the station's head; the caller holds the write transaction."""
    # Stored at microsecond precision on every backend, so hash what will be read back.
    at = at.replace(microsecond=at.microsecond)
    before_text = canonical_json(before) if before is not None else None
    after_text = canonical_json(after) if after is not None else None
    seq = station.audit_seq + 1
    digest = entry_hash(
        station.audit_head, seq, at, username, action, table_name, record_id, before_text,
        after_text,
    )
    entry = AuditEntry(
        seq=seq, at=at, username=username, action=action, table_name=table_name,
        record_id=record_id, before=before_text, after=after_text,
        prev_hash=station.audit_head, hash=digest,
    )
    session.add(entry)
    station.audit_seq = seq
    station.audit_head = digest
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    broken_seq: int | None = None
    reason_ar: str = ""
    reason_en: str = ""


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in order; report the first entry that does not fit."""
    station = session.scalars(select(Station)).first()
    prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    sealed = set(session.scalars(select(AuditSeal.seq)))
    hashes: dict[int, str] = {}
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for entry in rows.yield_per(2000):
        if entry.seq != expected_seq:
            return ChainReport(
                False, count, expected_seq,
                f"القيد رقم {expected_seq} مفقود من سجل التدقيق.",
                f"Audit entry {expected_seq} is missing.",
            )
        recomputed = entry_hash(
            prev, entry.seq, entry.at, entry.username, entry.action, entry.table_name,
            entry.record_id, entry.before, entry.after,
        )
        if entry.prev_hash != prev or entry.hash != recomputed:
            return ChainReport(
                False, count, entry.seq,
                f"القيد رقم {entry.seq} في سجل التدقيق عُدّل بعد كتابته.",
                f"Audit entry {entry.seq} was altered after it was written.",
            )
        if entry.seq in sealed:
            hashes[entry.seq] = recomputed
        prev = entry.hash
        expected_seq += 1
        count += 1
    if station is not None and (station.audit_seq != count or station.audit_head != prev):
        return ChainReport(
            False, count, count + 1,
            f"سجل التدقيق ينقصه قيود بعد القيد رقم {count}.",
            f"The audit log lost entries after entry {count}.",
        )
    if station is not None and sealed:
        problem = check_seals(session, station, hashes, count)
        if problem is not None:
            return ChainReport(False, count, problem.seq, problem.reason_ar, problem.reason_en)
    return ChainReport(True, count)
