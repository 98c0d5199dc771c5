"""A station takes in what the ministry sends: receipts and reference bundles."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.keystore import station_private_keys
from baladiya_desktop.core.maintenance import run_backup
from baladiya_desktop.core.municipalities import Municipality, MunicipalityAlias
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.reference import ReferenceItem
from baladiya_desktop.core.settings import HEADER_LINES, StationSetting
from baladiya_desktop.core.station import Station, load_station
from baladiya_desktop.core.writes import Tx
from baladiya_desktop.domain.org.models import UnitType
from baladiya_desktop.domain.staff.models import AttachmentBlob
from baladiya_desktop.sync import container, crypto, vectors
from baladiya_desktop.sync import decisions as _decisions  # noqa: F401  (registers)
from baladiya_desktop.sync.apply import ApplyStats, Rules, apply_records
from baladiya_desktop.sync.container import Bundle
from baladiya_desktop.sync.errors import BundleRefused, refused
from baladiya_desktop.sync.hooks import DECISION_KINDS
from baladiya_desktop.sync.keys import (
    ENCRYPT,
    SIGN,
    add_trusted,
    ministry_signer,
    retired_keys,
    sync_state,
    trusted,
)
from baladiya_desktop.sync.models import BundleLog, KnownStation, SyncRejection, SyncState
from baladiya_desktop.sync.payload import PayloadReader
from baladiya_desktop.sync.relay import read_records
from baladiya_desktop.sync.tables import travelling_tables
from baladiya_desktop.sync.update_bundle import take_update


@dataclass
class StationImport:
    kind: str
    status: str  # applied | duplicate
    message_ar: str
    message_en: str
    details: dict[str, Any] = field(default_factory=dict)


def _normal(fp: str) -> str:
    return re.sub(r"[^0-9A-F]", "", fp.upper())


@dataclass(frozen=True)
class _Link:
    """One signing key of the reference bundle's chain (docs/bundle-format.md)."""

    key_id: str
    public: bytes
    endorsed_by: str
    signature: str
    retired_from: int | None  # from this reference version on the key counts no more
    revoked: bool  # compromised: it counts no more and its endorsements mean nothing


def _chain(content: dict[str, Any]) -> list[_Link]:
    damaged = refused("سلسلة مفاتيح الوزارة تالفة.", "the ministry's key chain is damaged.")
    links = []
    for item in content.get("sign_keys") or []:
        try:
            kid, public = str(item["key_id"]), crypto.unb64(str(item["public"]))
            retired_from, revoked = item.get("retired_from"), item.get("revoked", False)
        except (KeyError, TypeError, AttributeError):
            raise damaged from None
        if crypto.key_id(public) != kid or len(public) != 32 or not isinstance(revoked, bool) \
                or not (retired_from is None or type(retired_from) is int):
            raise damaged
        links.append(_Link(kid, public, str(item.get("endorsed_by", "")),
                           str(item.get("signature", "")), retired_from, revoked))
    return links


def _follow_chain(known: dict[str, bytes], chain: list[_Link],
                  retired: set[str]) -> dict[str, bytes]:
    """Keys reachable from the trusted ones through endorsements, in order. ``known`` holds no
    retired key, so nothing is followed from one; a key retired here is never reached again,
    and a key the chain itself calls revoked endorses nothing."""
    reach = dict(known)
    revoked = {link.key_id for link in chain if link.revoked}
    for link in chain:
        if link.key_id in reach or link.key_id in retired or link.endorsed_by in revoked:
            continue
        endorser = reach.get(link.endorsed_by)
        if endorser is not None and crypto.verify(
                endorser, crypto.unb64(link.signature), b"endorse:" + link.public):
            reach[link.key_id] = link.public
    return reach


