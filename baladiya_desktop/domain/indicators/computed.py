"""Indicators the app fills from its own data. Each formula is documented in the framework
(``definition_ar``) and tested against hand-computed values; all return thousandths."""

from __future__ import annotations

from collections.abc import Callable

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.settings import CASH_DAYS, get_setting
from baladiya_desktop.domain.indicators.framework import definitions
from baladiya_desktop.domain.indicators.periods import Period, parse_period
from baladiya_desktop.domain.indicators.values import write_value
from baladiya_desktop.domain.org.queries import load_units
from baladiya_desktop.domain.projects.queries import projects
from baladiya_desktop.domain.revenue import metrics
from baladiya_desktop.domain.revenue import summary as revenue_summary
from baladiya_desktop.domain.settlement import queries as settlement_queries
from baladiya_desktop.domain.staff.facts import all_facts, status_rules

Formula = Callable[[AppContext, Period], int | None]


def share(part: int, whole: int) -> int | None:
    """``part / whole × 100`` in thousandths, rounded half up; None when ``whole`` is 0."""
    if whole <= 0:
        return None
    return (part * 100_000 * 2 + whole) // (2 * whole)


def revenue_target(ctx: AppContext, period: Period) -> int | None:
    collected = target = 0
    for year in sorted({y for y, _m in period.months()}):
        result = revenue_summary.summary(ctx, year)
        for y, m in period.months():
            if y == year:
                collected += result.month_total(m)
                target += result.month_target(m)
    return share(collected, target)


def deposit_within_days(ctx: AppContext, period: Period) -> int | None:
    on_time, total = metrics.deposited_within(
        ctx, period.start, period.end, get_setting(ctx, CASH_DAYS)
    )
    return share(on_time, total)


def settlement_closed(ctx: AppContext, period: Period) -> int | None:
    months = {f"{y}-{m:02d}" for y, m in period.months()}
    opened = closed = 0
    for month, counts in settlement_queries.cases_by_month(ctx).items():
        if month in months:
            opened += counts.get("opened", 0)
            closed += counts.get("executed", 0) + counts.get("refused", 0)
    return share(closed, opened)


def staff_in_posts(ctx: AppContext, period: Period) -> int | None:
    with ctx.session() as session:
        in_posts = sum(u.filled for u in load_units(session, ctx.station.municipality_code))
    statuses = status_rules(ctx)
    active = sum(1 for f in all_facts(ctx) if f.status in statuses.active)
    return share(in_posts, active)


def units_with_head(ctx: AppContext, period: Period) -> int | None:
    with ctx.session() as session:
        units = load_units(session, ctx.station.municipality_code, include_closed=False)
    headed = sum(1 for u in units if any(p.is_head and p.filled for p in u.posts))
    return share(headed, len(units))


def digital_services(ctx: AppContext, period: Period) -> int | None:
    done = [
        p
        for p in projects(ctx, period.end)
        if p.sector == "digital"
        and p.status in ("completed", "handed_over")
        and p.actual_end is not None
        and p.actual_end <= period.end
    ]
    return len(done) * 1000


def projects_on_time(ctx: AppContext, period: Period) -> int | None:
    running = [p for p in projects(ctx, period.end) if p.status == "under_way"]
    return share(sum(1 for p in running if not p.behind), len(running))


def projects_in_budget(ctx: AppContext, period: Period) -> int | None:
    started = [p for p in projects(ctx, period.end) if p.status not in ("planned", "tendering")]
    return share(sum(1 for p in started if not p.over_budget), len(started))


FORMULAS: dict[str, Formula] = {
    "revenue_target": revenue_target,
    "deposit_within_days": deposit_within_days,
    "settlement_closed": settlement_closed,
    "staff_in_posts": staff_in_posts,
    "units_with_head": units_with_head,
    "digital_services": digital_services,
    "projects_on_time": projects_on_time,
    "projects_in_budget": projects_in_budget,
}


def refresh(ctx: AppContext, period: str) -> dict[str, int | None]:
    """Compute every computed indicator of the period's kind and store the values."""
    parsed = parse_period(period)
    ctx.require(Permission.INDICATORS_WRITE)
    with ctx.session() as session:
        wanted = [
            d for d in definitions(session).values() if d.computed and d.period_type == parsed.kind
        ]
    results: dict[str, int | None] = {}
    for definition in wanted:
        formula = FORMULAS.get(definition.computed)
        try:
            results[definition.code] = formula(ctx, parsed) if formula else None
        except PermissionDenied:
            results[definition.code] = None  # this user may not read that area's data
    municipality = ctx.station.municipality_code or "MINISTRY"
    with ctx.write(Permission.INDICATORS_WRITE, "indicators.compute") as tx:
        for definition in wanted:
            value = results[definition.code]
            if value is not None:
                write_value(
                    tx,
                    municipality,
                    definition,
                    parsed,
                    max(definition.min_value, min(definition.max_value, value)),
                    "محسوب من بيانات البرنامج",
                    True,
                )
    return results
