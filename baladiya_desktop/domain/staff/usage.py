"""What the structure asks of the register: who is in a unit, who fills a post."""

from __future__ import annotations

import uuid

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


def register() -> None:
    if not any(u.count is staff_in_units for u in hooks.UNIT_USAGE):
        hooks.UNIT_USAGE.append(hooks.UnitUsage("الموظفين", "employees", staff_in_units))
        hooks.POST_FILL.append(hooks.PostFill(staff_in_posts))


register()
