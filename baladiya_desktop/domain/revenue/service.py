"""The only writer of revenue: books, receipts (never deleted), voids and deposits."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import clean_text
from baladiya_desktop.core.writes import Tx
from baladiya_desktop.domain.revenue.categories import CategoryIndex, load
from baladiya_desktop.domain.revenue.closing import refuse_if_closed
from baladiya_desktop.domain.revenue.models import Deposit, Receipt, ReceiptBook
from baladiya_desktop.domain.revenue.rules import ReceiptInput, check_receipt


def _municipality(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def book_id(municipality: str, number: str) -> uuid.UUID:
    return natural_id(municipality, "receipt-book", number.strip())


def receipt_id(municipality: str, book_number: str, serial: int) -> uuid.UUID:
    return natural_id(municipality, "receipt", f"{book_number.strip()}/{serial}")


def issue_book(
    ctx: AppContext,
    number: str,
    serial_from: int,
    serial_to: int,
    collector: str,
    issued_on: dt.date,
    *,
    imported: bool = False,
) -> uuid.UUID:
    number, collector = clean_text(number), clean_text(collector)
    if not number:
        raise ValidationError(
            "رقم الدفتر مطلوب.", "The book number is required.", field="book_number"
        )
    if serial_from <= 0 or serial_to < serial_from or serial_to - serial_from > 100_000:
        raise ValidationError(
            "مدى أرقام الإيصالات في الدفتر غير صحيح.",
            "The book's serial range is not valid.",
            field="serial_from",
        )
    if issued_on > dt.date.today():
        raise ValidationError(
            "تاريخ تسليم الدفتر في المستقبل.", "The issue date is in the future.", field="issued_on"
        )
    municipality = _municipality(ctx)
    with ctx.write(Permission.REVENUE_WRITE, "revenue.book.issue") as tx:
        key = book_id(municipality, number)
        existing = tx.session.get(ReceiptBook, key)
        if existing is not None and not existing.deleted:
            raise ValidationError(
                f"الدفتر رقم {number} مسجل من قبل.",
                f"Book {number} is already registered.",
                field="book_number",
            )
        book = existing or ReceiptBook(id=key, municipality_code=municipality)
        book.book_number, book.serial_from, book.serial_to = number, serial_from, serial_to
        book.collector, book.issued_on, book.status = collector, issued_on, "issued"
        book.imported, book.deleted = imported, False
        if existing is None:
            tx.session.add(book)
        return key


def return_book(ctx: AppContext, number: str, returned_on: dt.date, *, close: bool = True) -> None:
    """The collector hands the book back; a closed book takes no more receipts."""
    with ctx.write(Permission.REVENUE_WRITE, "revenue.book.return") as tx:
        book = tx.session.get(ReceiptBook, book_id(_municipality(ctx), number))
        if book is None or book.deleted:
            raise NotFound(f"الدفتر رقم {number} غير مسجل.", f"Book {number} is not registered.")
        if returned_on < book.issued_on:
            raise ValidationError(
                "تاريخ الإرجاع قبل تاريخ التسليم.",
                "The return date is before the issue date.",
                field="returned_on",
            )
        book.returned_on, book.status = returned_on, "closed" if close else "returned"


@dataclass
class Prepared:
    """Receipts checked against books, categories and closed months, ready to write."""

    rows: list[Receipt] = field(default_factory=list)


def _prepare(
    tx: Tx,
    municipality: str,
    data: ReceiptInput,
    index: CategoryIndex,
    books: dict[str, ReceiptBook | None],
    today: dt.date | None = None,
    historical: bool = False,
) -> Receipt:
    checked = check_receipt(data, today, historical=historical)
    category = index.resolve(checked.category)
    book = books.get(checked.book_number)
    if checked.book_number not in books:
        book = tx.session.get(ReceiptBook, book_id(municipality, checked.book_number))
        books[checked.book_number] = book
    if book is None or book.deleted:
        raise ValidationError(
            f"الدفتر رقم {checked.book_number} غير مسجل. سجّل الدفتر أولاً.",
            f"Book {checked.book_number} is not registered.",
            field="book_number",
        )
    if book.status == "closed":
        raise ValidationError(
            f"الدفتر رقم {book.book_number} مغلق ولا يقبل إيصالات جديدة.",
            f"Book {book.book_number} is closed.",
            field="book_number",
        )
    if not book.serial_from <= checked.serial <= book.serial_to:
        raise ValidationError(
            f"رقم الإيصال {checked.serial} خارج مدى الدفتر ({book.serial_from}–{book.serial_to}).",
            f"Serial {checked.serial} is outside the book ({book.serial_from}–{book.serial_to}).",
            field="serial",
        )
    key = receipt_id(municipality, book.book_number, checked.serial)
    if tx.session.get(Receipt, key) is not None:
        raise duplicate(book.book_number, checked.serial)
    refuse_if_closed(tx.session, municipality, checked.receipt_date)
    assert isinstance(checked.amount, int)
    return Receipt(
        id=key,
        municipality_code=municipality,
        book_id=book.id,
        serial=checked.serial,
        receipt_date=checked.receipt_date,
        month=f"{checked.receipt_date:%Y-%m}",
        payer_name=checked.payer_name,
        payer_id=checked.payer_id,
        category_code=category.code,
        amount=checked.amount,
        method=checked.method,
        reference=checked.reference,
        collector=checked.collector or book.collector,
        notes=checked.notes,
    )


def duplicate(book_number: str, serial: int) -> ValidationError:
    return ValidationError(
        f"الإيصال رقم {serial} من الدفتر {book_number} مسجل من قبل.",
        f"Receipt {serial} of book {book_number} is already recorded.",
        field="serial",
    )


def record_receipt(ctx: AppContext, data: ReceiptInput) -> uuid.UUID:
    municipality = _municipality(ctx)
    with ctx.write(Permission.REVENUE_WRITE, "revenue.receipt") as tx:
        index = CategoryIndex(load(tx.session, municipality))
        receipt = _prepare(tx, municipality, data, index, {})
        tx.session.add(receipt)
        return receipt.id


def record_many(tx: Tx, municipality: str, rows: Iterable[ReceiptInput]) -> list[uuid.UUID]:
    """Inside an import's transaction: every row checked as a single entry would be."""
    index = CategoryIndex(load(tx.session, municipality))
    books: dict[str, ReceiptBook | None] = {}
    ids = []
    for data in rows:
        receipt = _prepare(tx, municipality, data, index, books)
        tx.session.add(receipt)
        tx.session.flush()
        ids.append(receipt.id)
    return ids


