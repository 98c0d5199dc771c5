"""Which keys sign and which keys are trusted, on a station and at the ministry."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core import keystore
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.settings import StationSetting
from baladiya_desktop.core.station import Station, load_station
from baladiya_desktop.sync.crypto import encryption_public, key_id, new_encryption_key
from baladiya_desktop.sync.errors import refused
from baladiya_desktop.sync.models import MinistryKey, SyncState, TrustedKey

SIGN, ENCRYPT = "sign", "encrypt"
REVOKED_KEYS = "sync.revoked_ministry_keys"


@dataclass(frozen=True)
class KeyPair:
    key_id: str
    wrapped: bytes = field(repr=False)
    public: bytes
    owner: uuid.UUID  # the ministry's station: whose KEK wraps the key

    def private(self, ctx: AppContext) -> bytes:
        return keystore.unwrap(self.wrapped, self.owner, f"ministry/{self.key_id}",
                               passphrase=ctx.key_passphrase)


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
    """Trust ``public``; a key retired here stays retired (it is returned as it is)."""
    kid = key_id(public)
    row = session.get(TrustedKey, kid)
    if row is None:
        row = TrustedKey(key_id=kid, purpose=purpose, public_key=public, added_at=utcnow(),
                         retired=False)
        session.add(row)
    return row


def retired_keys(session: Session, purpose: str = SIGN) -> set[str]:
    """Ministry keys this station stopped trusting: replaced at a rotation or revoked. A key
    never comes back from here, whatever a later bundle says."""
    return set(session.scalars(select(TrustedKey.key_id).where(
        TrustedKey.purpose == purpose, TrustedKey.retired.is_(True))))


def ministry_signer(session: Session, kid: str, *, what_ar: str, what_en: str) -> bytes:
    """The public key of ``kid`` if it is a ministry signing key this station trusts now;
    otherwise a refusal: ``what_*`` says what to do about an unknown key."""
    row = session.get(TrustedKey, kid) if kid else None
    if row is not None and row.purpose == SIGN and row.retired:
        raise refused(
            "الحزمة موقّعة بمفتاح للوزارة أُحيل أو أُلغي، فلم يعد موثوقاً. اطلب من الوزارة "
            "نسخة موقّعة بمفتاحها الحالي.",
            "it is signed by a ministry key that was retired or revoked and is no longer "
            "trusted. Ask the ministry for one signed by its current key.")
    if row is None or row.purpose != SIGN:
        raise refused(what_ar, what_en)
    return row.public_key


# The ministry's side ------------------------------------------------------------------------


def ministry_keys(session: Session, purpose: str) -> list[MinistryKey]:
    return list(session.scalars(
        select(MinistryKey).where(MinistryKey.purpose == purpose)
        .order_by(MinistryKey.created_at)))


def revoked_ministry_keys(session: Session) -> set[str]:
    """The ministry's signing keys it declared compromised (``ministry revoke-key``): kept as
    a station setting, since a key row only knows when it was retired."""
    row = session.get(StationSetting, REVOKED_KEYS)
    return set(json.loads(row.value)) if row is not None else set()


def current_ministry_key(session: Session, purpose: str) -> KeyPair:
    keys = [k for k in ministry_keys(session, purpose) if k.retired_at is None]
    if not keys:
        raise UserError("قاعدة البيانات هذه ليست قاعدة بيانات الوزارة.",
                        "This database is not the ministry's.")
    key = keys[-1]
    return KeyPair(key.key_id, key.private_key_wrapped, key.public_key, load_station(session).id)


def ministry_private(ctx: AppContext, key: MinistryKey) -> bytes:
    """The one way to a ministry private key: unwrapped with this PC's KEK and the officer's
    passphrase (``ctx.key_passphrase`` or ``BALADIYA_KEY_PASSPHRASE``)."""
    return keystore.unwrap(key.private_key_wrapped, ctx.station.id, f"ministry/{key.key_id}",
                           passphrase=ctx.key_passphrase)


def wrap_ministry_key(ctx: AppContext, session: Session, private: bytes, kid: str) -> bytes:
    """A new ministry key wrapped as the others are: by the passphrase's salt of the station
    key (one argon2 run opens them all), or by the KEK alone on a database upgraded before
    a passphrase was set."""
    station = load_station(session)
    salt = keystore.passphrase_salt(station.signing_key_wrapped)
    passphrase = keystore.given_passphrase(ctx.key_passphrase) if salt is not None else None
    if salt is not None and passphrase is None:
        raise keystore.PassphraseRequired()
    if salt is not None:  # a wrong passphrase must not wrap a key nobody can open
        keystore.station_private_keys(ctx, station)
    return keystore.wrap(private, station.id, f"ministry/{kid}", passphrase=passphrase,
                         salt=salt)


def create_ministry_keys(ctx: AppContext, session: Session) -> None:
    """The ministry's signing key is its station key; its encryption key is new."""
    station = load_station(session)
    now = utcnow()
    sign_public = station.public_key
    signing = keystore.station_private_keys(ctx, station).signing
    session.add(MinistryKey(key_id=key_id(sign_public), purpose=SIGN,
                            private_key_wrapped=wrap_ministry_key(
                                ctx, session, signing, key_id(sign_public)),
                            public_key=sign_public, created_at=now))
    private, public = new_encryption_key()
    session.add(MinistryKey(key_id=key_id(public), purpose=ENCRYPT,
                            private_key_wrapped=wrap_ministry_key(
                                ctx, session, private, key_id(public)),
                            public_key=public, created_at=now))


def ministry_private_key(ctx: AppContext, session: Session, kid: str) -> bytes | None:
    row = session.get(MinistryKey, kid)
    return ministry_private(ctx, row) if row is not None and row.purpose == ENCRYPT else None


# A station's encryption key ------------------------------------------------------------------


def station_encryption_public(ctx: AppContext, session: Session, station: Station) -> bytes:
    """The X25519 key replies and siblings' bundles are sealed to, made on first need (inside
    the caller's write transaction) and stored wrapped."""
    if station.encryption_key_wrapped is None:
        keystore.station_kek(station.id)  # a copy without the KEK makes no key it cannot open
        private, _public = new_encryption_key()
        station.encryption_key_wrapped = keystore.wrap(private, station.id, keystore.ENCRYPT)
        session.flush()
    encryption = keystore.station_private_keys(ctx, station).encryption
    assert encryption is not None
    return encryption_public(encryption)

