"""Collection against target: by month and category, year to date, and last year."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue.models import Receipt, RevenueTarget
from baladiya_desktop.domain.revenue.targets import monthly_targets


@dataclass
class Summary:
    year: int
    collected: dict[int, dict[str, int]] = field(default_factory=dict)  # month → category → d
    targets: dict[int, dict[str, int]] = field(default_factory=dict)
    last_year: dict[int, int] = field(default_factory=dict)

    def month_total(self, month: int) -> int:
        return sum(self.collected.get(month, {}).values())

    def month_target(self, month: int) -> int:
        return sum(self.targets.get(month, {}).values())

    def year_total(self) -> int:
        return sum(self.month_total(m) for m in range(1, 13))

    def year_target(self) -> int:
        return sum(self.month_target(m) for m in range(1, 13))

    def by_category(self) -> dict[str, tuple[int, int]]:
        """Year to date per category: (collected, target)."""
        found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for month in range(1, 13):
            for code, amount in self.collected.get(month, {}).items():
                found[code][0] += amount
            for code, amount in self.targets.get(month, {}).items():
                found[code][1] += amount
        return {code: (v[0], v[1]) for code, v in sorted(found.items())}

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "currency": "LYD",
            "unit": "dirham",
            "months": [
                {
                    "month": m,
                    "collected": self.month_total(m),
                    "target": self.month_target(m),
                    "last_year": self.last_year.get(m, 0),
                    "by_category": {
                        code: {
                            "collected": self.collected.get(m, {}).get(code, 0),
                            "target": self.targets.get(m, {}).get(code, 0),
                        }
                        for code in sorted(
                            set(self.collected.get(m, {})) | set(self.targets.get(m, {}))
                        )
                    },
                }
                for m in range(1, 13)
            ],
            "categories": [
                {"code": code, "collected": c, "target": t}
                for code, (c, t) in self.by_category().items()
            ],
            "totals": {
                "collected": self.year_total(),
                "target": self.year_target(),
                "last_year": sum(self.last_year.values()),
            },
        }


def _collected(
    session: Session,
    year: int,
    municipality: str | None,
) -> dict[int, dict[str, int]]:
    query = (
        select(Receipt.month, Receipt.category_code, func.sum(Receipt.amount))
        .where(
            Receipt.month >= f"{year}-01",
            Receipt.month <= f"{year}-12",
            Receipt.voided.is_(False),
            Receipt.deleted.is_(False),
        )
        .group_by(Receipt.month, Receipt.category_code)
    )
    if municipality:
        query = query.where(Receipt.municipality_code == municipality)
    found: dict[int, dict[str, int]] = defaultdict(dict)
    for month, code, amount in session.execute(query):
        found[int(month[5:7])][code] = int(amount)
    return dict(found)


def summary(ctx: AppContext, year: int, municipality: str | None = None) -> Summary:
    """Monthly totals and targets in dirhams; at a station, its own municipality."""
    ctx.require(Permission.REVENUE_READ)
    municipality = municipality or ctx.station.municipality_code
    with ctx.session() as session:
        result = Summary(year, _collected(session, year, municipality))
        previous = _collected(session, year - 1, municipality)
        result.last_year = {m: sum(v.values()) for m, v in previous.items()}
        targets = select(RevenueTarget).where(
            RevenueTarget.year == year, RevenueTarget.deleted.is_(False)
        )
        if municipality:
            targets = targets.where(RevenueTarget.municipality_code == municipality)
        for row in session.scalars(targets):
            for month, amount in enumerate(monthly_targets(row), start=1):
                per = result.targets.setdefault(month, {})
                per[row.category_code] = per.get(row.category_code, 0) + amount
    return result
