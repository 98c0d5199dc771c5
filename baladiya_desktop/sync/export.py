"""A station's data bundle: every record changed since the ministry's last acknowledgement."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from baladiya_desktop import __version__
from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.core.audit_seal import seal_audit
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.keystore import station_private_keys
from baladiya_desktop.core.migrate import head_revision
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.core.records import to_json_value
from baladiya_desktop.core.station import load_station
from baladiya_desktop.sync import container, crypto, vectors
from baladiya_desktop.sync.keys import (
    ministry_encryption_key,
    station_encryption_public,
    sync_state,
)
from baladiya_desktop.sync.models import BundleLog, KnownStation, SyncState
from baladiya_desktop.sync.payload import PayloadWriter
from baladiya_desktop.sync.relay import RecordSink, municipality_above
from baladiya_desktop.sync.tables import travelling_tables
from baladiya_desktop.sync.usb import bundle_file_name, write_verified

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
    kind: str = "data"  # data (for the ministry) | sibling (for a station of the same office)
    forwarded: int = 0  # records written elsewhere that this bundle carries on

    @property
    def request(self) -> bool:
        """Nothing new to send: the bundle only asks for the ministry's reply."""
        return self.records == 0


def _sealing(ctx: AppContext, to: uuid.UUID | None) -> tuple[str, bytes, bytes]:
    """Who the payload is sealed to (key id and public key) and this station's own
    encryption key, made on first need."""
    with ctx.write(Permission.SYNC_EXPORT, "sync.keys") as tx:
        own = station_encryption_public(ctx, tx.session, tx.station)
        if to is None:
            recipient = ministry_encryption_key(tx.session)
            return recipient.key_id, recipient.public_key, own
        sibling = tx.session.get(KnownStation, to)
        if sibling is None or sibling.municipality_code != tx.station.municipality_code or \
                sibling.station_id == tx.station.id:
            raise UserError(
                "هذه المحطة ليست من محطات البلدية المسجلة في البيانات المرجعية. استورد آخر حزمة "
                "مرجعية من الوزارة ثم أعد المحاولة.",
                "That station is not one of this municipality's enrolled stations in the "
                "reference data. Import the ministry's latest reference bundle and try again.")
        if sibling.revoked or sibling.encryption_key is None:
            raise UserError(
                "لا يمكن الإرسال إلى هذه المحطة: مفتاحها ملغى أو لم يصل مفتاح تشفيرها بعد إلى "
                "الوزارة.",
                "Cannot send to that station: its key was revoked, or its encryption key has "
                "not reached the ministry yet.")
        return crypto.key_id(sibling.encryption_key), sibling.encryption_key, own


