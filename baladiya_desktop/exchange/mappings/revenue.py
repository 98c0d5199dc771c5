"""Receipts in and out of the spreadsheets revenue offices keep, and the year's summary.

Phase 1 (the engine) finds the header under any title rows and reads each cell in whatever
form it was typed: amounts as 1,250.500, 1.250,500, Arabic-Indic digits or number cells;
categories by code or by Arabic name (any hamza or ta marbuta). Phase 2
(``domain.revenue.importing``) checks every receipt as the entry form would, creates the
books the office had not registered, and writes the good rows in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.dates import ParsedDate, format_date
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.limits import limits_of
from baladiya_desktop.core.municipalities import municipality_name
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.domain.revenue import queries
from baladiya_desktop.domain.revenue.categories import Category, CategoryIndex, load
from baladiya_desktop.domain.revenue.importing import import_receipts
from baladiya_desktop.domain.revenue.models import Receipt, ReceiptBook
from baladiya_desktop.domain.revenue.monthly import summary_rows
from baladiya_desktop.domain.revenue.rules import ReceiptInput, check_receipt
from baladiya_desktop.exchange.cells import (
    CellValue,
    enum_parser,
    parse_positive_int,
    parse_text,
)
from baladiya_desktop.exchange.columns import Column, bounded, date_column, money_column
from baladiya_desktop.exchange.pipeline import ImportPolicy, parse_sheet, unique_by
from baladiya_desktop.exchange.reader import open_sheet
from baladiya_desktop.exchange.report import ImportResult, RowError
from baladiya_desktop.exchange.writer import write_workbook

__all__ = [
    "RevenueImportResult",
    "export_receipts",
    "export_summary",
    "import_receipts_file",
    "receipt_columns",
]

METHOD_LABELS = {
    "cash": ("نقداً", "نقدا", "نقدي", "كاش", "cash"),
    "cheque": ("صك", "شيك", "صك مصدق", "cheque", "check"),
    "transfer": ("حوالة مصرفية", "حوالة", "تحويل مصرفي", "تحويل", "transfer"),
}
METHOD_AR = {key: labels[0] for key, labels in METHOD_LABELS.items()}
STATUS_LABELS = {False: ("صحيح", "ساري", "سليم", "valid"), True: ("ملغى", "ملغي", "ملغاة", "void")}


def _category_parser(index: CategoryIndex) -> Any:
    def parse(value: CellValue) -> str:
        return index.resolve(parse_text(value)).code

    return parse


# The receipt's own columns, and the book it is in (the sheet names the book by its number).
RECEIPT_LIMITS = limits_of(Receipt) | {"book_number": limits_of(ReceiptBook)["book_number"]}


def receipt_columns(items: list[Category] | None = None) -> tuple[Column, ...]:
    """The receipt sheet's columns; ``items`` (the category list) resolve the category cell."""
    index = CategoryIndex(items or [])
    return bounded((
        Column(
            "book_number",
            "رقم الدفتر",
            "Book",
            aliases=("الدفتر", "دفتر رقم", "رقم دفتر الإيصالات", "book", "book no"),
            parse=parse_text,
            required=True,
            width=12,
        ),
        Column(
            "serial",
            "رقم الإيصال",
            "Receipt number",
            aliases=(
                "الإيصال",
                "رقم القسيمة",
                "رقم الوصل",
                "الرقم المتسلسل",
                "serial",
                "receipt no",
            ),
            parse=parse_positive_int,
            required=True,
            width=11,
        ),
        date_column(
            "receipt_date",
            "التاريخ",
            "Date",
            aliases=("تاريخ الإيصال", "تاريخ التحصيل", "تاريخ السداد", "date"),
            required=True,
        ),
        Column(
            "payer_name",
            "اسم الدافع",
            "Payer",
            aliases=("الدافع", "المكلف", "اسم المكلف", "اسم المواطن", "الاسم", "المسدد", "payer"),
            parse=parse_text,
            required=True,
            width=28,
        ),
        Column(
            "payer_id",
            "رقم هوية الدافع",
            "Payer ID",
            aliases=("الرقم الوطني للدافع", "رقم الهوية", "رقم السجل التجاري"),
            parse=parse_text,
            default="",
            width=15,
        ),
        Column(
            "category",
            "رمز البند",
            "Category",
            aliases=("اسم البند", "البند", "بند الإيراد", "نوع الإيراد", "نوع الرسم", "category"),
            parse=_category_parser(index),
            required=True,
            width=12,
            note_ar="رمز البند (مثل LIC-ACT) أو اسمه كما في دليل البنود.",
        ),
        money_column(
            "amount",
            "المبلغ",
            "Amount",
            aliases=("القيمة", "المبلغ المحصل", "قيمة الإيصال", "amount"),
            required=True,
            note_ar="بالدينار، مثل 1,250.500 أو 1.250,500 أو ١٢٥٠٫٥.",
        ),
        Column(
            "method",
            "طريقة الدفع",
            "Payment method",
            aliases=("طريقة السداد", "نوع الدفع", "method"),
            parse=enum_parser(METHOD_LABELS),
            default="cash",
            width=12,
        ),
        Column(
            "reference",
            "رقم الصك أو الحوالة",
            "Cheque or transfer no.",
            aliases=("رقم الصك", "رقم الحوالة", "المرجع", "reference"),
            parse=parse_text,
            default="",
            width=16,
        ),
        Column(
            "collector",
            "المحصل",
            "Collector",
            aliases=("اسم المحصل", "الجابي", "collector"),
            parse=parse_text,
            default="",
            width=18,
        ),
        Column("notes", "ملاحظات", "Notes", aliases=("ملاحظة", "notes"), default="", width=24),
        Column(
            "voided",
            "الحالة",
            "Status",
            aliases=("حالة الإيصال", "status"),
            parse=enum_parser(STATUS_LABELS),
            default=False,
            width=9,
            to_cell=lambda v: STATUS_LABELS[bool(v)][0],
        ),
        Column(
            "void_reason",
            "سبب الإلغاء",
            "Why voided",
            parse=parse_text,
            default="",
            width=22,
        ),
    ), RECEIPT_LIMITS)


