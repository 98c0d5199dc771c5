"""The register as people read it: codes as their Arabic names, the unit by name."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.reference import RefItem
from baladiya_desktop.domain.org.models import OrgUnit
from baladiya_desktop.domain.staff import references as refs
from baladiya_desktop.domain.staff.models import Employee

SEX_AR = {"M": "ذكر", "F": "أنثى"}
PLAIN_FIELDS = (
    "national_number", "full_name", "first_name", "father_name", "grandfather_name",
    "family_name", "mother_name", "birth_date", "birth_place", "qualification_field",
    "qualification_year", "qualification_institution", "hire_date", "job_title", "grade",
    "increments", "grade_date", "last_increment_date", "employee_number", "financial_number",
    "phone", "nationality", "other_id", "notes",
)  # fmt: skip


class Labels:
    """Arabic names of the staff codes and units, loaded once."""

    def __init__(self, session: Session) -> None:
        self.lists = refs.StaffLists(session)
        self.units = {u.id: u for u in session.scalars(select(OrgUnit))}
        names = [u.name_ar for u in self.units.values() if not u.deleted]
        self._shared = {n for n in names if names.count(n) > 1}

    def unit_name(self, unit_id: uuid.UUID | None) -> str:
        unit = self.units.get(unit_id) if unit_id else None
        return "" if unit is None else unit.name_ar

    def unit_text(self, unit_id: uuid.UUID | None) -> str:
        """The unit as a sheet names it: its name, or its code when two units share it."""
        unit = self.units.get(unit_id) if unit_id else None
        if unit is None:
            return ""
        return unit.code if unit.name_ar in self._shared else unit.name_ar

    def describe(self, emp: Employee) -> dict[str, Any]:
        """Every field of ``emp`` as shown to people (codes named, unit by name)."""
        lists = self.lists
        return {
            **{k: getattr(emp, k) for k in PLAIN_FIELDS},
            "id": emp.id,
            "sex": SEX_AR.get(emp.sex, emp.sex),
            "marital_status": lists.name(refs.MARITAL, emp.marital_status, "ar", emp.sex),
            "qualification": lists.name_ar(refs.QUALIFICATIONS, emp.qualification),
            "employment_type": lists.name_ar(refs.EMPLOYMENT_TYPES, emp.employment_type),
            "status": lists.name_ar(refs.STATUSES, emp.status),
            "unit": self.unit_text(emp.unit_id),
            "unit_name": self.unit_name(emp.unit_id),
            "unit_id": emp.unit_id,
        }


def register_rows(ctx: AppContext) -> Iterator[dict[str, Any]]:
    """Everyone in the register, by name, as people read them (streamed, for exports)."""
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        labels = Labels(session)
        query = (
            select(Employee)
            .where(Employee.deleted.is_(False))
            .order_by(Employee.full_name, Employee.id)
            .execution_options(yield_per=1000)
        )
        for emp in session.scalars(query):
            yield labels.describe(emp)


@dataclass(frozen=True)
class UnitChoice:
    id: uuid.UUID
    code: str
    name_ar: str
    posts: tuple[str, ...]  # titles of its approved posts


@dataclass(frozen=True)
class Choices:
    """What the employee form and the list's filters offer, in the lists' order."""

    lists: dict[str, list[tuple[str, str]]]  # list name → (code, Arabic name)
    units: list[UnitChoice]
    items: dict[str, list[RefItem]] = field(default_factory=dict)  # the entries, all names

    def name(self, list_name: str, code: str, lang: str = "ar", sex: str = "") -> str:
        for item in self.items.get(list_name, []):
            if item.code == code:
                return refs.item_name(item, lang, sex)
        return dict(self.lists.get(list_name, [])).get(code, code)

    def options(self, list_name: str, lang: str = "ar", sex: str = "") -> list[tuple[str, str]]:
        """(code, name) of a list as a form offers it, in the language and for the sex given."""
        if list_name not in self.items:
            return self.lists.get(list_name, [])
        return [(i.code, refs.item_name(i, lang, sex)) for i in self.items[list_name]]


def choices(ctx: AppContext) -> Choices:
    ctx.require(Permission.STAFF_READ)
    from baladiya_desktop.domain.org.queries import load_units

    with ctx.session() as session:
        lists = refs.StaffLists(session)
        units = load_units(session, ctx.station.municipality_code, include_closed=False)
    return Choices(
        {name: [(i.code, i.name_ar) for i in items] for name, items in lists.items.items()},
        [UnitChoice(u.id, u.code, u.name_ar, tuple(p.title for p in u.posts)) for u in units],
        lists.items,
    )
