"""A station's data bundle: every record changed since the ministry's last acknowledgement."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from baladiya_desktop import __version__
from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.migrate import head_revision
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.core.records import to_json_value
from baladiya_desktop.core.station import load_station
from baladiya_desktop.domain.staff.models import AttachmentBlob
from baladiya_desktop.sync import container, crypto
from baladiya_desktop.sync.keys import ministry_encryption_key, sync_state
from baladiya_desktop.sync.models import BundleLog, SyncState
from baladiya_desktop.sync.payload import PayloadWriter
from baladiya_desktop.sync.tables import travelling_tables
from baladiya_desktop.sync.usb import BUNDLE_SUFFIX, write_verified

BATCH = 900


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    seq_from: int
    seq_to: int
    records: int
    sha256: str
    counts: dict[str, int]


def export_data_bundle(ctx: AppContext, out_dir: Path, *, progress: ProgressSink = no_progress,
                       cancel: CancelToken | None = None,
                       from_seq: int | None = None) -> ExportResult:
    """Write the next cumulative bundle into ``out_dir``, verified, and remember it.

    ``from_seq`` starts earlier than the last acknowledgement, when the ministry reports a gap
    (its receipt was lost, or it restored an older database)."""
    ctx.require(Permission.SYNC_EXPORT)
    if ctx.station.is_ministry:
        raise UserError("الوزارة لا تصدّر حزم بيانات؛ تصدّر الإيصالات والبيانات المرجعية.",
                        "The ministry does not export data bundles.")
    tables = travelling_tables()
    bundle_id = str(new_id())
    writer = PayloadWriter()
    counts: dict[str, int] = defaultdict(int)
    blobs: set[str] = set()
    with ctx.session() as session, session.begin():  # one snapshot of the whole range
        station = load_station(session)
        state = session.get(SyncState, station.id)
        acked = state.acked_seq if state else 0
        acked_audit = state.acked_audit_seq if state else 0
        recipient = ministry_encryption_key(session)
        seq_from, seq_to = acked + 1, station.last_seq
        if from_seq is not None:
            if from_seq < 1:
                raise UserError("رقم التسلسل يبدأ من 1.", "Sequence numbers start at 1.")
            seq_from = min(seq_from, from_seq)
            acked_audit = 0 if seq_from == 1 else acked_audit
        changed: dict[str, list[object]] = defaultdict(list)
        seen: set[tuple[str, object]] = set()
        query = select(ChangeLogEntry.table_name, ChangeLogEntry.record_id).where(
            ChangeLogEntry.seq >= seq_from, ChangeLogEntry.seq <= seq_to)
        for table_name, record_id in session.execute(query):
            if (table_name, record_id) not in seen:
                seen.add((table_name, record_id))
                changed[table_name].append(record_id)
        total = len(seen)

        def records() -> Iterator[dict[str, Any]]:
            done = 0
            for table_name, ids in changed.items():
                table = tables[table_name]
                for start in range(0, len(ids), BATCH):
                    if cancel is not None:
                        cancel.check()
                    rows = session.execute(
                        select(table).where(table.c.id.in_(ids[start:start + BATCH])))
                    for row in rows.mappings():
                        values = {k: to_json_value(v) for k, v in row.items()}
                        if table_name == "attachment":
                            blobs.add(str(values["sha256"]))
                        counts[table_name] += 1
                        yield {"t": table_name, "v": values}
                    done += min(BATCH, len(ids) - start)
                    progress(done, total, table_name)

        writer.lines("records.jsonl", records())
        log = AuditEntry.__table__
        audit = session.execute(select(log).where(log.c.seq > acked_audit)
                                .order_by(log.c.seq).execution_options(yield_per=2000))
        writer.lines("audit.jsonl", ({k: to_json_value(v) for k, v in row.items()}
                                     for row in audit.mappings()))
        for sha in sorted(blobs):
            blob = session.get(AttachmentBlob, sha)
            if blob is not None:
                writer.blob(sha, blob.data)
        audit_seq, audit_head = station.audit_seq, station.audit_head
        signing_key = station.signing_key
        recipient_key = recipient.public_key
    plaintext = writer.finish()
    sealed = crypto.seal(recipient_key, plaintext, bundle_id.encode())
    manifest = {
        "kind": "data", "bundle_id": bundle_id, "created_at": utcnow().isoformat(),
        "app_version": __version__, "schema": head_revision(),
        "municipality": ctx.station.municipality_code, "station_id": str(ctx.station.id),
        "seq_from": seq_from, "seq_to": seq_to, "records": sum(counts.values()),
        "counts": dict(sorted(counts.items())),
        "audit": {"from": acked_audit + 1, "to": audit_seq, "head": audit_head},
        "payload": {"encoding": "zip", "sealed": {
            "alg": "X25519-HKDF-SHA256-AES256GCM", "recipient": recipient.key_id,
            "ephemeral": crypto.b64(sealed.ephemeral_public), "nonce": crypto.b64(sealed.nonce)}},
    }
    data = container.encode(manifest, sealed.ciphertext, signing_key)
    name = (f"baladiya-{ctx.station.municipality_code}-{str(ctx.station.id)[:8]}-"
            f"{seq_from:06d}-{seq_to:06d}-{bundle_id[-8:]}{BUNDLE_SUFFIX}")
    path = write_verified(out_dir, name, data)
    digest = hashlib.sha256(data).hexdigest()
    with ctx.write(Permission.SYNC_EXPORT, "sync.export") as tx:
        state_row = sync_state(tx.session, tx.station)
        state_row.last_export_seq, state_row.last_export_at = seq_to, tx.now
        tx.session.add(BundleLog(
            bundle_id=bundle_id, kind="data", direction="out", station_id=ctx.station.id,
            municipality_code=ctx.station.municipality_code or "", seq_from=seq_from,
            seq_to=seq_to, records=sum(counts.values()), sha256=digest, at=tx.now))
        tx.note("sync.export", {"bundle_id": bundle_id, "seq_from": seq_from,
                                "seq_to": seq_to, "records": sum(counts.values())})
    return ExportResult(path, bundle_id, seq_from, seq_to, sum(counts.values()), digest,
                        dict(counts))

