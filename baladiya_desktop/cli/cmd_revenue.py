"""``revenue categories`` · ``revenue import FILE.xlsx`` · ``revenue export FILE.xlsx`` ·
``revenue summary --year Y`` · ``revenue controls`` · ``revenue receipt add|void`` ·
``revenue book issue|close`` · ``revenue deposit add`` · ``revenue target set`` ·
``revenue close|reopen --month YYYY-MM``."""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from baladiya_desktop.cli import entry
from baladiya_desktop.cli.common import Cli, UsageError
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.dates import parse_date
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.maintenance import require_administrator
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import ProgressSink
from baladiya_desktop.core.reference import load_list
from baladiya_desktop.domain.revenue import closing, controls, queries, service, targets
from baladiya_desktop.domain.revenue.categories import METHODS, categories
from baladiya_desktop.domain.revenue.models import Receipt, ReceiptBook
from baladiya_desktop.domain.revenue.monthly import percent
from baladiya_desktop.domain.revenue.rules import ReceiptInput
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

# --- one receipt, book, deposit, target or month at a time, as the revenue pages -----------

# A service's field → the option a person corrects.
FLAGS = {"book_number": "book", "receipt_date": "date", "payer_name": "payer",
         "reference": "cheque_number", "serial_from": "from", "issued_on": "date",
         "returned_on": "date", "slip_number": "slip", "deposit_date": "date"}  # fmt: skip


