"""``baladiya demo``: a new station filled with a realistic municipality."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import create_station
from baladiya_desktop.domain.demo.indicators_demo import demo_indicators
from baladiya_desktop.domain.demo.revenue_demo import demo_receipts
from baladiya_desktop.domain.demo.salary_demo import demo_salary_table
from baladiya_desktop.domain.demo.settlement_demo import demo_cases
from baladiya_desktop.domain.demo.staff_demo import demo_employees
from baladiya_desktop.domain.org import queries as org_queries
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.rules import Decision
from baladiya_desktop.domain.org.template import apply_template
from baladiya_desktop.domain.staff.service import upsert_many


@dataclass(frozen=True)
class DemoSize:
    staff: int = 120
    receipts: int = 600
    seed: int = 1


@dataclass
class DemoSummary:
    units: int = 0
    staff: int = 0
    cases: int = 0
    receipts: int = 0
    projects: int = 0
    indicator_values: int = 0


def _approve_structure(ctx: AppContext) -> None:
    """The demo's structure was approved by a council decision, as a real one would be."""
    org_service.approve_structure(ctx, Decision("12/2022", dt.date(2022, 3, 15)),
                                  effective_from=dt.date(2022, 4, 1))


def build_demo(target: Target, *, municipality: str, admin_username: str,
               admin_password: str, size: DemoSize, today: dt.date | None = None,
               recovery_code: str | None = None) -> tuple[AppContext, DemoSummary]:
    today = today or dt.date.today()
    rng = random.Random(size.seed)
    ctx = create_station(target, municipality=municipality, station_name="ديوان البلدية",
                         admin_username=admin_username, admin_password=admin_password,
                         admin_full_name="وكيل البلدية", recovery_code=recovery_code)
    summary = DemoSummary()
    summary.units = apply_template(ctx)
    _approve_structure(ctx)
    with ctx.session() as session:
        units = org_queries.load_units(session, ctx.station.municipality_code)
    rows = list(enumerate(demo_employees(rng, size.staff, units, today), start=1))
    if rows:
        summary.staff = upsert_many(ctx, rows).imported
    demo_salary_table(ctx)
    summary.cases = demo_cases(ctx, today)
    summary.receipts = demo_receipts(ctx, rng, size.receipts, today)
    summary.projects, summary.indicator_values = demo_indicators(ctx, today, size.seed)
    return ctx, summary