def next_serial(ctx: AppContext, number: str) -> int | None:
    """The serial the entry form proposes: one after the highest used in the book."""
    ctx.require(Permission.REVENUE_READ)
    with ctx.session() as session:
        book = session.get(ReceiptBook, book_id(_municipality(ctx), number))
        if book is None:
            return None
        used = session.scalars(
            select(Receipt.serial).where(Receipt.book_id == book.id).order_by(Receipt.serial.desc())
        ).first()
        proposed = (used or book.serial_from - 1) + 1
        return proposed if proposed <= book.serial_to else None


def void_receipt(ctx: AppContext, receipt: uuid.UUID, reason: str) -> None:
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            "اذكر سبب إلغاء الإيصال.", "Give the reason for voiding.", field="reason"
        )
    with ctx.write(Permission.REVENUE_WRITE, "revenue.receipt.void") as tx:
        row = _receipt(tx.session, receipt)
        refuse_if_closed(tx.session, row.municipality_code, row.receipt_date)
        if row.voided:
            raise ValidationError("الإيصال ملغى من قبل.", "The receipt is already void.")
        if row.deposit_id is not None:
            raise ValidationError(
                "لا يُلغى إيصال أُودعت قيمته في المصرف.", "A deposited receipt cannot be voided."
            )
        row.voided, row.void_reason = True, reason


def _receipt(session: Session, receipt: uuid.UUID) -> Receipt:
    row = session.get(Receipt, receipt)
    if row is None or row.deleted:
        raise NotFound("الإيصال غير موجود.", "The receipt does not exist.")
    return row


def deposit(
    ctx: AppContext,
    slip_number: str,
    deposit_date: dt.date,
    receipts: list[uuid.UUID],
    bank: str = "",
) -> uuid.UUID:
    """Group receipts into one bank deposit with its slip number and date."""
    with ctx.write(Permission.REVENUE_WRITE, "revenue.deposit") as tx:
        return _deposit(tx, _municipality(ctx), slip_number, deposit_date, receipts, bank)


def deposit_many(
    ctx: AppContext, slips: list[tuple[str, dt.date, list[uuid.UUID], str]]
) -> list[uuid.UUID]:
    """Several deposits (slip, date, receipts, bank) in one transaction: all or none."""
    with ctx.write(Permission.REVENUE_WRITE, "revenue.deposit") as tx:
        return [_deposit(tx, _municipality(ctx), *slip) for slip in slips]


def _deposit(
    tx: Tx,
    municipality: str,
    slip_number: str,
    deposit_date: dt.date,
    receipts: list[uuid.UUID],
    bank: str,
) -> uuid.UUID:
    slip_number = clean_text(slip_number)
    if not slip_number:
        raise ValidationError(
            "رقم إشعار الإيداع مطلوب.", "The slip number is required.", field="slip_number"
        )
    if deposit_date > dt.date.today():
        raise ValidationError(
            "تاريخ الإيداع في المستقبل.", "The deposit date is in the future.", field="deposit_date"
        )
    if not receipts:
        raise ValidationError("اختر الإيصالات المودعة.", "Choose the receipts deposited.")
    refuse_if_closed(tx.session, municipality, deposit_date, field="deposit_date")
    rows = [_receipt(tx.session, r) for r in receipts]
    for row in rows:
        if row.voided or row.deposit_id is not None:
            raise ValidationError(
                f"الإيصال رقم {row.serial} ملغى أو مودع من قبل.",
                f"Receipt {row.serial} is void or already deposited.",
            )
        if row.receipt_date > deposit_date:
            raise ValidationError(
                f"الإيصال رقم {row.serial} بتاريخ بعد تاريخ الإيداع.",
                f"Receipt {row.serial} is dated after the deposit.",
            )
    slip = Deposit(
        municipality_code=municipality,
        slip_number=slip_number,
        bank=clean_text(bank),
        deposit_date=deposit_date,
        amount=sum(r.amount for r in rows),
    )
    tx.session.add(slip)
    tx.session.flush()
    for row in rows:
        row.deposit_id = slip.id
    return slip.id
