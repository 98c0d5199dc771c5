"""``backup``, ``restore``, ``db upgrade``, ``db check``, ``audit verify``."""

from __future__ import annotations

import argparse
from pathlib import Path

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.core import maintenance
from baladiya_desktop.core.audit import verify_chain
from baladiya_desktop.core.migrate import current_revision


def cmd_backup(cli: Cli) -> int:
    ctx = cli.login()
    out = Path(cli.args.out) if cli.args.out else None
    path = maintenance.run_backup(ctx, out)
    cli.emit({"path": str(path)}, f"حُفظت النسخة الاحتياطية / backup written: {path}")
    return 0


def cmd_restore(cli: Cli) -> int:
    ctx = cli.login()
    safety = maintenance.restore(ctx, Path(cli.args.file))
    cli.emit(
        {"restored_from": cli.args.file, "previous_saved_as": str(safety) if safety else None},
        f"استُعيدت قاعدة البيانات من {cli.args.file}\nRestored. The previous state was saved "
        f"as {safety}",
    )
    return 0


def cmd_upgrade(cli: Cli) -> int:
    ctx = cli.open()  # opening upgrades, after a backup copy
    revision = current_revision(ctx.engine)
    cli.emit({"schema": revision}, f"قاعدة البيانات محدّثة / schema is current: {revision}")
    return 0


def cmd_check(cli: Cli) -> int:
    ctx = cli.open()
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
    ctx = cli.open()
    with ctx.session() as session:
        report = verify_chain(session)
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

    p = sub.add_parser("restore", help="replace the database with a backup (backs up first)")
    p.add_argument("file")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("db", help="schema upgrade and integrity check")
    s = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    s.add_parser("upgrade", help="upgrade an older database").set_defaults(handler=cmd_upgrade)
    s.add_parser("check", help="integrity, foreign keys, audit chain, schema").set_defaults(
        handler=cmd_check)

    p = sub.add_parser("audit", help="the audit log")
    s = p.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    s.add_parser("verify", help="check the hash chain").set_defaults(handler=cmd_audit_verify)
