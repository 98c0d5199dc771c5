"""The ministry takes in data bundles: verify, decrypt, check the range, apply, answer."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from baladiya_desktop.core import backup
from baladiya_desktop.core.audit import entry_hash
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.migrate import known_revisions
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.settings import BACKUP_KEEP, get_setting
from baladiya_desktop.domain.staff.models import AttachmentBlob
from baladiya_desktop.sync import container, crypto, vectors
from baladiya_desktop.sync.apply import ApplyStats, Rules, apply_records
from baladiya_desktop.sync.container import Bundle
from baladiya_desktop.sync.errors import BundleRefused, refused
from baladiya_desktop.sync.keys import ministry_private_key
from baladiya_desktop.sync.models import BundleLog, EnrolledStation
from baladiya_desktop.sync.payload import PayloadReader
from baladiya_desktop.sync.relay import read_records
from baladiya_desktop.sync.tables import travelling_tables

MAX_SEQ = (1 << 62)  # far beyond any station's lifetime of writes, within BIGINT


@dataclass
class IngestResult:
    bundle_id: str
    station_id: uuid.UUID
    municipality: str
    status: str  # applied | duplicate | stale
    seq_from: int
    seq_to: int
    acked_seq: int
    acked_audit_seq: int
    stats: ApplyStats = field(default_factory=ApplyStats)
    history_alert: str = ""
    knows: vectors.Vector = field(default_factory=dict)  # what the station says it holds
    since: vectors.Vector = field(default_factory=dict)
    incarnation: int = 0
    restored: bool = False  # the first bundle of a new incarnation: a restore from a backup
    late: bool = False  # from an incarnation before the station's restore
    relays: bool = False  # the station reads replies that carry its siblings' records


def _seq(manifest: dict[str, Any], name: str) -> int:
    value = manifest.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SEQ:
        raise refused("بيان الحزمة ناقص.", "the manifest is incomplete.")
    return value


def _verify(ctx: AppContext, bundle: Bundle) -> EnrolledStation:
    """The signer is an enrolled, unrevoked station; the manifest and payload are its own."""
    manifest = bundle.manifest
    if bundle.kind == "sibling":
        raise refused("هذه حزمة موجهة إلى محطة أخرى في البلدية نفسها، لا إلى الوزارة.",
                      "this bundle is for another station of the same office, not the ministry.")
    if bundle.kind != "data":
        raise refused("هذه ليست حزمة بيانات من بلدية.", "this is not a municipal data bundle.")
    try:
        station_id = uuid.UUID(str(manifest["station_id"]))
    except (KeyError, TypeError, ValueError):
        raise refused("بيان الحزمة ناقص.", "the manifest is incomplete.") from None
    with ctx.session() as session:
        station = session.get(EnrolledStation, station_id)
        if station is not None:
            session.expunge(station)
    if station is None:
        raise refused("المحطة التي كتبت الحزمة غير مسجلة لدى الوزارة. سجّلها أولاً.",
                      "the station that wrote the bundle is not enrolled. Enroll it first.")
    if station.revoked_at is not None:
        raise refused("مفتاح هذه المحطة ملغى (جهاز مفقود أو مسروق).",
                      "this station's key was revoked (a lost or stolen PC).")
    if not bundle.signed_by(station.public_key):
        raise refused("توقيع الحزمة غير صحيح: الحزمة معدّلة أو ليست من هذه المحطة.",
                      "the signature is invalid: the bundle was altered or is not from that "
                      "station.")
    if manifest.get("municipality") != station.municipality_code:
        raise refused("الحزمة تدّعي بلدية غير بلدية المحطة الموقّعة.",
                      "the bundle claims a municipality other than its station's.")
    seq_from, seq_to = _seq(manifest, "seq_from"), _seq(manifest, "seq_to")
    audit = manifest.get("audit")
    if seq_from < 1 or seq_to < seq_from - 1 or not isinstance(audit, dict) or \
            _seq(audit, "to") < 0 or _seq(audit, "from") < 1 or \
            not isinstance(audit.get("head"), str) or len(audit["head"]) != 64:
        raise refused("بيان الحزمة ناقص.", "the manifest is incomplete.")
    if seq_to > audit["to"]:  # every change is audited: a seq beyond the history is invented
        raise refused("تسلسل الحزمة يتجاوز سجل التدقيق الذي تحمله.",
                      "the bundle's seq runs beyond the audit history it carries.")
    if "incarnation" in manifest:
        _seq(manifest, "incarnation")
    vectors.decode(manifest.get("knows"))
    vectors.decode(manifest.get("since"))
    bundle.check_payload()
    schema = manifest.get("schema")
    if not isinstance(schema, str) or schema not in known_revisions():
        raise refused("الحزمة من إصدار أحدث من برنامج الوزارة. حدّث برنامج الوزارة.",
                      "the bundle's schema is newer than this app. Update the ministry's app.")
    return station


def _decrypt(ctx: AppContext, bundle: Bundle) -> PayloadReader:
    sealed = bundle.manifest["payload"].get("sealed")
    if not isinstance(sealed, dict) or sealed.get("alg") != crypto.SEAL_ALG:
        raise refused("محتوى الحزمة غير مشفر كما يجب.", "the payload is not sealed.")
    with ctx.session() as session:
        private = ministry_private_key(ctx, session, str(sealed.get("recipient")))
    if private is None:
        raise refused("الحزمة مشفرة لمفتاح لا تملكه هذه الوزارة.",
                      "the bundle is encrypted to a key this ministry does not hold.")
    plaintext = crypto.open_sealed(private, crypto.Sealed(
        bundle.payload, crypto.unb64(str(sealed.get("ephemeral"))),
        crypto.unb64(str(sealed.get("nonce")))), bundle.bundle_id.encode())
    return PayloadReader(plaintext)


def _check_history(station: EnrolledStation, entries: list[dict[str, Any]],
                   audit: dict[str, Any]) -> tuple[int, str, str]:
    """Follow the station's audit chain from the head seen last; say so if it was rewritten."""
    seq, head = station.audit_seq, station.audit_head
    for raw in entries:
        at = raw.get("seq")
        if not isinstance(at, int):
            return seq, head, "قيد تدقيق تالف في الحزمة / a damaged audit entry"
        if at < station.audit_seq:
            continue
        if at == station.audit_seq:  # the last entry seen: it must still be the same one
            if at > 0 and raw.get("hash") != head:
                return seq, head, (f"سجل التدقيق في المحطة عُدّل قبل القيد {at} / the station's "
                                   f"audit history was rewritten before entry {at}")
            continue
        try:
            recomputed = entry_hash(
                head, at, dt.datetime.fromisoformat(raw["at"]), raw["username"],
                raw["action"], raw["table_name"], raw["record_id"], raw["before"], raw["after"])
        except (KeyError, TypeError, ValueError):
            return seq, head, "قيد تدقيق تالف في الحزمة / a damaged audit entry"
        if at != seq + 1 or raw.get("prev_hash") != head or raw.get("hash") != recomputed:
            return seq, head, (f"سجل التدقيق في المحطة لا يكمل ما استلمته الوزارة عند القيد "
                               f"{at} / the station's audit history was rewritten "
                               f"at entry {at}")
        seq, head = at, recomputed
    if seq != audit.get("to") or head != audit.get("head"):
        return seq, head, "رأس سجل التدقيق لا يطابق البيان / the audit head does not match"
    return seq, head, ""


