"""``revenue categories`` · ``revenue import FILE.xlsx`` · ``revenue export FILE.xlsx`` ·
``revenue summary --year Y`` · ``revenue controls``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from baladiya_desktop.cli.common import Cli, UsageError
from baladiya_desktop.core.dates import parse_date
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import ProgressSink
from baladiya_desktop.domain.revenue import controls, queries
from baladiya_desktop.domain.revenue.categories import categories
from baladiya_desktop.domain.revenue.monthly import percent
from baladiya_desktop.domain.revenue.summary import summary
from baladiya_desktop.exchange.mappings.revenue import (
    export_receipts,
    export_summary,
    import_receipts_file,
)
from baladiya_desktop.exchange.pipeline import ImportPolicy
from baladiya_desktop.exchange.report import write_rejects_report


def _progress(cli: Cli) -> ProgressSink:
    def sink(done: int, total: int, label: str = "") -> None:
        if not cli.as_json and total >= 2000 and done:
            cli.stderr.write(f"\r{label} {done}/{total}")
            if done >= total:
                cli.stderr.write("\n")

    return sink


def cmd_categories(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.REVENUE_READ)
    items = categories(ctx)
    data = [
        {
            "code": c.code,
            "name_ar": c.name_ar,
            "parent": c.parent or None,
            "name_en": c.name_en,
            "local": c.local,
        }
        for c in items
    ]
    cli.emit(
        data,
        lambda: "\n".join(
            f"{'    ' if c.parent else ''}{c.code}\t{c.name_ar}\t{c.name_en}" for c in items
        ),
    )
    return 0


def cmd_import(cli: Cli) -> int:
    ctx = cli.login()
    args = cli.args
    policy = ImportPolicy.ALL_OR_NOTHING if args.all_or_nothing else ImportPolicy.GOOD_ROWS
    done = import_receipts_file(
        ctx,
        Path(args.file),
        sheet=args.sheet,
        dry_run=args.dry_run,
        policy=policy,
        progress=_progress(cli),
    )
    result = done.result
    if args.report and result.rejected:
        write_rejects_report(Path(args.report), result)

    def text() -> str:
        lines = [result.summary("ar"), result.summary("en")]
        if done.books_created:
            lines.append("دفاتر أُنشئت من الملف / books created: " + "، ".join(done.books_created))
        lines += [f"  الصف {e.row}: {e.reason_ar}" for e in result.rejected]
        return "\n".join(lines)

    cli.emit(done.to_json(), text)
    nothing = not result.imported and not result.unchanged
    return 1 if result.rejected and nothing and not args.dry_run else 0


def _date(value: str | None, field: str) -> dt.date | None:
    return None if value is None else parse_date(value, field=field).value


def cmd_export(cli: Cli) -> int:
    args = cli.args
    path = Path(args.file)
    if args.summary and args.year is None:
        raise UsageError("--summary needs --year Y")
    ctx = cli.login()
    if args.summary:
        rows = export_summary(ctx, path, args.year)
        cli.emit({"path": str(path), "rows": rows}, f"{path}\nصُدّر الملخص / summary exported")
        return 0
    start, end = _date(args.date_from, "from"), _date(args.date_to, "to")
    if args.year is not None:
        start, end = start or dt.date(args.year, 1, 1), end or dt.date(args.year, 12, 31)
    f = queries.ReceiptFilter(
        date_from=start,
        date_to=end,
        category=args.category or "",
        collector=args.collector or "",
        book_number=args.book or "",
    )
    rows = export_receipts(ctx, path, f, progress=_progress(cli))
    cli.emit(
        {"path": str(path), "receipts": rows},
        f"{path}\nصُدّر {rows} إيصالاً / {rows} receipts exported",
    )
    return 0


def cmd_summary(cli: Cli) -> int:
    ctx = cli.login()
    result = summary(ctx, cli.args.year)
    data = result.to_json()

    def text() -> str:
        lines = [f"الإيرادات المحلية لسنة {result.year} / local revenue {result.year}"]
        for m in data["months"]:
            lines.append(
                f"{m['month']:>2}  {format_lyd(m['collected']):>22}  "
                f"{format_lyd(m['target']):>22}  {percent(m['collected'], m['target'])}"
            )
        totals = data["totals"]
        lines.append(f"المجموع  {format_lyd(totals['collected'])}  {format_lyd(totals['target'])}")
        return "\n".join(lines)

    cli.emit(data, text)
    return 0


def cmd_controls(cli: Cli) -> int:
    ctx = cli.login()
    found = controls.controls(ctx, month=cli.args.month)
    data = [
        {
            "kind": f.kind,
            "book": f.book_number,
            "serials": f.serials,
            "receipt": f.receipt_id,
            "text": f.text_ar,
        }
        for f in found.findings
    ]
    cli.emit(
        data, lambda: "\n".join(f.text_ar for f in found.findings) or "لا ملاحظات / no findings"
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("revenue", help="local revenue: receipts, summaries, categories")
    s = p.add_subparsers(dest="revenue_command", required=True, metavar="ACTION")
    s.add_parser(
        "categories", help="the category tree (--json: code, name_ar, parent)"
    ).set_defaults(handler=cmd_categories)
    a = s.add_parser("import", help="receipts from a workbook (good rows; refusals by row)")
    a.add_argument("file", metavar="FILE.xlsx")
    a.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: found)")
    a.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    a.add_argument(
        "--all-or-nothing", action="store_true", help="import nothing when any row is refused"
    )
    a.add_argument("--report", metavar="OUT.xlsx", help="write the refused rows with reasons")
    a.set_defaults(handler=cmd_import)
    a = s.add_parser("export", help="receipts (or with --summary the year's summary) to xlsx")
    a.add_argument("file", metavar="FILE.xlsx")
    a.add_argument("--year", type=int, help="one year's receipts (with --summary: required)")
    a.add_argument("--from", dest="date_from", metavar="DATE")
    a.add_argument("--to", dest="date_to", metavar="DATE")
    a.add_argument("--category", metavar="CODE")
    a.add_argument("--collector", metavar="NAME")
    a.add_argument("--book", metavar="NUMBER")
    a.add_argument("--summary", action="store_true", help="months by category against target")
    a.set_defaults(handler=cmd_export)
    a = s.add_parser("summary", help="monthly totals and targets in dirhams")
    a.add_argument("--year", type=int, required=True)
    a.set_defaults(handler=cmd_summary)
    a = s.add_parser("controls", help="gaps, late deposits, cash held, odd dates")
    a.add_argument("--month", metavar="YYYY-MM", help="only receipts of this month")
    a.set_defaults(handler=cmd_controls)
