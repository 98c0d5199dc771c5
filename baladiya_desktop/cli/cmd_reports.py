"""``report list`` · ``report NAME [--id ID] [--from D] [--to D] --out FILE.pdf`` · ``verify``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from baladiya_desktop.cli.common import Cli, UsageError
from baladiya_desktop.core.dates import parse_date
from baladiya_desktop.reports.registry import FormOptions, all_forms, check_request, get_form
from baladiya_desktop.reports.verification import VerifyResult, verify
from baladiya_desktop.sync.printouts import enrolled_keys, revocations


def cmd_list(cli: Cli) -> int:
    forms = all_forms()
    data = [{"name": f.name, "title": f.title_ar, "needs_id": f.needs_id} for f in forms]
    cli.emit(
        data,
        lambda: "\n".join(
            f"{f.name}\t{f.title_ar}\t{f.title_en}{'  (--id)' if f.needs_id else ''}" for f in forms
        ),
    )
    return 0


def _date(value: str | None, field: str) -> dt.date | None:
    return None if value is None else parse_date(value, field=field).value


def cmd_report(cli: Cli) -> int:
    if cli.args.name == "list":
        return cmd_list(cli)
    spec = get_form(cli.args.name)
    options = FormOptions(_date(cli.args.date_from, "from"), _date(cli.args.date_to, "to"))
    check_request(spec, cli.args.id, options)  # refuse before asking for a password
    if not cli.args.out:
        raise UsageError("the form needs --out FILE.pdf")
    ctx = cli.login()
    result = spec.build(ctx, cli.args.id, Path(cli.args.out), options=options)
    cli.emit(
        {
            "path": str(result.path),
            "pages": result.pages,
            "qr": result.qr,
            "reference": result.reference,
            "form": result.form,
            "record": result.key,
        },
        f"{result.path}\n"
        f"طُبع «{spec.title_ar}» في {result.pages} صفحة، الرقم الإشاري {result.reference}\n"
        f"Printed '{spec.title_en}': {result.pages} page(s), reference {result.reference}",
    )
    return 0


def cmd_verify(cli: Cli) -> int:
    ctx = cli.open()
    if cli.args.user or cli.args.password_stdin:
        ctx = cli.login()  # accepted, never required: verifying reads no personal data
    result = verify(ctx, cli.args.qr_text, others=enrolled_keys(ctx), revoked=revocations(ctx))
    details = result.details
    cli.emit(
        {
            "status": result.status,
            "ok": result.ok,
            "form": details.get("form"),
            "record": details.get("record"),
            "message": result.message_ar,
            "message_en": result.message_en,
            "printed_at": details.get("printed_at"),
            "station": details.get("station"),
            "old_format": details.get("old_format"),
            "data_status": details.get("data_status", result.status),
            "content": details.get("content", []),
            "changed_fields": details.get("changed_fields", []),
            "flags": [
                {"code": f.code, "message": f.message_ar, "message_en": f.message_en}
                for f in result.flags
            ],
        },
        lambda: _verify_text(result),
    )
    return 0 if result.ok else 1


def _verify_text(result: VerifyResult) -> str:
    """Flags first (what must not be accepted), the verdict, then the paper's content beside
    the record's: Arabic lines, then English ones."""
    lines = [f"!! {f.message_ar}\n!! {f.message_en}" for f in result.flags]
    lines.append(f"{result.message_ar}\n{result.message_en}")
    content = result.details.get("content") or []
    if content:
        lines.append("ما تشهد به الورقة (الورقة | السجل الآن):")
        lines += [_fact(row, "label_ar", "تغيّر") for row in content]
        lines.append("What the paper certifies (paper | record now):")
        lines += [_fact(row, "label_en", "changed") for row in content]
    return "\n".join(lines)


def _fact(row: dict[str, Any], label: str, changed: str) -> str:
    paper = row["paper_text"] if row["paper_text"] is not None else "—"
    current = row["current_text"] if row["current_text"] is not None else "—"
    mark = f"  [{changed}]" if row["changed"] else ""
    return f"  {row[label]}: {paper} | {current}{mark}"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report",
        help="printed forms: `report list`, or `report NAME --out FILE.pdf`",
        description="Print a form to PDF. `baladiya report list` shows the forms.",
    )
    p.add_argument("name", metavar="NAME", help="a form name from `report list`, or `list`")
    p.add_argument("--id", help="the record, for forms printed for one record: its id or the "
                   "number on the paper (case number, national number, BOOK/SERIAL, project "
                   "name or contract number)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="start of the range")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="end of the range")
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("verify", help="check a printout's QR text against the data")
    p.add_argument("qr_text", metavar="QR_TEXT", help="the text read from the QR code")
    p.set_defaults(handler=cmd_verify)