def _gap(station: EnrolledStation, seq_from: int) -> BundleRefused:
    return refused(
        f"في تسلسل الحزم فجوة: آخر ما استلمته الوزارة من هذه المحطة هو {station.applied_seq}"
        f" وهذه الحزمة تبدأ من {seq_from}. صدّر الحزمة من جديد ابتداءً من "
        f"{station.applied_seq + 1}.",
        f"there is a gap: the ministry has up to seq {station.applied_seq} and this bundle "
        f"starts at {seq_from}. Re-export from seq {station.applied_seq + 1}.",
    )


def _stale(ctx: AppContext, result: IngestResult, station: EnrolledStation,
           audit_to: int) -> bool:
    """Everything in the bundle arrived before, in later cumulative bundles."""
    if result.seq_to > station.applied_seq or audit_to > station.audit_seq:
        return False
    with ctx.session() as session:
        held = vectors.read(session, vectors.SELF)
    return all(v <= held.get(o, 0) for o, v in result.knows.items() if o != station.station_id)


def ingest(ctx: AppContext, data: bytes) -> IngestResult:
    """Verify and apply one data bundle in one transaction; refused bundles change nothing.
    A row that cannot be stored is refused alone and named in the result."""
    ctx.require(Permission.SYNC_IMPORT)
    if not ctx.station.is_ministry:
        raise UserError("استيراد حزم البلديات يتم في قاعدة بيانات الوزارة فقط.",
                        "Municipal bundles are imported into the ministry's database only.")
    bundle = container.decode(data)
    station = _verify(ctx, bundle)
    manifest = bundle.manifest
    audit: dict[str, Any] = manifest["audit"]
    seq_from, seq_to = int(manifest["seq_from"]), int(manifest["seq_to"])
    result = IngestResult(bundle.bundle_id, station.station_id, station.municipality_code,
                          "applied", seq_from, seq_to, station.applied_seq, station.audit_seq,
                          knows=vectors.decode(manifest.get("knows")),
                          since=vectors.decode(manifest.get("since")),
                          incarnation=int(manifest.get("incarnation", 0)),
                          relays="encrypt_key" in manifest)
    result.restored = result.incarnation > station.incarnation
    result.late = result.incarnation < station.incarnation
    with ctx.session() as session:
        seen = session.get(BundleLog, bundle.bundle_id) is not None
    if seen:
        result.status = "duplicate"
        return result
    if not (result.restored or result.late):
        if seq_from > station.applied_seq + 1:
            raise _gap(station, seq_from)
        if _stale(ctx, result, station, audit["to"]):
            result.status = "stale"
            return result
    reader = _decrypt(ctx, bundle)
    by_table = read_records(reader)
    audit_entries = reader.lines("audit.jsonl")
    blobs = list(reader.blobs())
    for sha, blob in blobs:
        if hashlib.sha256(blob).hexdigest() != sha:
            raise refused("مرفق تالف داخل الحزمة.", "a damaged attachment in the bundle.")
    try:
        _apply(ctx, bundle, data, by_table, audit_entries, blobs, result)
    except IntegrityError as exc:  # a check above missed a case: say what the database said
        raise refused(
            f"تعذر حفظ سجلات الحزمة: {_reason(exc)}",
            f"the bundle's records could not be stored: {_reason(exc)}") from exc
    return result