def export_data_bundle(ctx: AppContext, out_dir: Path, *, progress: ProgressSink = no_progress,
                       cancel: CancelToken | None = None, from_seq: int | None = None,
                       to: uuid.UUID | None = None) -> ExportResult:
    """Write the next cumulative bundle into ``out_dir``, verified, and remember it.

    For the ministry (``to`` None): this station's changes since the ministry's last
    acknowledgement, and the records of its siblings it holds that the ministry does not.
    ``from_seq`` starts earlier than the last acknowledgement, when the ministry reports a gap.
    For a sibling station (``to``): every record of the municipality it does not hold yet."""
    ctx.require(Permission.SYNC_EXPORT)
    if ctx.station.is_ministry:
        raise UserError("الوزارة لا تصدّر حزم بيانات؛ تصدّر الإيصالات والبيانات المرجعية.",
                        "The ministry does not export data bundles.")
    if from_seq is not None and from_seq < 1:
        raise UserError("رقم التسلسل يبدأ من 1.", "Sequence numbers start at 1.")
    recipient_id, recipient_key, own_key = _sealing(ctx, to)
    tables = travelling_tables()
    bundle_id = str(new_id())
    writer = PayloadWriter()
    sink = RecordSink(writer, ctx.station.id)
    municipality = ctx.station.municipality_code or ""
    check = cancel.check if cancel is not None else None
    with ctx.session() as session, session.begin():  # one snapshot of the whole range
        station = load_station(session)
        knows = vectors.held(session, station)
        state = session.get(SyncState, station.id)
        seq_from, seq_to = (state.acked_seq if state else 0) + 1, station.last_seq
        acked_audit = state.acked_audit_seq if state else 0
        if from_seq is not None:
            seq_from = min(seq_from, from_seq)
            acked_audit = 0 if seq_from == 1 else acked_audit
        if to is None:
            since = vectors.read(session, vectors.MINISTRY)
            if from_seq is not None:  # the ministry lost track: own history starts again
                since[station.id] = 0
            # Own changes go by the change log (its seq range is what the ministry checks for
            # gaps); the query only looks for the siblings' records the ministry lacks.
            others = {**since, station.id: knows[station.id]}
            own = _own_changes(session, tables, seq_from, seq_to, progress, cancel)
            writer.lines("records.jsonl", sink.records(chain(own, municipality_above(
                session, tables, municipality, others, check=check))))
            log = AuditEntry.__table__
            audit = session.execute(select(log).where(log.c.seq > acked_audit)
                                    .order_by(log.c.seq).execution_options(yield_per=2000))
            writer.lines("audit.jsonl", ({k: to_json_value(v) for k, v in row.items()}
                                         for row in audit.mappings()))
        else:
            since = vectors.read(session, str(to))
            writer.lines("records.jsonl", sink.records(municipality_above(
                session, tables, municipality, since, check=check)))
        sink.write_blobs(session)
        forwarded = sink.forwarded
        audit_seq, audit_head = station.audit_seq, station.audit_head
        signing_key = station_private_keys(ctx, station).signing
        incarnation = station.incarnation
    progress(1, 1, "")
    plaintext = writer.finish()
    sealed = crypto.seal(recipient_key, plaintext, bundle_id.encode())
    manifest: dict[str, Any] = {
        "kind": "data" if to is None else "sibling", "bundle_id": bundle_id,
        "created_at": utcnow().isoformat(), "app_version": __version__,
        "schema": head_revision(), "municipality": municipality,
        "station_id": str(ctx.station.id), "records": sink.total,
        "counts": dict(sorted(sink.counts.items())), "incarnation": incarnation,
        "knows": vectors.encode(knows), "since": vectors.encode(since),
        "encrypt_key": crypto.b64(own_key), "request": sink.total == 0,
        "payload": {"encoding": "zip", "sealed": {
            "alg": crypto.SEAL_ALG, "recipient": recipient_id,
            "ephemeral": crypto.b64(sealed.ephemeral_public), "nonce": crypto.b64(sealed.nonce)}},
    }
    if to is None:
        manifest.update({"seq_from": seq_from, "seq_to": seq_to, "audit": {
            "from": acked_audit + 1, "to": audit_seq, "head": audit_head}})
    else:
        manifest["to"] = str(to)
        seq_from, seq_to = 0, 0
    data = container.encode(manifest, sealed.ciphertext, signing_key)
    path = write_verified(out_dir, _file_name(ctx, manifest, bundle_id), data)
    digest = hashlib.sha256(data).hexdigest()
    with ctx.write(Permission.SYNC_EXPORT, "sync.export") as tx:
        if to is None:
            state_row = sync_state(tx.session, tx.station)
            state_row.last_export_seq, state_row.last_export_at = seq_to, tx.now
        tx.session.add(BundleLog(
            bundle_id=bundle_id, kind=manifest["kind"], direction="out",
            station_id=ctx.station.id if to is None else to, municipality_code=municipality,
            seq_from=seq_from, seq_to=seq_to, records=sink.total, sha256=digest, at=tx.now,
            detail=json.dumps({"forwarded": forwarded, "request": sink.total == 0})))
        tx.note("sync.export", {"bundle_id": bundle_id, "kind": manifest["kind"],
                                "to": str(to) if to else None, "seq_from": seq_from,
                                "seq_to": seq_to, "records": sink.total})
    seal_audit(ctx, "export")
    return ExportResult(path, bundle_id, seq_from, seq_to, sink.total, digest,
                        dict(sink.counts), manifest["kind"], forwarded)


def _own_changes(session: Session, tables: dict[str, Table], seq_from: int, seq_to: int,
                 progress: ProgressSink, cancel: CancelToken | None
                 ) -> Iterator[tuple[str, dict[str, Any]]]:
    """The latest state of every record this station changed in ``seq_from..seq_to``."""
    changed: dict[str, list[object]] = defaultdict(list)
    seen: set[tuple[str, object]] = set()
    query = select(ChangeLogEntry.table_name, ChangeLogEntry.record_id).where(
        ChangeLogEntry.seq >= seq_from, ChangeLogEntry.seq <= seq_to)
    for table_name, record_id in session.execute(query):
        if (table_name, record_id) not in seen:
            seen.add((table_name, record_id))
            changed[table_name].append(record_id)
    total, done = len(seen), 0
    for table_name, ids in changed.items():
        table = tables[table_name]
        for start in range(0, len(ids), BATCH):
            if cancel is not None:
                cancel.check()
            rows = session.execute(select(table).where(table.c.id.in_(ids[start:start + BATCH])))
            for row in rows.mappings():
                yield table_name, {k: to_json_value(v) for k, v in row.items()}
            done += min(BATCH, len(ids) - start)
            progress(done, total, table_name)


def _file_name(ctx: AppContext, manifest: dict[str, Any], bundle_id: str) -> str:
    if manifest["kind"] == "sibling":
        return bundle_file_name("sibling", ctx.station.municipality_code or "", ctx.station.id,
                                0, bundle_id)
    label = "request" if manifest["request"] else "data"
    return bundle_file_name(label, ctx.station.municipality_code or "", ctx.station.id,
                            manifest["seq_to"], bundle_id)
