"""Which keys sign and which keys are trusted, on a station and at the ministry."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.station import Station, load_station
from baladiya_desktop.sync.crypto import encryption_public, key_id, new_encryption_key
from baladiya_desktop.sync.models import MinistryKey, SyncState, TrustedKey

SIGN, ENCRYPT = "sign", "encrypt"


@dataclass(frozen=True)
class KeyPair:
    key_id: str
    private: bytes
    public: bytes


def sync_state(session: Session, station: Station) -> SyncState:
    """The station's sync row, made on first use (inside the caller's transaction)."""
    state = session.get(SyncState, station.id)
    if state is None:
        state = SyncState(station_id=station.id, acked_seq=0, acked_audit_seq=0,
                          last_export_seq=0, reference_version=0, revoked_stations="[]")
        session.add(state)
        session.flush()
    return state


def trusted(session: Session, purpose: str, *, include_retired: bool = False) -> list[TrustedKey]:
    query = select(TrustedKey).where(TrustedKey.purpose == purpose)
    if not include_retired:
        query = query.where(TrustedKey.retired.is_(False))
    return list(session.scalars(query.order_by(TrustedKey.added_at)))


def ministry_encryption_key(session: Session) -> TrustedKey:
    keys = trusted(session, ENCRYPT)
    if not keys:
        raise UserError(
            "لا يوجد مفتاح الوزارة بعد: استورد حزمة البيانات المرجعية التي أرسلتها الوزارة أولاً "
            "(baladiya bundle import).",
            "The ministry's key is not known yet: import the ministry's reference bundle first "
            "(baladiya bundle import).",
        )
    return keys[-1]


def add_trusted(session: Session, purpose: str, public: bytes) -> TrustedKey:
    kid = key_id(public)
    row = session.get(TrustedKey, kid)
    if row is None:
        row = TrustedKey(key_id=kid, purpose=purpose, public_key=public, added_at=utcnow(),
                         retired=False)
        session.add(row)
    return row


# The ministry's side ------------------------------------------------------------------------


def ministry_keys(session: Session, purpose: str) -> list[MinistryKey]:
    return list(session.scalars(
        select(MinistryKey).where(MinistryKey.purpose == purpose)
        .order_by(MinistryKey.created_at)))


def current_ministry_key(session: Session, purpose: str) -> KeyPair:
    keys = [k for k in ministry_keys(session, purpose) if k.retired_at is None]
    if not keys:
        raise UserError("قاعدة البيانات هذه ليست قاعدة بيانات الوزارة.",
                        "This database is not the ministry's.")
    key = keys[-1]
    return KeyPair(key.key_id, key.private_key, key.public_key)


def create_ministry_keys(session: Session) -> None:
    """The ministry's signing key is its station key; its encryption key is new."""
    station = load_station(session)
    from baladiya_desktop.core.station import public_key_of

    now = utcnow()
    sign_public = public_key_of(station.signing_key)
    session.add(MinistryKey(key_id=key_id(sign_public), purpose=SIGN,
                            private_key=station.signing_key, public_key=sign_public,
                            created_at=now))
    private, public = new_encryption_key()
    session.add(MinistryKey(key_id=key_id(public), purpose=ENCRYPT, private_key=private,
                            public_key=public, created_at=now))


def ministry_private_key(session: Session, kid: str) -> bytes | None:
    row = session.get(MinistryKey, kid)
    return row.private_key if row is not None and row.purpose == ENCRYPT else None


# A station's encryption key ------------------------------------------------------------------


def station_encryption_public(session: Session, station: Station) -> bytes:
    """The X25519 key replies and siblings' bundles are sealed to, made on first need (inside
    the caller's write transaction)."""
    if station.encryption_key is None:
        station.encryption_key, _public = new_encryption_key()
        session.flush()
    return encryption_public(station.encryption_key)

