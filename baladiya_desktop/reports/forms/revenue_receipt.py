"""نسخة إيصال قبض: one receipt as the register holds it, for a payer who needs proof of payment.

The QR carries the payer, amount and date, so a clerk who checks the copy sees at once
whether a hand-altered amount or name is what was printed.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.reference import load_list
from baladiya_desktop.domain.revenue.categories import METHODS, load
from baladiya_desktop.domain.revenue.models import Receipt, ReceiptBook
from baladiya_desktop.reports.forms.common import heading, key_value_table, note, show_date
from baladiya_desktop.reports.registry import (
    Content,
    FormSpec,
    Page,
    one_record,
    register_form,
)
from baladiya_desktop.reports.summary import Fact

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext


def resolve(ctx: AppContext, given: str) -> str:
    """The receipt printed as «رقم الدفتر / الإيصال»: BOOK/SERIAL."""
    book, _, serial = normalize_digits(given).rpartition("/")
    if not book.strip() or not serial.strip().isdigit():
        raise NotFound(
            f"رقم الإيصال «{given}» غير مفهوم: اكتبه رقم_الدفتر/رقم_الإيصال، مثل B-12/345.",
            f"Receipt '{given}' is not understood: write it as BOOK/SERIAL, like B-12/345.",
            field="id",
        )
    with ctx.session() as session:
        found = session.scalars(
            select(Receipt.id).join(ReceiptBook, ReceiptBook.id == Receipt.book_id).where(
                ReceiptBook.book_number == book.strip(), Receipt.serial == int(serial),
                Receipt.deleted.is_(False))
        ).all()  # fmt: skip
    return one_record(found, given, "إيصال", "receipt")


def content(ctx: AppContext, key: str) -> Content:
    try:
        receipt_id = uuid.UUID(key)
    except ValueError:
        raise NotFound("رقم الإيصال غير صالح.", "Invalid receipt id.") from None
    with ctx.session() as session:
        r = session.get(Receipt, receipt_id)
        if r is None or r.deleted:
            raise NotFound("الإيصال غير موجود.", "The receipt does not exist.")
        book = session.get(ReceiptBook, r.book_id)
        names = {c.code: c.name_ar for c in load(session, r.municipality_code)}
        methods = {m.code: m.name_ar for m in load_list(session, METHODS)}
        return {
            "id": str(r.id),
            "book": book.book_number if book else "",
            "serial": r.serial,
            "date": r.receipt_date.isoformat(),
            "payer": r.payer_name,
            "payer_id": r.payer_id,
            "category": names.get(r.category_code, r.category_code),
            "amount": r.amount,
            "method": methods.get(r.method, r.method),
            "reference": r.reference,
            "collector": r.collector,
            "voided": r.voided,
            "void_reason": r.void_reason,
        }


def layout(ctx: AppContext, data: Content) -> Page:
    rows = [
        ("رقم الدفتر / الإيصال", f"{data['book']} / {data['serial']}"),
        ("تاريخ الإيصال", show_date(data["date"])),
        ("اسم الدافع", data["payer"] or "—"),
        ("رقم إثبات الدافع", data["payer_id"] or "—"),
        ("نوع الإيراد", data["category"] or "—"),
        ("المبلغ", format_lyd(data["amount"])),
        ("طريقة الدفع", data["method"] or "—"),
        ("المرجع", data["reference"] or "—"),
        ("المحصّل", data["collector"] or "—"),
    ]
    if data["voided"]:
        rows.append(("الحالة", f"ملغى: {data['void_reason'] or '—'}"))
    story = [
        *heading("بيانات الإيصال"),
        key_value_table(rows),
        note("نسخة من الإيصال كما هو مسجّل في سجل الإيرادات يوم الطباعة؛ يُتحقق منها برمز QR."),
    ]
    return Page(story, signatures=["المحصّل", "مسؤول الإيرادات"], stamp=True)


SUMMARY = (
    Fact("p", "الدافع", "Payer", lambda c: c["payer"]),
    Fact("a", "المبلغ", "Amount", lambda c: c["amount"], "money"),
    Fact("d", "التاريخ", "Date", lambda c: c["date"], "date"),
    Fact("r", "رقم الإيصال", "Receipt number", lambda c: f"{c['book']}/{c['serial']}", "number"),
    Fact("v", "ملغى", "Voided", lambda c: "ملغى" if c["voided"] else ""),
)

FORM = register_form(
    FormSpec(
        name="revenue-receipt",
        title_ar="نسخة إيصال قبض",
        title_en="Copy of a receipt",
        needs_id=True,
        permission=Permission.REVENUE_READ,
        prefix="ق",
        content=content,
        layout=layout,
        summary=SUMMARY,
        resolve=resolve,
    )
)
