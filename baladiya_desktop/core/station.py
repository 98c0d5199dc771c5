"""The station: this installation, its municipality, its keys and its write counters.

Its private keys are stored wrapped (``core.keystore``): read them only through
``keystore.station_private_keys``."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from enum import StrEnum

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import BigInteger, Integer, LargeBinary, String, Uuid, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from baladiya_desktop.core.base import Base, UTCDateTime, utcnow
from baladiya_desktop.core.errors import StorageError
from baladiya_desktop.core.ids import new_id

GENESIS_HASH = "0" * 64


class StationKind(StrEnum):
    MUNICIPALITY = "municipality"
    MINISTRY = "ministry"


class Station(Base):
    """One row: who this database is. Its counters are updated in every write transaction,
    which also serialises writers on PostgreSQL (the row is locked ``FOR UPDATE``)."""

    __audited__ = False  # bookkeeping of the write path itself
    __tablename__ = "station"
    __audit_exclude__ = ("signing_key_wrapped", "encryption_key_wrapped")

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))
    municipality_code: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The Ed25519 private key, wrapped by the KEK this PC keeps (core.keystore).
    signing_key_wrapped: Mapped[bytes] = mapped_column("signing_key", LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_version: Mapped[int] = mapped_column(BigInteger, default=0)
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_head: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)
    # X25519 key that replies and sibling bundles are sealed to, wrapped; made on first need.
    encryption_key_wrapped: Mapped[bytes | None] = mapped_column("encryption_key", LargeBinary)
    # Grows by one at each restore: the station's history restarted from a backup's point.
    incarnation: Mapped[int] = mapped_column(Integer, default=0)
    restored_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


@dataclass(frozen=True)
class StationInfo:
    """What the rest of the app needs to know of the station, without a session."""

    id: uuid.UUID
    kind: StationKind
    municipality_code: str | None
    name: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.public_key)

    @property
    def is_ministry(self) -> bool:
        return self.kind is StationKind.MINISTRY


def new_signing_key() -> bytes:
    """A new Ed25519 private key as its 32 raw bytes."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_key_of(private_raw: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_raw)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def key_fingerprint(public_raw: bytes) -> str:
    """A fingerprint people can compare on paper: 16 groups of 4 hex digits of SHA-256."""
    digest = hashlib.sha256(public_raw).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def load_station(session: Session) -> Station:
    station = session.scalars(select(Station)).first()
    if station is None:
        raise StorageError(
            "قاعدة البيانات لا تحتوي على بيانات محطة. أنشئ المحطة أولاً (baladiya init).",
            "This database has no station. Create it first (baladiya init).",
        )
    return station


def station_info(station: Station) -> StationInfo:
    return StationInfo(
        id=station.id,
        kind=StationKind(station.kind),
        municipality_code=station.municipality_code,
        name=station.name,
        public_key=station.public_key,
    )


def give_signing_key(station: Station, *, passphrase: str | None = None) -> None:
    """A new Ed25519 key for ``station`` (its id set): stored wrapped, with its public key;
    the station's KEK is made on this PC if it has none. The ministry's is also wrapped by
    the officer's ``passphrase``."""
    from baladiya_desktop.core import keystore

    private = new_signing_key()
    station.signing_key_wrapped = keystore.wrap(private, station.id, keystore.SIGN,
                                                passphrase=passphrase, create_kek=True)
    station.public_key = public_key_of(private)
