"""What the structure asks of the register: who is in a unit, who fills a post."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from baladiya_desktop.core.reference import load_list
from baladiya_desktop.domain import hooks
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.domain.staff.references import STATUSES


def active_status_codes(session: Session) -> list[str]:
    """Statuses that keep someone in their unit and post (at work, on leave, …)."""
    return [i.code for i in load_list(session, STATUSES) if i.extra.get("active") == "1"]


def _count_by(
    session: Session, column: InstrumentedAttribute[uuid.UUID | None], ids: list[uuid.UUID]
) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    query = (
        select(column, func.count())
        .where(
            column.in_(ids),
            Employee.deleted.is_(False),
            Employee.status.in_(active_status_codes(session)),
        )
        .group_by(column)
    )
    return {row[0]: int(row[1]) for row in session.execute(query) if row[0] is not None}


def staff_in_units(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    return _count_by(session, Employee.unit_id, ids)


def staff_in_posts(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    return _count_by(session, Employee.post_id, ids)


def staff_places(session: Session, municipality: str | None, named: bool) -> list[hooks.Placed]:
    """Everyone in service, where they sit: the staffing table's people."""
    columns: list[Any] = [Employee.id, Employee.unit_id, Employee.post_id, Employee.grade]
    if named:
        columns += [Employee.full_name, Employee.job_title]
    query = select(*columns).where(
        Employee.deleted.is_(False), Employee.status.in_(active_status_codes(session))
    )
    if municipality:
        query = query.where(Employee.municipality_code == municipality)
    if named:
        query = query.order_by(Employee.full_name)
    return [hooks.Placed(*row) for row in session.execute(query)]


def register() -> None:
    if not any(u.count is staff_in_units for u in hooks.UNIT_USAGE):
        hooks.UNIT_USAGE.append(hooks.UnitUsage("الموظفين", "employees", staff_in_units))
        hooks.POST_FILL.append(hooks.PostFill(staff_in_posts))
        hooks.STAFF_PLACES.append(staff_places)


register()
