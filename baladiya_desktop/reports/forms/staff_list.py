"""كشف العاملين حسب الوحدة: one table per unit, with its total, and the grand total."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import Spacer
from sqlalchemy import select

from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.staff.display import Labels
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.reports.forms.common import heading, note, paragraph
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.registry import Content, FormSpec, Page, register_form
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

NO_UNIT = "بدون وحدة"


def content(ctx: AppContext, key: str) -> Content:
    if key != "all":
        raise NotFound("الكشف يشمل كل الوحدات فقط.", "The list covers every unit only.")
    units: dict[str, list[dict[str, Any]]] = {}
    with ctx.session() as session:
        labels = Labels(session)
        query = (
            select(Employee)
            .where(Employee.deleted.is_(False))
            .order_by(Employee.full_name, Employee.id)
            .execution_options(yield_per=1000)
        )
        for emp in session.scalars(query):
            shown = labels.describe(emp)
            units.setdefault(shown["unit_name"] or NO_UNIT, []).append(
                {
                    "national_number": emp.national_number or emp.other_id,
                    "name": emp.full_name,
                    "title": emp.job_title,
                    "grade": emp.grade,
                    "type": shown["employment_type"],
                    "status": shown["status"],
                }
            )
    ordered = sorted(units.items(), key=lambda kv: (kv[0] == NO_UNIT, kv[0]))
    return {"units": [{"unit": name, "staff": staff} for name, staff in ordered]}


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width()
    widths = proportional_widths([5, 14, 30, 15, 7, 13, 16], width)
    header = ["م", "الرقم الوطني", "الاسم", "الوظيفة", "الدرجة", "نوع التوظيف", "الحالة"]
    total = sum(len(u["staff"]) for u in data["units"])
    story: list[Any] = [
        paragraph(f"عدد العاملين: {total} في {len(data['units'])} وحدة."),
    ]
    for unit in data["units"]:
        staff = unit["staff"]
        rows = [
            [n, s["national_number"], s["name"], s["title"], s["grade"], s["type"], s["status"]]
            for n, s in enumerate(staff, start=1)
        ]
        story += heading(unit["unit"])
        story.append(rtl_table(header, rows, widths, totals=["", "المجموع", f"{len(staff)} موظفاً"]))
    story += [Spacer(1, 6), note(f"المجموع العام: {total} موظفاً.")]
    return Page(story, signatures=["مسؤول شؤون الموظفين", "وكيل البلدية"], stamp=True)


SUMMARY = (
    Fact("c", "عدد العاملين", "Staff", lambda c: sum(len(u["staff"]) for u in c["units"]),
         "number"),
    Fact("u", "عدد الوحدات", "Units", lambda c: len(c["units"]), "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="staff-list",
        title_ar="كشف العاملين حسب الوحدة",
        title_en="Staff list by unit",
        needs_id=False,
        permission=Permission.STAFF_READ,
        prefix="ك ع",
        content=content,
        layout=layout,
        summary=SUMMARY,
    )
)
