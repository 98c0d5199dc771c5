"""Signed heads of the audit log: the station's key vouches for where its history stood.

Anyone with the database file can rewrite an entry and recompute every hash after it, or
delete entries and renumber the rest: the chain alone still checks. A seal is the station's
signature over (station, seq, head) made at every export, every backup and so at least daily;
its key is wrapped by this PC's key store, so a copy of the file cannot make new ones. Checking
the chain against its seals shows entries changed or missing up to the newest seal.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Integer, LargeBinary, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from baladiya_desktop.core.base import Base, UTCDateTime
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.station import Station

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext


class AuditSeal(Base):
    __audited__ = False  # a statement about the log, not a change of records
    __tablename__ = "audit_seal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    head: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(String(16))
    signature: Mapped[bytes] = mapped_column(LargeBinary)


def seal_message(station_id: uuid.UUID, seq: int, head: str) -> bytes:
    return f"baladiya-audit-seal\n{station_id}\n{seq}\n{head}".encode("ascii")


def add_seal(session: Session, station: Station, signing_key: bytes, reason: str,
             now: dt.datetime) -> AuditSeal | None:
    """Seal the station's current head (inside the caller's write); None if already sealed."""
    if station.audit_seq == 0 or session.get(AuditSeal, station.audit_seq) is not None:
        return None
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(
        seal_message(station.id, station.audit_seq, station.audit_head))
    seal = AuditSeal(seq=station.audit_seq, head=station.audit_head, at=now, reason=reason[:16],
                     signature=signature)
    session.add(seal)
    return seal


def seal_audit(ctx: AppContext, reason: str) -> bool:
    """Sign the log's head now (an export, a backup). False when this copy of the database
    cannot sign, being without this PC's key: the work goes on, unsealed."""
    from baladiya_desktop.core.keystore import station_private_keys

    with ctx.write(None, "audit.seal") as tx:
        try:
            keys = station_private_keys(ctx, tx.station)
        except UserError:
            return False
        return add_seal(tx.session, tx.station, keys.signing, reason, tx.now) is not None


@dataclass(frozen=True)
class SealProblem:
    seq: int
    reason_ar: str
    reason_en: str


def check_seals(session: Session, station: Station, hashes: dict[int, str],
                count: int) -> SealProblem | None:
    """The first seal the log does not match: a forged seal, entries changed up to a seal, or
    entries missing after it (``hashes``: each entry's recomputed hash, ``count`` entries)."""
    public = Ed25519PublicKey.from_public_bytes(station.public_key)
    for seal in session.scalars(select(AuditSeal).order_by(AuditSeal.seq.desc())):
        try:
            public.verify(seal.signature, seal_message(station.id, seal.seq, seal.head))
        except InvalidSignature:
            return SealProblem(seal.seq, f"توقيع رأس سجل التدقيق عند القيد {seal.seq} مزوّر.",
                               f"The signed head of the audit log at entry {seal.seq} is "
                               "forged.")
        if seal.seq > count:
            return SealProblem(
                count + 1,
                f"قيود سجل التدقيق بعد القيد {count} مفقودة: كان السجل موقّعاً حتى القيد "
                f"{seal.seq}.",
                f"Audit entries after {count} are missing: the log was signed up to entry "
                f"{seal.seq}.")
        if hashes.get(seal.seq) != seal.head:
            return SealProblem(
                seal.seq,
                f"قيود سجل التدقيق حتى القيد {seal.seq} تغيّرت بعد توقيعها.",
                f"Audit entries up to {seal.seq} were changed after they were signed.")
    return None
