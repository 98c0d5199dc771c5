"""Closing a month: the checklist, the agent's close that seals it, and a reopening.

The checklist asks what an auditor asks before signing a month off: every book's serials
accounted for (used, voided, or still blank and where), every receipt of the month deposited,
every void with its reason. What is not in order needs a written explanation to close; the
explanations are kept in the close record with the totals, and the seal (a hash of both) is
a travelling record, so the ministry receives the month as the agent signed it. Once closed,
no receipt, void or deposit can be dated in the month (``refuse_if_closed``, called by the
revenue services) until an administrator reopens it with a reason; both are audited.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.plural import Noun
from baladiya_desktop.core.text import clean_text
from baladiya_desktop.domain.revenue.models import MonthClose, Receipt, ReceiptBook

# Items of the checklist, in the order they are shown.
KINDS = ("book", "gap", "undeposited", "void")
KINDS_AR = {
    "book": "دفتر إيصالات",
    "gap": "أرقام مفقودة",
    "undeposited": "لم تُودع",
    "void": "إلغاء دون سبب",
}
MAX_EXPLANATION = 500
LEAVES = Noun("{n} ورقة", "ورقة واحدة", "ورقتان", "{n} ورقات", "{n} ورقة", "{n} ورقة")
RECEIPTS = Noun("{n} إيصال", "إيصال واحد", "إيصالان", "{n} إيصالات", "{n} إيصالاً",
                "{n} إيصال")


def _month_key(month: str) -> str:
    try:
        dt.datetime.strptime(month, "%Y-%m")
    except ValueError:
        raise ValidationError(
            "الشهر يُكتب بالصيغة yyyy-mm.", "Give the month as yyyy-mm.", field="month"
        ) from None
    return month


def _bounds(month: str) -> tuple[dt.date, dt.date]:
    year, number = int(month[:4]), int(month[5:7])
    return dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])


def _close_id(municipality: str, month: str) -> uuid.UUID:
    return natural_id(municipality, "revenue-month", month)


def _municipality(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def refuse_if_closed(
    session: Session, municipality: str, day: dt.date, field: str = "receipt_date"
) -> None:
    """Refuse a receipt, void or deposit dated in a closed month."""
    row = session.get(MonthClose, _close_id(municipality, f"{day:%Y-%m}"))
    if row is not None and row.status == "closed" and not row.deleted:
        raise ValidationError(
            f"شهر {day:%m/%Y} مقفل ولا يقبل تعديلاً. يفتحه الوكيل بسبب مكتوب إن لزم.",
            f"{day:%m/%Y} is closed; the agent can reopen it with a written reason.",
            field=field,
        )


def month_totals(session: Session, municipality: str, month: str) -> dict[str, int]:
    """Collected per category (voided receipts left out), and the counts the seal covers."""
    totals: dict[str, int] = {"__receipts__": 0, "__voided__": 0}
    rows = session.execute(
        select(Receipt.category_code, Receipt.voided, func.sum(Receipt.amount), func.count())
        .where(
            Receipt.municipality_code == municipality,
            Receipt.month == month,
            Receipt.deleted.is_(False),
        )
        .group_by(Receipt.category_code, Receipt.voided)
    )
    for code, voided, amount, count in rows:
        totals["__receipts__"] += int(count)
        if voided:
            totals["__voided__"] += int(count)
        else:
            totals[code] = totals.get(code, 0) + int(amount)
    return totals


@dataclass(frozen=True)
class Item:
    """One line of the checklist. ``key`` is stable, so an explanation given for it is found
    again; ``ok`` items need none."""

    key: str
    kind: str
    book_number: str
    ok: bool
    text_ar: str
    text_en: str
    explanation: str = ""

    @property
    def open(self) -> bool:
        """Not in order and not explained: the month cannot close."""
        return not self.ok and not self.explanation


@dataclass
class Checklist:
    month: str
    items: list[Item] = field(default_factory=list)
    status: str = "open"  # open | closed | reopened
    closed_at: dt.datetime | None = None
    closed_by: str = ""
    seal: str = ""
    reopen_reason: str = ""
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    @property
    def problems(self) -> list[Item]:
        return [i for i in self.items if not i.ok]

    @property
    def unexplained(self) -> list[Item]:
        return [i for i in self.items if i.open]

    def to_json(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "status": self.status,
            "closed_at": self.closed_at.isoformat() if self.closed_at else None,
            "closed_by": self.closed_by,
            "seal": self.seal,
            "reopen_reason": self.reopen_reason,
            "totals": self.totals,
            "items": [
                {"key": i.key, "kind": i.kind, "book": i.book_number, "ok": i.ok,
                 "text": i.text_ar, "text_en": i.text_en, "explanation": i.explanation}
                for i in self.items
            ],
        }  # fmt: skip


def _span(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}–{hi}"


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _book_items(session: Session, municipality: str, month: str) -> list[Item]:
    """Each book in use during the month: its serials used, voided and still blank; the
    missing serials next to a receipt of the month, each an item to explain."""
    start, end = _bounds(month)
    books = [
        b
        for b in session.scalars(
            select(ReceiptBook)
            .where(ReceiptBook.municipality_code == municipality, ReceiptBook.deleted.is_(False))
            .order_by(ReceiptBook.book_number)
        )
    ]
    used: dict[uuid.UUID, dict[int, tuple[str, bool]]] = defaultdict(dict)
    for book_id, serial, in_month, voided in session.execute(
        select(Receipt.book_id, Receipt.serial, Receipt.month, Receipt.voided).where(
            Receipt.municipality_code == municipality,
            Receipt.deleted.is_(False),
            Receipt.month <= month,
        )
    ):
        used[book_id][serial] = (in_month, bool(voided))
    items: list[Item] = []
    for book in books:
        serials = used.get(book.id, {})
        active = any(m == month for m, _v in serials.values())
        held = book.issued_on <= end and (book.returned_on is None or book.returned_on >= start)
        number = book.book_number
        top = max(serials, default=book.serial_from - 1)
        voids = sum(1 for _m, v in serials.values() if v)
        blank = max(0, book.serial_to - top)
        if not (active or (held and blank)):
            continue  # nothing of it to account for in this month
        if book.imported:
            where_ar = "وهو دفتر أُنشئ من ملف مستورد، فلا تُعدّ أوراقه الباقية"
            where_en = "a book made from an imported sheet: its blank leaves are not counted"
        elif not blank:
            where_ar, where_en = "ولم تبقَ فيه أوراق", "no blank leaves left"
        elif book.returned_on is not None and book.returned_on <= end:
            where_ar = (f"وأُعيد في {book.returned_on:%d/%m/%Y} وفيه {LEAVES.count(blank)} غير "
                        f"مستعملة ({_span(top + 1, book.serial_to)})")
            where_en = f"returned on {book.returned_on:%d/%m/%Y} with {blank} blank leaves"
        else:
            where_ar = (f"والباقي {LEAVES.count(blank)} ({_span(top + 1, book.serial_to)}) مع "
                        f"المحصل {book.collector or '—'}")
            where_en = f"{blank} blank leaves still with the collector {book.collector}"
        void_text = f"، أُلغي منها {LEAVES.count(voids)}" if voids else ""
        items.append(Item(
            f"book:{number}", "book", number, True,
            f"الدفتر {number} ({_span(book.serial_from, book.serial_to)}): استُعمل منه "
            f"{LEAVES.count(len(serials))}{void_text}، {where_ar}.",
            f"Book {number}: {len(serials)} used, {voids} voided, {where_en}.",
        ))  # fmt: skip
        missing = [n for n in range(book.serial_from, top + 1) if n not in serials]
        for lo, hi in _runs(missing):
            before, after = serials.get(lo - 1), serials.get(hi + 1)
            if not any(s is not None and s[0] == month for s in (before, after)):
                continue  # the gap belongs to another month's close
            span = _span(lo, hi)
            items.append(Item(
                f"gap:{number}:{span}", "gap", number, False,
                f"أرقام مفقودة في الدفتر {number}: {span} — لا إيصال مسجل ولا إلغاء.",
                f"Missing serials in book {number}: {span}, neither recorded nor voided.",
            ))  # fmt: skip
    return items


def _receipt_items(session: Session, municipality: str, month: str) -> list[Item]:
    """Receipts of the month not deposited (by book), and voids without a reason."""
    numbers = dict(
        session.execute(
            select(ReceiptBook.id, ReceiptBook.book_number).where(
                ReceiptBook.municipality_code == municipality
            )
        ).all()
    )
    waiting: dict[str, list[tuple[int, int]]] = defaultdict(list)
    items: list[Item] = []
    for book_id, serial, amount, voided, reason, slip, method in session.execute(
        select(Receipt.book_id, Receipt.serial, Receipt.amount, Receipt.voided,
               Receipt.void_reason, Receipt.deposit_id, Receipt.method)
        .where(Receipt.municipality_code == municipality, Receipt.month == month,
               Receipt.deleted.is_(False))
        .order_by(Receipt.book_id, Receipt.serial)
    ):  # fmt: skip
        number = numbers.get(book_id, "?")
        if voided:
            if not (reason or "").strip():
                items.append(Item(
                    f"void:{number}:{serial}", "void", number, False,
                    f"الإيصال {serial} من الدفتر {number} ملغى دون سبب مذكور.",
                    f"Receipt {serial} of book {number} is voided without a reason.",
                ))  # fmt: skip
            continue
        if slip is None and method != "transfer":  # a transfer is already in the bank
            waiting[number].append((serial, int(amount)))
    for number, rows in sorted(waiting.items()):
        serials = ", ".join(_span(lo, hi) for lo, hi in _runs([s for s, _a in rows]))
        total = sum(a for _s, a in rows)
        items.append(Item(
            f"undeposited:{number}", "undeposited", number, False,
            f"{RECEIPTS.count(len(rows))} من الدفتر {number} لم تُودع قيمتها "
            f"({format_lyd(total)}): "
            f"{serials}.",
            f"{len(rows)} receipts of book {number} not deposited "
            f"({format_lyd(total, currency=False)} LYD): "
            f"{serials}.",
        ))  # fmt: skip
    return items


def _stored(row: MonthClose | None) -> tuple[dict[str, int], dict[str, str]]:
    """The totals and explanations a close recorded (none for a month never closed)."""
    if row is None or not row.totals:
        return {}, {}
    data = json.loads(row.totals)
    if "totals" in data:
        return dict(data["totals"]), dict(data.get("explained", {}))
    return dict(data), {}  # a close written before explanations were kept


def _build(session: Session, municipality: str, month: str,
           explanations: Mapping[str, str]) -> Checklist:
    items = _book_items(session, municipality, month) + _receipt_items(
        session, municipality, month)
    row = session.get(MonthClose, _close_id(municipality, month))
    _totals, stored = _stored(row)
    given = {**stored, **{k: clean_text(v) for k, v in explanations.items()}}
    items = [
        Item(i.key, i.kind, i.book_number, i.ok, i.text_ar, i.text_en, given.get(i.key, ""))
        if not i.ok else i
        for i in items
    ]
    items.sort(key=lambda i: (KINDS.index(i.kind), i.book_number, i.key))
    found = Checklist(month, items, totals=month_totals(session, municipality, month))
    if row is not None and not row.deleted:
        found.status, found.closed_at, found.closed_by = row.status, row.closed_at, row.closed_by
        found.seal, found.reopen_reason = row.seal, row.reopen_reason
        if row.status == "closed":
            found.totals = _totals or found.totals
    return found


def checklist(ctx: AppContext, month: str,
              explanations: Mapping[str, str] | None = None) -> Checklist:
    """What must be in order before ``month`` closes, with the explanations given (or, for
    a closed month, those recorded at its close)."""
    ctx.require(Permission.REVENUE_READ)
    month = _month_key(month)
    with ctx.session() as session:
        return _build(session, _municipality(ctx), month, explanations or {})


def close_month(ctx: AppContext, month: str, explanations: Mapping[str, str] | None = None,
                *, today: dt.date | None = None) -> str:
    """Seal a month that has ended and whose checklist is in order or explained; returns
    the seal (a hash of the month, its totals and the explanations)."""
    month = _month_key(month)
    today = today or dt.date.today()
    municipality = _municipality(ctx)
    if month >= f"{today:%Y-%m}":
        raise ValidationError(
            "لا يُقفل الشهر الجاري أو شهر لم يبدأ.",
            "The current or a future month cannot be closed.",
            field="month",
        )
    for item, text in (explanations or {}).items():
        if len(text) > MAX_EXPLANATION:
            raise ValidationError(
                f"الإيضاح أطول من {MAX_EXPLANATION} حرف: اختصره.",
                f"An explanation is over {MAX_EXPLANATION} characters.",
                field=item,
            )
    with ctx.write(Permission.REVENUE_CLOSE, "revenue.month.close") as tx:
        key = _close_id(municipality, month)
        row = tx.session.get(MonthClose, key)
        if row is not None and row.status == "closed" and not row.deleted:
            raise ValidationError("الشهر مقفل من قبل.", "The month is already closed.")
        found = _build(tx.session, municipality, month, explanations or {})
        if found.unexplained:
            first = found.unexplained[0]
            raise ValidationError(
                f"لا يُقفل الشهر: {len(found.unexplained)} ملاحظة بلا إيضاح، أولها: "
                f"{first.text_ar} اكتب إيضاحاً لكل ملاحظة أو عالجها ثم أقفل الشهر.",
                f"The month cannot close: {len(found.unexplained)} items are not in order "
                f"or explained, first: {first.text_en}",
                field="month",
            )
        totals = month_totals(tx.session, municipality, month)
        explained = {i.key: i.explanation for i in found.problems}
        seal = hashlib.sha256(
            canonical_json({"month": month, "totals": totals, "explained": explained}).encode()
        ).hexdigest()
        row = row or MonthClose(id=key, municipality_code=municipality, month=month)
        row.status, row.closed_at, row.closed_by = "closed", tx.now, tx.username
        row.totals = json.dumps({"totals": totals, "explained": explained}, ensure_ascii=False)
        row.seal, row.reopen_reason, row.deleted = seal, "", False
        tx.session.add(row)
        return seal


def reopen_month(ctx: AppContext, month: str, reason: str) -> None:
    """Reopening is itself audited and sent; it needs a written reason."""
    month = _month_key(month)
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            "اذكر سبب إعادة فتح الشهر.", "Give the reason for reopening.", field="reason"
        )
    with ctx.write(Permission.REVENUE_CLOSE, "revenue.month.reopen") as tx:
        row = tx.session.get(MonthClose, _close_id(_municipality(ctx), month))
        if row is None or row.status != "closed" or row.deleted:
            raise ValidationError("الشهر ليس مقفلاً.", "The month is not closed.")
        row.status, row.reopen_reason = "reopened", reason


def closed_months(ctx: AppContext) -> list[str]:
    """The months now closed, latest first."""
    ctx.require(Permission.REVENUE_READ)
    with ctx.session() as session:
        return list(session.scalars(
            select(MonthClose.month)
            .where(MonthClose.municipality_code == _municipality(ctx),
                   MonthClose.status == "closed", MonthClose.deleted.is_(False))
            .order_by(MonthClose.month.desc())
        ))  # fmt: skip
