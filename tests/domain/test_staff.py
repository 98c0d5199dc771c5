"""The staff register: rules, the service file, imports that converge, search."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, ValidationError
from baladiya_desktop.domain.org import queries as org_queries
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.staff import queries, service
from baladiya_desktop.domain.staff.models import Employee, ServiceEvent
from baladiya_desktop.domain.staff.queries import StaffFilter
from baladiya_desktop.domain.staff.rules import EmployeeInput
from tests.support import login

AHMED = EmployeeInput(
    first_name="أحمد", father_name="عبد الله", grandfather_name="محمد", family_name="الورفلي",
    sex="M", national_number="119850123456", birth_date=dt.date(1985, 4, 2),
    hire_date=dt.date(2010, 1, 3), grade=8, qualification="bachelor",
    employee_number="E-100", job_title="محاسب",
)


def employees(ctx: AppContext) -> int:
    with ctx.session() as session:
        return int(session.scalar(select(func.count()).select_from(Employee)) or 0)


@pytest.fixture
def with_unit(admin: AppContext) -> AppContext:
    unit = org_service.add_unit(admin, UnitInput("FIN", "إدارة الشؤون المالية", "department"))
    org_service.add_post(admin, unit, PostInput("محاسب", 6, 10, 2))
    return admin


def test_register_and_read_back(with_unit: AppContext) -> None:
    emp_id = service.register(with_unit, replace(AHMED, unit_code="FIN", post_title="محاسب"))
    emp = queries.get(with_unit, emp_id)
    assert emp.full_name == "أحمد عبد الله محمد الورفلي"
    assert emp.qualification == "bachelor" and emp.unit_id is not None
    node = org_queries.structure(with_unit)[0]
    assert (node.posts[0].filled, node.posts[0].vacant) == (1, 1)
    assert [e.kind for e in queries.history(with_unit, emp_id)] == ["hire"]


def test_same_national_number_converges_on_one_id(admin: AppContext) -> None:
    first = service.register(admin, AHMED)
    with pytest.raises(ValidationError) as caught:
        service.register(admin, replace(AHMED, first_name="احمد"))
    assert caught.value.field == "national_number"
    assert service.employee_id("LY-M001", AHMED) == first


def test_grade_and_status_changes_are_filed(with_unit: AppContext) -> None:
    emp_id = service.register(with_unit, AHMED)
    changed = service.update(with_unit, emp_id, replace(AHMED, grade=9, status="on_leave"),
                             service.Decision(dt.date(2024, 5, 1), "77/2024"))
    assert set(changed) == {"grade", "status"}
    events = queries.history(with_unit, emp_id)
    grade = next(e for e in events if e.kind == "grade")
    assert (grade.from_value, grade.to_value, grade.decision_number) == ("8", "9", "77/2024")
    assert service.update(with_unit, emp_id, replace(AHMED, grade=9, status="on_leave")) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"first_name": " "}, "first_name"),
        ({"family_name": ""}, "family_name"),
        ({"national_number": "12345"}, "national_number"),
        ({"national_number": "219850123456"}, "national_number"),  # says female
        ({"national_number": "119900123456"}, "national_number"),  # says born 1990
        ({"national_number": None}, "national_number"),  # no other id either
        ({"birth_date": dt.date.today() + dt.timedelta(days=3)}, "birth_date"),
        ({"hire_date": dt.date(1980, 1, 1)}, "hire_date"),
        ({"grade": 16}, "grade"),
        ({"grade": 0}, "grade"),
        ({"phone": "12"}, "phone"),
        ({"qualification": "wizard"}, "qualification"),
        ({"unit_code": "NOPE"}, "unit"),
    ],
)
def test_bad_records_are_refused_and_nothing_changes(admin: AppContext, change: dict[str, object],
                                                     field: str) -> None:
    before = employees(admin)
    with pytest.raises(ValidationError) as caught:
        service.register(admin, replace(AHMED, **change))  # type: ignore[arg-type]
    assert caught.value.field == field, caught.value
    assert caught.value.message_ar
    assert employees(admin) == before


def test_other_identifier_with_a_reason(admin: AppContext) -> None:
    emp_id = service.register(admin, replace(
        AHMED, national_number=None, other_id_kind="passport", other_id="LY123456",
        other_id_reason="مقيم غير ليبي"))
    assert queries.get(admin, emp_id).other_id == "LY123456"


def test_upsert_is_idempotent_and_reports_differences(admin: AppContext) -> None:
    other = replace(AHMED, first_name="سالم", national_number="119900654321",
                    birth_date=dt.date(1990, 6, 6), employee_number="E-101")
    first = service.upsert_many(admin, [(4, AHMED), (5, other)])
    assert (first.imported, first.updated, first.unchanged) == (2, 0, 0)
    again = service.upsert_many(admin, [(4, AHMED), (5, other)])
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    changed = service.upsert_many(admin, [(4, replace(AHMED, grade=10)), (5, other)])
    assert (changed.updated, changed.unchanged) == (1, 1) and changed.changes[4] == ["grade"]
    assert employees(admin) == 2
    with admin.session() as session:
        assert session.scalar(select(func.count()).select_from(ServiceEvent).where(
            ServiceEvent.kind == "grade")) == 1


@pytest.mark.parametrize("query", ["عبدالله", "عبد اللة", "الورفلى", "أحمد", "احمد الورفلي",
                                   "١١٩٨٥٠١٢٣٤٥٦", "119850", "e-100", "ورفل"])
def test_search_finds_any_spelling(admin: AppContext, query: str) -> None:
    service.register(admin, AHMED)
    service.register(admin, replace(AHMED, first_name="خالد", father_name="سالم",
                                    family_name="المصراتي", national_number="119870123456",
                                    birth_date=dt.date(1987, 1, 1), employee_number="E-200"))
    found = queries.search(admin, query)
    assert [r.national_number for r in found] == ["119850123456"], query


def test_list_pages_filters_and_counts(admin: AppContext) -> None:
    for n in range(30):
        service.register(admin, replace(
            AHMED, first_name=f"موظف{n:02d}", national_number=f"1198501{n:05d}",
            grade=5 + n % 3, employee_number=f"E{n}"))
    assert queries.count(admin, StaffFilter()) == 30
    assert queries.count(admin, StaffFilter(grade=5)) == 10
    first = queries.page(admin, StaffFilter(), 0, 12, sort="name")
    second = queries.page(admin, StaffFilter(), 12, 12, sort="name")
    assert len(first) == 12 and first[-1].full_name < second[0].full_name
    assert dict(queries.counts_by(admin, "grade")) == {"5": 10, "6": 10, "7": 10}


def test_personal_data_needs_the_staff_permission(admin: AppContext) -> None:
    service.register(admin, AHMED)
    for who in ("guest", "cashier"):
        with pytest.raises(PermissionDenied):
            queries.search(login(admin, who), "أحمد")
    with pytest.raises(PermissionDenied):
        service.register(login(admin, "guest"), replace(AHMED, national_number="119850999999"))
    assert queries.search(login(admin, "clerk"), "أحمد")


def test_unit_with_staff_cannot_be_closed(with_unit: AppContext) -> None:
    service.register(with_unit, replace(AHMED, unit_code="FIN"))
    unit = org_queries.structure(with_unit)[0]
    with pytest.raises(ValidationError) as caught:
        org_service.close_unit(with_unit, unit.id, dt.date.today())
    assert "الموظفين" in caught.value.message_ar


def test_attachments_are_stored_once_by_hash(admin: AppContext) -> None:
    emp_id = service.register(admin, AHMED)
    data = b"%PDF-1.4 scanned decision"
    service.add_attachment(admin, "employee", emp_id, "قرار التعيين", "a.pdf", data,
                           "application/pdf")
    service.add_attachment(admin, "employee", emp_id, "نسخة", "b.pdf", data, "application/pdf")
    items = queries.attachments(admin, emp_id)
    assert len(items) == 2 and items[0].sha256 == items[1].sha256
    with pytest.raises(ValidationError):
        service.add_attachment(admin, "employee", emp_id, "x", "x.pdf", b"", "application/pdf")
