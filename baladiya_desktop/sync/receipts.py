"""The ministry's signed answer to a data bundle: what it applied, what it refused, why."""

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
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.sync import container, crypto, vectors
from baladiya_desktop.sync import decisions as _decisions  # noqa: F401  (registers)
from baladiya_desktop.sync.hooks import DECISION_KINDS
from baladiya_desktop.sync.ingest import IngestResult
from baladiya_desktop.sync.keys import SIGN, current_ministry_key
from baladiya_desktop.sync.models import BundleLog, EnrolledStation
from baladiya_desktop.sync.payload import PayloadWriter
from baladiya_desktop.sync.relay import RecordSink, municipality_above
from baladiya_desktop.sync.tables import travelling_tables
from baladiya_desktop.sync.usb import bundle_file_name, write_verified


def receipt_content(ctx: AppContext, result: IngestResult) -> dict[str, Any]:
    decisions: list[dict[str, Any]] = []
    with ctx.session() as session:
        for kind in DECISION_KINDS.values():
            for item in kind.collect(session, result.municipality, result.station_id):
                decisions.append({"kind": kind.name, **item})
    stats = result.stats
    return {
        "station_id": str(result.station_id), "municipality": result.municipality,
        "bundle_id": result.bundle_id, "status": result.status,
        "acked_seq": result.acked_seq, "acked_audit_seq": result.acked_audit_seq,
        "confirmed_at": utcnow().isoformat(),
        "counts": {"inserted": stats.inserted, "updated": stats.updated,
                   "unchanged": stats.unchanged, "conflicts": stats.conflicts,
                   "rejected": len(stats.rejected)},
        "rejected": stats.rejected, "decisions": decisions,
        "history_alert": result.history_alert,
    }


def write_receipt(ctx: AppContext, result: IngestResult, out_dir: Path) -> Path:
    """The signed answer to a data bundle. To a station that can read it (it sent its
    encryption key), a reply sealed to that key, which also carries every record of its
    municipality that it does not hold yet: its siblings' work, and its own after a restore."""
    content = receipt_content(ctx, result)
    writer = PayloadWriter()
    with ctx.session() as session:
        signer = current_ministry_key(session, SIGN)
        enrolled = session.get(EnrolledStation, result.station_id)
        recipient = enrolled.encryption_key if enrolled is not None and result.relays else None
    bundle_id = str(new_id())
    manifest: dict[str, Any] = {
        "kind": "receipt", "bundle_id": bundle_id, "created_at": utcnow().isoformat(),
        "app_version": __version__, "schema": head_revision(), "signer": signer.key_id,
        "station_id": str(result.station_id), "municipality": result.municipality,
        "acked_seq": result.acked_seq, "for_bundle": result.bundle_id,
        "payload": {"encoding": "zip"},
    }
    relayed, station_knows = 0, vectors.Vector()
    if recipient is None:  # a station of the first format: a plain receipt
        writer.json("content.json", content)
        data = container.encode(manifest, writer.finish(), signer.private(ctx), version=1)
    else:
        relayed, station_knows = _relay(ctx, result, content, writer)
        sealed = crypto.seal(recipient, writer.finish(), bundle_id.encode())
        manifest["relayed"] = relayed
        manifest["payload"]["sealed"] = {
            "alg": crypto.SEAL_ALG, "recipient": crypto.key_id(recipient),
            "ephemeral": crypto.b64(sealed.ephemeral_public), "nonce": crypto.b64(sealed.nonce)}
        data = container.encode(manifest, sealed.ciphertext, signer.private(ctx))
    path = write_verified(out_dir, bundle_file_name(
        "receipt", result.municipality, result.station_id, result.acked_seq, bundle_id), data)
    with ctx.write(Permission.SYNC_IMPORT, "sync.reply") as tx:
        row = tx.session.get(EnrolledStation, result.station_id)
        if row is not None and recipient is not None:
            # Optimistic: if the reply is lost, the station's next bundle says what it holds.
            vectors.write(tx.session, str(result.station_id), station_knows, replace=True)
            row.relayed += relayed
            row.last_reply_at = tx.now
        tx.session.add(BundleLog(
            bundle_id=bundle_id, kind="receipt", direction="out", station_id=result.station_id,
            municipality_code=result.municipality, seq_to=result.acked_seq, records=relayed,
            sha256=hashlib.sha256(data).hexdigest(), at=tx.now,
            detail=json.dumps({"for_bundle": result.bundle_id, "relayed": relayed})))
    return path


def _relay(ctx: AppContext, result: IngestResult, content: dict[str, Any],
           writer: PayloadWriter) -> tuple[int, vectors.Vector]:
    """Write the records the station lacks; return their count and what it will then hold."""
    sink = RecordSink(writer)
    with ctx.session() as session, session.begin():
        siblings = set(session.scalars(select(EnrolledStation.station_id).where(
            EnrolledStation.municipality_code == result.municipality)))
        held = {o: v for o, v in vectors.read(session, vectors.SELF).items()
                if o in siblings or o == ctx.station.id}
        writer.lines("records.jsonl", sink.records(municipality_above(
            session, travelling_tables(), result.municipality, result.knows)))
        sink.write_blobs(session)
    station_knows = vectors.merged(result.knows, held)
    writer.json("content.json", {
        **content, "relayed": sink.total, "since": vectors.encode(result.knows),
        "ministry_knows": vectors.encode(held), "station_knows": vectors.encode(station_knows),
        "incarnation": result.incarnation})
    return sink.total, station_knows
