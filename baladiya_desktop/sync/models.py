"""What a station and the ministry remember of bundles, keys, and conflicts."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Boolean, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, Session, mapped_column

from baladiya_desktop.core.base import Base, UTCDateTime
from baladiya_desktop.domain import hooks


class SyncState(Base):
    """A station's side of the trip: what the ministry confirmed, which keys it trusts."""

    __tablename__ = "sync_state"

    station_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    acked_audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    acked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_export_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_export_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    reference_version: Mapped[int] = mapped_column(Integer, default=0)
    reference_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    revoked_stations: Mapped[str] = mapped_column(Text, default="[]")


class TrustedKey(Base):
    """A ministry public key a station trusts: for signatures or to encrypt to."""

    __tablename__ = "trusted_key"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class MinistryKey(Base):
    """The ministry's own key pairs; retired ones stay to read bundles sealed to them."""

    __tablename__ = "ministry_key"
    __audit_exclude__ = ("private_key_wrapped",)

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16))
    # Wrapped by the KEK and the officer's passphrase: read through keys.ministry_private.
    private_key_wrapped: Mapped[bytes] = mapped_column("private_key", LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class EnrolledStation(Base):
    """A station the ministry trusts, and how far its data has come in."""

    __tablename__ = "enrolled_station"

    station_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(80))
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    applied_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_head: Mapped[str] = mapped_column(String(64), default="0" * 64)
    last_bundle_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    history_alert: Mapped[str] = mapped_column(Text, default="")
    encryption_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    incarnation: Mapped[int] = mapped_column(Integer, default=0)
    relayed: Mapped[int] = mapped_column(BigInteger, default=0)
    last_reply_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class BundleLog(Base):
    """Every bundle written or taken in; a bundle id seen before is not applied again."""

    __tablename__ = "bundle_log"

    bundle_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(4))
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    municipality_code: Mapped[str] = mapped_column(String(16), default="")
    seq_from: Mapped[int] = mapped_column(BigInteger, default=0)
    seq_to: Mapped[int] = mapped_column(BigInteger, default=0)
    records: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    detail: Mapped[str] = mapped_column(Text, default="{}")


class ConflictEntry(Base):
    """A losing state of a record edited at two stations: kept for a person to review."""

    __tablename__ = "conflict_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    municipality_code: Mapped[str] = mapped_column(String(16), index=True)
    winner_station: Mapped[uuid.UUID] = mapped_column(Uuid)
    winner_version: Mapped[int] = mapped_column(BigInteger)
    loser_station: Mapped[uuid.UUID] = mapped_column(Uuid)
    loser_version: Mapped[int] = mapped_column(BigInteger)
    loser_state: Mapped[str] = mapped_column(Text)
    bundle_id: Mapped[str] = mapped_column(String(40))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str] = mapped_column(String(64), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    # "version": one record edited at two stations; "natural-key": two records claiming one
    # natural key (a unit code), the later kept here beside the earlier one.
    kind: Mapped[str] = mapped_column(String(16), default="version")
    natural_key: Mapped[str] = mapped_column(String(200), default="")
    winner_state: Mapped[str] = mapped_column(Text, default="")


class Knowledge(Base):
    """What ``holder`` is known to hold of ``origin``'s writes: every state of a record that
    ``origin`` wrote with a version up to ``version`` (or a later state of that record).

    ``holder`` is ``"self"``, ``"ministry"`` (at a station: what the ministry confirmed) or a
    station id (at the ministry or a sibling: what that station reported it holds). One row per
    origin: a version vector, as Morango keeps per-instance counters."""

    __tablename__ = "sync_knowledge"
    __audited__ = False  # bookkeeping of the sync itself

    holder: Mapped[str] = mapped_column(String(40), primary_key=True)
    origin: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0)


class KnownStation(Base):
    """A station of this municipality listed in the ministry's signed reference bundle: its
    keys let siblings in one office exchange bundles directly."""

    __tablename__ = "known_station"

    station_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncRejection(Base):
    """A row the ministry could not store, named in its receipt: shown to be fixed; the fixed
    record travels in the next bundle."""

    __tablename__ = "sync_rejection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(40), index=True)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    cleared: Mapped[bool] = mapped_column(Boolean, default=False)


def _sent_bundle(session: Session, bundle_id: str) -> hooks.SentBundle | None:
    row = session.get(BundleLog, bundle_id)
    if row is None or row.direction != "out" or row.kind != "data":
        return None
    return hooks.SentBundle(
        row.bundle_id, row.municipality_code, row.seq_from, row.seq_to, row.records,
        row.sha256, row.at, row.detail or "{}",
    )  # fmt: skip


hooks.SENT_BUNDLES.append(_sent_bundle)
