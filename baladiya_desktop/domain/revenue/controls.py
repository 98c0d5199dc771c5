"""What an auditor looks for: gaps in books, odd dates, cash held or deposited too late."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.plural import DAYS
from baladiya_desktop.core.settings import CASH_DAYS, get_setting
from baladiya_desktop.domain.revenue.models import Deposit, Receipt, ReceiptBook


@dataclass(frozen=True)
class Finding:
    kind: str  # gap | future | before_issue | cash_held | late_deposit | incomplete
    book_number: str
    serials: str
    receipt_id: uuid.UUID | None
    text_ar: str
    text_en: str


@dataclass
class Controls:
    findings: list[Finding] = field(default_factory=list)

    def of(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]


def _ranges(numbers: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def incomplete(book_number: str, serial: int, rid: uuid.UUID | None, method: str) -> Finding:
    """A cheque or transfer imported from an office's sheet without its number."""
    what_ar, what_en = ("الصك", "cheque") if method == "cheque" else ("الحوالة", "transfer")
    return Finding(
        "incomplete",
        book_number,
        str(serial),
        rid,
        f"الإيصال {serial} من الدفتر {book_number} مدفوع بـ{what_ar} ولم يُدوَّن رقم {what_ar} "
        "في الملف المستورد: قيمته محسوبة في المجاميع، فطابقه مع كشف المصرف.",
        f"Receipt {serial} of book {book_number} was paid by {what_en} but the imported sheet "
        f"gives no {what_en} number: it counts in the totals; match it on the bank statement.",
    )


def controls(ctx: AppContext, today: dt.date | None = None, month: str | None = None) -> Controls:
    """Every finding; with ``month`` (yyyy-mm), only receipts of that month are looked at."""
    ctx.require(Permission.REVENUE_READ)
    today = today or dt.date.today()
    limit = get_setting(ctx, CASH_DAYS)
    municipality = ctx.station.municipality_code
    result = Controls()
    with ctx.session() as session:
        books = {
            b.id: b
            for b in session.scalars(
                select(ReceiptBook).where(
                    ReceiptBook.deleted.is_(False), ReceiptBook.municipality_code == municipality
                )
            )
        }
        slips = dict(session.execute(select(Deposit.id, Deposit.deposit_date)).all())
        used: dict[uuid.UUID, list[int]] = defaultdict(list)
        # Plain columns, not ORM objects: a year of receipts is read in a fraction of the time.
        query = select(
            Receipt.id,
            Receipt.book_id,
            Receipt.serial,
            Receipt.receipt_date,
            Receipt.month,
            Receipt.voided,
            Receipt.deposit_id,
            Receipt.method,
            Receipt.reference,
        ).where(Receipt.deleted.is_(False), Receipt.municipality_code == municipality)
        for rid, book_id, serial, day, in_month, voided, slip, method, ref in session.execute(
            query.order_by(Receipt.book_id, Receipt.serial)
        ):
            used[book_id].append(serial)
            if month and in_month != month:
                continue
            book = books.get(book_id)
            number = book.book_number if book else "?"
            if day > today:
                result.findings.append(
                    Finding(
                        "future",
                        number,
                        str(serial),
                        rid,
                        f"الإيصال {serial} من الدفتر {number} مؤرخ في المستقبل ({day:%d/%m/%Y}).",
                        f"Receipt {serial} is dated ahead.",
                    )
                )
            if book is not None and day < book.issued_on:
                result.findings.append(
                    Finding(
                        "before_issue",
                        number,
                        str(serial),
                        rid,
                        f"الإيصال {serial} مؤرخ قبل تسليم الدفتر {number} "
                        f"({book.issued_on:%d/%m/%Y}).",
                        f"Receipt {serial} is dated before its book was issued.",
                    )
                )
            if method != "cash" and not ref and not voided:
                result.findings.append(incomplete(number, serial, rid, method))
            if voided or method == "transfer":
                continue
            if slip is None and (today - day).days > limit:
                days = (today - day).days
                result.findings.append(
                    Finding(
                        "cash_held",
                        number,
                        str(serial),
                        rid,
                        f"قيمة الإيصال {serial} من الدفتر {number} لم تُودع منذ {DAYS.count(days)}.",
                        f"Receipt {serial} of book {number} undeposited for {days} days.",
                    )
                )
            elif slip is not None and (slips[slip] - day).days > limit:
                days = (slips[slip] - day).days
                result.findings.append(
                    Finding(
                        "late_deposit",
                        number,
                        str(serial),
                        rid,
                        f"قيمة الإيصال {serial} من الدفتر {number} أُودعت بعد {DAYS.count(days)} "
                        f"(الحد {DAYS.count(limit)}).",
                        f"Receipt {serial} of book {number} was deposited {days} days later "
                        f"(limit {limit}).",
                    )
                )
        for book_id, serials in used.items():
            book = books.get(book_id)
            if book is None:
                continue
            present = set(serials)
            missing = [n for n in range(book.serial_from, max(serials) + 1) if n not in present]
            for lo, hi in _ranges(missing):
                span = str(lo) if lo == hi else f"{lo}–{hi}"
                result.findings.append(
                    Finding(
                        "gap",
                        book.book_number,
                        span,
                        None,
                        f"أرقام مفقودة في الدفتر {book.book_number}: {span}.",
                        f"Missing serials in book {book.book_number}: {span}.",
                    )
                )
    return result
