"""The ministry's signed answer to a data bundle: what it applied, what it refused, why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from baladiya_desktop import __version__
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.migrate import head_revision
from baladiya_desktop.sync import container
from baladiya_desktop.sync import decisions as _decisions  # noqa: F401  (registers)
from baladiya_desktop.sync.hooks import DECISION_KINDS
from baladiya_desktop.sync.ingest import IngestResult
from baladiya_desktop.sync.keys import SIGN, current_ministry_key
from baladiya_desktop.sync.payload import PayloadWriter
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
    content = receipt_content(ctx, result)
    writer = PayloadWriter()
    writer.json("content.json", content)
    with ctx.session() as session:
        signer = current_ministry_key(session, SIGN)
    manifest = {
        "kind": "receipt", "bundle_id": str(new_id()), "created_at": utcnow().isoformat(),
        "app_version": __version__, "schema": head_revision(), "signer": signer.key_id,
        "station_id": str(result.station_id), "municipality": result.municipality,
        "acked_seq": result.acked_seq, "for_bundle": result.bundle_id,
        "payload": {"encoding": "zip"},
    }
    data = container.encode(manifest, writer.finish(), signer.private)
    name = bundle_file_name("receipt", result.municipality, result.station_id,
                            result.acked_seq, str(manifest["bundle_id"]))
    return write_verified(out_dir, name, data)
