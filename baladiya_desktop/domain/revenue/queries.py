"""What the revenue screens read: receipts a page at a time, the book register, deposits."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue.categories import load
from baladiya_desktop.domain.revenue.models import Deposit, Receipt, ReceiptBook
from baladiya_desktop.domain.revenue.service import book_id

STATUSES = ("all", "valid", "voided", "undeposited", "deposited")
PAGE = 200


@dataclass(frozen=True)
class ReceiptFilter:
    """What the list shows; every field empty means every receipt of the municipality."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    category: str = ""  # a category code
    collector: str = ""
    book_number: str = ""
    status: str = "all"  # one of STATUSES
    text: str = ""  # payer name, payer id or reference, as typed


@dataclass(frozen=True)
class ReceiptRow:
    id: uuid.UUID
    book_number: str
    serial: int
    receipt_date: dt.date
    payer_name: str
    payer_id: str
    category_code: str
    amount: int
    method: str
    reference: str
    collector: str
    voided: bool
    void_reason: str
    deposit_slip: str
    notes: str


def _municipality(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def _filtered(query: Any, municipality: str, f: ReceiptFilter) -> Any:
    # Any: SQLAlchemy types each column tuple apart, and two shapes pass through here.
    query = query.where(Receipt.municipality_code == municipality, Receipt.deleted.is_(False))
    if f.date_from:
        query = query.where(Receipt.receipt_date >= f.date_from)
    if f.date_to:
        query = query.where(Receipt.receipt_date <= f.date_to)
    if f.category:
        query = query.where(Receipt.category_code == f.category)
    if f.collector:
        query = query.where(Receipt.collector == f.collector)
    if f.book_number:
        query = query.where(Receipt.book_id == book_id(municipality, f.book_number))
    if f.status == "valid":
        query = query.where(Receipt.voided.is_(False))
    elif f.status == "voided":
        query = query.where(Receipt.voided.is_(True))
    elif f.status == "undeposited":
        query = query.where(
            Receipt.voided.is_(False), Receipt.deposit_id.is_(None), Receipt.method != "transfer"
        )
    elif f.status == "deposited":
        query = query.where(Receipt.deposit_id.is_not(None))
    if f.text.strip():
        like = f"%{f.text.strip()}%"
        query = query.where(
            Receipt.payer_name.like(like)
            | Receipt.payer_id.like(like)
            | Receipt.reference.like(like)
        )
    return query


def page(ctx: AppContext, f: ReceiptFilter, offset: int = 0, limit: int = PAGE) -> list[ReceiptRow]:
    """One page of receipts, newest date first and, within a day, the latest entered first."""
    ctx.require(Permission.REVENUE_READ)
    query: Any = (
        select(
            Receipt.id,
            ReceiptBook.book_number,
            Receipt.serial,
            Receipt.receipt_date,
            Receipt.payer_name,
            Receipt.payer_id,
            Receipt.category_code,
            Receipt.amount,
            Receipt.method,
            Receipt.reference,
            Receipt.collector,
            Receipt.voided,
            Receipt.void_reason,
            Deposit.slip_number,
            Receipt.notes,
        )
        .join(ReceiptBook, ReceiptBook.id == Receipt.book_id)
        .outerjoin(Deposit, Deposit.id == Receipt.deposit_id)
    )
    query = _filtered(query, _municipality(ctx), f)
    query = query.order_by(Receipt.receipt_date.desc(), Receipt.version.desc())
    with ctx.session() as session:
        rows = session.execute(query.offset(offset).limit(limit)).all()
    return [
        ReceiptRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13] or "",
            r[14],
        )
        for r in rows
    ]


def count(ctx: AppContext, f: ReceiptFilter) -> tuple[int, int]:
    """How many receipts the filter keeps, and their total in dirhams (voided left out)."""
    ctx.require(Permission.REVENUE_READ)
    valid = case((Receipt.voided.is_(False), Receipt.amount), else_=0)
    query = select(func.count(), func.coalesce(func.sum(valid), 0)).select_from(Receipt)
    with ctx.session() as session:
        number, total = session.execute(_filtered(query, _municipality(ctx), f)).one()
    return int(number), int(total)


def receipts_of(ctx: AppContext, f: ReceiptFilter, chunk: int = 2000) -> Any:
    """Every receipt the filter keeps, oldest first, read a chunk at a time (for exports)."""
    offset = 0
    while True:
        rows = page(ctx, f, offset, chunk)
        yield from rows
        if len(rows) < chunk:
            return
        offset += chunk


