"""The monthly revenue report's data: by category against target, and the month's findings.

Everything here depends only on stored data (never on today's date), so a printout's QR
hash can be recomputed later: a receipt not yet deposited is reported as such, without a
count of days that would change by itself.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.plural import DAYS
from baladiya_desktop.domain.revenue.categories import load
from baladiya_desktop.domain.revenue.closing import month_totals
from baladiya_desktop.domain.revenue.controls import _ranges
from baladiya_desktop.domain.revenue.models import Deposit, Receipt, ReceiptBook, RevenueTarget
from baladiya_desktop.domain.revenue.queries import category_names
from baladiya_desktop.domain.revenue.summary import summary
from baladiya_desktop.domain.revenue.targets import monthly_targets

MONTHS_AR = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
KINDS_AR = {
    "gap": "أرقام مفقودة",
    "late_deposit": "إيداع متأخر",
    "undeposited": "لم تُودع بعد",
    "before_issue": "قبل تسليم الدفتر",
    "void": "إيصال ملغى",
}


def check_month(month: str) -> tuple[int, int]:
    try:
        day = dt.datetime.strptime(month, "%Y-%m")
    except ValueError:
        raise ValidationError(
            "الشهر يُكتب بالصيغة yyyy-mm.", "Give the month as yyyy-mm.", field="month"
        ) from None
    return day.year, day.month


def _targets(session: Session, municipality: str, year: int, month: int) -> dict[str, int]:
    found: dict[str, int] = defaultdict(int)
    for row in session.scalars(
        select(RevenueTarget).where(
            RevenueTarget.municipality_code == municipality,
            RevenueTarget.year == year,
            RevenueTarget.deleted.is_(False),
        )
    ):
        found[row.category_code] += monthly_targets(row)[month - 1]
    return dict(found)


def _finding(kind: str, book: str, serials: str, text: str) -> dict[str, str]:
    return {"kind": kind, "book": book, "serials": serials, "text": text}


def month_findings(
    session: Session, municipality: str, month: str, cash_days: int
) -> list[dict[str, str]]:
    """What an auditor would note about the month's receipts, book by book."""
    books = {
        b.id: b
        for b in session.scalars(
            select(ReceiptBook).where(
                ReceiptBook.municipality_code == municipality, ReceiptBook.deleted.is_(False)
            )
        )
    }
    slips = dict(session.execute(select(Deposit.id, Deposit.deposit_date)).all())
    rows = session.execute(
        select(
            Receipt.book_id,
            Receipt.serial,
            Receipt.receipt_date,
            Receipt.voided,
            Receipt.void_reason,
            Receipt.deposit_id,
            Receipt.method,
        )
        .where(
            Receipt.municipality_code == municipality,
            Receipt.month == month,
            Receipt.deleted.is_(False),
        )
        .order_by(Receipt.book_id, Receipt.serial)
    ).all()
    found: list[dict[str, str]] = []
    touched: set[uuid.UUID] = set()
    for book_key, serial, day, voided, reason, slip, method in rows:
        touched.add(book_key)
        book = books.get(book_key)
        number = book.book_number if book else "?"
        if book is not None and day < book.issued_on:
            found.append(
                _finding(
                    "before_issue",
                    number,
                    str(serial),
                    f"الإيصال {serial} مؤرخ قبل تسليم الدفتر {number}.",
                )
            )
        if voided:
            found.append(
                _finding(
                    "void",
                    number,
                    str(serial),
                    f"الإيصال {serial} ملغى: {reason or 'دون سبب مذكور'}.",
                )
            )
            continue
        if method == "transfer":
            continue
        if slip is None:
            found.append(
                _finding(
                    "undeposited",
                    number,
                    str(serial),
                    f"قيمة الإيصال {serial} ({day:%d/%m/%Y}) لم تُودع بعد.",
                )
            )
        elif (slips[slip] - day).days > cash_days:
            days = (slips[slip] - day).days
            found.append(
                _finding(
                    "late_deposit",
                    number,
                    str(serial),
                    f"الإيصال {serial} ({day:%d/%m/%Y}) أُودع بعد {DAYS.count(days)} "
                    f"والحد {DAYS.count(cash_days)}.",
                )
            )
    found.extend(_gaps(session, books, touched, month))
    order = list(KINDS_AR)
    return sorted(found, key=lambda f: (order.index(f["kind"]), f["book"]))


