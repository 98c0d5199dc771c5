"""Closing a month: the agent approves it, it becomes read-only, its seal travels."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue.models import MonthClose, Receipt


def _month_key(month: str) -> str:
    try:
        dt.datetime.strptime(month, "%Y-%m")
    except ValueError:
        raise ValidationError(
            "الشهر يُكتب بالصيغة yyyy-mm.", "Give the month as yyyy-mm.", field="month"
        ) from None
    return month


def refuse_if_closed(session: Session, municipality: str, day: dt.date) -> None:
    row = session.get(MonthClose, natural_id(municipality, "revenue-month", f"{day:%Y-%m}"))
    if row is not None and row.status == "closed" and not row.deleted:
        raise ValidationError(
            f"شهر {day:%m/%Y} مقفل ولا يقبل تعديلاً. يفتحه الوكيل بسبب مكتوب إن لزم.",
            f"{day:%m/%Y} is closed; the agent can reopen it with a written reason.",
            field="receipt_date",
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


def close_month(ctx: AppContext, month: str) -> str:
    """Seal a month whose receipts are all entered and deposited; returns the seal."""
    month = _month_key(month)
    municipality = ctx.station.municipality_code or "MINISTRY"
    if month >= f"{dt.date.today():%Y-%m}":
        raise ValidationError(
            "لا يُقفل الشهر الجاري أو شهر لم يبدأ.",
            "The current or a future month cannot be closed.",
            field="month",
        )
    with ctx.write(Permission.REVENUE_CLOSE, "revenue.month.close") as tx:
        undeposited = tx.session.scalar(
            select(func.count())
            .select_from(Receipt)
            .where(
                Receipt.municipality_code == municipality,
                Receipt.month == month,
                Receipt.voided.is_(False),
                Receipt.deposit_id.is_(None),
                Receipt.method != "transfer",
            )
        )
        if undeposited:
            raise ValidationError(
                f"في هذا الشهر {undeposited} إيصال لم تُودع قيمته بعد. أودعها ثم أقفل الشهر.",
                f"{undeposited} receipts of this month are not deposited yet.",
                field="month",
            )
        totals = month_totals(tx.session, municipality, month)
        seal = hashlib.sha256(
            canonical_json({"month": month, "totals": totals}).encode()
        ).hexdigest()
        key = natural_id(municipality, "revenue-month", month)
        row = tx.session.get(MonthClose, key)
        if row is not None and row.status == "closed":
            raise ValidationError("الشهر مقفل من قبل.", "The month is already closed.")
        row = row or MonthClose(id=key, municipality_code=municipality, month=month)
        row.status, row.closed_at, row.closed_by = "closed", tx.now, tx.username
        row.totals, row.seal, row.reopen_reason = json.dumps(totals), seal, ""
        tx.session.add(row)
        return seal


def reopen_month(ctx: AppContext, month: str, reason: str) -> None:
    """Reopening is itself audited and sent; it needs a written reason."""
    month = _month_key(month)
    if not reason.strip():
        raise ValidationError(
            "اذكر سبب إعادة فتح الشهر.", "Give the reason for reopening.", field="reason"
        )
    municipality = ctx.station.municipality_code or "MINISTRY"
    with ctx.write(Permission.REVENUE_CLOSE, "revenue.month.reopen") as tx:
        row = tx.session.get(MonthClose, natural_id(municipality, "revenue-month", month))
        if row is None or row.status != "closed":
            raise ValidationError("الشهر ليس مقفلاً.", "The month is not closed.")
        row.status, row.reopen_reason = "reopened", reason.strip()
