"""A forger with the database file cannot rewrite or cut the audit log quietly: the heads the
station's key signed at each backup and export no longer match."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, delete, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.audit import AuditEntry, entry_hash, verify_chain
from baladiya_desktop.core.audit_seal import AuditSeal, seal_message
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.database import sqlite_url
from baladiya_desktop.core.maintenance import run_backup, verify_audit
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.station import GENESIS_HASH, Station


def _notes(ctx: AppContext, n: int) -> None:
    for i in range(n):
        with ctx.write(None, "test.note") as tx:
            tx.note("test.note", {"i": i})


def _rewrite(db: Path, *, change: int | None = None, drop: range | None = None) -> None:
    """Edit the log behind the app's back and recompute every hash, as a careful forger would."""
    engine = create_engine(sqlite_url(db))
    with Session(engine) as session, session.begin():
        if drop is not None:
            session.execute(delete(AuditEntry).where(AuditEntry.seq.in_(list(drop))))
        head, seq = GENESIS_HASH, 0
        for entry in list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq))):
            seq += 1
            if entry.seq != seq:  # renumber what follows the gap
                session.execute(delete(AuditEntry).where(AuditEntry.seq == entry.seq))
                session.flush()
                session.expunge(entry)
                entry = AuditEntry(**{c.key: getattr(entry, c.key)
                                      for c in AuditEntry.__table__.columns})
                entry.seq = seq
                session.add(entry)
            if entry.seq == change:
                entry.username = "forger"
            entry.prev_hash = head
            entry.hash = head = entry_hash(head, entry.seq, entry.at, entry.username,
                                           entry.action, entry.table_name, entry.record_id,
                                           entry.before, entry.after)
            session.flush()
        station = session.scalars(select(Station)).one()
        station.audit_seq, station.audit_head = seq, head
    engine.dispose()


def _check(station: Target, ctx: AppContext) -> tuple[bool, str]:
    with ctx.session() as session:
        report = verify_chain(session)
    return report.ok, report.reason_en


def test_a_rewritten_entry_is_named_after_a_backup(admin: AppContext, station: Target,
                                                   tmp_path: Path) -> None:
    _notes(admin, 5)
    run_backup(admin, tmp_path / "copy.backup")
    assert _check(station, admin) == (True, "")
    assert station.db_path is not None
    _rewrite(station.db_path, change=3)
    ok, reason = _check(station, admin)
    assert not ok and "changed after they were signed" in reason
    assert not verify_audit(admin).ok


def test_entries_cut_and_renumbered_are_named(admin: AppContext, station: Target,
                                              tmp_path: Path) -> None:
    _notes(admin, 230)
    run_backup(admin, tmp_path / "copy.backup")
    assert station.db_path is not None
    _rewrite(station.db_path, drop=range(10, 211))  # 201 entries gone, the rest renumbered
    ok, reason = _check(station, admin)
    assert not ok and ("missing" in reason or "changed after" in reason), reason


def test_a_seal_made_with_another_key_is_named(admin: AppContext, station: Target) -> None:
    _notes(admin, 3)
    assert station.db_path is not None
    engine = create_engine(sqlite_url(station.db_path))
    with Session(engine) as session, session.begin():
        st = session.scalars(select(Station)).one()
        forged = Ed25519PrivateKey.generate().sign(seal_message(st.id, st.audit_seq,
                                                                st.audit_head))
        session.add(AuditSeal(seq=st.audit_seq, head=st.audit_head, at=st.created_at,
                              reason="backup", signature=forged))
    engine.dispose()
    ok, reason = _check(station, admin)
    assert not ok and "forged" in reason


def test_an_untouched_log_with_seals_checks(admin: AppContext, station: Target,
                                            tmp_path: Path) -> None:
    _notes(admin, 4)
    run_backup(admin, tmp_path / "one.backup")
    _notes(admin, 4)
    run_backup(admin, tmp_path / "two.backup")
    with admin.session() as session:
        assert len(list(session.scalars(select(AuditSeal)))) == 2
    assert _check(station, admin) == (True, "")