def _reason(exc: IntegrityError) -> str:
    return str(exc.orig).splitlines()[0][:300] if exc.orig is not None else str(exc)[:300]


def _rules(session: Session, station: EnrolledStation, now: dt.datetime,
           ministry_id: uuid.UUID) -> Rules:
    """Rows may be written by the stations enrolled for the municipality (a station carries
    on its siblings' records) or by the ministry; never with a clock far in the future."""
    origins = set(session.scalars(select(EnrolledStation.station_id).where(
        EnrolledStation.municipality_code == station.municipality_code)))
    return Rules(station.municipality_code, frozenset({*origins, ministry_id}),
                 vectors.future_limit(now))


def _apply(ctx: AppContext, bundle: Bundle, data: bytes,
           by_table: dict[str, list[dict[str, Any]]], audit_entries: list[dict[str, Any]],
           blobs: list[tuple[str, bytes]], result: IngestResult) -> None:
    manifest = bundle.manifest
    seq_from, seq_to = result.seq_from, result.seq_to
    with ctx.write(Permission.SYNC_IMPORT, "sync.import") as tx:
        # The station row is locked by the write: re-read where this station stands.
        enrolled = tx.session.get(EnrolledStation, result.station_id, populate_existing=True)
        assert enrolled is not None
        if tx.session.get(BundleLog, bundle.bundle_id) is not None:
            result.status = "duplicate"  # another import of it finished meanwhile
            return
        if not (result.restored or result.late) and seq_from > enrolled.applied_seq + 1:
            raise _gap(enrolled, seq_from)
        apply_records(tx.session, travelling_tables(), by_table,
                      rules=_rules(tx.session, enrolled, tx.now, tx.station.id),
                      bundle_id=bundle.bundle_id, stats=result.stats)
        for sha, blob in blobs:
            if tx.session.get(AttachmentBlob, sha) is None:
                tx.session.add(AttachmentBlob(sha256=sha, data=blob))
        alert = ""
        if result.restored:  # the station's history restarts at its backup's point
            claim = _restore_claim(enrolled, audit_entries, manifest["audit"],
                                   result.incarnation)
            enrolled.incarnation = result.incarnation
            enrolled.applied_seq = seq_from - 1
            enrolled.audit_seq, enrolled.audit_head = _anchor(audit_entries, manifest["audit"])
            if claim:  # raising the number is not enough to wipe history clean
                enrolled.history_alert = result.history_alert = claim
        if not result.late:
            audit_seq, audit_head, alert = _check_history(enrolled, audit_entries,
                                                          manifest["audit"])
            if alert:
                enrolled.history_alert = alert
                result.history_alert = alert
            enrolled.audit_seq, enrolled.audit_head = audit_seq, audit_head
            enrolled.applied_seq = (seq_to if result.restored
                                    else max(enrolled.applied_seq, seq_to))
            held = vectors.read(tx.session, vectors.SELF)
            vectors.write(tx.session, vectors.SELF, vectors.advance(
                held, result.since, result.knows, result.stats.refused_origins))
        key = crypto.unb64(str(manifest.get("encrypt_key") or ""))
        if len(key) == 32:  # signed by the enrolled key, so the station's own
            enrolled.encryption_key = key
        tx.station.last_version = max(tx.station.last_version, result.stats.max_version)
        enrolled.last_bundle_at = tx.now
        result.acked_seq, result.acked_audit_seq = enrolled.applied_seq, enrolled.audit_seq
        stats = result.stats
        tx.session.add(BundleLog(
            bundle_id=bundle.bundle_id, kind="data", direction="in",
            station_id=enrolled.station_id, municipality_code=enrolled.municipality_code,
            seq_from=seq_from, seq_to=seq_to, records=sum(len(r) for r in by_table.values()),
            sha256=hashlib.sha256(data).hexdigest(), at=tx.now,
            detail=json.dumps({"inserted": stats.inserted, "updated": stats.updated,
                               "conflicts": stats.conflicts, "rejected": len(stats.rejected),
                               "history_alert": alert, "restored": result.restored,
                               "late": result.late, "incarnation": result.incarnation},
                              ensure_ascii=False)))
        tx.note("sync.import", {"bundle_id": bundle.bundle_id, "station": str(enrolled.station_id),
                                "seq_from": seq_from, "seq_to": seq_to,
                                "inserted": stats.inserted, "updated": stats.updated,
                                "rejected": len(stats.rejected), "restored": result.restored})


