"""The demo municipality reads like a real one: settlement costs known from its (example)
salary table, decision numbers as an office writes them, monthly targets in whole dinars."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.demo.build import DemoSize, build_demo
from baladiya_desktop.domain.org import queries, staffing
from baladiya_desktop.domain.revenue.models import RevenueTarget
from baladiya_desktop.domain.revenue.targets import monthly_targets
from baladiya_desktop.domain.settlement import queries as settlement_queries
from baladiya_desktop.domain.settlement.models import SettlementCase
from baladiya_desktop.domain.settlement.salary import salary_tables
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.domain.staff.usage import active_status_codes
from tests.support import MUNICIPALITY, PASSWORD

TODAY = dt.date(2026, 6, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    ctx, _summary = build_demo(Target.resolve(path), municipality=MUNICIPALITY,
                               admin_username="admin", admin_password=PASSWORD,
                               size=DemoSize(staff=120, receipts=300), today=TODAY)
    yield ctx
    ctx.engine.dispose()


def test_settlement_costs_are_known_from_an_example_salary_table(demo: AppContext) -> None:
    tables = salary_tables(demo)
    assert len(tables) == 1 and "مثال" in tables[0].name
    assert tables[0].cells == 15 * (tables[0].max_increments + 1)
    rows = settlement_queries.list_cases(demo, today=TODAY)
    assert rows and all(r.cost.known for r in rows), [r.cost.reason_ar for r in rows]
    assert any((r.cost.monthly_difference or 0) > 0 for r in rows)


def test_decision_numbers_read_like_an_offices(demo: AppContext) -> None:
    with demo.session() as session:
        numbers = [n for n in session.scalars(select(SettlementCase.decision_number)) if n]
    assert numbers
    assert all(re.fullmatch(rf"\d{{1,4}}/{TODAY.year}", n) for n in numbers), numbers


def test_monthly_targets_are_whole_dinars_adding_up_to_the_year(demo: AppContext) -> None:
    with demo.session() as session:
        rows = list(session.scalars(select(RevenueTarget)))
    assert rows
    for row in rows:
        months = monthly_targets(row)
        assert len(months) == 12 and sum(months) == row.annual
        assert all(m % 1000 == 0 for m in months), (row.category_code, months)
        assert max(months) - min(months) <= 1000


def test_the_staffing_table_counts_everyone_in_service(demo: AppContext) -> None:
    """Each unit's filled posts and surplus add up to its people in service, counted here
    straight from the register; nobody in service is left out of the table."""
    table = staffing.staffing_table(demo)
    with demo.session() as session:
        active = active_status_codes(session)
        in_service = session.execute(
            select(Employee.unit_id, func.count())
            .where(Employee.deleted.is_(False), Employee.status.in_(active))
            .group_by(Employee.unit_id)
        ).all()
    expected = {unit: int(n) for unit, n in in_service}
    for line in table.units:
        assert line.filled + line.surplus == line.staff == expected.get(line.unit_id, 0), line
        assert line.filled + line.vacant == line.approved
    assert table.total.staff == sum(expected.values()) > 100
    assert table.total.surplus > 0 and table.total.filled > 0
    assert len(table.unassigned) == sum(line.surplus for line in table.units) - sum(
        p.surplus for n in queries.structure(demo) for u in n.walk() for p in u.posts)
