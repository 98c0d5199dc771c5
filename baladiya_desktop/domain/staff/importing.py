"""Taking many people into the register at once (a spreadsheet, a ministry list).

One transaction: new people are inserted in bulk, people already registered (same national
number) are updated only where the input differs, and each changed grade, unit, status… is
filed in their service history. A row the register cannot take (an unknown unit or
qualification) is refused on its own, with its row number; a dry run does everything and
rolls it back, so its counts are exactly what the import would do.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.domain.staff.rules import EmployeeInput, check_employee
from baladiya_desktop.domain.staff.service import (
    Decision,
    Resolver,
    apply_values,
    employee_id,
    employee_key,
)

CHECK_EVERY = 500
VALUE_KEY = {"unit_code": "unit_id", "post_title": "post_id"}  # input field → column
PREFETCH = 500  # ids per IN (...) query


@dataclass(frozen=True)
class RowChange:
    """A registered person the input changed, and which fields."""

    row: int
    employee_id: uuid.UUID
    full_name: str
    fields: tuple[str, ...]


@dataclass
class ImportSummary:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    changes: list[RowChange] = field(default_factory=list)
    refused: list[tuple[int, ValidationError]] = field(default_factory=list)
    dry_run: bool = False


class _RollBack(Exception):
    """Raised inside the transaction to undo a dry run (or an all-or-nothing refusal)."""


def _prefetch(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, Employee]:
    """Everyone already registered under these ids, in a few queries (not one per row)."""
    found: dict[uuid.UUID, Employee] = {}
    for start in range(0, len(ids), PREFETCH):
        chunk = ids[start : start + PREFETCH]
        found.update(
            (e.id, e) for e in session.scalars(select(Employee).where(Employee.id.in_(chunk)))
        )
    return found


def import_employees(
    ctx: AppContext,
    rows: Iterable[tuple[int, EmployeeInput]],
    *,
    given: Mapping[int, frozenset[str]] | None = None,
    dry_run: bool = False,
    all_or_nothing: bool = False,
    decision: Decision | None = None,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> ImportSummary:
    """Add or update everyone in ``rows`` ((row number, input) pairs) in one transaction.

    ``given`` names, per row number, the input fields the source really filled (a sheet's
    columns with a value): a registered person is updated on those only, so a column the
    sheet lacks never resets what the register knows. Without it, every non-blank field.
    """
    summary = ImportSummary(dry_run=dry_run)
    items = list(rows)
    municipality = ctx.station.municipality_code or "MINISTRY"
    today = dt.date.today()
    label = "حفظ الموظفين"
    try:
        with ctx.write(Permission.STAFF_WRITE, "staff.import") as tx:
            resolver = Resolver(tx.session, municipality)
            ids = [
                employee_id(municipality, data) if data.national_number else None
                for _, data in items
            ]
            known = _prefetch(tx.session, [i for i in ids if i is not None])
            fresh: list[dict[str, object]] = []
            pending: dict[uuid.UUID, int] = {}
            with tx.session.no_autoflush:
                for done, ((row, data), emp_id) in enumerate(zip(items, ids, strict=True), 1):
                    if done % CHECK_EVERY == 0:
                        progress(done, len(items), label)
                        if cancel is not None:
                            cancel.check()
                    try:
                        checked = check_employee(data, today)
                        values = resolver.values(checked)
                    except ValidationError as error:
                        summary.refused.append((row, error))
                        continue
                    emp_id = emp_id or employee_id(municipality, checked)
                    emp = known.get(emp_id)
                    if emp_id in pending:
                        summary.refused.append((row, _twice(checked, pending[emp_id])))
                    elif emp is None:
                        pending[emp_id] = row
                        fresh.append({**values, "id": emp_id, "municipality_code": municipality})
                        summary.imported += 1
                    elif emp.deleted:
                        emp.deleted = False
                        apply_values(tx, emp, values, decision or Decision(date=today))
                        pending[emp_id] = row
                        summary.imported += 1
                    else:
                        kept = _kept(values, None if given is None else given.get(row))
                        changed = apply_values(tx, emp, kept, decision or Decision(date=today))
                        _rekey(emp)
                        pending[emp_id] = row
                        if changed:
                            summary.updated += 1
                            summary.changes.append(
                                RowChange(row, emp.id, emp.full_name, tuple(changed))
                            )
                        else:
                            summary.unchanged += 1
            tx.insert_many(Employee, fresh)
            progress(len(items), len(items), label)
            if dry_run or (all_or_nothing and summary.refused):
                raise _RollBack
    except _RollBack:
        if all_or_nothing and summary.refused:
            summary.imported = summary.updated = summary.unchanged = 0
            summary.changes.clear()
    return summary


def _kept(values: dict[str, object], fields: frozenset[str] | None) -> dict[str, object]:
    """What an update may set: never a blank, and with ``fields`` only what the source gave."""
    keys = None if fields is None else {VALUE_KEY.get(f, f) for f in fields}
    return {
        k: v
        for k, v in values.items()
        if v not in ("", None)
        and k not in ("full_name", "search_key")
        and (keys is None or k in keys)
    }


def _rekey(emp: Employee) -> None:
    """Name and search key follow the parts and numbers, whichever of them changed."""
    parts = (emp.first_name, emp.father_name, emp.grandfather_name, emp.family_name)
    full = " ".join(p for p in parts if p)
    key = employee_key(full, emp.national_number, emp.employee_number, emp.financial_number)
    if emp.full_name != full:
        emp.full_name = full
    if emp.search_key != key:
        emp.search_key = key


def _twice(data: EmployeeInput, first_row: int) -> ValidationError:
    return ValidationError(
        f"الرقم الوطني {data.national_number} ورد من قبل في الصف {first_row}.",
        f"National number {data.national_number} already appeared in row {first_row}.",
        field="national_number",
    )