def _restore_claim(station: EnrolledStation, entries: list[dict[str, Any]],
                   audit: dict[str, Any], incarnation: int) -> str:
    """What is wrong with a bundle's claim to come after a restore ("" when nothing): the
    restore is in the station's audit log, and its history goes back, never forward."""
    recorded = False
    for raw in entries:
        if raw.get("action") != "db.restore":
            continue
        try:
            detail = json.loads(raw.get("after") or "{}")
        except (TypeError, ValueError):
            continue
        recorded = recorded or (isinstance(detail, dict)
                                and detail.get("incarnation") == incarnation)
    if not recorded:
        return ("الحزمة تدّعي استعادة نسخة احتياطية لا أثر لها في سجل التدقيق / the bundle "
                "claims a restore its audit history does not show")
    if int(audit["from"]) - 1 > station.audit_seq:
        return ("سجل التدقيق بعد الاستعادة يبدأ بعد آخر ما استلمته الوزارة / the history after "
                "the restore starts beyond what the ministry received")
    return ""


def _anchor(entries: list[dict[str, Any]], audit: dict[str, Any]) -> tuple[int, str]:
    """Where a restored station's history picks up: just before the bundle's first entry."""
    first = int(audit["from"])
    for raw in entries:
        if raw.get("seq") == first and isinstance(raw.get("prev_hash"), str):
            return first - 1, str(raw["prev_hash"])
    return int(audit["to"]), str(audit["head"])


def backup_before_import(ctx: AppContext) -> Path | None:
    """One backup copy of a SQLite ministry before a run of imports (not one per bundle: a
    folder holds a bundle per municipality). A PostgreSQL ministry is backed up by its server.

    Only a file is written, no audit note: a refused bundle must leave the database as it was.
    """
    ctx.require(Permission.SYNC_IMPORT)
    if ctx.paths.db_path is None or not ctx.is_sqlite:
        return None
    copy = backup.backup_database(ctx.paths.db_path, ctx.paths.backups_dir, "before-import")
    backup.rotate(ctx.paths.backups_dir, get_setting(ctx, BACKUP_KEEP))
    return copy


def ingest_file(ctx: AppContext, path: Path) -> IngestResult:
    data = container.read_bundle(path)  # measured before it is read
    return ingest(ctx, data)

