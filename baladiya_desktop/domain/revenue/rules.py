"""What a receipt must satisfy before it is written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.money import parse_lyd
from baladiya_desktop.core.text import clean_text

METHODS = ("cash", "cheque", "transfer")


@dataclass(frozen=True)
class ReceiptInput:
    book_number: str
    serial: int
    receipt_date: dt.date
    payer_name: str
    category: str
    amount: int | str | Decimal
    method: str = "cash"
    reference: str = ""
    payer_id: str = ""
    collector: str = ""
    notes: str = ""


def check_receipt(
    data: ReceiptInput, today: dt.date | None = None, *, historical: bool = False
) -> ReceiptInput:
    """The cleaned receipt (amount in dirhams), or the first rule it breaks. A ``historical``
    receipt (from an office's sheet: the paper exists) may lack its cheque or transfer number;
    it is kept and listed by the controls as incomplete, since refusing it loses its money."""
    today = today or dt.date.today()
    amount = data.amount if isinstance(data.amount, int) else parse_lyd(data.amount)
    if amount <= 0:
        raise ValidationError(
            "المبلغ يجب أن يكون أكبر من صفر.", "The amount must be more than zero.", field="amount"
        )
    if data.receipt_date > today:
        raise ValidationError(
            "تاريخ الإيصال في المستقبل.", "The receipt date is in the future.", field="receipt_date"
        )
    if data.serial <= 0:
        raise ValidationError(
            "رقم الإيصال يجب أن يكون رقماً موجباً.",
            "The serial must be a positive number.",
            field="serial",
        )
    payer = clean_text(data.payer_name)
    if not payer:
        raise ValidationError(
            "اسم الدافع مطلوب.", "The payer's name is required.", field="payer_name"
        )
    if data.method not in METHODS:
        raise ValidationError(
            "طريقة الدفع: نقداً أو صك أو حوالة مصرفية.",
            "Payment method: cash, cheque or bank transfer.",
            field="method",
        )
    if data.method != "cash" and not clean_text(data.reference) and not historical:
        raise ValidationError(
            "اكتب رقم الصك أو الحوالة.", "Give the cheque or transfer number.", field="reference"
        )
    book = clean_text(data.book_number)
    if not book:
        raise ValidationError(
            "رقم الدفتر مطلوب.", "The book number is required.", field="book_number"
        )
    return replace(
        data,
        book_number=book,
        amount=amount,
        payer_name=payer,
        reference=clean_text(data.reference),
        payer_id=clean_text(data.payer_id),
        collector=clean_text(data.collector),
        notes=data.notes.strip(),
    )