def _gaps(
    session: Session, books: dict[uuid.UUID, ReceiptBook], touched: set[uuid.UUID], month: str
) -> list[dict[str, str]]:
    """Missing serials, each reported in the month of the receipt written just before it."""
    found = []
    for book_key in sorted(touched, key=str):
        book = books.get(book_key)
        if book is None:
            continue
        used = dict(
            session.execute(
                select(Receipt.serial, Receipt.month).where(
                    Receipt.book_id == book_key, Receipt.deleted.is_(False)
                )
            ).all()
        )
        missing = [n for n in range(book.serial_from, max(used) + 1) if n not in used]
        for lo, hi in _ranges(missing):
            neighbour = used.get(lo - 1) or used.get(hi + 1)
            if neighbour == month:
                span = str(lo) if lo == hi else f"{lo}–{hi}"
                found.append(
                    _finding(
                        "gap",
                        book.book_number,
                        span,
                        f"أرقام مفقودة في الدفتر {book.book_number}: {span}.",
                    )
                )
    return found


def month_report(session: Session, municipality: str, month: str, cash_days: int) -> dict[str, Any]:
    """The report's content: rows by category, totals, findings; all amounts in dirhams."""
    year, number = check_month(month)
    collected = month_totals(session, municipality, month)
    last = month_totals(session, municipality, f"{year - 1}-{number:02d}")
    targets = _targets(session, municipality, year, number)
    items = [(c.code, c.name_ar, c.parent) for c in load(session, municipality) if c.parent]
    listed = {code for code, _n, _p in items}
    # A code no longer in the list (a removed local item) still counts, under its code.
    codes = set(collected) | set(targets) | set(last)
    items += [(code, code, "") for code in sorted(codes - listed) if not code.startswith("__")]
    rows = []
    for code, name, parent in items:
        got, goal, before = collected.get(code, 0), targets.get(code, 0), last.get(code, 0)
        if got or goal or before:
            rows.append(
                {
                    "code": code,
                    "name_ar": name,
                    "parent": parent,
                    "collected": got,
                    "target": goal,
                    "last_year": before,
                }
            )
    return {
        "month": month,
        "municipality": municipality,
        "categories": rows,
        "totals": {
            "collected": sum(r["collected"] for r in rows),
            "target": sum(r["target"] for r in rows),
            "last_year": sum(r["last_year"] for r in rows),
            "receipts": collected["__receipts__"],
            "voided": collected["__voided__"],
        },
        "cash_days": cash_days,
        "findings": month_findings(session, municipality, month, cash_days),
    }


def percent(collected: int, target: int) -> str:
    """Collection as a share of target, one decimal, or a dash without a target."""
    if not target:
        return "—"
    tenths = (collected * 1000 + target // 2) // target
    return f"{tenths // 10}.{tenths % 10}%"


def summary_rows(ctx: AppContext, year: int) -> list[dict[str, Any]]:
    """Month by category, each month closed by its total, the year's total last."""
    data = summary(ctx, year)
    names = category_names(ctx)
    rows: list[dict[str, Any]] = []
    for month in range(1, 13):
        collected, targets = data.collected.get(month, {}), data.targets.get(month, {})
        for code in sorted(set(collected) | set(targets)):
            got, goal = collected.get(code, 0), targets.get(code, 0)
            rows.append(
                {
                    "month": f"{MONTHS_AR[month - 1]} {year}",
                    "code": code,
                    "name": names.get(code, code),
                    "collected": got,
                    "target": goal,
                    "percent": percent(got, goal),
                }
            )
        got, goal = data.month_total(month), data.month_target(month)
        rows.append(
            {
                "month": f"{MONTHS_AR[month - 1]} {year}",
                "name": "مجموع الشهر",
                "collected": got,
                "target": goal,
                "percent": percent(got, goal),
            }
        )
    got, goal = data.year_total(), data.year_target()
    rows.append(
        {
            "month": str(year),
            "name": "المجموع السنوي",
            "collected": got,
            "target": goal,
            "percent": percent(got, goal),
        }
    )
    return rows
