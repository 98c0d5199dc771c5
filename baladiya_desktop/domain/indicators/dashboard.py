"""What the dashboard and the printed report show: each indicator's values over recent periods
against its target, a traffic light, and the values of one period for entry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators.framework import definitions, focus_areas
from baladiya_desktop.domain.indicators.models import IndicatorDef, IndicatorValue, PeriodSeal
from baladiya_desktop.domain.indicators.periods import Period, parse_period

GREEN, AMBER, RED, NONE = "green", "amber", "red", "none"
LIGHT_AR = {GREEN: "محقق", AMBER: "قريب", RED: "متأخر", NONE: "بلا مستهدف"}
LIGHT_EN = {GREEN: "On target", AMBER: "Close", RED: "Behind", NONE: "No target"}
UNIT_AR = {"percent": "%", "count": "", "lyd": "د.ل", "days": "يوم", "ratio": ""}
UNIT_EN = {"percent": "%", "count": "", "lyd": "LYD", "days": "days", "ratio": ""}
HISTORY = {"monthly": 12, "quarterly": 4, "yearly": 3}  # a year of values, three for yearly
NEAR = 0.8  # with no baseline, within 80 % of the target is "close"


def municipality_of(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def format_value(value: int | None, unit: str, lang: str = "ar") -> str:
    """A stored value (thousandths) in its unit: 87.5 %, 17, 1,234.500 د.ل, 12 يوم."""
    if value is None:
        return "—"
    if unit == "lyd":
        return format_lyd(value) if lang == "ar" else format_lyd(value, currency=False) + " LYD"
    number = f"{value / 1000:,.3f}".rstrip("0").rstrip(".")
    suffix = (UNIT_AR if lang == "ar" else UNIT_EN).get(unit, "")
    return f"{number} {suffix}".strip()


def unit_text(unit: str, lang: str = "ar") -> str:
    if unit == "count":
        return "عدد" if lang == "ar" else "count"
    if unit == "ratio":
        return "نسبة" if lang == "ar" else "ratio"
    return (UNIT_AR if lang == "ar" else UNIT_EN).get(unit, unit)


def light(definition: IndicatorDef, value: int | None) -> str:
    """Green at or past the target, amber between the baseline and the target, red at or
    behind the baseline; "lower is better" indicators are judged the other way round."""
    target = definition.target
    if value is None or target is None:
        return NONE
    sign = -1 if definition.direction == "lower" else 1
    if sign * value >= sign * target:
        return GREEN
    baseline = definition.baseline
    if baseline is not None and baseline != target:
        return AMBER if sign * value > sign * baseline else RED
    near = target * NEAR if sign > 0 else target / NEAR
    return AMBER if sign * value >= sign * near else RED


def trend(definition: IndicatorDef, values: list[int | None]) -> str:
    """ "better", "worse" or "same" from the last two known values, by the direction."""
    known = [v for v in values if v is not None]
    if len(known) < 2 or known[-1] == known[-2]:
        return "same"
    up = known[-1] > known[-2]
    return "better" if up == (definition.direction != "lower") else "worse"


def previous(period: Period) -> Period:
    day = period.start - dt.timedelta(days=1)
    if period.kind == "monthly":
        return parse_period(f"{day.year}-{day.month:02d}")
    if period.kind == "quarterly":
        return parse_period(f"{day.year}-Q{(day.month - 1) // 3 + 1}")
    return parse_period(str(day.year))


def current(kind: str, today: dt.date) -> Period:
    if kind == "monthly":
        return parse_period(f"{today.year}-{today.month:02d}")
    if kind == "quarterly":
        return parse_period(f"{today.year}-Q{(today.month - 1) // 3 + 1}")
    return parse_period(str(today.year))


def recent_periods(
    kind: str, count: int, upto: Period | None = None, today: dt.date | None = None
) -> list[str]:
    """The ``count`` periods of ``kind`` ending with ``upto`` (default: the current one),
    oldest first."""
    last = upto if upto is not None and upto.kind == kind else None
    if last is None:
        last = current(kind, upto.end if upto else today or dt.date.today())
    found = [last]
    while len(found) < count:
        found.append(previous(found[-1]))
    return [p.key for p in reversed(found)]


@dataclass(frozen=True)
class Series:
    """One indicator over recent periods, for a dashboard card or a report row."""

    code: str
    name_ar: str
    name_en: str
    focus_area: str
    unit: str
    direction: str
    computed: bool
    baseline: int | None
    target: int | None
    periods: tuple[str, ...]
    values: tuple[int | None, ...]
    light: str
    trend: str

    @property
    def latest(self) -> int | None:
        return next((v for v in reversed(self.values) if v is not None), None)

    @property
    def latest_period(self) -> str:
        for key, value in zip(reversed(self.periods), reversed(self.values), strict=True):
            if value is not None:
                return key
        return ""


def _values(
    ctx: AppContext, municipality: str, codes: list[str], periods: set[str]
) -> dict[tuple[str, str], int]:
    with ctx.session() as session:
        rows = session.execute(
            select(IndicatorValue.indicator, IndicatorValue.period, IndicatorValue.value).where(
                IndicatorValue.municipality_code == municipality,
                IndicatorValue.indicator.in_(codes),
                IndicatorValue.period.in_(periods),
                IndicatorValue.deleted.is_(False),
            )
        )
        return {(code, period): value for code, period, value in rows}


def series(
    ctx: AppContext,
    *,
    upto: str | None = None,
    focus_area: str | None = None,
    municipality: str | None = None,
    today: dt.date | None = None,
) -> list[Series]:
    """Every indicator (of one focus area) with its recent values up to the period ``upto``
    (a quarter, say; monthly indicators then end with its last month)."""
    ctx.require(Permission.INDICATORS_READ)
    return load_series(
        ctx, upto=upto, focus_area=focus_area, municipality=municipality, today=today
    )


def load_series(
    ctx: AppContext,
    *,
    upto: str | None = None,
    focus_area: str | None = None,
    municipality: str | None = None,
    today: dt.date | None = None,
) -> list[Series]:
    """:func:`series` without the permission check, for printing and verifying."""
    end = parse_period(upto) if upto else None
    municipality = municipality or municipality_of(ctx)
    with ctx.session() as session:
        found = [
            d
            for d in definitions(session).values()
            if focus_area is None or d.focus_area == focus_area
        ]
        order = {a.code: a.rank for a in focus_areas(session)}
    found.sort(key=lambda d: (order.get(d.focus_area, 99), d.code))
    spans = {
        d.code: recent_periods(d.period_type, HISTORY.get(d.period_type, 4), end, today)
        for d in found
    }
    stored = _values(
        ctx, municipality, [d.code for d in found], {p for keys in spans.values() for p in keys}
    )
    result = []
    for d in found:
        values = [stored.get((d.code, p)) for p in spans[d.code]]
        latest = next((v for v in reversed(values) if v is not None), None)
        result.append(
            Series(
                d.code,
                d.name_ar,
                d.name_en,
                d.focus_area,
                d.unit,
                d.direction,
                bool(d.computed),
                d.baseline,
                d.target,
                tuple(spans[d.code]),
                tuple(values),
                light(d, latest),
                trend(d, values),
            )
        )
    return result


@dataclass(frozen=True)
class EntryRow:
    """An indicator as the entry form shows it for one period."""

    code: str
    name_ar: str
    name_en: str
    unit: str
    computed: bool
    evidence_required: bool
    min_value: int
    max_value: int
    target: int | None
    value: int | None
    note: str
    status: str  # "" (no value), draft, approved
    value_id: str


@dataclass(frozen=True)
class PeriodSheet:
    period: str
    sealed: bool
    sealed_by: str
    sealed_at: dt.datetime | None
    rows: tuple[EntryRow, ...]


def period_sheet(ctx: AppContext, period: str) -> PeriodSheet:
    """The indicators measured for ``period`` (monthly ones for a month, …) with their values."""
    ctx.require(Permission.INDICATORS_READ)
    parsed = parse_period(period)
    municipality = municipality_of(ctx)
    with ctx.session() as session:
        defs = [d for d in definitions(session).values() if d.period_type == parsed.kind]
        stored = {
            v.indicator: v
            for v in session.scalars(
                select(IndicatorValue).where(
                    IndicatorValue.municipality_code == municipality,
                    IndicatorValue.period == parsed.key,
                    IndicatorValue.deleted.is_(False),
                )
            )
        }
        seal = session.get(PeriodSeal, natural_id(municipality, "indicator-period", parsed.key))
    rows = []
    for d in defs:
        v = stored.get(d.code)
        rows.append(
            EntryRow(
                d.code,
                d.name_ar,
                d.name_en,
                d.unit,
                bool(d.computed),
                d.evidence_required,
                d.min_value,
                d.max_value,
                d.target,
                v.value if v else None,
                v.note if v else "",
                v.status if v else "",
                str(v.id) if v else "",
            )
        )
    sealed = seal is not None and seal.status == "sealed"
    return PeriodSheet(
        parsed.key,
        sealed,
        seal.sealed_by if seal else "",
        seal.sealed_at if seal else None,
        tuple(rows),
    )
