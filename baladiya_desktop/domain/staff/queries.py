"""Reading the register: search as you type, pages for the list, one person, statistics."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import name_tokens, search_key
from baladiya_desktop.domain.org.models import OrgUnit
from baladiya_desktop.domain.staff.models import Attachment, Employee, ServiceEvent

MAX_PAGE = 500


@dataclass(frozen=True)
class StaffFilter:
    text: str = ""
    unit_id: uuid.UUID | None = None
    grade: int | None = None
    employment_type: str = ""
    status: str = ""
    municipality: str | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = [Employee.deleted.is_(False)]
        for token in name_tokens(search_key(self.text)) if self.text.strip() else []:
            found.append(Employee.search_key.contains(token, autoescape=True))
        if self.unit_id is not None:
            found.append(Employee.unit_id == self.unit_id)
        if self.grade is not None:
            found.append(Employee.grade == self.grade)
        if self.employment_type:
            found.append(Employee.employment_type == self.employment_type)
        if self.status:
            found.append(Employee.status == self.status)
        if self.municipality:
            found.append(Employee.municipality_code == self.municipality)
        return found


@dataclass(frozen=True)
class EmployeeRow:
    id: uuid.UUID
    national_number: str | None
    full_name: str
    employee_number: str
    unit_name: str
    job_title: str
    grade: int | None
    employment_type: str
    status: str
    hire_date: dt.date | None


SORTS = {
    "name": Employee.full_name, "national_number": Employee.national_number,
    "grade": Employee.grade, "hire_date": Employee.hire_date,
    "employee_number": Employee.employee_number, "unit": OrgUnit.name_ar,
}


def _rows_query(filters: StaffFilter) -> Select[Employee, str]:
    return (
        select(Employee, OrgUnit.name_ar)
        .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
        .where(and_(*filters.conditions()))
    )


def _row(emp: Employee, unit_name: str | None) -> EmployeeRow:
    return EmployeeRow(emp.id, emp.national_number, emp.full_name, emp.employee_number,
                       unit_name or "", emp.job_title, emp.grade, emp.employment_type,
                       emp.status, emp.hire_date)


def count(ctx: AppContext, filters: StaffFilter) -> int:
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        query = select(func.count()).select_from(Employee).where(and_(*filters.conditions()))
        return int(session.scalar(query) or 0)


def page(ctx: AppContext, filters: StaffFilter, offset: int = 0, limit: int = 200,
         sort: str = "name", descending: bool = False) -> list[EmployeeRow]:
    """One page of the list, for a lazy table model."""
    ctx.require(Permission.STAFF_READ)
    column = SORTS.get(sort, Employee.full_name)
    order = column.desc() if descending else column.asc()
    query = _rows_query(filters).order_by(order, Employee.id).offset(offset)
    with ctx.session() as session:
        result = session.execute(query.limit(min(limit, MAX_PAGE)))
        return [_row(e, u) for e, u in result]


def search(ctx: AppContext, text: str, limit: int = 50,
           municipality: str | None = None) -> list[EmployeeRow]:
    """Matches by any name part, national number (any digits) or employee number."""
    if not text.strip():
        return []
    return page(ctx, StaffFilter(text=text, municipality=municipality), 0, limit)


@dataclass(frozen=True)
class EventRow:
    event_date: dt.date
    kind: str
    from_value: str
    to_value: str
    decision_number: str
    decision_date: dt.date | None
    notes: str
    by: str


def get(ctx: AppContext, emp_id: uuid.UUID) -> Employee:
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        emp = session.get(Employee, emp_id)
        if emp is None or emp.deleted:
            raise NotFound("الموظف غير موجود.", "The employee does not exist.")
        session.expunge(emp)
        return emp


def by_national_number(session: Session, municipality: str, national: str) -> Employee | None:
    return session.scalars(select(Employee).where(
        Employee.municipality_code == municipality, Employee.national_number == national,
        Employee.deleted.is_(False))).first()


def history(ctx: AppContext, emp_id: uuid.UUID) -> list[EventRow]:
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        events = session.scalars(
            select(ServiceEvent).where(ServiceEvent.employee_id == emp_id)
            .order_by(ServiceEvent.event_date, ServiceEvent.version))
        return [EventRow(e.event_date, e.kind, e.from_value, e.to_value, e.decision_number,
                         e.decision_date, e.notes, e.updated_by) for e in events]


def attachments(ctx: AppContext, owner_id: uuid.UUID) -> list[Attachment]:
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        found = list(session.scalars(select(Attachment).where(
            Attachment.owner_id == owner_id, Attachment.deleted.is_(False))))
        session.expunge_all()
        return found


def counts_by(ctx: AppContext, dimension: str,
              municipality: str | None = None) -> list[tuple[str, int]]:
    """Head counts of active staff by unit, grade, qualification or employment type."""
    ctx.require(Permission.STAFF_READ)
    columns = {"grade": Employee.grade, "qualification": Employee.qualification,
               "employment_type": Employee.employment_type, "status": Employee.status,
               "unit": OrgUnit.name_ar}
    column = columns[dimension]
    query = (select(column, func.count()).select_from(Employee)
             .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
             .where(Employee.deleted.is_(False)).group_by(column).order_by(column))
    if municipality:
        query = query.where(Employee.municipality_code == municipality)
    with ctx.session() as session:
        return [("" if k is None else str(k), int(n)) for k, n in session.execute(query)]


def posts_filled(ctx: AppContext) -> list[tuple[str, int, int]]:
    """Per unit: approved posts and how many are filled (the staffing table at a glance)."""
    from baladiya_desktop.domain.org.queries import load_units

    with ctx.session() as session:
        units = load_units(session, ctx.station.municipality_code, include_closed=False)
    return [(u.name_ar, u.approved, u.filled) for u in units if u.posts]



