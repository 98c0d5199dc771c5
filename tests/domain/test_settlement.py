"""Settlement cases: scan, opening, documents, the workflow, execution and cost."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from baladiya_desktop.domain.settlement import queries, salary, service
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.models import SettlementCase
from baladiya_desktop.domain.settlement.scan import scan
from baladiya_desktop.domain.settlement.service import CaseRequest
from baladiya_desktop.domain.staff import queries as staff_queries
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.domain.staff.rules import EmployeeInput
from tests.support import login

TODAY = dt.date.today()
LAGGING = EmployeeInput(
    first_name="سالم", father_name="علي", grandfather_name="محمد", family_name="الترهوني",
    sex="M", national_number="119800111222", birth_date=dt.date(1980, 2, 2),
    hire_date=dt.date(TODAY.year - 9, 1, 10), qualification="bachelor", grade=8,
    employee_number="E-7")
ON_TIME = replace(LAGGING, first_name="علي", national_number="119810111333",
                  birth_date=dt.date(1981, 3, 3), hire_date=TODAY - dt.timedelta(days=400))
EFFECT = "ترقية من الدرجة 8 إلى الدرجة 10 لاستحقاقها بمضي المدة القانونية"


@pytest.fixture
def people(admin: AppContext) -> dict[str, object]:
    return {"lagging": staff_service.register(admin, LAGGING),
            "on_time": staff_service.register(admin, ON_TIME)}


def cases(ctx: AppContext) -> int:
    with ctx.session() as session:
        return int(session.scalar(select(func.count()).select_from(SettlementCase)) or 0)


def test_scan_finds_who_is_owed_a_grade(admin: AppContext, people: dict[str, object]) -> None:
    rows = scan(admin)
    assert [r.national_number for r in rows] == [LAGGING.national_number]
    row = rows[0]
    assert (row.recorded_grade, row.entitled_grade) == (8, 10) and row.difference == 2
    assert row.entitlement.chronology[0].text_ar.startswith("التعيين")


def full_run(ctx: AppContext, case_id: object) -> None:
    for doc in ("request", "job_data", "appointment", "start_of_work", "last_decision",
                "service_statement"):
        service.mark_document(ctx, case_id, doc, True)  # type: ignore[arg-type]
    for action in ("complete_documents", "to_committee", "committee_approve"):
        service.advance(ctx, case_id, action)  # type: ignore[arg-type]


def test_a_case_from_scan_to_execution(admin: AppContext, people: dict[str, object]) -> None:
    row = scan(admin)[0]
    (case_id,) = service.open_cases(admin, [CaseRequest(row.employee_id, "grade", EFFECT)])
    detail = queries.case_detail(admin, case_id)
    assert detail.case.status == wf.DRAFT and detail.case.proposed_grade == 10
    assert detail.case.needs_ministry  # grade 10 and above
    assert detail.chronology and len(detail.documents) >= 6
    with pytest.raises(ValidationError):
        service.advance(admin, case_id, "complete_documents")  # documents missing
    full_run(admin, case_id)
    assert service.advance(admin, case_id, "agent_approve") == wf.MINISTRY
    service.advance(admin, case_id, "ministry_approve", decision_number="و/55",
                    decision_date=TODAY)
    service.advance(admin, case_id, "execute", decision_number="ق/123/2026",
                    decision_date=TODAY)
    emp = staff_queries.get(admin, row.employee_id)
    assert emp.grade == 10
    history = staff_queries.history(admin, row.employee_id)
    assert any(e.kind == "grade" and e.to_value == "10" and e.decision_number == "ق/123/2026"
               for e in history)
    steps = queries.case_detail(admin, case_id).steps
    assert [s.to_status for s in steps][-1] == wf.EXECUTED and all(s.by_user for s in steps)
    assert scan(admin) == []


def test_steps_out_of_order_or_by_the_wrong_role(admin: AppContext,
                                                 people: dict[str, object]) -> None:
    row = scan(admin)[0]
    clerk = login(admin, "clerk")
    (case_id,) = service.open_cases(clerk, [CaseRequest(row.employee_id, "grade", EFFECT)])
    with pytest.raises(ValidationError) as caught:
        service.advance(admin, case_id, "execute", decision_number="1", decision_date=TODAY)
    assert "مسودة" in caught.value.message_ar
    with pytest.raises(ValidationError):
        service.advance(clerk, case_id, "committee_approve")  # not yet at the committee
    full_run(clerk, case_id)
    with pytest.raises(PermissionDenied):
        service.advance(clerk, case_id, "agent_approve")
    with pytest.raises(ValidationError) as caught:
        service.advance(admin, case_id, "agent_refuse")
    assert caught.value.field == "reason"
    service.advance(admin, case_id, "agent_refuse", reason="لا تنطبق شروط الترقية")
    assert queries.case_detail(admin, case_id).case.status == wf.REFUSED
    with pytest.raises(PermissionDenied):
        service.open_cases(login(admin, "guest"), [CaseRequest(row.employee_id, "grade",
                                                                EFFECT)])


@pytest.mark.parametrize(("change", "field"), [
    ({"case_type": "magic"}, "case_type"),
    ({"requested_effect": "تسوية وضعي"}, "requested_effect"),
    ({"proposed_grade": 16}, "proposed_grade"),
    ({"request_date": TODAY + dt.timedelta(days=2)}, "request_date"),
])
def test_bad_requests_are_refused(admin: AppContext, people: dict[str, object],
                                  change: dict[str, object], field: str) -> None:
    request = replace(CaseRequest(people["lagging"], "grade", EFFECT), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        service.open_cases(admin, [request])
    assert caught.value.field == field
    assert cases(admin) == 0


def test_no_case_for_someone_missing_or_gone(admin: AppContext,
                                            people: dict[str, object]) -> None:
    import uuid

    with pytest.raises(NotFound):
        service.open_cases(admin, [CaseRequest(uuid.uuid4(), "grade", EFFECT)])
    staff_service.update(admin, people["lagging"], replace(LAGGING, status="retired"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        service.open_cases(admin, [CaseRequest(people["lagging"], "grade", EFFECT)])  # type: ignore[arg-type]
    assert caught.value.field == "employee"
    assert cases(admin) == 0


def test_decision_date_before_the_request_is_refused(admin: AppContext,
                                                     people: dict[str, object]) -> None:
    (case_id,) = service.open_cases(admin, [CaseRequest(
        people["lagging"], "grade", EFFECT, proposed_grade=9, request_date=TODAY)])  # type: ignore[arg-type]
    full_run(admin, case_id)
    service.advance(admin, case_id, "agent_approve")
    with pytest.raises(ValidationError) as caught:
        service.advance(admin, case_id, "execute", decision_number="5",
                        decision_date=TODAY - dt.timedelta(days=30))
    assert caught.value.field == "decision_date"
    assert staff_queries.get(admin, people["lagging"]).grade == 8  # type: ignore[arg-type]


def test_cost_is_unknown_without_a_table_and_exact_with_one(admin: AppContext,
                                                           people: dict[str, object]) -> None:
    effective = dt.date(TODAY.year - 1, TODAY.month, 1)
    (case_id,) = service.open_cases(admin, [CaseRequest(
        people["lagging"], "grade", EFFECT, proposed_grade=10, proposed_increments=1,  # type: ignore[arg-type]
        effective_date=effective)])
    row = queries.list_cases(admin)[0]
    assert not row.cost.known and "غير معروف" in row.cost.reason_ar
    amounts = {(g, i): 500_000 + g * 50_000 + i * 5_000 for g in range(1, 16)
               for i in range(0, 11)}
    with pytest.raises(ValidationError) as caught:
        salary.save_salary_table(admin, "جدول ناقص", dt.date(2020, 1, 1), 10,
                                 {k: v for k, v in amounts.items() if k != (7, 3)})
    assert "ناقص" in caught.value.message_ar
    salary.save_salary_table(admin, "الجدول الموحد", dt.date(2020, 1, 1), 10, amounts)
    row = queries.list_cases(admin)[0]
    current = 500_000 + 8 * 50_000 + LAGGING.increments * 5_000
    proposed = 500_000 + 10 * 50_000 + 1 * 5_000
    months = (TODAY.year - effective.year) * 12 + TODAY.month - effective.month
    assert row.cost.known and row.cost.monthly_difference == proposed - current
    assert row.cost.months == months and row.cost.arrears == (proposed - current) * months
    total = queries.total_cost(queries.list_cases(admin))
    assert total.arrears == row.cost.arrears
    assert case_id == row.id
