"""Indicators: the framework's rules, entered values and sealing, self-assessment maturity,
and each computed indicator against a value worked out by hand on fixed data."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, ValidationError
from baladiya_desktop.domain.indicators import assessment, computed, values
from baladiya_desktop.domain.indicators.framework import check_weights, criteria
from baladiya_desktop.domain.indicators.models import Criterion, IndicatorValue
from baladiya_desktop.domain.indicators.periods import parse_period
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.projects import service as project_service
from baladiya_desktop.domain.projects.service import ProjectInput
from baladiya_desktop.domain.revenue import service as revenue_service
from baladiya_desktop.domain.revenue import targets
from baladiya_desktop.domain.revenue.rules import ReceiptInput
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.domain.staff.rules import EmployeeInput
from tests.support import login

TODAY = dt.date.today()
LAST_YEAR = TODAY.year - 1
Q1 = f"{LAST_YEAR}-Q1"


def stored(ctx: AppContext, code: str, period: str) -> int | None:
    with ctx.session() as session:
        row = session.scalars(select(IndicatorValue).where(
            IndicatorValue.indicator == code, IndicatorValue.period == period)).first()
        return row.value if row else None


def test_share_rounds_half_up_in_thousandths() -> None:
    assert computed.share(1, 3) == 33_333
    assert computed.share(2, 3) == 66_667
    assert computed.share(0, 0) is None and computed.share(5, 4) == 125_000


def test_entered_values_and_the_sealed_period(admin: AppContext) -> None:
    values.set_value(admin, "GUARD_FINES", f"{LAST_YEAR}-02", "17", "سجل المخالفات رقم 4")
    assert stored(admin, "GUARD_FINES", f"{LAST_YEAR}-02") == 17_000
    for code, period, value, note, field in [
        ("NOPE", f"{LAST_YEAR}-02", "1", "x", "indicator"),
        ("GUARD_FINES", Q1, "1", "x", "period"),  # monthly indicator, quarterly period
        ("GUARD_FINES", f"{TODAY.year + 1}-01", "1", "x", "period"),  # not yet begun
        ("GUARD_FINES", f"{LAST_YEAR}-03", "-4", "x", "value"),  # outside the range
        ("GUARD_FINES", f"{LAST_YEAR}-03", "4", "", "note"),  # evidence required
        ("REV_TARGET", Q1, "50", "x", "indicator"),  # computed, not entered
        ("GUARD_FINES", "March", "4", "x", "period"),
    ]:
        with pytest.raises(ValidationError) as caught:
            values.set_value(admin, code, period, value, note)
        assert caught.value.field == field, (code, period)
    with pytest.raises(PermissionDenied):
        values.approve_period(login(admin, "clerk"), f"{LAST_YEAR}-02")
    seal = values.approve_period(admin, f"{LAST_YEAR}-02")
    assert len(seal) == 64
    with pytest.raises(ValidationError) as caught:
        values.set_value(admin, "GUARD_FINES", f"{LAST_YEAR}-02", "18", "تصحيح")
    assert "مختومة" in caught.value.message_ar


def test_a_period_is_sealed_only_after_it_ends(admin: AppContext) -> None:
    period = f"{LAST_YEAR}-Q4"
    values.set_value(admin, "GUARD_FINES", f"{LAST_YEAR}-10", "5", "سجل المخالفات رقم 9")
    values.set_value(admin, "CLOSE_ON_TIME", period, "2", "محاضر الإقفال")
    for today in (dt.date(LAST_YEAR, 12, 6), dt.date(LAST_YEAR, 12, 31)):
        with pytest.raises(ValidationError) as caught:
            values.approve_period(admin, period, today=today)
        assert caught.value.field == "period" and "لم تنتهِ" in caught.value.message_ar
        assert not values.is_sealed(admin, period)
    with pytest.raises(ValidationError):  # a month that has not ended either
        values.approve_period(admin, f"{LAST_YEAR}-10", today=dt.date(LAST_YEAR, 10, 31))
    assert len(values.approve_period(admin, period, today=dt.date(LAST_YEAR + 1, 1, 1))) == 64
    assert values.is_sealed(admin, period)


def test_weights_that_do_not_sum_to_one_are_refused(admin: AppContext) -> None:
    with admin.session() as session:
        framework = criteria(session)
    check_weights(framework)  # the shipped draft is consistent
    broken = [replace_weight(c, 150) if c.code == "C1" else c for c in framework]
    with pytest.raises(ValidationError) as caught:
        check_weights(broken)
    assert "وليس 1" in caught.value.message_ar


def replace_weight(c: Criterion, weight: int) -> Criterion:
    return Criterion(code=c.code, focus_area=c.focus_area, parent=c.parent, name_ar=c.name_ar,
                     name_en=c.name_en, weight=weight)


def test_maturity_is_the_weighted_average(admin: AppContext) -> None:
    assessment.score(admin, f"{LAST_YEAR}", "C1.1", 4)
    assessment.score(admin, f"{LAST_YEAR}", "C1.2", 2)
    assessment.score(admin, f"{LAST_YEAR}", "C2.1", 5)
    assessment.score(admin, f"{LAST_YEAR}", "C2.2", 3)
    with pytest.raises(ValidationError):
        assessment.score(admin, f"{LAST_YEAR}", "C2.2", 6)
    result = assessment.maturity(admin, f"{LAST_YEAR}")
    assert result.by_criterion["C1"] == Decimal("3.00")  # 0.5·4 + 0.5·2
    assert result.by_criterion["C2"] == Decimal("4.20")  # 0.6·5 + 0.4·3
    assert result.by_area["local_admin"] == Decimal("3.00")
    assert result.overall == Decimal("3.60")  # (0.2·3 + 0.2·4.2) / 0.4


@pytest.fixture
def fixed_data(admin: AppContext) -> AppContext:
    """Fixed data whose indicators are worked out by hand in the tests below."""
    cashier = login(admin, "cashier")
    revenue_service.issue_book(cashier, "B-1", 1, 100, "سالم", dt.date(LAST_YEAR, 1, 1))
    base = ReceiptInput("B-1", 1, dt.date(LAST_YEAR, 1, 10), "دافع", "LIC-ACT", 1_000_000)
    ids = [revenue_service.record_receipt(cashier, replace(base, serial=n, amount=a,
                                                           receipt_date=d))
           for n, (a, d) in enumerate([(1_000_000, dt.date(LAST_YEAR, 1, 10)),
                                       (2_000_000, dt.date(LAST_YEAR, 2, 10)),
                                       (3_000_000, dt.date(LAST_YEAR, 3, 10)),
                                       (4_000_000, dt.date(LAST_YEAR, 3, 20))], start=1)]
    revenue_service.deposit(cashier, "D1", dt.date(LAST_YEAR, 1, 11), ids[:1])  # 1 day
    revenue_service.deposit(cashier, "D2", dt.date(LAST_YEAR, 2, 25), ids[1:2])  # 15 days
    revenue_service.deposit(cashier, "D3", dt.date(LAST_YEAR, 3, 12), ids[2:3])  # 2 days
    targets.set_target(cashier, LAST_YEAR, "LIC-ACT", 48_000_000)  # 4,000,000 a month
    unit = org_service.add_unit(admin, UnitInput("FIN", "الإدارة المالية", "department"))
    org_service.add_unit(admin, UnitInput("ARC", "قسم المحفوظات", "section", parent_id=unit))
    org_service.add_post(admin, unit, PostInput("مدير الإدارة", 11, 13, 1, is_head=True))
    org_service.add_post(admin, unit, PostInput("محاسب", 6, 10, 3))
    person = EmployeeInput(first_name="أحمد", father_name="علي", family_name="الورفلي", sex="M",
                           national_number="119800000001", birth_date=dt.date(1980, 1, 1),
                           hire_date=dt.date(2010, 1, 1), grade=8, unit_code="FIN",
                           post_title="مدير الإدارة")
    staff_service.register(admin, person)
    staff_service.register(admin, replace(person, national_number="119800000002",
                                          post_title="محاسب"))
    staff_service.register(admin, replace(person, national_number="119800000003",
                                          post_title=""))
    staff_service.register(admin, replace(person, national_number="119800000004",
                                          post_title="", status="retired"))
    start = TODAY - dt.timedelta(days=100)
    project = ProjectInput(name="بوابة الخدمات الإلكترونية", sector="digital", budget=1_000,
                           status="handed_over", start_date=dt.date(LAST_YEAR - 1, 1, 1),
                           planned_end=dt.date(LAST_YEAR - 1, 6, 1),
                           actual_end=dt.date(LAST_YEAR - 1, 5, 1))
    project_service.save_project(admin, project)
    late = project_service.save_project(admin, replace(
        project, name="مدرسة", sector="dev_projects", status="under_way", actual_end=None,
        start_date=start, planned_end=TODAY + dt.timedelta(days=100)))
    project_service.add_progress(admin, late, TODAY, 10, 10, 2_000)  # behind, over budget
    on_time = project_service.save_project(admin, replace(
        project, name="حديقة", sector="dev_projects", status="under_way", actual_end=None,
        start_date=start, planned_end=TODAY + dt.timedelta(days=100)))
    project_service.add_progress(admin, on_time, TODAY, 60, 40, 500)
    return admin


def test_computed_indicators_match_hand_computed_values(fixed_data: AppContext) -> None:
    ctx = fixed_data
    period = parse_period(Q1)
    # Q1: collected 1+2+3+4 = 10,000,000 of a 12,000,000 target → 83.333 %.
    assert computed.revenue_target(ctx, period) == 83_333
    # Bankable receipts in Q1: 4; within 3 days: the 1-day and 2-day ones → 50 %.
    assert computed.deposit_within_days(ctx, period) == 50_000
    # Active staff: 3 (one retired); in approved posts: 2 → 66.667 %.
    assert computed.staff_in_posts(ctx, period) == 66_667
    # Live units: 2; with a filled head post: 1 → 50 %.
    assert computed.units_with_head(ctx, period) == 50_000
    year = parse_period(str(LAST_YEAR))
    # Digital projects handed over by the end of last year: 1.
    assert computed.digital_services(ctx, year) == 1_000
    now = parse_period(f"{TODAY.year}-Q{(TODAY.month - 1) // 3 + 1}")
    # Under way: 2; not behind: the 60 % one → 50 %. Started: 3; not over budget: 2 → 66.667 %.
    assert computed.projects_on_time(ctx, now) == 50_000
    assert computed.projects_in_budget(ctx, now) == 66_667
    # No settlement case opened in Q1: the share is undefined rather than 0.
    assert computed.settlement_closed(ctx, period) is None


def test_refresh_stores_the_computed_values(fixed_data: AppContext) -> None:
    results = computed.refresh(fixed_data, Q1)
    assert results["REV_TARGET"] == 83_333 and results["SET_CLOSED"] is None
    assert stored(fixed_data, "REV_TARGET", Q1) == 83_333
    assert stored(fixed_data, "SET_CLOSED", Q1) is None
