"""Applying a decision to an employee inside another area's transaction (a settlement case
executed: the case and the employee's new grade commit together or not at all)."""

from __future__ import annotations

import datetime as dt
import uuid

from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.writes import Tx
from baladiya_desktop.domain.staff.models import Employee, ServiceEvent


def apply_decision(tx: Tx, employee_id: uuid.UUID, *, decision_number: str,
                   decision_date: dt.date, effective: dt.date, grade: int | None = None,
                   increments: int | None = None, job_title: str | None = None,
                   note: str = "") -> list[str]:
    """Set the decided values and file each change in the service history."""
    emp = tx.session.get(Employee, employee_id)
    if emp is None or emp.deleted:
        raise NotFound("الموظف غير موجود.", "The employee does not exist.")
    changed = []
    for field, kind, value in (("grade", "grade", grade), ("increments", "increment", increments),
                               ("job_title", "title", job_title)):
        if value is None or getattr(emp, field) == value:
            continue
        tx.session.add(ServiceEvent(
            municipality_code=emp.municipality_code, employee_id=emp.id, event_date=effective,
            kind=kind, from_value="" if getattr(emp, field) is None else str(getattr(emp, field)),
            to_value=str(value), decision_number=decision_number, decision_date=decision_date,
            notes=note))
        setattr(emp, field, value)
        changed.append(field)
    if "grade" in changed:
        emp.grade_date = effective
    return changed
