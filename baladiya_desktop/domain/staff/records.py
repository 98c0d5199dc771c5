"""An employee from a flat record (a sheet row, a list from another system): the four-part
name split into its parts, the sex read from the national number when not given, and which
fields the record really filled (so an update never resets the others)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from baladiya_desktop.core.dates import ParsedDate
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.domain.staff.rules import EmployeeInput
from baladiya_desktop.domain.staff.spelling import label_key, split_four_part_name

NAME_PARTS = ("first_name", "father_name", "grandfather_name", "family_name")


def _date(value: Any) -> dt.date | None:
    return value.value if isinstance(value, ParsedDate) else None


@dataclass(frozen=True)
class SheetPerson:
    """One good sheet row: the input, and the fields the row really filled."""

    data: EmployeeInput
    given: frozenset[str]


# Column key → the input fields it fills.
FIELDS_OF = {
    "full_name": NAME_PARTS,
    "unit": ("unit_code",),
    "job_title": ("job_title", "post_title"),
}


def build_person(values: dict[str, Any], posts: set[tuple[str, str]]) -> SheetPerson:
    given = frozenset(
        f
        for key, value in values.items()
        if value not in (None, "")
        for f in FIELDS_OF.get(key, (key,))
    )
    return SheetPerson(build_input(values, posts), given)


def build_input(values: dict[str, Any], posts: set[tuple[str, str]] | None = None) -> EmployeeInput:
    """One sheet row as the register's input: the name split, the sex from the number."""
    parts = [values.get(k) or "" for k in NAME_PARTS]
    if not any(parts) and values.get("full_name"):
        parts = list(split_four_part_name(values["full_name"]))
    if not any(parts):
        raise ValidationError(
            "الاسم فارغ: اكتب اسم الموظف الرباعي.", "The name is empty.", field="full_name"
        )
    national: str = values["national_number"]
    unit, title = values.get("unit") or "", values.get("job_title") or ""
    post = title if unit and (unit, label_key(title)) in (posts or set()) else ""
    return EmployeeInput(
        first_name=parts[0],
        father_name=parts[1],
        grandfather_name=parts[2],
        family_name=parts[3],
        mother_name=values.get("mother_name") or "",
        sex=values.get("sex") or ("M" if national.startswith("1") else "F"),
        national_number=national,
        birth_date=_date(values.get("birth_date")),
        birth_place=values.get("birth_place") or "",
        marital_status=values.get("marital_status") or "",
        qualification=values.get("qualification") or "",
        qualification_field=values.get("qualification_field") or "",
        hire_date=_date(values.get("hire_date")),
        employment_type=values.get("employment_type") or "",
        status=values.get("status") or "",
        unit_code=unit,
        post_title=post,
        job_title=title,
        grade=values.get("grade"),
        increments=values.get("increments") or 0,
        grade_date=_date(values.get("grade_date")),
        employee_number=values.get("employee_number") or "",
        financial_number=values.get("financial_number") or "",
        phone=values.get("phone") or "",
    )