EXPORT_EXTRA = (
    Column("category_name", "اسم البند", "Category name", width=26),
    Column("deposit_slip", "إشعار الإيداع", "Deposit slip", width=14),
)


def export_columns() -> tuple[Column, ...]:
    columns = list(receipt_columns())
    at = [c.key for c in columns].index("category") + 1
    columns[at:at] = [EXPORT_EXTRA[0]]
    return (*columns, EXPORT_EXTRA[1])


@dataclass(frozen=True)
class SheetReceipt:
    data: ReceiptInput
    void_reason: str | None  # None: a valid receipt


def build_receipt(values: dict[str, Any], today: dt.date) -> SheetReceipt:
    day: ParsedDate = values["receipt_date"]
    data = ReceiptInput(
        book_number=values["book_number"],
        serial=values["serial"],
        receipt_date=day.value,
        payer_name=values["payer_name"],
        category=values["category"],
        amount=values["amount"],
        method=values["method"] or "cash",
        reference=values["reference"] or "",
        payer_id=values["payer_id"] or "",
        collector=values["collector"] or "",
        notes=values["notes"] or "",
    )
    # Amount, date, method: refused in phase 1, with the column. A cheque row without its
    # number is kept (the paper receipt exists) and listed by the controls as incomplete.
    check_receipt(data, today, historical=True)
    reason = (values["void_reason"] or "ملغى في الملف المستورد") if values["voided"] else None
    return SheetReceipt(data, reason)


@dataclass
class RevenueImportResult:
    result: ImportResult
    books_created: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return self.result.to_json() | {"books_created": self.books_created}


def _row_error(
    row: int, error: UserError, columns: Mapping[str, Column], mapping: Mapping[str, int]
) -> RowError:
    key = error.field if error.field in mapping else None
    if key is None:
        return RowError(row, None, error.message_ar, error.message_en)
    column = columns[key]
    return RowError(
        row,
        key,
        f"العمود «{column.title_ar}»: {error.message_ar}",
        f"Column '{column.title_en}': {error.message_en}",
    )


