"""``ministry init|reference-bundle|enroll|import|stations|conflicts|revoke|rotate-keys|
revoke-key``."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from baladiya_desktop.cli.cmd_bundle import _folder
from baladiya_desktop.cli.cmd_users import recovery_text
from baladiya_desktop.cli.common import Cli
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.database import storage_error_from
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.users import new_recovery_code
from baladiya_desktop.sync import enrollment, ministry
from baladiya_desktop.sync.container import read_bundle
from baladiya_desktop.sync.ingest import backup_before_import, ingest
from baladiya_desktop.sync.receipts import write_receipt
from baladiya_desktop.sync.reference_bundle import write_reference_bundle
from baladiya_desktop.sync.update_bundle import write_update_bundle


def cmd_init(cli: Cli) -> int:
    target = cli.target()
    code = new_recovery_code()
    ctx = ministry.init_ministry(
        target, name=cli.args.name, admin_username=cli.args.admin,
        admin_password=cli.password("كلمة مرور المدير", "Administrator password"),
        recovery_code=code, key_passphrase=cli.key_passphrase(prompt=True))
    fingerprint = ministry.signing_fingerprint(ctx)
    cli.emit({"database": str(target.db_path or target.url), "fingerprint": fingerprint,
              "recovery_code": code},
             f"أُنشئت قاعدة بيانات الوزارة.\nMinistry database created.\n"
             f"بصمة مفتاح الوزارة (تُرسل في خطاب رسمي إلى البلديات):\n{fingerprint}\n"
             f"{recovery_text(code)}")
    ctx.engine.dispose()
    return 0


def cmd_reference(cli: Cli) -> int:
    ctx = cli.login()
    ministry.require_ministry(ctx)
    path, version, fingerprint = write_reference_bundle(ctx, _folder(cli.args.out))
    cli.emit({"path": str(path), "version": version, "fingerprint": fingerprint},
             f"الحزمة المرجعية (الإصدار {version}): {path}\nMinistry key fingerprint: "
             f"{fingerprint}")
    return 0


def cmd_enroll(cli: Cli) -> int:
    ctx = cli.login()
    ministry.require_ministry(ctx)
    data = read_bundle(Path(cli.args.file))
    result = enrollment.enroll(ctx, data, cli.args.fingerprint)
    cli.emit({"station_id": result.station_id, "municipality": result.municipality,
              "name": result.name, "fingerprint": result.fingerprint},
             f"سُجّلت المحطة «{result.name}» للبلدية {result.municipality}.\nStation enrolled.")
    return 0


def cmd_import(cli: Cli) -> int:
    ctx = cli.login()
    ministry.require_ministry(ctx)
    receipts = _folder(cli.args.receipts) if cli.args.receipts else None
    backup_before_import(ctx)
    results = [_import_one(cli, ctx, name, receipts) for name in cli.args.files]
    cli.emit(results, lambda: "\n".join(_line(r) for r in results))
    refused = sum(r["status"] == "refused" for r in results)
    unwritten = sum("receipt_error" in r for r in results)
    if refused:
        cli.say(f"رُفضت {refused} من الحزم، ولم تغيّر شيئاً.\n"
                f"{refused} bundle(s) refused; they changed nothing.")
    if unwritten:
        cli.say(f"استُوردت {unwritten} من الحزم لكن إيصالاتها لم تُكتب: استورد الملفات نفسها مرة "
                "أخرى مع --receipts على ذاكرة سليمة؛ الاستيراد الثاني لا يغيّر البيانات ويكتب "
                f"الإيصالات.\n{unwritten} bundle(s) imported, but their receipts could not be "
                "written: import the same files again with --receipts on a stick that works; "
                "a second import changes no data and writes the receipts.")
    return 1 if refused or unwritten else 0


def _import_one(cli: Cli, ctx: AppContext, name: str, receipts: Path | None
                ) -> dict[str, Any]:
    """One bundle of the run, on its own: its refusal or its unwritten receipt stops no other
    bundle and hides nothing of what was applied."""
    try:
        result = ingest(ctx, read_bundle(Path(name)))
    except (UserError, DBAPIError) as exc:
        error = exc if isinstance(exc, UserError) else storage_error_from(exc)
        if error is None:
            raise
        cli.say(f"{name}: {error.message_ar}\n{name}: {error.message_en}")
        return {"file": name, "status": "refused", "reason": error.message_ar,
                "reason_en": error.message_en}
    item: dict[str, Any] = {
        "file": name, "status": result.status, "bundle_id": result.bundle_id,
        "station_id": result.station_id, "municipality": result.municipality,
        "seq_from": result.seq_from, "seq_to": result.seq_to,
        "acked_seq": result.acked_seq, "inserted": result.stats.inserted,
        "updated": result.stats.updated, "unchanged": result.stats.unchanged,
        "conflicts": result.stats.conflicts, "rejected": result.stats.rejected,
        "history_alert": result.history_alert}
    if receipts is not None:
        try:
            item["receipt"] = str(write_receipt(ctx, result, receipts))
        except UserError as exc:
            item.update(receipt=None, receipt_error=exc.message_ar,
                        receipt_error_en=exc.message_en)
            cli.say(f"{name}: استُوردت الحزمة لكن إيصالها لم يُكتب: {exc.message_ar}\n"
                    f"{name}: imported, but its receipt could not be written: "
                    f"{exc.message_en}")
    return item


def _line(item: dict[str, Any]) -> str:
    if item["status"] == "refused":
        return f"{item['file']}: refused — {item['reason_en']}"
    line = f"{item['file']}: {item['status']} (+{item['inserted']} ~{item['updated']})"
    if "receipt_error" in item:
        line += f" — receipt not written: {item['receipt_error_en']}"
    return line


def cmd_stations(cli: Cli) -> int:
    ctx = cli.login()
    rows = ministry.stations(ctx)
    data = [{"municipality": r.municipality_code, "municipality_name": r.municipality_name,
             "station_id": r.station_id, "station": r.station_name,
             "last_bundle_at": r.last_bundle_at, "applied_seq": r.applied_seq,
             "days_since_contact": r.days_since_contact(), "revoked": r.revoked,
             "history_alert": r.history_alert} for r in rows if not cli.args.enrolled or
            r.station_id]

    def line(d: dict[str, Any]) -> str:
        days = d["days_since_contact"]
        return (f"{d['municipality']}\t{d['municipality_name']}\t{d['station'] or '—'}\t"
                f"seq {d['applied_seq']}\t{'—' if days is None else f'{days} d'}")

    cli.emit(data, lambda: "\n".join(line(d) for d in data))
    return 0


def cmd_conflicts(cli: Cli) -> int:
    ctx = cli.login()
    rows = ministry.conflicts(ctx, open_only=not cli.args.all)
    data = [{"id": c.id, "table": c.table_name, "record_id": c.record_id,
             "municipality": c.municipality_code, "winner_station": c.winner_station,
             "loser_station": c.loser_station, "resolved_by": c.resolved_by} for c in rows]
    cli.emit(data, lambda: "\n".join(
        f"{d['id']}\t{d['municipality']}\t{d['table']}\t{d['record_id']}" for d in data)
        or "لا توجد تعارضات / no conflicts")
    return 0


def cmd_conflict_show(cli: Cli) -> int:
    """``ministry conflicts show ID``: one conflict with both states (sync.status)."""
    import json

    from baladiya_desktop.cli.cmd_sync import conflict_json
    from baladiya_desktop.core.errors import NotFound
    from baladiya_desktop.sync import status

    ctx = cli.login()
    found = next((c for c in status.conflicts(ctx, open_only=False) if c.id == cli.args.id),
                 None)  # fmt: skip
    if found is None:
        raise NotFound("التعارض غير موجود.", "No such conflict.")
    data = conflict_json(found)
    cli.emit(data, lambda: json.dumps(data, ensure_ascii=False, indent=2, default=str))
    return 0


def cmd_conflict_resolve(cli: Cli) -> int:
    """``ministry conflicts resolve ID --note``: what was done about it (sync.status)."""
    from baladiya_desktop.cli.cmd_sync import conflict_json
    from baladiya_desktop.sync import status

    ctx = cli.login()
    found = status.resolve_conflict(ctx, cli.args.id, cli.args.note)
    cli.emit(conflict_json(found), "سُجّلت مراجعة التعارض.\nConflict marked as reviewed.")
    return 0


def cmd_revoke(cli: Cli) -> int:
    ctx = cli.login()
    ministry.require_ministry(ctx)
    try:
        station_id = uuid.UUID(cli.args.station)
    except ValueError:
        raise UserError("معرّف المحطة غير صالح.", "Invalid station id.") from None
    enrollment.revoke(ctx, station_id)
    cli.emit({"station_id": station_id, "revoked": True},
             "أُلغي مفتاح المحطة؛ ستصل المعلومة إلى البلديات في الحزمة المرجعية القادمة.\n"
             "Station key revoked; stations learn it from the next reference bundle.")
    return 0


def cmd_rotate(cli: Cli) -> int:
    ctx = cli.login()
    fingerprint = ministry.rotate_keys(ctx)
    cli.emit({"fingerprint": fingerprint},
             f"مفاتيح جديدة للوزارة. البصمة الجديدة: {fingerprint}\nNew ministry keys; send a "
             "reference bundle so stations follow.")
    return 0


def cmd_revoke_key(cli: Cli) -> int:
    ctx = cli.login()
    kid = ministry.revoke_key(ctx, cli.args.key)
    fingerprint = ministry.signing_fingerprint(ctx)
    cli.emit({"key_id": kid, "revoked": True, "fingerprint": fingerprint},
             f"أُلغي مفتاح الوزارة {kid}. أرسل حزمة مرجعية جديدة، وأرسل إلى البلديات في خطاب "
             f"رسمي بصمة المفتاح الحالي ليكتبها الموظف عند استيرادها:\n{fingerprint}\n"
             f"Ministry key {kid} revoked. Send a new reference bundle, and send the stations "
             "the current key's fingerprint in an official letter, to be typed when they "
             "import it.")
    return 0


def cmd_update(cli: Cli) -> int:
    ctx = cli.login()
    ministry.require_ministry(ctx)
    path = write_update_bundle(ctx, Path(cli.args.installer), cli.args.version,
                               _folder(cli.args.out), cli.args.notes or "")
    cli.emit({"path": str(path), "version": cli.args.version},
             f"حزمة التحديث / update bundle: {path}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ministry", help="the ministry's consolidation")
    s = p.add_subparsers(dest="ministry_command", required=True, metavar="ACTION")
    a = s.add_parser("init", help="a ministry database with the ministry's keys, protected by "
                     "a key passphrase (BALADIYA_KEY_PASSPHRASE or the line after the password)")
    a.add_argument("--name", required=True)
    a.add_argument("--admin", required=True)
    a.set_defaults(handler=cmd_init)
    a = s.add_parser("reference-bundle", help="the signed reference bundle for stations")
    a.add_argument("--out", required=True)
    a.set_defaults(handler=cmd_reference)
    a = s.add_parser("enroll", help="trust a station after the paper fingerprint check")
    a.add_argument("file")
    a.add_argument("--fingerprint", required=True)
    a.set_defaults(handler=cmd_enroll)
    a = s.add_parser("import", help="verify, decrypt and apply data bundles")
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--receipts", metavar="DIR", help="write a signed receipt for each bundle")
    a.set_defaults(handler=cmd_import)
    a = s.add_parser("stations", help="municipalities, stations, last contact")
    a.add_argument("--enrolled", action="store_true", help="only enrolled stations")
    a.set_defaults(handler=cmd_stations)
    a = s.add_parser("conflicts", help="losing states kept for review; show ID, resolve ID")
    a.add_argument("--all", action="store_true", help="include reviewed ones")
    a.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help=argparse.SUPPRESS)  # fmt: skip
    a.set_defaults(handler=cmd_conflicts)
    c = a.add_subparsers(dest="conflicts_command", metavar="ACTION")
    b = c.add_parser("show", help="one conflict with both states")
    b.add_argument("id", type=int)
    b.set_defaults(handler=cmd_conflict_show)
    b = c.add_parser("resolve", help="record what was done about a conflict")
    b.add_argument("id", type=int)
    b.add_argument("--note", required=True, help="kept the winner, merged, renumbered…")
    b.set_defaults(handler=cmd_conflict_resolve)
    a = s.add_parser("revoke", help="revoke a lost or stolen station's key")
    a.add_argument("station")
    a.set_defaults(handler=cmd_revoke)
    s.add_parser("rotate-keys", help="new ministry keys, endorsed by the old").set_defaults(
        handler=cmd_rotate)
    a = s.add_parser("revoke-key", help="declare a retired ministry signing key compromised")
    a.add_argument("key", metavar="KEY_ID", help="the key's id or its fingerprint")
    a.set_defaults(handler=cmd_revoke_key)
    a = s.add_parser("update-bundle", help="a new version's installer, signed for stations")
    a.add_argument("--installer", required=True)
    a.add_argument("--version", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--notes")
    a.set_defaults(handler=cmd_update)