def _letter_needed(first: bool) -> BundleRefused:
    if first:
        return refused(
            "هذه أول حزمة مرجعية تستوردها هذه المحطة، ولا يُوثق بمفتاح الوزارة قبل مطابقة بصمته: "
            "اكتب البصمة كما وردت في خطاب الوزارة الرسمي (baladiya bundle import الملف "
            "--fingerprint \"البصمة\").",
            "this is the first reference bundle this station imports, and the ministry's key "
            "is not trusted before its fingerprint is checked: type the fingerprint from the "
            "ministry's official letter (baladiya bundle import FILE --fingerprint \"FP\").")
    return refused(
        "ألغت الوزارة المفتاح الذي تثق به هذه المحطة، فلا يُتبع ما وقّعه: اكتب بصمة مفتاح "
        "الوزارة الجديد كما وردت في خطابها الرسمي (--fingerprint).",
        "the ministry revoked the key this station trusts, so nothing it endorsed is "
        "followed: type the new key's fingerprint from the ministry's official letter "
        "(--fingerprint).")


def _reference(ctx: AppContext, bundle: Bundle, expect: str | None) -> StationImport:
    content: Any = PayloadReader(bundle.payload).json("content.json")
    if not isinstance(content, dict) or not isinstance(content.get("version"), int):
        raise refused("محتوى الحزمة المرجعية ناقص.", "the reference content is incomplete.")
    signer = str(bundle.manifest.get("signer", ""))
    version: int = content["version"]
    chain = _chain(content)
    links = {link.key_id: link for link in chain}
    # Keys this bundle ends: revoked, or retired at or before its version.
    ended = {link.key_id for link in chain if link.revoked or (
        link.retired_from is not None and link.retired_from <= version)}
    revoked = {link.key_id for link in chain if link.revoked}
    with ctx.session() as session:
        known = {k.key_id: k.public_key for k in trusted(session, SIGN)}
        retired = retired_keys(session)
        state = session.get(SyncState, ctx.station.id)
        current_version = state.reference_version if state is not None else 0
    first_time = not known
    if signer in retired:
        raise refused("الحزمة المرجعية موقّعة بمفتاح للوزارة أُحيل أو أُلغي، فلم يعد موثوقاً.",
                      "the reference bundle is signed by a ministry key that was retired or "
                      "revoked and is no longer trusted.")
    roots = dict(known)
    if expect:  # the paper letter names the key that signed this bundle: trust starts there
        if signer not in links:
            raise refused("مفتاح توقيع الوزارة غير موجود في الحزمة.",
                          "the ministry's signing key is not in the bundle.")
        if _normal(expect) != _normal(crypto.fingerprint(links[signer].public)):
            raise refused("بصمة مفتاح الوزارة لا تطابق البصمة في خطاب الوزارة.",
                          "the ministry key's fingerprint does not match the letter.")
        roots[signer] = links[signer].public
    elif first_time:
        raise _letter_needed(True)
    reach = _follow_chain(roots, chain, retired)
    if signer not in reach and not expect and revoked & set(known):
        raise _letter_needed(False)
    if signer not in reach or not bundle.signed_by(reach[signer]):
        raise refused("الحزمة المرجعية ليست موقّعة من الوزارة بمفتاح موثوق.",
                      "the reference bundle is not signed by a trusted ministry key.")
    if signer in ended:
        raise refused("سلسلة مفاتيح الحزمة نفسها تقول إن المفتاح الذي وقّعها لم يعد صالحاً.",
                      "the bundle's own key chain says the key that signed it no longer "
                      "counts.")
    fingerprint = crypto.fingerprint(reach[signer])
    # A letter-checked bundle that revokes a key trusted here overrides whatever that key
    # signed, even a higher version forged with it.
    recovering = bool(expect) and bool(revoked & set(known))
    if version < current_version and not recovering:
        raise refused(f"هذه نسخة أقدم ({version}) من البيانات المرجعية الموجودة "
                      f"({current_version}).",
                      f"this reference version ({version}) is older than the one in use "
                      f"({current_version}).")
    if version == current_version and not recovering:
        return StationImport("reference", "duplicate", "البيانات المرجعية مستوردة من قبل.",
                             "This reference version is already in use.",
                             {"version": version, "fingerprint": fingerprint})
    _backup_first(ctx)
    with ctx.write(Permission.SYNC_IMPORT, "sync.reference") as tx:
        now_retired = _apply_reference(tx.session, content, reach, signer, ended)
        state_row = sync_state(tx.session, tx.station)
        state_row.reference_version, state_row.reference_at = version, tx.now
        state_row.revoked_stations = json.dumps(content.get("revoked") or [])
        _log(tx.session, bundle, "reference", tx.now)
        tx.note("sync.reference", {"version": version, "fingerprint": fingerprint,
                                   "letter": bool(expect), "retired_keys": now_retired})
    revoked_self = str(ctx.station.id) in (content.get("revoked") or [])
    return StationImport(
        "reference", "applied",
        f"استُوردت البيانات المرجعية (الإصدار {version}). بصمة مفتاح الوزارة: {fingerprint}"
        + (" — تطابق خطاب الوزارة." if expect else "")
        + (" تنبيه: مفتاح هذه المحطة ملغى لدى الوزارة." if revoked_self else ""),
        f"Reference data version {version} imported. Ministry key fingerprint: {fingerprint}"
        + (" — it matches the ministry's letter." if expect else ""),
        {"version": version, "fingerprint": fingerprint, "first_time": first_time,
         "letter": bool(expect), "retired_keys": now_retired, "revoked_self": revoked_self},
    )


