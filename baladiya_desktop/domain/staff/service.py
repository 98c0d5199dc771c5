"""The only writer of the register: new employees, changes with their service file, imports."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.ids import natural_id, new_id
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import search_key
from baladiya_desktop.core.writes import Tx
from baladiya_desktop.domain.org.models import OrgPost, OrgUnit
from baladiya_desktop.domain.staff import attachments
from baladiya_desktop.domain.staff import references as refs
from baladiya_desktop.domain.staff.models import Employee, ServiceEvent
from baladiya_desktop.domain.staff.rules import EmployeeInput, check_employee

# Fields whose change is a line in the service file, with the kind it is filed under.
TRACKED = {
    "grade": "grade",
    "increments": "increment",
    "post_id": "post",
    "unit_id": "unit",
    "status": "status",
    "employment_type": "type",
    "job_title": "title",
}
PLAIN = (
    "first_name",
    "father_name",
    "grandfather_name",
    "family_name",
    "mother_name",
    "national_number",
    "other_id_kind",
    "other_id",
    "other_id_reason",
    "sex",
    "birth_date",
    "birth_place",
    "nationality",
    "marital_status",
    "phone",
    "qualification",
    "qualification_field",
    "qualification_year",
    "qualification_institution",
    "hire_date",
    "grade_date",
    "last_increment_date",
    "employee_number",
    "financial_number",
    "notes",
)
MAX_ATTACHMENT = 20 * 1024 * 1024


@dataclass(frozen=True)
class Decision:
    """The decision behind a change of grade, post, unit or status (optional)."""

    date: dt.date | None = None
    number: str = ""
    notes: str = ""


@dataclass
class UpsertSummary:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    changes: dict[int, list[str]] = field(default_factory=dict)


class Resolver:
    """Codes and units resolved once per transaction."""

    def __init__(self, session: Session, municipality: str) -> None:
        self.lists = refs.StaffLists(session)
        self._codes: dict[tuple[str, str], str] = {}  # an import names the same few codes
        self.units = {
            u.code.casefold(): u
            for u in session.scalars(
                select(OrgUnit).where(
                    OrgUnit.municipality_code == municipality, OrgUnit.deleted.is_(False)
                )
            )
        }
        self.posts: dict[tuple[uuid.UUID, str], OrgPost] = {
            (p.unit_id, search_key(p.title)): p
            for p in session.scalars(
                select(OrgPost).where(
                    OrgPost.municipality_code == municipality, OrgPost.deleted.is_(False)
                )
            )
        }

    def code(self, list_name: str, value: str, field: str) -> str:
        key = (list_name, value)
        found = self._codes.get(key)
        if found is None:
            found = self._codes[key] = self.lists.code(list_name, value, field)
        return found

    def values(self, data: EmployeeInput) -> dict[str, object]:
        """Column values of a checked input, with its names and codes resolved."""
        unit_id = post_id = None
        if data.unit_code:
            unit = self.units.get(data.unit_code.strip().casefold())
            if unit is None:
                raise ValidationError(
                    f"الوحدة «{data.unit_code}» غير موجودة في الهيكل.",
                    f"Unit '{data.unit_code}' is not in the structure.",
                    field="unit",
                )
            unit_id = unit.id
            if data.post_title:
                post = self.posts.get((unit.id, search_key(data.post_title)))
                if post is None:
                    raise ValidationError(
                        f"الوظيفة «{data.post_title}» غير موجودة في ملاك «{unit.name_ar}».",
                        f"Post '{data.post_title}' is not in that unit's staffing table.",
                        field="post",
                    )
                post_id = post.id
        values: dict[str, object] = {k: getattr(data, k) for k in PLAIN}
        values.update(
            qualification=self.code(refs.QUALIFICATIONS, data.qualification, "qualification"),
            employment_type=self.code(
                refs.EMPLOYMENT_TYPES, data.employment_type, "employment_type"
            )
            or "permanent",
            status=self.code(refs.STATUSES, data.status, "status") or "at_work",
            marital_status=self.code(refs.MARITAL, data.marital_status, "marital_status"),
            unit_id=unit_id,
            post_id=post_id,
            job_title=data.job_title,
            grade=data.grade,
            increments=data.increments,
            full_name=data.full_name,
        )
        values["search_key"] = employee_key(
            data.full_name, data.national_number, data.employee_number, data.financial_number
        )
        return values


def employee_key(full_name: str, national: str | None, number: str, financial: str) -> str:
    return search_key(" ".join(p for p in (full_name, national or "", number, financial) if p))


def employee_id(municipality: str, data: EmployeeInput) -> uuid.UUID:
    if data.national_number:
        return natural_id(municipality, "employee", data.national_number)
    return new_id()


def _municipality(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def _event_text(key: str, value: object) -> str:
    return "" if value is None else str(value)


def apply_values(tx: Tx, emp: Employee, values: dict[str, object], decision: Decision) -> list[str]:
    """Set changed columns; file tracked changes in the service history. Returns what changed."""
    changed = []
    for key, value in values.items():
        old = getattr(emp, key)
        if old == value:
            continue
        changed.append(key)
        if key in TRACKED and emp.version is not None:
            tx.session.add(
                ServiceEvent(
                    municipality_code=emp.municipality_code,
                    employee_id=emp.id,
                    event_date=decision.date or dt.date.today(),
                    kind=TRACKED[key],
                    from_value=_event_text(key, old),
                    to_value=_event_text(key, value),
                    decision_number=decision.number,
                    decision_date=decision.date,
                    notes=decision.notes,
                )
            )
        setattr(emp, key, value)
    return [c for c in changed if c not in ("full_name", "search_key")]


def _existing(session: Session, municipality: str, data: EmployeeInput) -> Employee | None:
    if not data.national_number:
        return None
    return session.get(Employee, natural_id(municipality, "employee", data.national_number))


def register(ctx: AppContext, data: EmployeeInput) -> uuid.UUID:
    """Add someone to the register; refuses a national number already registered."""
    checked = check_employee(data)
    municipality = _municipality(ctx)
    with ctx.write(Permission.STAFF_WRITE, "staff.register") as tx:
        existing = _existing(tx.session, municipality, checked)
        if existing is not None and not existing.deleted:
            raise ValidationError(
                f"الرقم الوطني {checked.national_number} مسجل من قبل باسم «{existing.full_name}».",
                f"National number {checked.national_number} is already registered.",
                field="national_number",
            )
        values = Resolver(tx.session, municipality).values(checked)
        emp = existing or Employee(
            id=employee_id(municipality, checked), municipality_code=municipality
        )
        if existing is None:
            tx.session.add(emp)
        emp.deleted = False
        apply_values(tx, emp, values, Decision())
        tx.session.flush()
        if checked.hire_date:
            tx.session.add(
                ServiceEvent(
                    municipality_code=municipality,
                    employee_id=emp.id,
                    event_date=checked.hire_date,
                    kind="hire",
                    to_value=(values["employment_type"] and str(values["employment_type"])) or "",
                )
            )
        return emp.id


def update(
    ctx: AppContext, emp_id: uuid.UUID, data: EmployeeInput, decision: Decision | None = None
) -> list[str]:
    """Change a record; grade, post, unit, status, type and title changes are filed."""
    checked = check_employee(data)
    with ctx.write(Permission.STAFF_WRITE, "staff.update") as tx:
        emp = tx.session.get(Employee, emp_id)
        if emp is None or emp.deleted:
            raise NotFound("الموظف غير موجود.", "The employee does not exist.")
        if checked.national_number and checked.national_number != emp.national_number:
            clash = _existing(tx.session, emp.municipality_code, checked)
            if clash is not None and clash.id != emp.id and not clash.deleted:
                raise ValidationError(
                    f"الرقم الوطني {checked.national_number} مسجل لموظف آخر.",
                    "That national number belongs to another employee.",
                    field="national_number",
                )
        values = Resolver(tx.session, emp.municipality_code).values(checked)
        return apply_values(tx, emp, values, decision or Decision())


def remove(ctx: AppContext, emp_id: uuid.UUID) -> None:
    """Take a record entered by mistake out of the register (kept as a tombstone)."""
    with ctx.write(Permission.STAFF_WRITE, "staff.remove") as tx:
        emp = tx.session.get(Employee, emp_id)
        if emp is None or emp.deleted:
            raise NotFound("الموظف غير موجود.", "The employee does not exist.")
        emp.deleted = True


def upsert_many(
    ctx: AppContext, rows: Iterable[tuple[int, EmployeeInput]], decision: Decision | None = None
) -> UpsertSummary:
    """Import checked rows in one transaction: new people added, known ones updated only
    where the sheet differs; the same rows again change nothing. The first row the
    register cannot take refuses them all (``importing.import_employees`` keeps the rest)."""
    from baladiya_desktop.domain.staff.importing import import_employees

    done = import_employees(ctx, rows, all_or_nothing=True, decision=decision)
    if done.refused:
        raise done.refused[0][1]
    return UpsertSummary(
        done.imported, done.updated, done.unchanged, {c.row: list(c.fields) for c in done.changes}
    )


def add_attachment(
    ctx: AppContext,
    owner_table: str,
    owner_id: uuid.UUID,
    title: str,
    file_name: str,
    data: bytes,
    media_type: str,
) -> uuid.UUID:
    """A scanned document of an employee (staff rights) or a settlement case."""
    permission = (
        Permission.STAFF_WRITE if owner_table == "employee" else Permission.SETTLEMENT_WRITE
    )
    with ctx.write(permission, "attachment.add") as tx:
        return attachments.store(tx, _municipality(ctx), owner_table, owner_id, title,
                                 file_name, data, media_type)


def with_unit(data: EmployeeInput, unit_code: str, post_title: str = "") -> EmployeeInput:
    return replace(data, unit_code=unit_code, post_title=post_title)


def place_in_post(
    ctx: AppContext, emp_id: uuid.UUID, post_id: uuid.UUID, decision: Decision | None = None
) -> list[str]:
    """Place someone in a vacant approved post (the staffing table's surplus into a vacancy):
    their unit and title follow the post, each change filed in the service history."""
    from baladiya_desktop.domain.staff.usage import active_status_codes, staff_in_posts

    with ctx.write(Permission.STAFF_WRITE, "staff.update") as tx:
        emp = tx.session.get(Employee, emp_id)
        if emp is None or emp.deleted:
            raise NotFound("الموظف غير موجود.", "The employee does not exist.")
        post = tx.session.get(OrgPost, post_id)
        if post is None or post.deleted or post.municipality_code != emp.municipality_code:
            raise NotFound("الوظيفة غير موجودة في الملاك.", "The post is not in the table.")
        if emp.status not in active_status_codes(tx.session):
            raise ValidationError(
                "الموظف ليس على رأس العمل، فلا يُسكَّن في وظيفة.",
                "The employee is not in service and cannot be placed in a post.",
                field="employee",
            )
        if emp.post_id == post.id:
            raise ValidationError("الموظف يشغل هذه الوظيفة من قبل.",
                                  "The employee already holds this post.", field="post")
        holders = staff_in_posts(tx.session, [post.id]).get(post.id, 0)
        if holders >= post.approved_count:
            raise ValidationError(
                f"وظيفة «{post.title}» مشغولة بعددها المعتمد ({post.approved_count}): "
                "اختر وظيفة شاغرة.",
                f"The post '{post.title}' is filled to its approved number.",
                field="post",
            )
        if emp.grade is not None and not post.grade_min <= emp.grade <= post.grade_max:
            raise ValidationError(
                f"درجة الموظف ({emp.grade}) خارج درجات الوظيفة ({post.grade_min}–"
                f"{post.grade_max}): اختر وظيفة تناسب درجته أو سوِّ درجته أولاً.",
                f"The employee's grade ({emp.grade}) is outside the post's grades "
                f"({post.grade_min}–{post.grade_max}).",
                field="post",
            )
        values = {"unit_id": post.unit_id, "post_id": post.id, "job_title": post.title}
        return apply_values(tx, emp, values, decision or Decision())