def _municipality(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def _receipt_id(ctx: AppContext, given: str, field: str = "receipt") -> uuid.UUID:
    """A receipt by its id, or by the number printed on it: ``BOOK/SERIAL``."""
    key = entry.as_uuid(given)
    if key is not None:
        return key
    book, slash, serial = given.strip().rpartition("/")
    number = entry.whole(serial, field) if slash and book.strip() else None
    if number is None:
        raise entry.refuse(
            field, f"الإيصال «{given}» غير مفهوم: اكتبه رقم_الدفتر/رقم_الإيصال، مثل B-12/345.",
            f"Receipt '{given}' is not understood: write it as BOOK/SERIAL, like B-12/345.",
        )  # fmt: skip
    return service.receipt_id(_municipality(ctx), book, number)


def _method(ctx: AppContext, value: str) -> str:
    with ctx.session() as session:
        names = {m.code: m.name_ar for m in load_list(session, METHODS)}
    return entry.chosen(value, names, "method")


def _receipt_json(ctx: AppContext, receipt: uuid.UUID) -> dict[str, Any]:
    ctx.require(Permission.REVENUE_READ)
    with ctx.session() as session:
        row = session.get(Receipt, receipt)
        if row is None or row.deleted:
            raise NotFound("الإيصال غير موجود.", "The receipt does not exist.")
        book = session.get(ReceiptBook, row.book_id)
        return {"id": row.id, "book": book.book_number if book else "", "serial": row.serial,
                "date": row.receipt_date, "payer": row.payer_name, "category": row.category_code,
                "amount": row.amount, "method": row.method, "reference": row.reference,
                "voided": row.voided, "void_reason": row.void_reason,
                "deposit_id": row.deposit_id}  # fmt: skip


def cmd_receipt_add(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.REVENUE_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        data = ReceiptInput(
            book_number=args.book,
            serial=entry.whole(args.serial, "serial", low=1) or 0,
            receipt_date=entry.day(args.date, "date") or dt.date.today(),
            payer_name=args.payer,
            category=args.category,
            amount=entry.amount(args.amount),
            method=_method(ctx, args.method),
            reference=entry.text(args.cheque_number),
            payer_id=entry.text(args.payer_id),
            collector=entry.text(args.collector),
            notes=entry.text(args.notes),
        )
        receipt = service.record_receipt(ctx, data)
    shown = _receipt_json(ctx, receipt)
    cli.emit(shown, f"سُجّل الإيصال {shown['book']}/{shown['serial']} بمبلغ "
                    f"{format_lyd(shown['amount'])}\nReceipt recorded: {receipt}")  # fmt: skip
    return 0


def cmd_receipt_void(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.REVENUE_WRITE)
    with entry.naming_flags(FLAGS):
        receipt = _receipt_id(ctx, cli.args.receipt)
        service.void_receipt(ctx, receipt, cli.args.reason)
    shown = _receipt_json(ctx, receipt)
    cli.emit(shown, f"أُلغي الإيصال {shown['book']}/{shown['serial']}\nReceipt voided.")
    return 0


def _book_json(ctx: AppContext, number: str) -> dict[str, Any]:
    wanted = service.book_id(_municipality(ctx), number)
    book = next(b for b in queries.books(ctx) if b.id == wanted)
    return {"id": book.id, "book": book.book_number, "from": book.serial_from,
            "to": book.serial_to, "collector": book.collector, "issued_on": book.issued_on,
            "returned_on": book.returned_on, "status": book.status, "used": book.used,
            "collected": book.collected}  # fmt: skip


def cmd_book_issue(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.REVENUE_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        service.issue_book(
            ctx, args.book, entry.whole(args.serial_from, "from") or 0,
            entry.whole(args.serial_to, "to") or 0, entry.text(args.collector),
            entry.day(args.date, "date") or dt.date.today(),
        )  # fmt: skip
    shown = _book_json(ctx, args.book)
    cli.emit(shown, f"سُلّم الدفتر {shown['book']} ({shown['from']}–{shown['to']})\n"
                    f"Book issued: {shown['id']}")  # fmt: skip
    return 0


def cmd_book_close(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.REVENUE_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        book = next((b for b in queries.books(ctx)
                     if b.id == service.book_id(_municipality(ctx), args.book)), None)  # fmt: skip
        if book is not None and book.status == "closed":
            raise entry.refuse("book", f"الدفتر رقم {book.book_number} مغلق من قبل.",
                               f"Book {book.book_number} is already closed.")  # fmt: skip
        service.return_book(ctx, args.book, entry.day(args.date, "date") or dt.date.today())
    shown = _book_json(ctx, args.book)
    cli.emit(shown, f"أُغلق الدفتر {shown['book']}\nBook closed.")
    return 0


def cmd_deposit_add(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.REVENUE_WRITE)
    args = cli.args
    if not args.receipt and not args.all:
        raise UsageError("name the receipts with --receipt BOOK/SERIAL (repeat) or use --all")
    with entry.naming_flags(FLAGS):
        on = entry.day(args.date, "date") or dt.date.today()
        chosen = [_receipt_id(ctx, r) for r in args.receipt or []]
        if args.all:
            waiting = queries.ReceiptFilter(status="undeposited", date_to=on,
                                            book_number=entry.text(args.book))  # fmt: skip
            chosen += [r.id for r in queries.receipts_of(ctx, waiting) if r.id not in chosen]
        if not chosen:
            raise entry.refuse("receipt", "لا توجد إيصالات تنتظر الإيداع حتى هذا التاريخ.",
                               "No receipts wait for a deposit up to that date.")  # fmt: skip
        slip = service.deposit(ctx, args.slip, on, chosen, entry.text(args.bank))
    found = next(d for d in queries.deposits(ctx) if d.id == slip)
    shown = {"id": found.id, "slip": found.slip_number, "bank": found.bank,
             "date": found.deposit_date, "amount": found.amount, "receipts": found.receipts}
    cli.emit(shown, f"سُجّل الإيداع {found.slip_number}: {found.receipts} إيصال، "
                    f"{format_lyd(found.amount)}\nDeposit recorded: {found.id}")  # fmt: skip
    return 0


def cmd_target_set(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.REVENUE_WRITE)
    args = cli.args
    with entry.naming_flags({"annual": "annual"}):
        year = entry.whole(args.year, "year") or 0
        annual = entry.amount(args.annual, "annual")
        monthly = None
        if args.monthly is not None:
            parts = args.monthly.replace("؛", ";").split(";")
            monthly = [entry.amount(part, "monthly") for part in parts]
        targets.set_target(ctx, year, args.category, annual, monthly)
    shown = {"year": year, "category": args.category, "annual": annual,
             "monthly": monthly or targets.spread(annual)}  # fmt: skip
    cli.emit(shown, f"المستهدف لسنة {year} ({args.category}): {format_lyd(annual)}\n"
                    f"Target set.")  # fmt: skip
    return 0


def _explanations(given: list[str] | None) -> dict[str, str]:
    """``--explain KEY=TEXT`` (repeat): a written explanation for a checklist item."""
    found: dict[str, str] = {}
    for pair in given or []:
        key, equals, text = pair.partition("=")
        if not equals or not key.strip() or not text.strip():
            raise entry.refuse(
                "explain",
                f"«{pair}» ليس بالصيغة مفتاح=إيضاح (انظر المفاتيح في revenue checklist).",
                f"'{pair}' is not KEY=TEXT (the keys are in: revenue checklist).",
            )  # fmt: skip
        found[key.strip()] = text.strip()
    return found


def _checklist_text(found: closing.Checklist) -> str:
    lines = [f"شهر {found.month}: {found.status}" + (f"، الختم {found.seal}" if found.seal else "")]
    for item in found.items:
        mark = "✓" if item.ok else ("~" if item.explanation else "✗")
        lines.append(f"{mark} {item.key}\t{item.text_ar}"
                     + (f"\t[{item.explanation}]" if item.explanation else ""))  # fmt: skip
    if found.unexplained:
        lines.append(f"{len(found.unexplained)} ملاحظة تحتاج إيضاحاً (--explain KEY=TEXT) / "
                     f"{len(found.unexplained)} items need an explanation")  # fmt: skip
    return "\n".join(lines)


def cmd_checklist(cli: Cli) -> int:
    ctx = cli.login()
    with entry.naming_flags():
        found = closing.checklist(ctx, entry.month(cli.args.month))
    cli.emit(found.to_json(), lambda: _checklist_text(found))
    return 0


def cmd_close(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.REVENUE_CLOSE)
    with entry.naming_flags():
        explained = _explanations(cli.args.explain)
        month = entry.month(cli.args.month)
        with entry.naming_flags(dict.fromkeys(explained, "explain")):
            closing.close_month(ctx, month, explained)
    found = closing.checklist(ctx, month)
    cli.emit(found.to_json(), f"أُقفل شهر {month}، الختم {found.seal}\nMonth {month} closed.")
    return 0


def cmd_reopen(cli: Cli) -> int:
    ctx = cli.login()
    require_administrator(ctx)  # the agent's, not every holder of the closing right
    with entry.naming_flags():
        month = entry.month(cli.args.month)
        closing.reopen_month(ctx, month, cli.args.reason)
    found = closing.checklist(ctx, month)
    cli.emit(found.to_json(), f"أُعيد فتح شهر {month}\nMonth {month} reopened.")
    return 0


def _register_writes(s: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = s.add_parser("receipt", help="record or void one receipt").add_subparsers(
        dest="receipt_command", required=True, metavar="ACTION")  # fmt: skip
    a = r.add_parser("add", help="one receipt, as the entry page takes it",
                     description="Amounts in dinars (1,234.500 or 1.234,500), dates dd/mm/yyyy "
                     "or ISO, digits in any script.")  # fmt: skip
    a.add_argument("--book", required=True, metavar="B", help="the receipt book's number")
    a.add_argument("--serial", required=True, metavar="N", help="the receipt's number")
    a.add_argument("--date", metavar="DATE", help="the receipt's date (default today)")
    a.add_argument("--payer", required=True, metavar="TEXT", help="the payer's name")
    a.add_argument("--payer-id", metavar="TEXT", help="national number or register (optional)")
    a.add_argument("--category", required=True, metavar="CODE",
                   help="revenue category code or name (see: revenue categories)")  # fmt: skip
    a.add_argument("--amount", required=True, metavar="AMOUNT", help="in dinars")
    a.add_argument("--method", default="cash", metavar="cash|cheque|transfer")
    a.add_argument("--cheque-number", "--reference", dest="cheque_number", metavar="TEXT",
                   help="the cheque or transfer number (needed unless cash)")  # fmt: skip
    a.add_argument("--collector", metavar="NAME", help="default: the book's collector")
    a.add_argument("--notes", metavar="TEXT")
    a.set_defaults(handler=cmd_receipt_add)
    a = r.add_parser("void", help="void a receipt, with the reason (never deleted)")
    a.add_argument("receipt", metavar="BOOK/SERIAL|ID")
    a.add_argument("--reason", required=True, metavar="TEXT")
    a.set_defaults(handler=cmd_receipt_void)
    b = s.add_parser("book", help="issue or close a receipt book").add_subparsers(
        dest="book_command", required=True, metavar="ACTION")  # fmt: skip
    a = b.add_parser("issue", help="hand a receipt book to a collector")
    a.add_argument("--book", required=True, metavar="B", help="the book's number")
    a.add_argument("--from", dest="serial_from", required=True, metavar="N",
                   help="first receipt number")  # fmt: skip
    a.add_argument("--to", dest="serial_to", required=True, metavar="N",
                   help="last receipt number")  # fmt: skip
    a.add_argument("--collector", metavar="USER")
    a.add_argument("--date", metavar="DATE", help="issued on (default today)")
    a.set_defaults(handler=cmd_book_issue)
    a = b.add_parser("close", help="the book is handed back: it takes no more receipts")
    a.add_argument("--book", required=True, metavar="B")
    a.add_argument("--date", metavar="DATE", help="returned on (default today)")
    a.set_defaults(handler=cmd_book_close)
    d = s.add_parser("deposit", help="record a bank deposit").add_subparsers(
        dest="deposit_command", required=True, metavar="ACTION")  # fmt: skip
    a = d.add_parser("add", help="receipts paid into the bank under one slip")
    a.add_argument("--slip", required=True, metavar="NUMBER", help="the deposit slip's number")
    a.add_argument("--date", metavar="DATE", help="the deposit date (default today)")
    a.add_argument("--bank", metavar="TEXT")
    a.add_argument("--receipt", action="append", metavar="BOOK/SERIAL",
                   help="a receipt deposited (repeat)")  # fmt: skip
    a.add_argument("--all", action="store_true",
                   help="every receipt not yet deposited, up to the deposit date")
    a.add_argument("--book", metavar="B", help="with --all: one book's receipts only")
    a.set_defaults(handler=cmd_deposit_add)
    t = s.add_parser("target", help="annual targets per category").add_subparsers(
        dest="target_command", required=True, metavar="ACTION")  # fmt: skip
    a = t.add_parser("set", help="a category's annual target, spread over the months")
    a.add_argument("--year", required=True, metavar="Y")
    a.add_argument("--category", required=True, metavar="CODE")
    a.add_argument("--annual", required=True, metavar="AMOUNT", help="in dinars")
    a.add_argument("--monthly", metavar="A;B;…",
                   help="twelve monthly amounts separated by ; (default: even)")
    a.set_defaults(handler=cmd_target_set)
    a = s.add_parser("checklist", help="what must be in order before a month closes")
    a.add_argument("--month", required=True, metavar="YYYY-MM")
    a.set_defaults(handler=cmd_checklist)
    a = s.add_parser("close", help="close an ended month (the agent): it becomes read-only")
    a.add_argument("--month", required=True, metavar="YYYY-MM")
    a.add_argument("--explain", action="append", metavar="KEY=TEXT",
                   help="explain a checklist item not in order (repeat)")  # fmt: skip
    a.set_defaults(handler=cmd_close)
    a = s.add_parser("reopen", help="reopen a closed month (administrator, with a reason)")
    a.add_argument("--month", required=True, metavar="YYYY-MM")
    a.add_argument("--reason", required=True, metavar="TEXT")
    a.set_defaults(handler=cmd_reopen)


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
    _register_writes(s)