@dataclass(frozen=True)
class BookRow:
    """A line of the receipt book register."""

    id: uuid.UUID
    book_number: str
    serial_from: int
    serial_to: int
    collector: str
    issued_on: dt.date
    returned_on: dt.date | None
    status: str
    imported: bool
    used: int
    voided: int
    missing: int  # serials skipped between the first leaf and the highest used
    collected: int  # dirhams, voided left out

    @property
    def leaves(self) -> int:
        return self.serial_to - self.serial_from + 1


def book_rows(session: Session, municipality: str) -> list[BookRow]:
    """Every book with its counts, in one aggregate query (no receipt loaded)."""
    stats = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                Receipt.book_id,
                func.count(),
                func.sum(case((Receipt.voided, 1), else_=0)),
                func.max(Receipt.serial),
                func.sum(case((Receipt.voided, 0), else_=Receipt.amount)),
            )
            .where(Receipt.municipality_code == municipality, Receipt.deleted.is_(False))
            .group_by(Receipt.book_id)
        )
    }
    found = []
    for b in session.scalars(
        select(ReceiptBook)
        .where(ReceiptBook.municipality_code == municipality, ReceiptBook.deleted.is_(False))
        .order_by(ReceiptBook.issued_on, ReceiptBook.book_number)
    ):
        used, voided, highest, collected = stats.get(b.id, (0, 0, None, 0))
        missing = (int(highest) - b.serial_from + 1 - int(used)) if highest else 0
        found.append(
            BookRow(
                b.id,
                b.book_number,
                b.serial_from,
                b.serial_to,
                b.collector,
                b.issued_on,
                b.returned_on,
                b.status,
                b.imported,
                int(used),
                int(voided or 0),
                max(0, missing),
                int(collected or 0),
            )
        )
    return found


def books(ctx: AppContext) -> list[BookRow]:
    ctx.require(Permission.REVENUE_READ)
    with ctx.session() as session:
        return book_rows(session, _municipality(ctx))


def open_books(ctx: AppContext) -> list[BookRow]:
    """Books that still take receipts (the entry form offers these)."""
    return [b for b in books(ctx) if b.status != "closed"]


def collectors(ctx: AppContext) -> list[str]:
    ctx.require(Permission.REVENUE_READ)
    with ctx.session() as session:
        names = session.scalars(
            select(ReceiptBook.collector)
            .distinct()
            .where(ReceiptBook.municipality_code == _municipality(ctx))
        )
        return sorted(n for n in names if n)


@dataclass(frozen=True)
class DepositRow:
    id: uuid.UUID
    slip_number: str
    bank: str
    deposit_date: dt.date
    amount: int
    receipts: int


def deposits(ctx: AppContext, limit: int = 500) -> list[DepositRow]:
    ctx.require(Permission.REVENUE_READ)
    with ctx.session() as session:
        counts = dict(
            session.execute(
                select(Receipt.deposit_id, func.count())
                .where(Receipt.deposit_id.is_not(None))
                .group_by(Receipt.deposit_id)
            ).all()
        )
        rows = session.scalars(
            select(Deposit)
            .where(Deposit.municipality_code == _municipality(ctx), Deposit.deleted.is_(False))
            .order_by(Deposit.deposit_date.desc(), Deposit.slip_number.desc())
            .limit(limit)
        )
        return [
            DepositRow(d.id, d.slip_number, d.bank, d.deposit_date, d.amount, counts.get(d.id, 0))
            for d in rows
        ]


def category_names(ctx: AppContext) -> dict[str, str]:
    """Code → Arabic name, headings included."""
    with ctx.session() as session:
        return {c.code: c.name_ar for c in load(session, ctx.station.municipality_code)}


def method_totals(ctx: AppContext, year: int) -> dict[str, int]:
    """The year's collection by payment method, in dirhams (voided left out)."""
    ctx.require(Permission.REVENUE_READ)
    with ctx.session() as session:
        rows = session.execute(
            select(Receipt.method, func.sum(Receipt.amount))
            .where(
                and_(
                    Receipt.municipality_code == _municipality(ctx),
                    Receipt.month >= f"{year}-01",
                    Receipt.month <= f"{year}-12",
                    Receipt.voided.is_(False),
                    Receipt.deleted.is_(False),
                )
            )
            .group_by(Receipt.method)
        )
        found: dict[str, int] = defaultdict(int)
        for method, amount in rows:
            found[method] += int(amount)
    return dict(found)
