"""Figures other areas ask of revenue (the indicators): how promptly receipts are banked."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue.models import Deposit, Receipt


def deposited_within(ctx: AppContext, start: dt.date, end: dt.date, days: int) -> tuple[int, int]:
    """(receipts banked within ``days`` of their date, all bankable receipts) in the period."""
    ctx.require(Permission.REVENUE_READ)
    query = (
        select(Receipt.receipt_date, Deposit.deposit_date)
        .outerjoin(Deposit, Deposit.id == Receipt.deposit_id)
        .where(
            Receipt.receipt_date >= start,
            Receipt.receipt_date <= end,
            Receipt.voided.is_(False),
            Receipt.deleted.is_(False),
            Receipt.method != "transfer",
            Receipt.municipality_code == ctx.station.municipality_code,
        )
    )
    on_time = total = 0
    with ctx.session() as session:
        for receipt_date, deposit_date in session.execute(query):
            total += 1
            if deposit_date is not None and (deposit_date - receipt_date).days <= days:
                on_time += 1
    return on_time, total
