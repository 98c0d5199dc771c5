"""The audit log's hash chain detects edits, deletions and truncation."""

from __future__ import annotations

import sqlite3

from baladiya_desktop.core.audit import verify_chain
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.setup import Target, open_station


def verify(target: Target) -> tuple[bool, int | None]:
    ctx = open_station(target)
    try:
        with ctx.session() as session:
            report = verify_chain(session)
        return report.ok, report.broken_seq
    finally:
        ctx.engine.dispose()


def tamper(target: Target, sql: str) -> None:
    assert target.db_path is not None
    con = sqlite3.connect(target.db_path)
    con.execute(sql)
    con.commit()
    con.close()


def test_fresh_station_chain_verifies(ctx: AppContext) -> None:
    with ctx.session() as session:
        report = verify_chain(session)
    assert report.ok and report.entries > 0


def test_edited_entry_is_named(station: Target) -> None:
    tamper(station, "UPDATE audit_log SET username = 'someone' WHERE seq = 7")
    assert verify(station) == (False, 7)


def test_edited_content_is_named(station: Target) -> None:
    tamper(station, "UPDATE audit_log SET after = '{}' WHERE seq = 3")
    assert verify(station) == (False, 3)


def test_deleted_entry_is_named(station: Target) -> None:
    tamper(station, "DELETE FROM audit_log WHERE seq = 5")
    assert verify(station) == (False, 5)


def test_truncated_tail_is_detected(station: Target) -> None:
    tamper(station, "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")
    ok, broken = verify(station)
    assert not ok and broken is not None


def test_rehashed_forgery_is_detected_by_the_station_head(station: Target) -> None:
    # Deleting the last entry and winding the head back would need the station row too.
    tamper(station, "UPDATE station SET audit_head = '" + "1" * 64 + "'")
    assert verify(station)[0] is False
