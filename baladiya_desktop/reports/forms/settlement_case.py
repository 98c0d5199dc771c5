"""نموذج تسوية وضع وظيفي: one settlement case with its chronology, documents, steps and cost."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.models import SettlementCase
from baladiya_desktop.reports.forms.common import (
    heading,
    key_value_table,
    note,
    paragraph,
    show_date,
)
from baladiya_desktop.reports.forms.settlement_common import (
    ACTION_AR,
    UNKNOWN_AR,
    case_content,
    grade_text,
    money,
)
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.registry import (
    Content,
    FormSpec,
    Page,
    one_record,
    register_form,
)
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from reportlab.platypus.flowables import Flowable

    from baladiya_desktop.core.context import AppContext

SIGNATURES = ("الموظف المختص", "رئيس لجنة شؤون الموظفين", "وكيل البلدية")


def content(ctx: AppContext, key: str) -> Content:
    try:
        case_id = uuid.UUID(key)
    except ValueError:
        raise NotFound("رقم ملف التسوية غير صالح.", "Invalid settlement case id.") from None
    with ctx.session() as session:
        case = session.get(SettlementCase, case_id)
        if case is None or case.deleted:
            raise NotFound("ملف التسوية غير موجود.", "The settlement case does not exist.")
        return case_content(session, case)


def resolve(ctx: AppContext, given: str) -> str:
    """The case printed as «رقم الملف», e.g. S-2026-2AF2-0012."""
    number = normalize_digits(given).strip().upper()
    with ctx.session() as session:
        found = session.scalars(select(SettlementCase.id).where(
            SettlementCase.case_number == number, SettlementCase.deleted.is_(False))).all()
    return one_record(found, given, "ملف تسوية", "settlement case")


def _date(iso: str | None) -> str:
    return show_date(iso) if iso else "—"


def _employee(emp: dict[str, Any]) -> list[Flowable]:
    rows = [
        ("الاسم", emp["full_name"] or "—"),
        ("الرقم الوطني", emp["national_number"] or "—"),
        ("الوحدة التنظيمية", emp["unit"] or "—"),
        ("الوظيفة", emp["job_title"] or "—"),
        ("المؤهل العلمي", emp["qualification"] or "—"),
        ("تاريخ التعيين", _date(emp["hire_date"])),
    ]
    return [*heading("أولاً: بيانات الموظف"), key_value_table(rows)]


def _request(case: dict[str, Any]) -> list[Flowable]:
    rows = [
        ("رقم الملف", case["number"]),
        ("نوع التسوية", case["type"]),
        ("تاريخ الطلب", _date(case["request_date"])),
        ("تاريخ الاستحقاق المطلوب", _date(case["effective_date"])),
        ("الحالة", wf.STATUS_AR.get(case["status"], case["status"])),
    ]
    story: list[Flowable] = [
        *heading("ثانياً: نوع الطلب والأثر المطلوب"),
        key_value_table(rows),
        paragraph(f"الأثر المطلوب: {case['effect']}"),
    ]
    if case["notes"]:
        story.append(note(f"ملاحظات: {case['notes']}"))
    return story


def _compare(case: dict[str, Any], width: float) -> list[Flowable]:
    current, proposed = case["current"], case["proposed"]
    rows: list[list[str | int | None]] = [
        ["الدرجة", grade_text(current[0]), grade_text(proposed[0])],
        ["العلاوات", current[1], proposed[1]],
        ["المسمى الوظيفي", current[2] or "—", proposed[2] or "—"],
    ]
    table = rtl_table(
        ["البيان", "الوضع الحالي", "الوضع المقترح"],
        rows,
        proportional_widths([30, 35, 35], width),
        zebra=False,
    )
    story: list[Flowable] = [*heading("ثالثاً: الوضع الحالي والوضع المقترح"), table]
    if case["needs_ministry"]:
        story.append(note("الدرجة المقترحة تستوجب موافقة وزارة الحكم المحلي قبل التنفيذ."))
    return story


def _chronology(items: list[list[str]], width: float) -> list[Flowable]:
    rows: list[list[str | int | None]] = [[_date(d), text] for d, text in items]
    return [
        *heading("رابعاً: التسلسل الزمني لاحتساب المدد"),
        rtl_table(
            ["التاريخ", "البيان"],
            rows,
            proportional_widths([16, 84], width),
            empty_text="لا يوجد تسلسل محسوب",
        ),
    ]


def _documents(items: list[list[Any]], width: float) -> list[Flowable]:
    rows: list[list[str | int | None]] = [
        [
            name,
            "مطلوب" if required else "اختياري",
            "نعم" if received else "لا",
            "مرفق" if attached else "—",
        ]
        for name, required, received, attached in items
    ]
    return [
        *heading("خامساً: المستندات المستلمة"),
        rtl_table(
            ["المستند", "الإلزام", "استُلم", "نسخة إلكترونية"],
            rows,
            proportional_widths([52, 16, 14, 18], width),
        ),
    ]


def _steps(items: list[list[Any]], width: float) -> list[Flowable]:
    rows: list[list[str | int | None]] = []
    for day, action, to_status, by, reason, number, decided in items:
        detail = reason
        if number:
            detail = f"قرار رقم {number} بتاريخ {_date(decided)}" + (
                f" — {reason}" if reason else ""
            )
        rows.append(
            [
                _date(day),
                ACTION_AR.get(action, action),
                wf.STATUS_AR.get(to_status, to_status),
                by,
                detail or "—",
            ]
        )
    return [
        *heading("سادساً: مراحل الإجراء"),
        rtl_table(
            ["التاريخ", "الإجراء", "الحالة بعده", "المستخدم", "السبب أو القرار"],
            rows,
            proportional_widths([13, 24, 20, 15, 28], width),
            empty_text="لم يُتخذ أي إجراء بعد",
        ),
    ]


def _cost(cost: dict[str, Any]) -> list[Flowable]:
    known = cost["known"]
    rows = [
        ("جدول المرتبات المطبق", cost["table"] or UNKNOWN_AR),
        ("الفرق الشهري", money(cost["monthly"], known)),
        ("عدد الأشهر حتى " + _date(cost["as_of"]), str(cost["months"]) if known else UNKNOWN_AR),
        ("المتجمد (الفروقات المستحقة)", money(cost["arrears"], known)),
    ]
    story: list[Flowable] = [*heading("سابعاً: الأثر المالي"), key_value_table(rows)]
    if not known:
        story.append(note(cost["reason"]))
    return story


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width()
    case = data["case"]
    story = [
        paragraph(
            f"بناءً على طلب الموظف المذكور أدناه، وعلى ما ورد في ملف خدمته والمستندات "
            f"المرفقة، أُعدّ هذا النموذج لتسوية وضعه الوظيفي (الملف رقم {case['number']}) "
            "وفق أحكام المادة 178 من قانون علاقات العمل."
        ),
        *_employee(data["employee"]),
        *_request(case),
        *_compare(case, width),
        *_chronology(data["chronology"], width),
        *_documents(data["documents"], width),
        *_steps(data["steps"], width),
        *_cost(data["cost"]),
    ]
    return Page(story, signatures=SIGNATURES, stamp=True)


SUMMARY = (
    Fact("n", "الموظف", "Employee", lambda c: c["employee"]["full_name"]),
    Fact("i", "الرقم الوطني", "National number", lambda c: c["employee"]["national_number"],
         "number"),
    Fact("o", "الدرجة الحالية", "Grade before", lambda c: c["case"]["current"][0], "number"),
    Fact("w", "الدرجة المقترحة", "New grade", lambda c: c["case"]["proposed"][0], "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="settlement-case",
        title_ar="نموذج تسوية وضع وظيفي",
        title_en="Job settlement form",
        needs_id=True,
        permission=Permission.SETTLEMENT_READ,
        prefix="ت و",
        content=content,
        layout=layout,
        summary=SUMMARY,
        resolve=resolve,
    )
)
