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

from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.maintenance import run_backup
from baladiya_desktop.core.municipalities import Municipality, MunicipalityAlias
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.reference import ReferenceItem
from baladiya_desktop.core.settings import HEADER_LINES, StationSetting
from baladiya_desktop.domain.org.models import UnitType
from baladiya_desktop.sync import container, crypto
from baladiya_desktop.sync import decisions as _decisions  # noqa: F401  (registers)
from baladiya_desktop.sync.container import Bundle
from baladiya_desktop.sync.errors import refused
from baladiya_desktop.sync.hooks import DECISION_KINDS
from baladiya_desktop.sync.keys import ENCRYPT, SIGN, add_trusted, sync_state, trusted
from baladiya_desktop.sync.models import BundleLog, SyncState
from baladiya_desktop.sync.payload import PayloadReader
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


def _follow_chain(known: dict[str, bytes], chain: list[dict[str, Any]]) -> dict[str, bytes]:
    """Keys reachable from the trusted ones through endorsements, in order."""
    reach = dict(known)
    for link in chain:
        try:
            kid, public = str(link["key_id"]), crypto.unb64(str(link["public"]))
        except (KeyError, TypeError):
            raise refused("سلسلة مفاتيح الوزارة تالفة.", "the ministry's key chain is damaged.") \
                from None
        if crypto.key_id(public) != kid:
            raise refused("سلسلة مفاتيح الوزارة تالفة.", "the ministry's key chain is damaged.")
        endorser = reach.get(str(link.get("endorsed_by", "")))
        if kid not in reach and endorser is not None and crypto.verify(
                endorser, crypto.unb64(str(link.get("signature", ""))), b"endorse:" + public):
            reach[kid] = public
    return reach


def _reference(ctx: AppContext, bundle: Bundle, expect: str | None) -> StationImport:
    content: Any = PayloadReader(bundle.payload).json("content.json")
    if not isinstance(content, dict) or not isinstance(content.get("version"), int):
        raise refused("محتوى الحزمة المرجعية ناقص.", "the reference content is incomplete.")
    signer = str(bundle.manifest.get("signer", ""))
    chain = content.get("sign_keys") or []
    with ctx.session() as session:
        known = {k.key_id: k.public_key for k in trusted(session, SIGN)}
        state = session.get(SyncState, ctx.station.id)
        current_version = state.reference_version if state is not None else 0
    first_time = not known
    if first_time:
        by_id = {str(link.get("key_id")): link for link in chain}
        if signer not in by_id:
            raise refused("مفتاح توقيع الوزارة غير موجود في الحزمة.",
                          "the ministry's signing key is not in the bundle.")
        public = crypto.unb64(str(by_id[signer]["public"]))
        if crypto.key_id(public) != signer:
            raise refused("مفتاح توقيع الوزارة تالف.", "the ministry's signing key is damaged.")
        known = {signer: public}
    reach = _follow_chain(known, chain)
    if signer not in reach or not bundle.signed_by(reach[signer]):
        raise refused("الحزمة المرجعية ليست موقّعة من الوزارة بمفتاح موثوق.",
                      "the reference bundle is not signed by a trusted ministry key.")
    fingerprint = crypto.fingerprint(reach[signer])
    if expect and _normal(expect) != _normal(fingerprint):
        raise refused("بصمة مفتاح الوزارة لا تطابق البصمة في خطاب الوزارة.",
                      "the ministry key's fingerprint does not match the letter.")
    version = content["version"]
    if version < current_version:
        raise refused(f"هذه نسخة أقدم ({version}) من البيانات المرجعية الموجودة "
                      f"({current_version}).",
                      f"this reference version ({version}) is older than the one in use "
                      f"({current_version}).")
    if version == current_version:
        return StationImport("reference", "duplicate", "البيانات المرجعية مستوردة من قبل.",
                             "This reference version is already in use.",
                             {"version": version, "fingerprint": fingerprint})
    _backup_first(ctx)
    with ctx.write(Permission.SYNC_IMPORT, "sync.reference") as tx:
        _apply_reference(tx.session, content, reach, signer)
        state_row = sync_state(tx.session, tx.station)
        state_row.reference_version, state_row.reference_at = version, tx.now
        state_row.revoked_stations = json.dumps(content.get("revoked") or [])
        _log(tx.session, bundle, "reference", tx.now)
        tx.note("sync.reference", {"version": version, "fingerprint": fingerprint})
    revoked_self = str(ctx.station.id) in (content.get("revoked") or [])
    return StationImport(
        "reference", "applied",
        f"استُوردت البيانات المرجعية (الإصدار {version}). بصمة مفتاح الوزارة: {fingerprint}"
        + (" — قارنها بخطاب الوزارة." if first_time else "")
        + (" تنبيه: مفتاح هذه المحطة ملغى لدى الوزارة." if revoked_self else ""),
        f"Reference data version {version} imported. Ministry key fingerprint: {fingerprint}"
        + (" — compare it with the ministry's letter." if first_time else ""),
        {"version": version, "fingerprint": fingerprint, "first_time": first_time,
         "revoked_self": revoked_self},
    )


