"""تقرير الأداء المؤسسي الربعي: the municipality's indicators against their targets, its
maturity scores quarter over quarter, and the development projects with their warnings."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Flowable
from sqlalchemy import select

from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators.assessment import maturity_in
from baladiya_desktop.domain.indicators.dashboard import (
    LIGHT_AR,
    format_value,
    load_series,
    recent_periods,
)
from baladiya_desktop.domain.indicators.framework import focus_areas
from baladiya_desktop.domain.indicators.periods import label, parse_period, quarter_of
from baladiya_desktop.domain.projects.models import Project
from baladiya_desktop.domain.projects.queries import row_of
from baladiya_desktop.domain.projects.service import STATUS_AR
from baladiya_desktop.reports.forms.common import heading, note, paragraph
from baladiya_desktop.reports.forms.indicators_charts import HBars
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.registry import Content, FormOptions, FormSpec, Page, register_form
from baladiya_desktop.reports.styles import CELL
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import Cell, proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

TREND_AR = {"better": "تحسّن", "worse": "تراجع", "same": "ثابت"}
_SMALL = CELL.with_(size=8.5, leading=12.0)


def period_options(period: str) -> FormOptions:
    """The report is asked for by quarter; the form registry speaks in date ranges."""
    parsed = parse_period(period)
    if parsed.kind != "quarterly":
        raise ValidationError(
            "التقرير ربعي: اكتب الفترة هكذا 2026-Q1.",
            "The report is quarterly: write the period as 2026-Q1.",
            field="period",
        )
    return FormOptions(parsed.start, parsed.end)


def _scope(ctx: AppContext, options: FormOptions) -> str:
    day = options.date_from or options.date_to
    if day is None:  # the last quarter that has ended
        day = parse_period(quarter_of(dt.date.today())).start - dt.timedelta(days=1)
    return quarter_of(day)


def _projects(ctx: AppContext, municipality: str, as_of: dt.date) -> list[dict[str, Any]]:
    with ctx.session() as session:
        found = list(
            session.scalars(
                select(Project)
                .where(Project.municipality_code == municipality, Project.deleted.is_(False))
                .order_by(Project.name)
            )
        )
    rows = []
    for p in found:
        r = row_of(p, as_of)  # judged at the end of the quarter, so a reprint reads the same
        rows.append(
            {
                "name": r.name,
                "status": r.status,
                "physical": r.physical_pct,
                "expected": r.expected_pct,
                "budget": r.budget,
                "spent": r.spent,
                "behind": r.behind,
                "over_budget": r.over_budget,
            }
        )
    return rows


def content(ctx: AppContext, key: str) -> Content:
    try:
        period = parse_period(key)
    except ValidationError:
        raise NotFound("الفترة غير صالحة.", "Invalid period.") from None
    municipality = ctx.station.municipality_code or "MINISTRY"
    quarters = recent_periods("quarterly", 4, period)
    with ctx.session() as session:
        areas = [(a.code, a.name_ar) for a in focus_areas(session)]
        maturity = {q: maturity_in(session, municipality, q) for q in quarters}
    series = load_series(ctx, upto=period.key, municipality=municipality)
    return {
        "period": period.key,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "areas": areas,
        "indicators": [
            {
                "code": s.code,
                "name": s.name_ar,
                "area": s.focus_area,
                "unit": s.unit,
                "baseline": s.baseline,
                "target": s.target,
                "periods": list(s.periods),
                "values": list(s.values),
                "light": s.light,
                "trend": s.trend,
            }
            for s in series
        ],
        "maturity": {
            q: {
                "overall": None if m.overall is None else str(m.overall),
                "areas": {a: None if v is None else str(v) for a, v in m.by_area.items()},
            }
            for q, m in maturity.items()
        },
        "projects": _projects(ctx, municipality, period.end),
    }


def _indicator_tables(data: Content, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for area, area_name in data["areas"]:
        rows: list[list[Cell]] = []
        for i in (i for i in data["indicators"] if i["area"] == area):
            values, unit = i["values"], i["unit"]
            rows.append(
                [
                    i["name"],
                    format_value(i["baseline"], unit),
                    format_value(i["target"], unit),
                    format_value(values[-2] if len(values) > 1 else None, unit),
                    format_value(values[-1], unit),
                    LIGHT_AR[i["light"]],
                    TREND_AR[i["trend"]],
                ]
            )
        if not rows:
            continue
        story.append(
            KeepTogether(
                [
                    *heading(area_name),
                    rtl_table(
                        [
                            "المؤشر",
                            "خط الأساس",
                            "المستهدف",
                            "الفترة السابقة",
                            "هذه الفترة",
                            "الحالة",
                            "الاتجاه",
                        ],
                        rows,
                        proportional_widths([34, 10, 10, 12, 12, 10, 10], width),
                        cell_style=_SMALL,
                    ),
                ]
            )
        )
    return story


def _maturity(data: Content, width: float) -> list[Flowable]:
    quarters = list(data["maturity"])
    names = dict(data["areas"])
    rows: list[list[Cell]] = [
        [names[a], *(data["maturity"][q]["areas"].get(a) or "—" for q in quarters)] for a in names
    ]
    rows.append(["الدرجة العامة", *(data["maturity"][q]["overall"] or "—" for q in quarters)])
    table = rtl_table(
        ["المحور", *(label(q) for q in quarters)],
        rows,
        proportional_widths([40] + [15] * len(quarters), width),
        cell_style=_SMALL,
    )
    latest = data["maturity"][data["period"]]
    bars = [
        (
            names[a],
            None if v is None else float(v),
            "green" if v and float(v) >= 4 else "amber" if v and float(v) >= 3 else "red",
        )
        for a, v in latest["areas"].items()
        if a in names
    ]
    return [
        KeepTogether([*heading("درجات النضج المؤسسي (من 5)"), table]),
        Spacer(1, 6),
        note(f"درجة كل محور في {label(data['period'])}:"),
        HBars(bars, 5, width, label_width=170),
    ]


def _projects_table(data: Content, width: float) -> list[Flowable]:
    rows: list[list[Cell]] = []
    for p in data["projects"]:
        warn = "، ".join(
            w for w, on in (("متأخر", p["behind"]), ("تجاوز الميزانية", p["over_budget"])) if on
        )
        expected = "—" if p["expected"] is None else f"{p['expected']}%"
        rows.append(
            [
                p["name"],
                STATUS_AR.get(p["status"], p["status"]),
                f"{p['physical']}%",
                expected,
                format_lyd(p["budget"], currency=False),
                format_lyd(p["spent"], currency=False),
                warn or "—",
            ]
        )
    behind = sum(p["behind"] for p in data["projects"])
    over = sum(p["over_budget"] for p in data["projects"])
    return [
        *heading(
            f"مشاريع التنمية المحلية: {len(rows)} (متأخرة {behind}، متجاوزة الميزانية {over})"
        ),
        rtl_table(
            ["المشروع", "الحالة", "الإنجاز", "المخطط", "الميزانية د.ل", "المصروف د.ل", "تنبيه"],
            rows,
            proportional_widths([30, 13, 8, 8, 14, 14, 13], width),
            cell_style=_SMALL,
            empty_text="لا توجد مشاريع مسجلة",
        ),
    ]


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width()
    lights = [i["light"] for i in data["indicators"]]
    counts = {k: lights.count(k) for k in ("green", "amber", "red", "none")}
    start, end = (dt.date.fromisoformat(data[k]) for k in ("start", "end"))
    story: list[Flowable] = [
        paragraph(
            f"يعرض هذا التقرير أداء البلدية في {label(data['period'])} (من "
            f"{start:%d/%m/%Y} إلى {end:%d/%m/%Y}): مؤشرات التطوير المؤسسي مقابل "
            "مستهدفاتها، ودرجات النضج في التقييم الذاتي ربعاً بعد ربع، وموقف مشاريع "
            "التنمية المحلية في نهاية الربع."
        ),
        note(
            f"عدد المؤشرات {len(lights)}: محقق {counts['green']}، قريب من المستهدف "
            f"{counts['amber']}، متأخر {counts['red']}، بلا مستهدف أو بلا قيمة "
            f"{counts['none']}."
        ),
        *_indicator_tables(data, width),
        *_maturity(data, width),
        *_projects_table(data, width),
    ]
    return Page(story, signatures=["مكتب التطوير المؤسسي", "وكيل البلدية"], stamp=True)


SUMMARY = (
    Fact("q", "الفترة", "Period", lambda c: c["period"], "number"),
    Fact("c", "عدد المؤشرات", "Indicators", lambda c: len(c["indicators"]), "number"),
    Fact("o", "النضج المؤسسي", "Maturity",
         lambda c: (c["maturity"].get(c["period"]) or {}).get("overall"), "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="indicators-quarterly",
        title_ar="تقرير الأداء المؤسسي الربعي",
        title_en="Quarterly institutional performance report",
        needs_id=False,
        permission=Permission.INDICATORS_READ,
        prefix="ت أ",
        content=content,
        layout=layout,
        summary=SUMMARY,
        scope=_scope,
        takes_dates=True,
    )
)
