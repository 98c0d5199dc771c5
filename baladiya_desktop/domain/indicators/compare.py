"""The ministry's comparison of municipalities on one indicator, or on maturity, over periods:
values per period, a rank on the last period, and the spread around the median."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.municipalities import Municipality
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators.assessment import maturity_of
from baladiya_desktop.domain.indicators.framework import criteria, definitions
from baladiya_desktop.domain.indicators.models import Assessment, IndicatorValue
from baladiya_desktop.domain.indicators.periods import parse_period

MATURITY = "MATURITY"  # the pseudo-indicator code of the overall maturity score (1–5)


@dataclass(frozen=True)
class CompareRow:
    municipality: str
    name_ar: str
    name_en: str
    values: tuple[int | None, ...]  # per period, thousandths
    rank: int | None  # 1 is best on the last period; None without a value there
    from_median: int | None  # last value minus the median, thousandths


@dataclass(frozen=True)
class Spread:
    count: int
    minimum: int | None
    maximum: int | None
    median: int | None
    q1: int | None
    q3: int | None


@dataclass(frozen=True)
class Comparison:
    code: str
    name_ar: str
    name_en: str
    unit: str
    direction: str
    periods: tuple[str, ...]
    rows: tuple[CompareRow, ...]  # ranked first, then those without a value, by name
    spread: Spread  # of the last period


def _spread(values: list[int]) -> Spread:
    if not values:
        return Spread(0, None, None, None, None, None)
    ordered = sorted(values)
    if len(ordered) >= 2:
        q1, _m, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    else:
        q1 = q3 = ordered[0]
    return Spread(
        len(ordered),
        ordered[0],
        ordered[-1],
        round(statistics.median(ordered)),
        round(q1),
        round(q3),
    )


def _rank(
    table: dict[str, list[int | None]], names: dict[str, tuple[str, str]], lower_better: bool
) -> tuple[list[CompareRow], Spread]:
    last = {m: v[-1] for m, v in table.items() if v and v[-1] is not None}
    spread = _spread([v for v in last.values() if v is not None])
    order = sorted(
        last, key=lambda m: (last[m] if lower_better else -(last[m] or 0), names.get(m, (m, m))[0])
    )
    ranks: dict[str, int] = {}
    for position, m in enumerate(order, start=1):  # ties share the better rank
        previous = order[position - 2] if position > 1 else None
        ranks[m] = ranks[previous] if previous and last[previous] == last[m] else position
    rest = sorted((m for m in table if m not in last), key=lambda m: names.get(m, (m, m))[0])
    rows = []
    for m in [*order, *rest]:
        name_ar, name_en = names.get(m, (m, m))
        value = last.get(m)
        rows.append(
            CompareRow(
                m,
                name_ar,
                name_en,
                tuple(table[m]),
                ranks.get(m),
                None if value is None or spread.median is None else value - spread.median,
            )
        )
    return rows, spread


def _keys(periods: list[str]) -> list[str]:
    if not periods:
        raise ValidationError(
            "اختر فترة واحدة على الأقل.", "Choose at least one period.", field="periods"
        )
    return [parse_period(p).key for p in periods]


def _names(ctx: AppContext) -> dict[str, tuple[str, str]]:
    with ctx.session() as session:
        return {
            code: (ar, en)
            for code, ar, en in session.execute(
                select(Municipality.code, Municipality.name_ar, Municipality.name_en)
            )
        }


def compare(
    ctx: AppContext, code: str, periods: list[str], *, approved_only: bool = False
) -> Comparison:
    """Every municipality with a value of indicator ``code`` in any of ``periods``."""
    ctx.require(Permission.INDICATORS_READ)
    keys = _keys(periods)
    code = code.strip().upper()
    if code == MATURITY:
        return compare_maturity(ctx, keys)
    with ctx.session() as session:
        definition = definitions(session).get(code)
        if definition is None:
            raise ValidationError(
                f"المؤشر «{code}» غير معروف في دليل المؤشرات.",
                f"Indicator '{code}' is not in the framework.",
                field="indicator",
            )
        query = select(
            IndicatorValue.municipality_code, IndicatorValue.period, IndicatorValue.value
        ).where(
            IndicatorValue.indicator == code,
            IndicatorValue.period.in_(keys),
            IndicatorValue.deleted.is_(False),
        )
        if approved_only:
            query = query.where(IndicatorValue.status == "approved")
        found = session.execute(query).all()
    column = {k: i for i, k in enumerate(keys)}
    table: dict[str, list[int | None]] = defaultdict(lambda: [None] * len(keys))
    for municipality, period, value in found:
        table[municipality][column[period]] = value
    rows, spread = _rank(table, _names(ctx), definition.direction == "lower")
    return Comparison(
        code,
        definition.name_ar,
        definition.name_en,
        definition.unit,
        definition.direction,
        tuple(keys),
        tuple(rows),
        spread,
    )


def compare_maturity(ctx: AppContext, periods: list[str]) -> Comparison:
    """The overall maturity score (thousandths of a 1–5 score) of each municipality."""
    ctx.require(Permission.INDICATORS_READ)
    keys = _keys(periods)
    with ctx.session() as session:
        framework = criteria(session)
        found = session.execute(
            select(
                Assessment.municipality_code,
                Assessment.period,
                Assessment.criterion,
                Assessment.score,
            ).where(Assessment.period.in_(keys), Assessment.deleted.is_(False))
        ).all()
    scores: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for municipality, period, criterion, score in found:
        scores[(municipality, period)][criterion] = score
    column = {k: i for i, k in enumerate(keys)}
    table: dict[str, list[int | None]] = defaultdict(lambda: [None] * len(keys))
    for (municipality, period), marks in scores.items():
        overall = maturity_of(framework, marks).overall
        table[municipality][column[period]] = None if overall is None else int(overall * 1000)
    rows, spread = _rank(table, _names(ctx), False)
    return Comparison(
        MATURITY,
        "درجة النضج المؤسسي",
        "Institutional maturity",
        "ratio",
        "higher",
        tuple(keys),
        tuple(rows),
        spread,
    )