def import_receipts_file(
    ctx: AppContext,
    path: Path | str,
    *,
    sheet: str | None = None,
    overrides: Mapping[str, str | None] | None = None,
    dry_run: bool = False,
    policy: ImportPolicy = ImportPolicy.GOOD_ROWS,
    today: dt.date | None = None,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> RevenueImportResult:
    """Read ``path`` and record its good receipts (none with ``dry_run``)."""
    ctx.require(Permission.REVENUE_WRITE)
    today = today or dt.date.today()
    with ctx.session() as session:
        items = load(session, ctx.station.municipality_code)
    columns = receipt_columns(items)
    by_key = {c.key: c for c in columns}
    with open_sheet(path, columns, sheet=sheet, overrides=overrides) as reader:
        mapping = dict(reader.mapping)
        parsed = parse_sheet(
            reader,
            lambda values: build_receipt(values, today),
            checks=[
                unique_by(
                    lambda r: f"{r.data.book_number} / {r.data.serial}",
                    "الإيصال (الدفتر / الرقم)",
                    "receipt (book / serial)",
                    column="serial",
                )
            ],
            progress=progress,
            cancel=cancel,
        )
    result = parsed.result
    for n, error in enumerate(result.rejected):  # rules across fields blame a column too
        if error.column in by_key and not error.reason_ar.startswith("العمود"):
            column = by_key[error.column]
            result.rejected[n] = RowError(
                error.row,
                error.column,
                f"العمود «{column.title_ar}»: {error.reason_ar}",
                f"Column '{column.title_en}': {error.reason_en}",
            )
    all_or_nothing = policy is ImportPolicy.ALL_OR_NOTHING
    if all_or_nothing and result.rejected:
        result.dry_run = dry_run
        return RevenueImportResult(result)
    voids = {p.row: p.record.void_reason for p in parsed.rows if p.record.void_reason}
    done = import_receipts(
        ctx,
        [(p.row, p.record.data) for p in parsed.rows],
        voids=voids,
        dry_run=dry_run,
        all_or_nothing=all_or_nothing,
        today=today,
        historical=True,
        progress=progress,
        cancel=cancel,
    )
    result.imported, result.unchanged, result.dry_run = done.imported, done.unchanged, dry_run
    result.rejected.extend(_row_error(row, e, by_key, mapping) for row, e in done.refused)
    result.rejected.sort(key=lambda e: e.row)
    return RevenueImportResult(result, done.books_created)


# --- export ----------------------------------------------------------------------------


def _titles(ctx: AppContext, what: str) -> list[str]:
    with ctx.session() as session:
        place = municipality_name(session, ctx.station.municipality_code or "") or ""
    return [
        f"بلدية {place}" if place else "وزارة الحكم المحلي",
        f"{what} — تاريخ التصدير {format_date(dt.date.today())}",
    ]


def _receipt_rows(
    rows: Iterator[queries.ReceiptRow], names: dict[str, str]
) -> Iterator[dict[str, Any]]:
    for r in rows:
        yield {
            "book_number": r.book_number,
            "serial": r.serial,
            "receipt_date": r.receipt_date,
            "payer_name": r.payer_name,
            "payer_id": r.payer_id,
            "category": r.category_code,
            "category_name": names.get(r.category_code, r.category_code),
            "amount": r.amount,
            "method": METHOD_AR.get(r.method, r.method),
            "reference": r.reference,
            "collector": r.collector,
            "notes": r.notes,
            "voided": r.voided,
            "void_reason": r.void_reason,
            "deposit_slip": r.deposit_slip,
        }


def export_receipts(
    ctx: AppContext,
    path: Path | str,
    f: queries.ReceiptFilter | None = None,
    *,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """The receipts the filter keeps, voided ones marked, as a sheet that imports back."""
    f = f or queries.ReceiptFilter()
    total, _sum = queries.count(ctx, f)
    names = queries.category_names(ctx)
    return write_workbook(
        path,
        export_columns(),
        _receipt_rows(queries.receipts_of(ctx, f), names),
        sheet_title="الإيصالات",
        title_lines=_titles(ctx, "سجل الإيصالات"),
        total=total,
        progress=progress,
        cancel=cancel,
    )


SUMMARY_COLUMNS = (
    Column("month", "الشهر", "Month", width=12),
    Column("code", "رمز البند", "Category", width=12),
    Column("name", "اسم البند", "Category name", width=30),
    money_column("collected", "المحصل", "Collected"),
    money_column("target", "المستهدف", "Target"),
    Column("percent", "نسبة التحصيل", "Share of target", width=12),
)


def export_summary(ctx: AppContext, path: Path | str, year: int) -> int:
    rows = summary_rows(ctx, year)
    return write_workbook(
        path,
        SUMMARY_COLUMNS,
        rows,
        sheet_title=f"ملخص {year}",
        title_lines=_titles(ctx, f"ملخص الإيرادات لسنة {year}"),
        total=len(rows),
    )