def _apply_reference(session: Session, content: dict[str, Any], reach: dict[str, bytes],
                     signer: str, ended: set[str]) -> list[str]:
    """Take in a verified reference bundle; returns the signing keys it retired here. A key
    the chain ends, or no longer lists, is retired for good (``retired_keys``)."""
    chain_ids = {str(link.get("key_id")) for link in content.get("sign_keys") or []}
    for kid, public in reach.items():
        if kid in chain_ids and kid not in ended:
            add_trusted(session, SIGN, public)
    now_retired = []
    for row in trusted(session, SIGN):
        if row.key_id in ended or (row.key_id != signer and row.key_id not in chain_ids):
            row.retired = True
            now_retired.append(row.key_id)
    encrypt = content.get("encrypt_key") or {}
    if encrypt:
        key = add_trusted(session, ENCRYPT, crypto.unb64(str(encrypt["public"])))
        for row in trusted(session, ENCRYPT, include_retired=True):
            row.retired = row.key_id != key.key_id
    for item in content.get("municipalities") or []:
        place = session.get(Municipality, item["code"]) or Municipality(code=item["code"])
        place.name_ar, place.name_en = item["name_ar"], item["name_en"]
        place.region, place.district = item.get("region", ""), item.get("district", "")
        place.ministry_code = item.get("ministry_code", "")
        session.add(place)
    session.flush()
    for item in content.get("aliases") or []:
        if session.get(MunicipalityAlias, item["alias"]) is None:
            session.add(MunicipalityAlias(alias=item["alias"], code=item["code"]))
    for item in content.get("unit_types") or []:
        unit_type = session.get(UnitType, item["code"]) or UnitType(code=item["code"])
        unit_type.name_ar, unit_type.name_en = item["name_ar"], item["name_en"]
        unit_type.rank = int(item.get("rank", 0))
        session.add(unit_type)
    for list_name, items in (content.get("lists") or {}).items():
        for item in items:
            ref = session.get(ReferenceItem, (list_name, item["code"])) or ReferenceItem(
                list_name=list_name, code=item["code"])
            ref.name_ar, ref.name_en = item["name_ar"], item.get("name_en", "")
            ref.rank, ref.extra = int(item.get("rank", 0)), json.dumps(
                item.get("extra") or {}, ensure_ascii=False)
            session.add(ref)
    own = load_station(session)
    for item in content.get("stations") or []:
        _known_station(session, own, item)
    if content.get("header_lines"):
        setting = session.get(StationSetting, HEADER_LINES.key) or StationSetting(
            key=HEADER_LINES.key)
        setting.value = json.dumps(list(content["header_lines"]), ensure_ascii=False)
        session.add(setting)
    return now_retired


