"""Demo data for the indicators and projects: a dozen projects at every status, a year of
indicator values (the older quarters approved and sealed), and a self-assessment per quarter
that improves as the year goes on."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators import assessment, computed, values
from baladiya_desktop.domain.indicators.dashboard import municipality_of, previous, recent_periods
from baladiya_desktop.domain.indicators.framework import criteria, definitions
from baladiya_desktop.domain.indicators.periods import label, parse_period
from baladiya_desktop.domain.projects import service
from baladiya_desktop.domain.projects.service import ProjectInput

D = dt.timedelta


@dataclass(frozen=True)
class DemoProject:
    name: str
    sector: str
    status: str
    budget_lyd: int
    started_days_ago: int | None
    length_days: int
    physical: int  # progress now
    spent_share: float  # of the budget


PROJECTS = (
    DemoProject(
        "صيانة طريق الشط الساحلي", "dev_projects", "under_way", 4_500_000, 300, 540, 52, 0.42
    ),
    DemoProject(
        "إنشاء مدرسة حي الأندلس", "dev_projects", "under_way", 3_200_000, 400, 500, 38, 0.55
    ),  # behind schedule
    DemoProject(
        "إنارة الميدان العام بالطاقة الشمسية",
        "dev_projects",
        "under_way",
        850_000,
        150,
        300,
        55,
        1.12,
    ),  # over budget
    DemoProject("منظومة الأرشفة الإلكترونية", "digital", "under_way", 420_000, 120, 365, 40, 0.35),
    DemoProject(
        "بوابة الخدمات الإلكترونية للمواطنين",
        "digital",
        "handed_over",
        600_000,
        700,
        420,
        100,
        0.97,
    ),
    DemoProject("ربط مكاتب المحلات بالشبكة", "digital", "completed", 280_000, 500, 300, 100, 0.9),
    DemoProject(
        "تأهيل سوق الخضار المركزي", "local_revenue", "completed", 1_200_000, 650, 360, 100, 1.0
    ),
    DemoProject(
        "صيانة شبكة الصرف الصحي بالمحلة الشرقية",
        "dev_projects",
        "stopped",
        2_100_000,
        380,
        400,
        30,
        0.33,
    ),
    DemoProject("تجهيز مقر الحرس البلدي", "oversight", "tendering", 500_000, None, 240, 0, 0.0),
    DemoProject(
        "حديقة الأطفال بحي السلام", "dev_projects", "tendering", 700_000, None, 200, 0, 0.0
    ),
    DemoProject("تطوير منظومة الإيصالات", "finance", "planned", 350_000, None, 180, 0, 0.0),
    DemoProject("مكتب متابعة المشروعات", "project_mgmt", "planned", 150_000, None, 120, 0, 0.0),
)
CONTRACTORS = (
    "شركة البناء الحديث",
    "شركة الأفق للمقاولات",
    "شركة النهر للإنشاءات",
    "شركة الحلول الرقمية الليبية",
)
EVIDENCE = {
    "GUARD_FINES": "سجل مخالفات الحرس البلدي الشهري",
    "CLOSE_ON_TIME": "محاضر الإقفال الشهري المعتمدة",
}
LOCALITIES = ("المحلة الشرقية", "المحلة الغربية", "وسط المدينة", "حي السلام")


def _project(ctx: AppContext, rng: random.Random, p: DemoProject, today: dt.date) -> None:
    start = today - D(days=p.started_days_ago) if p.started_days_ago else None
    planned_start = start or today + D(days=60)
    end = planned_start + D(days=p.length_days)
    finished = p.status in ("completed", "handed_over")
    data = ProjectInput(
        name=p.name,
        sector=p.sector,
        budget=p.budget_lyd * 1000,
        status="planned",
        locality=rng.choice(LOCALITIES),
        funding_source="الميزانية التسييرية" if p.budget_lyd < 500_000 else "ميزانية التنمية",
        contractor=rng.choice(CONTRACTORS) if start else "",
        contract_number=f"ع/{rng.randint(10, 99)}/{planned_start.year}" if start else "",
        contract_date=start - D(days=20) if start else None,
        start_date=start or planned_start,
        planned_end=end,
        indicators="PROJ_ON_TIME",
    )
    pid = service.save_project(ctx, data)
    for n, title in enumerate(("استلام الموقع", "الأعمال الإنشائية", "التشطيب والتسليم")):
        due = planned_start + D(days=p.length_days * (n + 1) // 3)
        milestone = service.add_milestone(ctx, pid, title, due)
        if start and due <= today and (finished or n == 0):
            service.complete_milestone(ctx, milestone, min(due + D(days=rng.randint(0, 20)), today))
    if start is None:
        if p.status == "tendering":
            service.save_project(ctx, replace(data, status="tendering"), pid)
        return
    service.save_project(ctx, replace(data, status="under_way"), pid)
    elapsed = (today - start).days if not finished else min((today - start).days, p.length_days)
    reports = max(2, min(8, elapsed // 45))
    budget = p.budget_lyd * 1000
    for k in range(1, reports + 1):
        on = start + D(days=elapsed * k // reports)
        physical = p.physical * k // reports
        spent = int(budget * p.spent_share * k / reports)
        financial = min(100, round(spent * 100 / budget))
        service.add_progress(
            ctx, pid, min(on, today), physical, financial, spent, "تقرير مهندس المتابعة الميداني"
        )
    if finished:
        actual = min(start + D(days=p.length_days + rng.randint(-15, 30)), today)
        service.save_project(ctx, replace(data, status=p.status, actual_end=actual), pid)
    elif p.status == "stopped":
        service.save_project(
            ctx,
            replace(data, status="stopped", stop_reason="توقف التمويل لحين إقرار الميزانية"),
            pid,
        )


def _trajectory(rng: random.Random, low: int, high: int, steps: int) -> list[int]:
    """Values climbing from near ``low`` towards ``high`` with some noise."""
    return [
        max(0, int(low + (high - low) * (k + 1) / steps + rng.uniform(-0.06, 0.06) * (high - low)))
        for k in range(steps)
    ]


def _values(
    ctx: AppContext, rng: random.Random, quarters: list[str], months: list[str], today: dt.date
) -> int:
    with ctx.session() as session:
        found = definitions(session)
    municipality, written = municipality_of(ctx), 0
    with ctx.write(Permission.INDICATORS_WRITE, "demo.indicators") as tx:
        for d in found.values():
            keys = (
                quarters
                if d.period_type == "quarterly"
                else months
                if d.period_type == "monthly"
                else [quarters[-1][:4]]
            )
            if d.period_type == "yearly":
                keys = [str(int(keys[0]) - 1)]
            low = d.baseline if d.baseline is not None else 8_000
            high = d.target if d.target is not None else 30_000
            path = _trajectory(rng, low, high, len(keys))
            for key, value in zip(keys, path, strict=True):
                period = parse_period(key)
                if d.unit == "count":
                    value = round(value / 1000) * 1000
                value = max(d.min_value, min(d.max_value, value))
                note = EVIDENCE.get(d.code, "مستند مرفق") if d.evidence_required else ""
                if d.computed:
                    values.write_value(
                        tx, municipality, d, period, value, "محسوب من بيانات البرنامج", True
                    )
                else:
                    values.enter_value(tx, municipality, found, d.code, period, value, note, today)
                written += 1
    latest = computed.refresh(ctx, quarters[-1])  # the last quarter from the real data
    return written + sum(v is not None for v in latest.values())


def _assess(ctx: AppContext, rng: random.Random, quarters: list[str]) -> int:
    with ctx.session() as session:
        framework = [c for c in criteria(session) if c.parent]
    scored = 0
    for k, quarter in enumerate(quarters):
        for c in framework:
            score = max(1, min(5, 2 + k * 2 // len(quarters) + rng.choice((0, 0, 1, -1))))
            assessment.score(
                ctx, quarter, c.code, score, f"محضر لجنة التقييم الذاتي، {label(quarter)}"
            )
            scored += 1
    return scored


def demo_indicators(ctx: AppContext, today: dt.date, seed: int = 1) -> tuple[int, int]:
    """Returns (projects, indicator values) made."""
    rng = random.Random(seed)
    for p in PROJECTS:
        _project(ctx, rng, p, today)
    last = previous(parse_period(recent_periods("quarterly", 1, today=today)[0]))
    quarters = recent_periods("quarterly", 4, last)
    months = recent_periods("monthly", 12, last)
    made = _values(ctx, rng, quarters, months, today)
    _assess(ctx, rng, quarters)
    for key in quarters[:-1] + months[:-3]:  # the agent approved all but the last quarter
        values.approve_period(ctx, key, today)
    return len(PROJECTS), made
