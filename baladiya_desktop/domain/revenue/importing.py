"""Many receipts at once (an office's spreadsheet, the demo): one transaction, row by row.

Each receipt is checked exactly as a single entry would be (``service._prepare``). Books the
office has not registered are created from the file, marked ``imported``: their first leaf is
the lowest serial seen, the last one the highest rounded up to a whole book of 50 leaves, and
they count as issued on the earliest receipt date, so the controls do not flag them. A
receipt already recorded with the same content is counted as unchanged (importing a sheet
twice changes nothing); with other content it is refused as a duplicate serial.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.core.text import clean_text
from baladiya_desktop.core.writes import Tx
from baladiya_desktop.domain.revenue.categories import CategoryIndex, load
from baladiya_desktop.domain.revenue.models import Receipt, ReceiptBook
from baladiya_desktop.domain.revenue.rules import ReceiptInput, check_receipt
from baladiya_desktop.domain.revenue.service import _prepare, book_id, duplicate, receipt_id

CHECK_EVERY = 500
LEAVES = 50  # the usual size of a receipt book
_COMPARED = ("receipt_date", "payer_name", "category_code", "amount", "method", "reference")


@dataclass
class ReceiptImport:
    imported: int = 0
    unchanged: int = 0
    refused: list[tuple[int, ValidationError]] = field(default_factory=list)
    books_created: list[str] = field(default_factory=list)
    ids: list[uuid.UUID] = field(default_factory=list)
    dry_run: bool = False


class _RollBack(Exception):
    """Raised inside the transaction to undo a dry run or an all-or-nothing refusal."""


def _new_books(
    tx: Tx,
    municipality: str,
    rows: Sequence[tuple[int, ReceiptInput]],
    today: dt.date,
    historical: bool,
) -> list[str]:
    """Register, as imported, the books the rows name that the office has not registered."""
    seen: dict[str, list[ReceiptInput]] = {}
    for _row, data in rows:
        try:
            checked = check_receipt(data, today, historical=historical)
        except ValidationError:
            continue  # the row is refused later, with its reason; it makes no book
        seen.setdefault(checked.book_number, []).append(checked)
    created = []
    for number, items in seen.items():
        key = book_id(municipality, number)
        existing = tx.session.get(ReceiptBook, key)
        if existing is not None and not existing.deleted:
            continue
        first = min(i.serial for i in items)
        last = max(i.serial for i in items)
        collectors = Counter(i.collector for i in items if i.collector)
        book = existing or ReceiptBook(id=key, municipality_code=municipality)
        book.book_number, book.serial_from = number, first
        book.serial_to = max(last, math.ceil(last / LEAVES) * LEAVES)
        book.collector = collectors.most_common(1)[0][0] if collectors else ""
        book.issued_on = min(i.receipt_date for i in items)
        book.status, book.imported, book.deleted, book.notes = (
            "issued",
            True,
            False,
            "أُنشئ من ملف استيراد الإيصالات",
        )
        tx.session.add(book)
        created.append(number)
    tx.session.flush()
    return created


def _existing(tx: Tx, ids: list[uuid.UUID]) -> dict[uuid.UUID, Receipt]:
    found: dict[uuid.UUID, Receipt] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            (r.id, r) for r in tx.session.scalars(select(Receipt).where(Receipt.id.in_(chunk)))
        )
    return found


def _values(receipt: Receipt) -> dict[str, Any]:
    columns = Receipt.__table__.columns
    return {c.key: v for c in columns if (v := getattr(receipt, c.key)) is not None}


def import_receipts(
    ctx: AppContext,
    rows: Sequence[tuple[int, ReceiptInput]],
    *,
    voids: Mapping[int, str] | None = None,
    dry_run: bool = False,
    all_or_nothing: bool = False,
    today: dt.date | None = None,
    historical: bool = False,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> ReceiptImport:
    """Record ``rows`` ((row number, receipt) pairs) in one transaction; refusals by row.

    ``voids`` names the rows the source marks as voided, with the reason: they are kept
    voided, as the office recorded them. ``historical`` rows may lack a cheque or transfer
    number (``rules.check_receipt``).
    """
    voids = voids or {}
    result = ReceiptImport(dry_run=dry_run)
    today = today or dt.date.today()
    municipality = ctx.station.municipality_code or "MINISTRY"
    label = "حفظ الإيصالات"
    try:
        with ctx.write(Permission.REVENUE_WRITE, "revenue.import") as tx:
            result.books_created = _new_books(tx, municipality, rows, today, historical)
            index = CategoryIndex(load(tx.session, municipality))
            keys = [receipt_id(municipality, clean_text(d.book_number), d.serial) for _, d in rows]
            known = _existing(tx, keys)
            books: dict[str, ReceiptBook | None] = {}
            fresh: list[dict[str, Any]] = []
            pending: dict[uuid.UUID, int] = {}
            with tx.session.no_autoflush:
                for done, ((row, data), key) in enumerate(zip(rows, keys, strict=True), 1):
                    if done % CHECK_EVERY == 0:
                        progress(done, len(rows), label)
                        if cancel is not None:
                            cancel.check()
                    try:
                        if key in pending:
                            raise ValidationError(
                                f"الإيصال رقم {data.serial} من الدفتر {data.book_number} ورد "
                                f"من قبل في الصف {pending[key]}.",
                                f"Receipt {data.serial} of book {data.book_number} already "
                                f"appeared in row {pending[key]}.",
                                field="serial",
                            )
                        old = known.get(key)
                        if old is not None:
                            same = _same(data, old, index, today, historical)
                            if same and old.voided == (row in voids):
                                result.unchanged += 1
                                pending[key] = row
                                continue
                            raise duplicate(clean_text(data.book_number), data.serial)
                        receipt = _prepare(
                            tx, municipality, data, index, books, today, historical
                        )
                    except ValidationError as error:
                        result.refused.append((row, error))
                        continue
                    pending[key] = row
                    values = _values(receipt)
                    if row in voids:
                        values["voided"], values["void_reason"] = True, voids[row]
                    fresh.append(values)
            result.ids = tx.insert_many(Receipt, fresh)
            result.imported = len(fresh)
            progress(len(rows), len(rows), label)
            if dry_run or (all_or_nothing and result.refused):
                raise _RollBack
    except _RollBack:
        if all_or_nothing and result.refused:
            result.imported = result.unchanged = 0
            result.books_created, result.ids = [], []
    return result


def _same(
    data: ReceiptInput, old: Receipt, index: CategoryIndex, today: dt.date, historical: bool
) -> bool:
    """True when ``data`` is the receipt already recorded (a sheet imported again)."""
    try:
        checked = check_receipt(data, today, historical=historical)
        code = index.resolve(checked.category).code
    except ValidationError:
        return False
    new = {
        "receipt_date": checked.receipt_date,
        "payer_name": checked.payer_name,
        "category_code": code,
        "amount": checked.amount,
        "method": checked.method,
        "reference": checked.reference,
    }
    return all(getattr(old, k) == new[k] for k in _COMPARED)