def _known_station(session: Session, own: Station, item: Any) -> None:
    """A station of this municipality, from the ministry's signed list."""
    try:
        station_id = uuid.UUID(str(item["station_id"]))
        municipality = str(item["municipality"])
        public = crypto.unb64(str(item["public_key"]))
        encrypt = crypto.unb64(str(item["encryption_key"])) if item.get("encryption_key") \
            else None
        name, revoked = str(item.get("name", ""))[:200], item.get("revoked", False)
        if not isinstance(revoked, bool):
            raise ValueError(revoked)
    except (KeyError, TypeError, ValueError):
        raise refused("قائمة المحطات في الحزمة المرجعية تالفة.",
                      "the reference bundle's list of stations is damaged.") from None
    if municipality != own.municipality_code or station_id == own.id or len(public) != 32:
        return
    row = session.get(KnownStation, station_id) or KnownStation(station_id=station_id)
    row.municipality_code, row.name, row.public_key = municipality, name, public
    row.encryption_key = encrypt if encrypt is not None and len(encrypt) == 32 else None
    row.revoked = revoked
    session.add(row)


def _open(ctx: AppContext, bundle: Bundle) -> PayloadReader:
    """Decrypt a payload sealed to this station's own encryption key."""
    sealed = bundle.manifest["payload"].get("sealed")
    if not isinstance(sealed, dict) or sealed.get("alg") != crypto.SEAL_ALG:
        raise refused("محتوى الحزمة غير مشفر كما يجب.", "the payload is not sealed.")
    private = station_private_keys(ctx).encryption
    if private is None or sealed.get("recipient") != crypto.key_id(
            crypto.encryption_public(private)):
        raise refused("الحزمة مشفرة لمفتاح لا تملكه هذه المحطة.",
                      "the bundle is encrypted to a key this station does not hold.")
    plaintext = crypto.open_sealed(private, crypto.Sealed(
        bundle.payload, crypto.unb64(str(sealed.get("ephemeral"))),
        crypto.unb64(str(sealed.get("nonce")))), bundle.bundle_id.encode())
    return PayloadReader(plaintext)


@dataclass(frozen=True)
class _Records:
    by_table: dict[str, list[dict[str, Any]]]
    blobs: list[tuple[str, bytes]]


def _read_records(reader: PayloadReader) -> _Records:
    """The records and attachments a payload carries, checked before anything is written (a
    refusal must not leave even a backup copy behind)."""
    by_table = read_records(reader)
    blobs = list(reader.blobs())
    for sha, blob in blobs:
        if hashlib.sha256(blob).hexdigest() != sha:
            raise refused("مرفق تالف داخل الحزمة.", "a damaged attachment in the bundle.")
    return _Records(by_table, blobs)


def _take_records(tx: Tx, bundle: Bundle, records: _Records,
                  origins: frozenset[uuid.UUID] | None, since: vectors.Vector,
                  knows: vectors.Vector) -> ApplyStats:
    """Apply relayed records at this station and raise what it holds of each writer."""
    stats = ApplyStats()
    apply_records(tx.session, travelling_tables(), records.by_table, rules=Rules(
        tx.station.municipality_code or "", origins, vectors.future_limit(tx.now)),
        bundle_id=bundle.bundle_id, stats=stats)
    for sha, blob in records.blobs:
        if tx.session.get(AttachmentBlob, sha) is None:
            tx.session.add(AttachmentBlob(sha256=sha, data=blob))
    held = vectors.read(tx.session, vectors.SELF)
    new = vectors.advance(held, since, knows, stats.refused_origins)
    new.pop(tx.station.id, None)  # its own writes are counted by its clock
    vectors.write(tx.session, vectors.SELF, new)
    tx.station.last_version = max(tx.station.last_version, stats.max_version)
    return stats


