"""Annual estimates per category, spread over the months unless entered month by month."""

from __future__ import annotations

import json

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue.categories import CategoryIndex, load
from baladiya_desktop.domain.revenue.models import RevenueTarget


def spread(annual: int) -> list[int]:
    """Twelve monthly amounts in dirhams that add up exactly to ``annual``."""
    base, rest = divmod(annual, 12)
    return [base + (1 if month < rest else 0) for month in range(12)]


def set_target(
    ctx: AppContext, year: int, category: str, annual: int, monthly: list[int] | None = None
) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError("السنة غير صحيحة.", "Invalid year.", field="year")
    if annual < 0:
        raise ValidationError(
            "المستهدف لا يكون سالباً.", "A target cannot be negative.", field="annual"
        )
    if monthly is not None and (
        len(monthly) != 12 or sum(monthly) != annual or any(m < 0 for m in monthly)
    ):
        raise ValidationError(
            "المبالغ الشهرية يجب أن تكون 12 مبلغاً مجموعها المستهدف السنوي.",
            "Monthly amounts must be 12 and add up to the annual target.",
            field="monthly",
        )
    municipality = ctx.station.municipality_code or "MINISTRY"
    with ctx.write(Permission.REVENUE_WRITE, "revenue.target") as tx:
        code = CategoryIndex(load(tx.session, municipality)).resolve(category).code
        key = natural_id(municipality, "revenue-target", f"{year}/{code}")
        row = tx.session.get(RevenueTarget, key) or RevenueTarget(
            id=key, municipality_code=municipality, year=year, category_code=code
        )
        row.annual, row.monthly = annual, json.dumps(monthly) if monthly else ""
        row.deleted = False
        tx.session.add(row)


def monthly_targets(row: RevenueTarget) -> list[int]:
    return json.loads(row.monthly) if row.monthly else spread(row.annual)
