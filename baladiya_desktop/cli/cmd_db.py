"""``backup``, ``restore``, ``db upgrade``, ``db check``, ``audit verify``."""

from __future__ import annotations

import argparse
from pathlib import Path

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.core import maintenance
from baladiya_desktop.core.migrate import current_revision


def cmd_backup(cli: Cli) -> int:
    ctx = cli.login()
    out = Path(cli.args.out) if cli.args.out else None
    path = maintenance.run_backup(ctx, out)
    cli.emit({"path": str(path)}, f"حُفظت النسخة الاحتياطية / backup written: {path}")
    return 0


def cmd_restore(cli: Cli) -> int:
    ctx = cli.login_admin()
    result = maintenance.restore(ctx, Path(cli.args.file), as_new_station=cli.args.as_new_station)
    taken = result.taken_at.strftime("%Y-%m-%d %H:%M")
    data = {
        "restored_from": cli.args.file, "backup_taken_at": result.taken_at,
        "previous_saved_as": str(result.safety_copy) if result.safety_copy else None,
        "station_id": result.station_id, "incarnation": result.incarnation,
        "new_station": result.new_station, "needs_enrollment": result.needs_enrollment,
        "previous_station_id": result.previous_station_id, "fingerprint": result.fingerprint,
    }
    lines = [
        f"استُعيدت قاعدة البيانات من {cli.args.file} (نسخة {taken}).",
        f"Restored from {cli.args.file} (backup of {taken}).",
        f"The previous state was saved as / حُفظت الحالة السابقة في: {result.safety_copy}",
    ]
    if result.new_station:
        lines += [
            f"صارت البيانات محطة جديدة معرّفها {result.station_id}. لا ترسل بياناتها إلى الوزارة "
            "قبل تسجيلها: اصنع حزمة التسجيل (baladiya bundle enrollment --out DIR) وسلّمها مع "
            "نموذج التسجيل المطبوع.",
            f"The data is now a new station, {result.station_id}. It needs enrollment before "
            "it can send: make its enrollment bundle (baladiya bundle enrollment --out DIR) "
            "and take it with the printed enrollment form to the ministry.",
            f"Key fingerprint / بصمة المفتاح: {result.fingerprint}",
        ]
    else:
        lines.append(f"المحطة في دورتها رقم {result.incarnation} بعد الاستعادة / "
                     f"the station is now in incarnation {result.incarnation}")
    cli.emit(data, "\n".join(lines))
    return 0


def cmd_upgrade(cli: Cli) -> int:
    ctx = cli.login_admin()  # opening upgrades, after a backup copy
    revision = current_revision(ctx.engine)
    cli.emit({"schema": revision}, f"قاعدة البيانات محدّثة / schema is current: {revision}")
    return 0


def cmd_check(cli: Cli) -> int:
    ctx = cli.login_admin()
    report = maintenance.check_database(ctx)
    data = {
        "ok": report.ok, "integrity": report.integrity, "foreign_keys": report.foreign_keys,
        "audit_ok": report.audit.ok, "audit_entries": report.audit.entries,
        "schema": report.schema_current, "schema_head": report.schema_head,
        "problems": report.problems,
    }
    if report.ok:
        cli.emit(data, f"قاعدة البيانات سليمة / database OK ({report.audit.entries} audit entries)")
        return 0
    cli.emit(data, "\n".join(["مشكلات في قاعدة البيانات / problems found:", *report.problems]))
    return 1


def cmd_audit_verify(cli: Cli) -> int:
    ctx = cli.login_admin()
    report = maintenance.verify_audit(ctx)
    data = {"ok": report.ok, "entries": report.entries, "broken_seq": report.broken_seq,
            "reason": report.reason_en}
    if report.ok:
        cli.emit(data, f"سجل التدقيق سليم / audit chain OK: {report.entries} entries")
        return 0
    cli.emit(data, f"{report.reason_ar}\n{report.reason_en}\nfirst broken entry: "
                   f"{report.broken_seq}")
    return 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="back up the database")
    p.add_argument("--out", help="write the backup to this file")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup of this station "
                                       "(backs up first; administrator)")
    p.add_argument("file")
    p.add_argument("--as-new-station", action="store_true",
                   help="a backup of another station of the municipality: the data becomes a "
                        "new station (new key), to be enrolled before it sends")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("db", help="schema upgrade and integrity check (administrator)")
    s = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    s.add_parser("upgrade", help="upgrade an older database").set_defaults(handler=cmd_upgrade)
    s.add_parser("check", help="integrity, foreign keys, audit chain, schema").set_defaults(
        handler=cmd_check)

    p = sub.add_parser("audit", help="the audit log")
    s = p.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    s.add_parser("verify", help="check the hash chain").set_defaults(handler=cmd_audit_verify)