def _sibling(ctx: AppContext, bundle: Bundle) -> StationImport:
    """A bundle from another station of the same office, carried by hand."""
    manifest = bundle.manifest
    try:
        sender_id = uuid.UUID(str(manifest["station_id"]))
        to = uuid.UUID(str(manifest["to"]))
    except (KeyError, ValueError):
        raise refused("بيان الحزمة ناقص.", "the manifest is incomplete.") from None
    if to != ctx.station.id:
        raise refused("هذه الحزمة موجهة إلى محطة أخرى.", "this bundle is for another station.")
    with ctx.session() as session:
        sender = session.get(KnownStation, sender_id)
        siblings = frozenset(session.scalars(select(KnownStation.station_id).where(
            KnownStation.municipality_code == ctx.station.municipality_code)))
        if sender is not None:
            session.expunge(sender)
    if sender is None or sender.municipality_code != ctx.station.municipality_code:
        raise refused("المحطة المرسلة ليست من محطات هذه البلدية في البيانات المرجعية. استورد "
                      "آخر حزمة مرجعية من الوزارة.",
                      "the sending station is not one of this municipality's stations in the "
                      "reference data. Import the ministry's latest reference bundle.")
    if sender.revoked:
        raise refused("مفتاح المحطة المرسلة ملغى لدى الوزارة.",
                      "the sending station's key was revoked by the ministry.")
    if not bundle.signed_by(sender.public_key):
        raise refused("توقيع الحزمة غير صحيح: الحزمة معدّلة أو ليست من تلك المحطة.",
                      "the signature is invalid: the bundle was altered or is not from that "
                      "station.")
    if manifest.get("municipality") != ctx.station.municipality_code:
        raise refused("الحزمة لبلدية أخرى.", "the bundle is for another municipality.")
    since, knows = vectors.decode(manifest.get("since")), vectors.decode(manifest.get("knows"))
    bundle.check_payload()
    with ctx.session() as session:
        if session.get(BundleLog, bundle.bundle_id) is not None:
            return StationImport("sibling", "duplicate", "الحزمة مستوردة من قبل.",
                                 "This bundle was imported before.", {})
    records = _read_records(_open(ctx, bundle))
    _backup_first(ctx)
    with ctx.write(Permission.SYNC_IMPORT, "sync.sibling") as tx:
        stats = _take_records(tx, bundle, records, siblings | {tx.station.id}, since, knows)
        vectors.write(tx.session, str(sender_id), knows, replace=True)
        _log(tx.session, bundle, "sibling", tx.now, records=stats.inserted + stats.updated,
             sender=sender_id)
        tx.note("sync.sibling", {"from": str(sender_id), "inserted": stats.inserted,
                                 "updated": stats.updated, "conflicts": stats.conflicts,
                                 "rejected": len(stats.rejected)})
    return StationImport(
        "sibling", "applied",
        f"استُوردت حزمة المحطة «{sender.name}»: {stats.inserted} سجلاً جديداً، "
        f"{stats.updated} محدّثاً، {stats.conflicts} تعارضاً للمراجعة.",
        f"Bundle from station “{sender.name}” imported: {stats.inserted} new, "
        f"{stats.updated} updated, {stats.conflicts} conflicts to review.",
        {"from": str(sender_id), "inserted": stats.inserted, "updated": stats.updated,
         "unchanged": stats.unchanged, "conflicts": stats.conflicts,
         "rejected": stats.rejected})


