"""Reading the register: search as you type, pages for the list, one person, statistics."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import name_tokens, search_key
from baladiya_desktop.domain.org.models import OrgUnit
from baladiya_desktop.domain.staff.models import (
    Attachment,
    AttachmentBlob,
    Employee,
    ServiceEvent,
)
from baladiya_desktop.domain.staff.search_index import index_for
from baladiya_desktop.domain.staff.usage import active_status_codes

MAX_PAGE = 500


@dataclass(frozen=True)
class StaffFilter:
    text: str = ""
    unit_id: uuid.UUID | None = None
    grade: int | None = None
    employment_type: str = ""
    status: str = ""
    municipality: str | None = None

    def tokens(self) -> list[str]:
        return name_tokens(search_key(self.text)) if self.text.strip() else []

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = [Employee.deleted.is_(False)]
        for token in self.tokens():
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
    "name": Employee.full_name,
    "national_number": Employee.national_number,
    "grade": Employee.grade,
    "hire_date": Employee.hire_date,
    "employee_number": Employee.employee_number,
    "unit": OrgUnit.name_ar,
}
ROW_COLUMNS = (
    Employee.id, Employee.national_number, Employee.full_name, Employee.employee_number,
    OrgUnit.name_ar, Employee.job_title, Employee.grade, Employee.employment_type,
    Employee.status, Employee.hire_date,
)  # fmt: skip


def _rows_query(conditions: list[ColumnElement[bool]]) -> Select[Any]:
    query: Select[Any] = select(*ROW_COLUMNS)  # type: ignore[assignment]  # ten columns
    return query.outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id).where(and_(*conditions))


def _row(values: Sequence[Any]) -> EmployeeRow:
    emp_id, national, name, number, unit, title, grade, kind, status, hired = values
    return EmployeeRow(
        emp_id, national, name, number, unit or "", title, grade, kind, status, hired
    )


def _by_ids(ctx: AppContext, filters: StaffFilter, ids: list[uuid.UUID]) -> list[Any]:
    """Rows of ``ids`` that pass the other filters, in name order, read by primary key."""
    if not ids:
        return []
    query = _rows_query([*filters.conditions(), Employee.id.in_(ids)])
    with ctx.session() as session:
        return list(session.execute(query.order_by(Employee.full_name, Employee.id)))


def _first_matches(ctx: AppContext, filters: StaffFilter, wanted: int) -> tuple[list[Any], bool]:
    """The first ``wanted`` matching rows in name order from the key index, and whether
    there are no more. Other filters are applied in SQL, a batch of ids at a time."""
    found: list[Any] = []
    batch: list[uuid.UUID] = []
    size = max(wanted, 50)
    for emp_id in index_for(ctx.engine).matches(filters.tokens()):
        batch.append(emp_id)
        if len(batch) >= size:
            found += _by_ids(ctx, filters, batch)
            batch = []
            if len(found) >= wanted:
                return found[:wanted], False
            size = min(size * 2, 2000)
    found += _by_ids(ctx, filters, batch)
    return found[:wanted], len(found) <= wanted


def _plain_text(filters: StaffFilter) -> bool:
    """Only words to find (no unit, grade… filter): the key index can count alone."""
    return replace(filters, text="", municipality=None) == StaffFilter()


def count(ctx: AppContext, filters: StaffFilter) -> int:
    ctx.require(Permission.STAFF_READ)
    tokens = filters.tokens()
    if tokens and _plain_text(filters) and filters.municipality is None:
        return sum(1 for _ in index_for(ctx.engine).matches(tokens))
    with ctx.session() as session:
        query = select(func.count()).select_from(Employee).where(and_(*filters.conditions()))
        return int(session.scalar(query) or 0)


def page(
    ctx: AppContext,
    filters: StaffFilter,
    offset: int = 0,
    limit: int = 200,
    sort: str = "name",
    descending: bool = False,
) -> list[EmployeeRow]:
    """One page of the list, for a lazy table model."""
    ctx.require(Permission.STAFF_READ)
    limit = min(limit, MAX_PAGE)
    if filters.tokens() and sort == "name" and not descending:
        rows, _done = _first_matches(ctx, filters, offset + limit)
        return [_row(r) for r in rows[offset:]]
    column = SORTS.get(sort, Employee.full_name)
    order = column.desc() if descending else column.asc()
    query = _rows_query(filters.conditions()).order_by(order, Employee.id)
    with ctx.session() as session:
        return [_row(r) for r in session.execute(query.offset(offset).limit(limit))]


def search(
    ctx: AppContext, text: str, limit: int = 50, municipality: str | None = None
) -> list[EmployeeRow]:
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
    return session.scalars(
        select(Employee).where(
            Employee.municipality_code == municipality,
            Employee.national_number == national,
            Employee.deleted.is_(False),
        )
    ).first()


def history(ctx: AppContext, emp_id: uuid.UUID) -> list[EventRow]:
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        events = session.scalars(
            select(ServiceEvent)
            .where(ServiceEvent.employee_id == emp_id)
            .order_by(ServiceEvent.event_date, ServiceEvent.version)
        )
        return [
            EventRow(
                e.event_date,
                e.kind,
                e.from_value,
                e.to_value,
                e.decision_number,
                e.decision_date,
                e.notes,
                e.updated_by,
            )
            for e in events
        ]


def attachments(ctx: AppContext, owner_id: uuid.UUID) -> list[Attachment]:
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        found = list(
            session.scalars(
                select(Attachment).where(
                    Attachment.owner_id == owner_id, Attachment.deleted.is_(False)
                )
            )
        )
        session.expunge_all()
        return found


def attachment_data(ctx: AppContext, attachment_id: uuid.UUID) -> tuple[str, bytes]:
    """The file name and bytes of one attachment, to open or save a copy."""
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        item = session.get(Attachment, attachment_id)
        blob = session.get(AttachmentBlob, item.sha256) if item is not None else None
        if item is None or item.deleted or blob is None:
            raise NotFound("المرفق غير موجود.", "The attachment does not exist.")
        return item.file_name, blob.data


def counts_by(
    ctx: AppContext, dimension: str, municipality: str | None = None, in_service: bool = False
) -> list[tuple[str, int]]:
    """Head counts by unit, grade, qualification, employment type, status or sex; with
    ``in_service`` only people whose status keeps them in their post (not retired…)."""
    ctx.require(Permission.STAFF_READ)
    columns = {
        "grade": Employee.grade,
        "qualification": Employee.qualification,
        "employment_type": Employee.employment_type,
        "status": Employee.status,
        "sex": Employee.sex,
        "unit": OrgUnit.name_ar,
    }
    column = columns[dimension]
    query = (
        select(column, func.count())
        .select_from(Employee)
        .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
        .where(Employee.deleted.is_(False))
        .group_by(column)
        .order_by(column)
    )
    if municipality:
        query = query.where(Employee.municipality_code == municipality)
    with ctx.session() as session:
        if in_service:
            query = query.where(Employee.status.in_(active_status_codes(session)))
        return [("" if k is None else str(k), int(n)) for k, n in session.execute(query)]


def posts_filled(ctx: AppContext) -> list[tuple[str, int, int]]:
    """Per unit: approved posts and how many are filled (the staffing table at a glance)."""
    from baladiya_desktop.domain.org.queries import load_units

    with ctx.session() as session:
        units = load_units(session, ctx.station.municipality_code, include_closed=False)
    return [(u.name_ar, u.approved, u.filled) for u in units if u.posts]
