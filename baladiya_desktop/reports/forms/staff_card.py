"""بطاقة بيانات موظف: everything the register knows of one person, and their service file.

The content is the printed fields themselves (codes already named in Arabic), so the QR's
hash vouches for exactly what is on paper and ``verify`` notices any later change.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Table
from sqlalchemy import select

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.staff.display import Labels
from baladiya_desktop.domain.staff.models import Employee, ServiceEvent
from baladiya_desktop.reports.forms.common import heading, note, show_date
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.registry import (
    Content,
    FormSpec,
    Page,
    one_record,
    register_form,
)
from baladiya_desktop.reports.styles import CELL
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

EVENT_KINDS_AR = {
    "hire": "تعيين",
    "grade": "الدرجة",
    "increment": "العلاوات",
    "post": "الوظيفة في الملاك",
    "unit": "الوحدة",
    "status": "الحالة الوظيفية",
    "type": "نوع التوظيف",
    "title": "المسمى الوظيفي",
}
PERSONAL = (
    ("full_name", "الاسم الرباعي"), ("national_number", "الرقم الوطني"),
    ("mother_name", "اسم الأم"), ("sex", "الجنس"), ("birth_date", "تاريخ الميلاد"),
    ("birth_place", "مكان الميلاد"), ("nationality", "الجنسية"),
    ("marital_status", "الحالة الاجتماعية"), ("phone", "الهاتف"),
)  # fmt: skip
JOB = (
    ("employee_number", "الرقم الوظيفي"), ("financial_number", "الرقم المالي"),
    ("unit_name", "الوحدة"), ("job_title", "الوظيفة"), ("grade", "الدرجة"),
    ("increments", "العلاوات"), ("grade_date", "تاريخ الدرجة"),
    ("last_increment_date", "تاريخ آخر علاوة"), ("hire_date", "تاريخ التعيين"),
    ("employment_type", "نوع التوظيف"), ("status", "الحالة الوظيفية"),
)  # fmt: skip
STUDY = (
    ("qualification", "المؤهل"), ("qualification_field", "التخصص"),
    ("qualification_year", "سنة المؤهل"), ("qualification_institution", "جهة المؤهل"),
)  # fmt: skip


def _text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _event_value(kind: str, value: str, labels: Labels) -> str:
    """A filed change as people read it (a unit's name, not its id)."""
    if kind == "unit" and value:
        try:
            return labels.unit_name(uuid.UUID(value)) or value
        except ValueError:
            return value
    if kind == "status":
        return labels.lists.name_ar("employee_status", value)
    if kind == "type":
        return labels.lists.name_ar("employment_type", value)
    return value


def resolve(ctx: AppContext, given: str) -> str:
    """The employee printed on the card: the national number, else the employee number."""
    digits = normalize_digits(given).replace(" ", "").strip()
    with ctx.session() as session:
        for column in (Employee.national_number, Employee.employee_number):
            found = session.scalars(select(Employee.id).where(
                column == digits, Employee.deleted.is_(False))).all()
            if found:
                break
    return one_record(found, given, "موظف", "employee")


def content(ctx: AppContext, key: str) -> Content:
    try:
        emp_id = uuid.UUID(key)
    except ValueError:
        raise NotFound("رقم الموظف غير صالح.", "Invalid employee id.") from None
    with ctx.session() as session:
        emp = session.get(Employee, emp_id)
        if emp is None or emp.deleted:
            raise NotFound("الموظف غير موجود.", "The employee does not exist.")
        labels = Labels(session)
        shown = labels.describe(emp)
        events = session.scalars(
            select(ServiceEvent)
            .where(ServiceEvent.employee_id == emp_id, ServiceEvent.deleted.is_(False))
            .order_by(ServiceEvent.event_date, ServiceEvent.version)
        )
        history = [
            {"date": e.event_date.isoformat(), "kind": e.kind,
             "from": _event_value(e.kind, e.from_value, labels),
             "to": _event_value(e.kind, e.to_value, labels),
             "decision": e.decision_number}
            for e in events
        ]  # fmt: skip
    fields = {k: _text(shown[k]) for k, _ in (*PERSONAL, *JOB, *STUDY)}
    return {"employee": str(emp_id), "fields": fields, "history": history}


def _rows(fields: dict[str, str], labels: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    dated = {"birth_date", "grade_date", "last_increment_date", "hire_date"}
    return [
        (title, show_date(fields[k]) if k in dated and fields[k] else fields[k] or "—")
        for k, title in labels
    ]


def _facts(rows: list[tuple[str, str]]) -> Table:
    """Two facts to a line (label, value, label, value), so the card fits one page."""
    if len(rows) % 2:
        rows = [*rows, ("", "")]
    lines = [[*rows[i], *rows[i + 1]] for i in range(0, len(rows), 2)]
    return rtl_table(
        ["البيان", "القيمة", "البيان", "القيمة"],
        lines,
        proportional_widths([17, 33, 17, 33], frame_width()),
        align=["right"] * 4,
        cell_style=CELL.with_(size=10.0, leading=15.0),
        zebra=False,
    )


def layout(ctx: AppContext, data: Content) -> Page:
    fields = data["fields"]
    width = frame_width()
    history = rtl_table(
        ["التاريخ", "البيان", "من", "إلى", "رقم القرار"],
        [
            [
                show_date(e["date"]),
                EVENT_KINDS_AR.get(e["kind"], e["kind"]),
                e["from"] or "—",
                e["to"] or "—",
                e["decision"] or "—",
            ]
            for e in data["history"]
        ],
        proportional_widths([14, 18, 25, 25, 18], width),
        empty_text="لا توجد قيود في ملف الخدمة",
    )
    story = [
        *heading("البيانات الشخصية"),
        _facts(_rows(fields, PERSONAL)),
        *heading("البيانات الوظيفية"),
        _facts(_rows(fields, JOB)),
        *heading("المؤهل العلمي"),
        _facts(_rows(fields, STUDY)),
        *heading("ملف الخدمة"),
        history,
        note("البيانات كما هي مسجلة في سجل العاملين يوم الطباعة؛ ويُتحقق من مطابقتها برمز QR."),
    ]
    return Page(story, signatures=["مسؤول شؤون الموظفين", "الموظف", "وكيل البلدية"], stamp=True)


SUMMARY = (
    Fact("n", "الاسم", "Name", lambda c: c["fields"]["full_name"]),
    Fact("i", "الرقم الوطني", "National number", lambda c: c["fields"]["national_number"],
         "number"),
    Fact("g", "الدرجة", "Grade", lambda c: c["fields"]["grade"], "number"),
    Fact("u", "الوحدة", "Unit", lambda c: c["fields"]["unit_name"]),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="staff-card",
        title_ar="بطاقة بيانات موظف",
        title_en="Employee data card",
        needs_id=True,
        permission=Permission.STAFF_READ,
        prefix="ب ع",
        content=content,
        layout=layout,
        summary=SUMMARY,
        resolve=resolve,
    )
)
