"""The ministry's database: its keys, the stations it trusts, what arrived, what clashed."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, UserError
from baladiya_desktop.core.municipalities import Municipality
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.settings import StationSetting
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.station import StationKind, new_signing_key, public_key_of
from baladiya_desktop.domain.bootstrap import create_station
from baladiya_desktop.sync import crypto
from baladiya_desktop.sync.keys import (
    ENCRYPT,
    REVOKED_KEYS,
    SIGN,
    create_ministry_keys,
    ministry_keys,
    revoked_ministry_keys,
    wrap_ministry_key,
)
from baladiya_desktop.sync.models import ConflictEntry, EnrolledStation, MinistryKey


def init_ministry(target: Target, *, name: str, admin_username: str, admin_password: str,
                  admin_full_name: str = "", recovery_code: str | None = None,
                  key_passphrase: str | None = None) -> AppContext:
    ctx = create_station(target, municipality=None, station_name=name,
                         admin_username=admin_username, admin_password=admin_password,
                         admin_full_name=admin_full_name, kind=StationKind.MINISTRY,
                         recovery_code=recovery_code, key_passphrase=key_passphrase)
    with ctx.write_as(admin_username, "ministry.keys") as tx:
        create_ministry_keys(ctx, tx.session)
    return ctx


def require_ministry(ctx: AppContext) -> None:
    if not ctx.station.is_ministry:
        raise UserError("هذا الأمر لقاعدة بيانات الوزارة فقط.",
                        "This command is for the ministry's database only.")


def signing_fingerprint(ctx: AppContext) -> str:
    with ctx.session() as session:
        keys = [k for k in ministry_keys(session, SIGN) if k.retired_at is None]
    return crypto.fingerprint(keys[-1].public_key)


def rotate_keys(ctx: AppContext) -> str:
    """New signing and encryption keys; the old signing key endorses the new one, and old
    encryption keys stay to open bundles already sealed to them. The old keys are retired:
    the next reference bundle tells stations from which version on only the new ones count
    (``retired_from`` in its key chain), and a station that took it trusts them no more."""
    require_ministry(ctx)
    with ctx.write(Permission.SYNC_EXPORT, "ministry.rotate") as tx:
        now = utcnow()
        for key in tx.session.scalars(select(MinistryKey).where(MinistryKey.retired_at.is_(None))):
            key.retired_at = now
        private = new_signing_key()
        public = public_key_of(private)
        tx.session.add(MinistryKey(key_id=crypto.key_id(public), purpose=SIGN,
                                   private_key_wrapped=wrap_ministry_key(
                                       ctx, tx.session, private, crypto.key_id(public)),
                                   public_key=public, created_at=now))
        enc_private, enc_public = crypto.new_encryption_key()
        tx.session.add(MinistryKey(key_id=crypto.key_id(enc_public), purpose=ENCRYPT,
                                   private_key_wrapped=wrap_ministry_key(
                                       ctx, tx.session, enc_private, crypto.key_id(enc_public)),
                                   public_key=enc_public,
                                   created_at=now + dt.timedelta(microseconds=1)))
    return crypto.fingerprint(public)


def revoke_key(ctx: AppContext, key: str) -> str:
    """Declare a retired signing key compromised (``key``: its id or its fingerprint). The
    reference bundles say so from now on; a station that takes one with the current key's
    fingerprint from the ministry's letter stops trusting the revoked key, even if it followed
    a chain forged with it. Returns the revoked key's id."""
    require_ministry(ctx)
    wanted = re.sub(r"[^0-9a-f]", "", key.lower())
    with ctx.write(Permission.SYNC_EXPORT, "ministry.revoke_key") as tx:
        found = [k for k in ministry_keys(tx.session, SIGN)
                 if wanted and wanted in (k.key_id, crypto.fingerprint(k.public_key)
                                          .replace(" ", "").lower())]
        if not found:
            raise NotFound(f"لا يوجد مفتاح توقيع للوزارة بالمعرّف «{key}».",
                           f"The ministry has no signing key '{key}'.")
        if found[0].retired_at is None:
            raise UserError(
                "هذا مفتاح التوقيع الحالي للوزارة: نفّذ أولاً baladiya ministry rotate-keys ثم "
                "ألغِ المفتاح القديم، وأرسل بصمة المفتاح الجديد في خطاب رسمي.",
                "This is the ministry's current signing key: run `baladiya ministry "
                "rotate-keys` first, then revoke the old key, and send the new key's "
                "fingerprint in an official letter.")
        kid = found[0].key_id
        row = tx.session.get(StationSetting, REVOKED_KEYS) or StationSetting(key=REVOKED_KEYS)
        row.value = json.dumps(sorted(revoked_ministry_keys(tx.session) | {kid}))
        tx.session.add(row)
        tx.note("ministry.revoke_key", {"key_id": kid})
    return kid


@dataclass(frozen=True)
class StationStatus:
    station_id: uuid.UUID | None
    municipality_code: str
    municipality_name: str
    station_name: str
    enrolled_at: dt.datetime | None
    last_bundle_at: dt.datetime | None
    applied_seq: int
    revoked: bool
    history_alert: str
    incarnation: int = 0  # above 0: the station was restored from a backup that many times
    relayed: int = 0  # records its siblings sent that the ministry's replies carried to it
    last_reply_at: dt.datetime | None = None
    siblings: int = 0  # other stations enrolled for the same municipality

    def days_since_contact(self, now: dt.datetime | None = None) -> int | None:
        if self.last_bundle_at is None:
            return None
        return ((now or utcnow()) - self.last_bundle_at).days


def stations(ctx: AppContext) -> list[StationStatus]:
    """Every municipality with its stations; a municipality with none is listed once."""
    require_ministry(ctx)
    with ctx.session() as session:
        places = {m.code: m.name_ar for m in session.scalars(select(Municipality))}
        enrolled = list(session.scalars(select(EnrolledStation)))
    per_place: dict[str, int] = {}
    for s in enrolled:
        per_place[s.municipality_code] = per_place.get(s.municipality_code, 0) + 1
    found = [StationStatus(s.station_id, s.municipality_code, places.get(
        s.municipality_code, s.municipality_code), s.name, s.enrolled_at, s.last_bundle_at,
        s.applied_seq, s.revoked_at is not None, s.history_alert, s.incarnation, s.relayed,
        s.last_reply_at, per_place[s.municipality_code] - 1) for s in enrolled]
    covered = {s.municipality_code for s in enrolled}
    found += [StationStatus(None, code, name, "", None, None, 0, False, "")
              for code, name in places.items() if code not in covered]
    return sorted(found, key=lambda s: (s.municipality_code, s.station_name))


def conflicts(ctx: AppContext, *, open_only: bool = True) -> list[ConflictEntry]:
    require_ministry(ctx)
    ctx.require(Permission.SYNC_IMPORT)
    with ctx.session() as session:
        query = select(ConflictEntry).order_by(ConflictEntry.id)
        if open_only:
            query = query.where(ConflictEntry.resolved_by == "")
        found = list(session.scalars(query))
        session.expunge_all()
        return found


def resolve_conflict(ctx: AppContext, conflict_id: int, note: str) -> None:
    """A person has looked at the losing state and says what was done about it."""
    user = ctx.require(Permission.SYNC_IMPORT)
    with ctx.write(Permission.SYNC_IMPORT, "ministry.conflict.resolve") as tx:
        entry = tx.session.get(ConflictEntry, conflict_id)
        if entry is None:
            raise NotFound("التعارض غير موجود.", "No such conflict.")
        entry.resolved_by, entry.resolution = user.username, note.strip() or "reviewed"
