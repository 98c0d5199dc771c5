"""A station's enrollment: its public key to the ministry, checked against the paper form."""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baladiya_desktop import __version__
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.keystore import station_private_keys
from baladiya_desktop.core.migrate import head_revision
from baladiya_desktop.core.municipalities import Municipality
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.sync import container, crypto
from baladiya_desktop.sync.errors import refused
from baladiya_desktop.sync.keys import station_encryption_public
from baladiya_desktop.sync.models import BundleLog, EnrolledStation
from baladiya_desktop.sync.payload import PayloadReader, PayloadWriter
from baladiya_desktop.sync.usb import BUNDLE_SUFFIX, write_verified


@dataclass(frozen=True)
class Enrollment:
    station_id: uuid.UUID
    municipality: str
    name: str
    public_key: bytes
    encryption_key: bytes | None = None  # what replies and siblings' bundles are sealed to

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.public_key)


def write_enrollment(ctx: AppContext, out_dir: Path) -> tuple[Path, str]:
    ctx.require(Permission.SYNC_EXPORT)
    info = ctx.station
    with ctx.write(Permission.SYNC_EXPORT, "sync.keys") as tx:
        encryption = station_encryption_public(ctx, tx.session, tx.station)
    writer = PayloadWriter()
    writer.json("content.json", {
        "station_id": str(info.id), "municipality": info.municipality_code,
        "name": info.name, "public_key": crypto.b64(info.public_key),
        "fingerprint": info.fingerprint, "encryption_key": crypto.b64(encryption),
    })
    payload = writer.finish()
    manifest = {
        "kind": "enrollment", "bundle_id": str(new_id()), "created_at": utcnow().isoformat(),
        "app_version": __version__, "schema": head_revision(),
        "municipality": info.municipality_code, "station_id": str(info.id),
        "payload": {"encoding": "zip"},
    }
    key = station_private_keys(ctx).signing
    data = container.encode(manifest, payload, key)
    name = f"baladiya-enrollment-{info.municipality_code}-{str(info.id)[:8]}{BUNDLE_SUFFIX}"
    path = write_verified(out_dir, name, data)
    with ctx.write(Permission.SYNC_EXPORT, "sync.enrollment") as tx:
        tx.note("sync.enrollment", {"fingerprint": info.fingerprint})
    return path, info.fingerprint


def read_enrollment(data: bytes) -> Enrollment:
    bundle = container.decode(data)
    if bundle.kind != "enrollment":
        raise refused("هذه ليست حزمة تسجيل محطة.", "this is not an enrollment bundle.")
    bundle.check_payload()
    content: Any = PayloadReader(bundle.payload).json("content.json")
    try:
        encryption = crypto.unb64(str(content["encryption_key"])) \
            if content.get("encryption_key") else None
        enrollment = Enrollment(uuid.UUID(content["station_id"]), str(content["municipality"]),
                                str(content["name"])[:200], crypto.unb64(content["public_key"]),
                                encryption if encryption and len(encryption) == 32 else None)
    except (KeyError, TypeError, ValueError):
        raise refused("محتوى حزمة التسجيل ناقص.", "the enrollment content is incomplete.") \
            from None
    if str(enrollment.station_id) != bundle.manifest.get("station_id") or \
            enrollment.municipality != bundle.manifest.get("municipality"):
        raise refused("بيان حزمة التسجيل لا يطابق محتواها.",
                      "the enrollment manifest does not match its content.")
    if not bundle.signed_by(enrollment.public_key):
        raise refused("توقيع حزمة التسجيل غير صحيح.", "the enrollment signature is invalid.")
    return enrollment


def _normal(fingerprint: str) -> str:
    return re.sub(r"[^0-9A-F]", "", fingerprint.upper())


def enroll(ctx: AppContext, data: bytes, fingerprint: str) -> Enrollment:
    """Trust a station's key, only if it matches the fingerprint on the paper form."""
    ctx.require(Permission.SYNC_IMPORT)
    enrollment = read_enrollment(data)
    if _normal(fingerprint) != _normal(enrollment.fingerprint):
        raise refused(
            "البصمة المكتوبة لا تطابق بصمة مفتاح المحطة. لا تسجّل المحطة وتواصل مع البلدية.",
            "the fingerprint given does not match the station's key. Do not enroll; contact "
            "the municipality.",
        )
    with ctx.write(Permission.SYNC_IMPORT, "ministry.enroll") as tx:
        if tx.session.get(Municipality, enrollment.municipality) is None:
            raise refused("البلدية غير موجودة في قائمة الوزارة.",
                          "the municipality is not in the ministry's list.")
        existing = tx.session.get(EnrolledStation, enrollment.station_id)
        if existing is not None:
            if existing.public_key != enrollment.public_key:
                raise refused("المحطة مسجلة من قبل بمفتاح آخر.",
                              "the station is already enrolled with another key.")
            return enrollment
        tx.session.add(EnrolledStation(
            station_id=enrollment.station_id, municipality_code=enrollment.municipality,
            name=enrollment.name, public_key=enrollment.public_key,
            fingerprint=enrollment.fingerprint, enrolled_at=tx.now, applied_seq=0,
            encryption_key=enrollment.encryption_key,
            audit_seq=0, audit_head="0" * 64, history_alert=""))
        tx.session.add(BundleLog(
            bundle_id=str(container.decode(data).bundle_id), kind="enrollment",
            direction="in", station_id=enrollment.station_id,
            municipality_code=enrollment.municipality, sha256=hashlib.sha256(data).hexdigest(),
            at=tx.now))
    return enrollment


def revoke(ctx: AppContext, station_id: uuid.UUID) -> None:
    """A lost or stolen PC: its later bundles are refused; stations learn it by reference."""
    with ctx.write(Permission.SYNC_IMPORT, "ministry.revoke") as tx:
        row = tx.session.get(EnrolledStation, station_id)
        if row is None:
            raise refused("المحطة غير مسجلة.", "the station is not enrolled.")
        row.revoked_at = row.revoked_at or utcnow()
