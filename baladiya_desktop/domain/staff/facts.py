"""What other areas need to know of everyone at once (the settlement scan reads 10,000 people
in one pass, not one query per person)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.reference import load_list
from baladiya_desktop.domain.org.models import OrgUnit
from baladiya_desktop.domain.staff.models import Employee, ServiceEvent
from baladiya_desktop.domain.staff.references import STATUSES


@dataclass(frozen=True)
class Event:
    date: dt.date
    kind: str
    from_value: str
    to_value: str


@dataclass
class EmployeeFacts:
    id: uuid.UUID
    national_number: str | None
    full_name: str
    unit_name: str
    status: str
    hire_date: dt.date | None
    qualification: str
    qualification_year: int | None
    grade: int | None
    increments: int
    grade_date: dt.date | None
    job_title: str
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True)
class StatusRules:
    active: frozenset[str]
    counted: frozenset[str]


def status_rules(ctx: AppContext) -> StatusRules:
    with ctx.session() as session:
        items = load_list(session, STATUSES)
    return StatusRules(frozenset(i.code for i in items if i.extra.get("active") == "1"),
                       frozenset(i.code for i in items if i.extra.get("counts", "1") == "1"))


def all_facts(ctx: AppContext, ids: list[uuid.UUID] | None = None) -> Iterator[EmployeeFacts]:
    """Every live employee (or those of ``ids``) with their filed events, oldest first."""
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        # Plain columns, not ORM entities: building 40,000 tracked objects was 80% of a
        # 10,000-person settlement scan.
        query = (select(Employee.id, Employee.national_number, Employee.full_name,
                        OrgUnit.name_ar, Employee.status, Employee.hire_date,
                        Employee.qualification, Employee.qualification_year, Employee.grade,
                        Employee.increments, Employee.grade_date, Employee.job_title)
                 .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
                 .where(Employee.deleted.is_(False)))
        events_query = select(ServiceEvent.employee_id, ServiceEvent.event_date,
                              ServiceEvent.kind, ServiceEvent.from_value,
                              ServiceEvent.to_value).where(ServiceEvent.deleted.is_(False))
        if ids is not None:
            query = query.where(Employee.id.in_(ids))
            events_query = events_query.where(ServiceEvent.employee_id.in_(ids))
        events: dict[uuid.UUID, list[Event]] = defaultdict(list)
        for emp_id, day, kind, old, new in session.execute(
                events_query.order_by(ServiceEvent.event_date, ServiceEvent.version)):
            events[emp_id].append(Event(day, kind, old, new))
        for row in session.execute(query.order_by(Employee.full_name)):
            (emp_id, national, name, unit, status, hire, qual, qual_year, grade, increments,
             grade_date, title) = row
            yield EmployeeFacts(emp_id, national, name, unit or "", status, hire, qual,
                                qual_year, grade, increments, grade_date, title,
                                events.get(emp_id, []))
