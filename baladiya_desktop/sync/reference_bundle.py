"""The ministry's reference bundle: its keys, the lists, the revocations, the rules.

A station trusts the first ministry key it is given after comparing its fingerprint with the
ministry's letter. Later keys are endorsed: each new signing key is signed by the one before,
and the chain travels in every reference bundle, so a station that missed a rotation can still
follow it from the key it trusts. The chain also says which keys are retired and from which
reference version on: a station that has seen it never trusts them again, nor follows their
endorsements. A key revoked as compromised endorses nothing; stations that only knew it take
the next key from the ministry's letter.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from baladiya_desktop import __version__
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.migrate import head_revision
from baladiya_desktop.core.municipalities import Municipality, MunicipalityAlias
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.reference import ReferenceItem
from baladiya_desktop.core.settings import HEADER_LINES, get_setting
from baladiya_desktop.domain.org.models import UnitType
from baladiya_desktop.sync import container, crypto
from baladiya_desktop.sync.keys import (
    ENCRYPT,
    SIGN,
    current_ministry_key,
    ministry_keys,
    ministry_private,
    revoked_ministry_keys,
    sync_state,
)
from baladiya_desktop.sync.models import BundleLog, EnrolledStation
from baladiya_desktop.sync.payload import PayloadWriter
from baladiya_desktop.sync.usb import BUNDLE_SUFFIX, write_verified


def key_chain(ctx: AppContext, version: int) -> list[dict[str, Any]]:
    """Every signing key in order, each after the first endorsed by its predecessor. A key
    retired at a rotation carries ``retired_from``: the first reference version signed by its
    successor, from which on it counts no more; a compromised one also ``revoked: true``."""
    with ctx.session() as session:
        keys = ministry_keys(session, SIGN)
        revoked = revoked_ministry_keys(session)
        written = [(row.at, json.loads(row.detail or "{}").get("version"))
                   for row in session.scalars(select(BundleLog).where(
                       BundleLog.kind == "reference", BundleLog.direction == "out"))]
        chain: list[dict[str, Any]] = []
        for previous, key in zip([None, *keys[:-1]], keys, strict=True):
            link: dict[str, Any] = {"key_id": key.key_id, "public": crypto.b64(key.public_key)}
            if previous is not None:
                link["endorsed_by"] = previous.key_id
                link["signature"] = crypto.b64(crypto.sign(ministry_private(ctx, previous),
                                                           b"endorse:" + key.public_key))
            if key.retired_at is not None:
                retired_at = key.retired_at
                link["retired_from"] = min([v for at, v in written if isinstance(v, int)
                                            and at >= retired_at] + [version])
            if key.key_id in revoked:
                link["revoked"] = True
            chain.append(link)
        return chain


def reference_content(ctx: AppContext, version: int) -> dict[str, Any]:
    with ctx.session() as session:
        encrypt = [k for k in ministry_keys(session, ENCRYPT) if k.retired_at is None]
        lists: dict[str, list[dict[str, Any]]] = {}
        for item in session.scalars(select(ReferenceItem).order_by(
                ReferenceItem.list_name, ReferenceItem.rank)):
            lists.setdefault(item.list_name, []).append(
                {"code": item.code, "name_ar": item.name_ar, "name_en": item.name_en,
                 "rank": item.rank, "extra": json.loads(item.extra)})
        content: dict[str, Any] = {
            "version": version, "issued_at": utcnow().isoformat(),
            "ministry": {"name": ctx.station.name, "station_id": str(ctx.station.id)},
            "sign_keys": key_chain(ctx, version),
            "encrypt_key": {"key_id": encrypt[-1].key_id,
                            "public": crypto.b64(encrypt[-1].public_key)},
            "revoked": sorted(str(s.station_id) for s in session.scalars(
                select(EnrolledStation).where(EnrolledStation.revoked_at.is_not(None)))),
            "municipalities": [
                {"code": m.code, "name_ar": m.name_ar, "name_en": m.name_en,
                 "region": m.region, "district": m.district, "ministry_code": m.ministry_code}
                for m in session.scalars(select(Municipality).order_by(Municipality.code))],
            "aliases": [{"code": a.code, "alias": a.alias}
                        for a in session.scalars(select(MunicipalityAlias))],
            "unit_types": [{"code": t.code, "name_ar": t.name_ar, "name_en": t.name_en,
                            "rank": t.rank} for t in session.scalars(select(UnitType))],
            "lists": lists,
            # Every enrolled station with its keys: siblings in one office trust each other's
            # bundles through this signed list, with no second ceremony.
            "stations": [
                {"station_id": str(s.station_id), "municipality": s.municipality_code,
                 "name": s.name, "public_key": crypto.b64(s.public_key),
                 "encryption_key": crypto.b64(s.encryption_key) if s.encryption_key else None,
                 "revoked": s.revoked_at is not None}
                for s in session.scalars(select(EnrolledStation).order_by(
                    EnrolledStation.municipality_code, EnrolledStation.station_id))],
        }
    content["header_lines"] = get_setting(ctx, HEADER_LINES)
    return content


def write_reference_bundle(ctx: AppContext, out_dir: Path) -> tuple[Path, int, str]:
    """The next reference bundle, signed by the ministry's current key."""
    ctx.require(Permission.SYNC_EXPORT)
    with ctx.session() as session:
        signer = current_ministry_key(session, SIGN)
    private = signer.private(ctx)  # a key this PC cannot use refuses before anything is written
    with ctx.write(Permission.SYNC_EXPORT, "ministry.reference") as tx:
        state = sync_state(tx.session, tx.station)
        state.reference_version += 1
        version = state.reference_version
    content = reference_content(ctx, version)
    writer = PayloadWriter()
    writer.json("content.json", content)
    payload = writer.finish()
    bundle_id = str(new_id())
    manifest = {
        "kind": "reference", "bundle_id": bundle_id, "created_at": utcnow().isoformat(),
        "app_version": __version__, "schema": head_revision(), "version": version,
        "signer": signer.key_id, "payload": {"encoding": "zip"},
    }
    data = container.encode(manifest, payload, private)
    path = write_verified(out_dir, f"baladiya-reference-v{version:04d}{BUNDLE_SUFFIX}", data)
    with ctx.write(Permission.SYNC_EXPORT, "ministry.reference.written") as tx:
        tx.session.add(BundleLog(bundle_id=bundle_id, kind="reference", direction="out",
                                 sha256=hashlib.sha256(data).hexdigest(), at=tx.now,
                                 detail=json.dumps({"version": version})))
    return path, version, crypto.fingerprint(signer.public)