def _receipt(ctx: AppContext, bundle: Bundle) -> StationImport:
    """A receipt or a reply. Every check comes before the backup copy: a refused receipt
    leaves nothing behind, not even a backup file or an audit entry."""
    untrusted = ("الإيصال ليس موقّعاً من الوزارة بمفتاح موثوق. استورد آخر حزمة مرجعية من "
                 "الوزارة ثم أعد المحاولة.",
                 "the receipt is not signed by a trusted ministry key. Import the latest "
                 "reference bundle first.")
    with ctx.session() as session:
        signer = ministry_signer(session, str(bundle.manifest.get("signer", "")),
                                 what_ar=untrusted[0], what_en=untrusted[1])
    if not bundle.signed_by(signer):
        raise refused(*untrusted)
    bundle.check_payload()
    sealed = "sealed" in bundle.manifest["payload"]
    reader = _open(ctx, bundle) if sealed else PayloadReader(bundle.payload)
    content: Any = reader.json("content.json")
    try:
        station_id = uuid.UUID(str(content["station_id"]))
        acked, acked_audit = int(content["acked_seq"]), int(content["acked_audit_seq"])
        confirmed = dt.datetime.fromisoformat(str(content["confirmed_at"]))
        if sealed:
            since = vectors.decode(content["since"])
            station_knows = vectors.decode(content["station_knows"])
            ministry_knows = vectors.decode(content["ministry_knows"])
            incarnation: int | None = int(content.get("incarnation", 0))
        else:  # a plain receipt of the first format does not say
            incarnation = None
    except (KeyError, TypeError, ValueError):
        raise refused("محتوى الإيصال ناقص.", "the receipt is incomplete.") from None
    if station_id != ctx.station.id or str(bundle.manifest.get("station_id")) != str(
            ctx.station.id):
        raise refused("هذا الإيصال لمحطة أخرى.", "this receipt is for another station.")
    with ctx.session() as session:
        if session.get(BundleLog, bundle.bundle_id) is not None:
            return StationImport("receipt", "duplicate", "الإيصال مستورد من قبل.",
                                 "This receipt was imported before.", {"acked_seq": acked})
        station = load_station(session)
        state = session.get(SyncState, station.id)
        _check_acked(acked, state.acked_seq if state is not None else 0, station.last_seq,
                     incarnation, station.incarnation)
    records = _read_records(reader) if sealed else None
    _backup_first(ctx)
    relayed = ApplyStats()
    with ctx.write(Permission.SYNC_IMPORT, "sync.receipt") as tx:
        state = sync_state(tx.session, tx.station)
        _check_acked(acked, state.acked_seq, tx.station.last_seq, incarnation,
                     tx.station.incarnation)  # the same checks, under the write lock
        state.acked_seq, state.acked_at = acked, confirmed
        state.acked_audit_seq = max(state.acked_audit_seq, acked_audit)
        if records is not None:
            relayed = _take_records(tx, bundle, records, None, since, station_knows)
            vectors.write(tx.session, vectors.MINISTRY, ministry_knows, replace=True)
            if incarnation == tx.station.incarnation and tx.station.restored_at is not None:
                vectors.write(tx.session, vectors.RESTORED, {tx.station.id: incarnation})
        for decision in content.get("decisions") or []:
            kind = DECISION_KINDS.get(str(decision.get("kind")))
            if kind is not None:
                kind.apply(tx.session, decision, tx.username)
        for item in content.get("rejected") or []:
            if isinstance(item, dict):
                tx.session.add(SyncRejection(
                    bundle_id=str(content.get("bundle_id", ""))[:40],
                    table_name=str(item.get("table", ""))[:64],
                    record_id=str(item.get("id", ""))[:40],
                    reason=str(item.get("reason", ""))[:2000], at=tx.now))
        _log(tx.session, bundle, "receipt", tx.now, seq_to=acked,
             records=relayed.inserted + relayed.updated)
        tx.note("sync.receipt", {"acked_seq": acked, "confirmed_at": confirmed.isoformat(),
                                 "relayed": relayed.inserted + relayed.updated,
                                 "conflicts": relayed.conflicts})
    when = confirmed.astimezone().strftime("%d/%m/%Y %H:%M")
    rejected = content.get("rejected") or []
    took = relayed.inserted + relayed.updated
    return StationImport(
        "receipt", "applied",
        f"أكدت الوزارة استلام البيانات حتى التسلسل {acked} بتاريخ {when}."
        + (f" وصل من محطات البلدية الأخرى {took} سجلاً." if took else "")
        + (f" {relayed.conflicts} تعارضاً للمراجعة." if relayed.conflicts else "")
        + (f" رُفض {len(rejected)} سجل؛ راجع التفاصيل." if rejected else ""),
        f"Confirmed by the ministry on {when} up to seq {acked}."
        + (f" {took} records came from the municipality's other stations." if took else "")
        + (f" {relayed.conflicts} conflicts to review." if relayed.conflicts else "")
        + (f" {len(rejected)} records were refused." if rejected else ""),
        {"acked_seq": acked, "confirmed_at": confirmed.isoformat(), "rejected": rejected,
         "counts": content.get("counts", {}), "relayed": took,
         "conflicts": relayed.conflicts},
    )