def _apply_reference(session: Session, content: dict[str, Any], reach: dict[str, bytes],
                     signer: str) -> None:
    chain_ids = {str(link.get("key_id")) for link in content.get("sign_keys") or []}
    for kid, public in reach.items():
        if kid in chain_ids:
            add_trusted(session, SIGN, public)
    for row in trusted(session, SIGN):
        row.retired = row.key_id != signer and row.key_id not in chain_ids
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
    if content.get("header_lines"):
        setting = session.get(StationSetting, HEADER_LINES.key) or StationSetting(
            key=HEADER_LINES.key)
        setting.value = json.dumps(list(content["header_lines"]), ensure_ascii=False)
        session.add(setting)


def _receipt(ctx: AppContext, bundle: Bundle) -> StationImport:
    with ctx.session() as session:
        keys = {k.key_id: k.public_key for k in trusted(session, SIGN)}
    signer = keys.get(str(bundle.manifest.get("signer", "")))
    if signer is None or not bundle.signed_by(signer):
        raise refused("الإيصال ليس موقّعاً من الوزارة بمفتاح موثوق. استورد آخر حزمة مرجعية "
                      "من الوزارة ثم أعد المحاولة.",
                      "the receipt is not signed by a trusted ministry key. Import the latest "
                      "reference bundle first.")
    bundle.check_payload()
    content: Any = PayloadReader(bundle.payload).json("content.json")
    try:
        station_id = uuid.UUID(str(content["station_id"]))
        acked, acked_audit = int(content["acked_seq"]), int(content["acked_audit_seq"])
        confirmed = dt.datetime.fromisoformat(str(content["confirmed_at"]))
    except (KeyError, TypeError, ValueError):
        raise refused("محتوى الإيصال ناقص.", "the receipt is incomplete.") from None
    if station_id != ctx.station.id:
        raise refused("هذا الإيصال لمحطة أخرى.", "this receipt is for another station.")
    with ctx.session() as session:
        if session.get(BundleLog, bundle.bundle_id) is not None:
            return StationImport("receipt", "duplicate", "الإيصال مستورد من قبل.",
                                 "This receipt was imported before.", {"acked_seq": acked})
    _backup_first(ctx)
    with ctx.write(Permission.SYNC_IMPORT, "sync.receipt") as tx:
        if acked > tx.station.last_seq:
            raise refused("الإيصال يؤكد تغييرات لم تصدر عن هذه المحطة.",
                          "the receipt acknowledges changes this station never made.")
        state = sync_state(tx.session, tx.station)
        if acked >= state.acked_seq:
            state.acked_seq, state.acked_at = acked, confirmed
            state.acked_audit_seq = max(state.acked_audit_seq, acked_audit)
        for decision in content.get("decisions") or []:
            kind = DECISION_KINDS.get(str(decision.get("kind")))
            if kind is not None:
                kind.apply(tx.session, decision, tx.username)
        _log(tx.session, bundle, "receipt", tx.now, seq_to=acked)
        tx.note("sync.receipt", {"acked_seq": acked, "confirmed_at": confirmed.isoformat()})
    when = confirmed.astimezone().strftime("%d/%m/%Y %H:%M")
    rejected = content.get("rejected") or []
    return StationImport(
        "receipt", "applied",
        f"أكدت الوزارة استلام البيانات حتى التسلسل {acked} بتاريخ {when}."
        + (f" رُفض {len(rejected)} سجل؛ راجع التفاصيل." if rejected else ""),
        f"Confirmed by the ministry on {when} up to seq {acked}."
        + (f" {len(rejected)} records were refused." if rejected else ""),
        {"acked_seq": acked, "confirmed_at": confirmed.isoformat(), "rejected": rejected,
         "counts": content.get("counts", {})},
    )


def _log(session: Session, bundle: Bundle, kind: str, now: dt.datetime, seq_to: int = 0) -> None:
    session.add(BundleLog(bundle_id=bundle.bundle_id, kind=kind, direction="in",
                          seq_to=seq_to, sha256=hashlib.sha256(
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
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"تعذرت قراءة الملف {path}: {exc.strerror}",
                        f"Could not read {path}: {exc.strerror}") from exc
    return import_bundle(ctx, data, **kwargs)

