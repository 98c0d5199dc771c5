"""``bundle inspect``: what a bundle says it is, and whether its signature holds, without
decrypting anything."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.sync import container, crypto
from baladiya_desktop.sync.container import Bundle
from baladiya_desktop.sync.enrollment import read_enrollment
from baladiya_desktop.sync.keys import SIGN, ministry_keys, trusted
from baladiya_desktop.sync.models import EnrolledStation


@dataclass(frozen=True)
class InspectReport:
    manifest: dict[str, Any]
    signature: str  # valid | invalid | unknown-signer
    payload_ok: bool
    signer: str

    def text(self) -> str:
        verdict = {"valid": "التوقيع صحيح / signature valid",
                   "invalid": "التوقيع غير صحيح / signature INVALID",
                   "unknown-signer": "الموقّع غير معروف هنا / signer not known here"}
        payload = "المحتوى سليم / payload intact" if self.payload_ok else \
            "المحتوى لا يطابق البيان / payload does NOT match the manifest"
        return "\n".join([json.dumps(self.manifest, ensure_ascii=False, indent=2),
                          verdict[self.signature], payload, f"signer: {self.signer}"])


def _candidate_keys(bundle: Bundle, ctx: AppContext | None) -> tuple[str, list[bytes]]:
    manifest = bundle.manifest
    if bundle.kind == "enrollment":
        try:
            enrollment = read_enrollment(bundle.signed_part + bundle.signature + bundle.payload)
        except UserError:
            return "station (self-signed)", []
        return f"station {enrollment.station_id}", [enrollment.public_key]
    if ctx is None:
        return "unknown", []
    with ctx.session() as session:
        if bundle.kind == "data":
            station_id = str(manifest.get("station_id", ""))
            if ctx.station.is_ministry:
                try:
                    row = session.get(EnrolledStation, uuid.UUID(station_id))
                except ValueError:
                    row = None
                return f"station {station_id}", [row.public_key] if row else []
            if station_id == str(ctx.station.id):
                return f"station {station_id}", [ctx.station.public_key]
            return f"station {station_id}", []
        kid = str(manifest.get("signer", ""))
        keys = ([k.public_key for k in ministry_keys(session, SIGN) if k.key_id == kid]
                if ctx.station.is_ministry else
                [k.public_key for k in trusted(session, SIGN, include_retired=True)
                 if k.key_id == kid])
        return f"ministry key {kid}", keys


def inspect_bytes(data: bytes, ctx: AppContext | None = None) -> InspectReport:
    bundle = container.decode(data)
    signer, keys = _candidate_keys(bundle, ctx)
    if not keys:
        verdict = "unknown-signer"
    else:
        verdict = "valid" if any(bundle.signed_by(k) for k in keys) else "invalid"
    try:
        bundle.check_payload()
        payload_ok = True
    except UserError:
        payload_ok = False
    if keys:
        signer += f" ({crypto.fingerprint(keys[0])})"
    return InspectReport(bundle.manifest, verdict, payload_ok, signer)


def inspect_file(path: Path, ctx: AppContext | None = None) -> InspectReport:
    return inspect_bytes(container.read_bundle(path), ctx)