def _check_acked(acked: int, recorded: int, last_seq: int, incarnation: int | None,
                 current_incarnation: int) -> None:
    """What a receipt acknowledges only moves forward, within what this station made."""
    if incarnation is not None and incarnation < current_incarnation:
        raise refused(
            "تجاوزت الاستعادةُ هذا الإيصال: هو لحزمة صدرت قبل استعادة هذه المحطة من نسخة "
            "احتياطية. صدّر حزمة جديدة واستورد ردّ الوزارة عليها.",
            "this receipt was overtaken by a restore: it answers a bundle sent before this "
            "station was restored from a backup. Export a new bundle and import the "
            "ministry's reply to it.")
    if acked < recorded:
        raise refused(
            f"الإيصال أقدم مما استُورد: يؤكد حتى التسلسل {acked} وقد أكدت الوزارة حتى "
            f"{recorded}. لا حاجة إليه.",
            f"the receipt is older than one already imported: it confirms up to seq {acked}, "
            f"the ministry already confirmed up to {recorded}. It is not needed.")
    if acked > last_seq:
        raise refused("الإيصال يؤكد تغييرات لم تصدر عن هذه المحطة.",
                      "the receipt acknowledges changes this station never made.")


def _log(session: Session, bundle: Bundle, kind: str, now: dt.datetime, seq_to: int = 0,
         records: int = 0, sender: uuid.UUID | None = None) -> None:
    session.add(BundleLog(bundle_id=bundle.bundle_id, kind=kind, direction="in",
                          station_id=sender, seq_to=seq_to, records=records,
                          sha256=hashlib.sha256(
                              bundle.signed_part + bundle.signature + bundle.payload).hexdigest(),
                          at=now))


def _backup_first(ctx: AppContext) -> None:
    if ctx.paths.db_path is not None:
        run_backup(ctx, reason="before-import")


def import_bundle(ctx: AppContext, data: bytes, *, expect_fingerprint: str | None = None,
                  ) -> StationImport:
    """Take in a receipt or a reference bundle; anything else, or anything doubtful, is refused."""
    ctx.require(Permission.SYNC_IMPORT)
    bundle = container.decode(data)
    if bundle.kind == "reference":
        bundle.check_payload()
        return _reference(ctx, bundle, expect_fingerprint)
    if bundle.kind == "receipt":
        return _receipt(ctx, bundle)
    if bundle.kind == "sibling":
        return _sibling(ctx, bundle)
    if bundle.kind == "update":
        ready = take_update(ctx, bundle, ctx.paths.data_dir / "updates")
        return StationImport(
            "update", "ready",
            f"تحديث موقّع من الوزارة إلى الإصدار {ready.version} جاهز. أغلق البرنامج ثم شغّل "
            f"المثبّت: {ready.installer}",
            f"A ministry-signed update to version {ready.version} is ready. Close the app and "
            f"run the installer: {ready.installer}",
            {"version": ready.version, "installer": str(ready.installer), "notes": ready.notes})
    raise refused("هذه الحزمة موجهة إلى الوزارة ولا تُستورد في محطة بلدية.",
                  "this bundle is for the ministry; a municipal station does not import it.")


def import_file(ctx: AppContext, path: Path, **kwargs: Any) -> StationImport:
    data = container.read_bundle(path)  # measured before it is read
    return import_bundle(ctx, data, **kwargs)

