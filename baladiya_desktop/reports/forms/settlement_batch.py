"""كشف التسويات: the cases the agent approved in a period, with their cost, signed by the agent
and sent to the ministry. The period is the form's key, and each case's status and cost are
taken as of its last day, so the printout can be verified later whatever happened since."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.models import CaseStep, SettlementCase
from baladiya_desktop.reports.forms.common import heading, note, paragraph, show_date
from baladiya_desktop.reports.forms.settlement_common import (
    UNKNOWN_AR,
    cost_content,
    employee_content,
    grade_text,
    money,
    steps_of,
)
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.registry import (
    Content,
    FormOptions,
    FormSpec,
    Page,
    register_form,
)
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

SEP = "~"


def scope(ctx: AppContext, options: FormOptions) -> str:
    start = options.date_from.isoformat() if options.date_from else ""
    end = (options.date_to or dt.date.today()).isoformat()
    return f"{start}{SEP}{end}"


def _period(key: str) -> tuple[dt.date | None, dt.date]:
    start, _, end = key.partition(SEP)
    try:
        return (dt.date.fromisoformat(start) if start else None), dt.date.fromisoformat(end)
    except ValueError:
        raise NotFound("فترة الكشف غير صالحة.", "Invalid period for the batch list.") from None


def content(ctx: AppContext, key: str) -> Content:
    start, end = _period(key)
    with ctx.session() as session:
        approved = select(CaseStep.case_id).where(
            CaseStep.action == "agent_approve",
            CaseStep.deleted.is_(False),
            CaseStep.step_date <= end,
        )
        if start is not None:
            approved = approved.where(CaseStep.step_date >= start)
        cases = session.scalars(
            select(SettlementCase)
            .where(SettlementCase.id.in_(approved), SettlementCase.deleted.is_(False))
            .order_by(SettlementCase.case_number)
        )
        rows: list[dict[str, Any]] = []
        for case in cases:
            steps = [s for s in steps_of(session, case.id) if s.step_date <= end]
            emp = employee_content(session, case.employee_id)
            rows.append(
                {
                    "number": case.case_number,
                    "name": emp["full_name"],
                    "national_number": emp["national_number"],
                    "unit": emp["unit"],
                    "current": case.current_grade,
                    "proposed": case.proposed_grade,
                    "effective": case.effective_date.isoformat() if case.effective_date else None,
                    "status": steps[-1].to_status if steps else case.status,
                    "ministry": case.needs_ministry,
                    "cost": cost_content(session, case, end),
                }
            )
    return {
        "from": start.isoformat() if start else None,
        "to": end.isoformat(),
        "municipality": ctx.station.municipality_code,
        "cases": rows,
    }


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width("A4-landscape")
    cases = data["cases"]
    table_rows: list[list[str | int | None]] = []
    for n, c in enumerate(cases, start=1):
        cost = c["cost"]
        table_rows.append(
            [
                n,
                c["number"],
                c["name"],
                c["national_number"] or "—",
                f"من {grade_text(c['current'])} إلى {grade_text(c['proposed'])}",
                show_date(c["effective"]) if c["effective"] else "—",
                wf.STATUS_AR.get(c["status"], c["status"]) + (" *" if c["ministry"] else ""),
                money(cost["monthly"], cost["known"]),
                money(cost["arrears"], cost["known"]),
            ]
        )
    known = [c["cost"] for c in cases if c["cost"]["known"]]
    unknown = len(cases) - len(known)
    totals: list[str | int | None] = [
        None,
        "الإجمالي",
        f"{len(cases)} ملف",
        None,
        None,
        None,
        None,
        money(sum(k["monthly"] for k in known), bool(known)),
        money(sum(k["arrears"] for k in known), bool(known)),
    ]
    period = (
        f"من {show_date(data['from'])} إلى {show_date(data['to'])}"
        if data["from"]
        else f"حتى {show_date(data['to'])}"
    )
    story = [
        paragraph(
            f"كشف بملفات التسوية الوظيفية التي اعتمدها وكيل البلدية {period}، مع الأثر "
            f"المالي لكل ملف محسوباً حتى {show_date(data['to'])} من جدول المرتبات "
            "الساري، يُحال إلى وزارة الحكم المحلي."
        ),
        *heading(f"ملفات التسوية: {len(cases)}"),
        rtl_table(
            [
                "م",
                "رقم الملف",
                "الاسم",
                "الرقم الوطني",
                "الدرجة",
                "تاريخ الاستحقاق",
                "الحالة",
                "الفرق الشهري",
                "المتجمد",
            ],
            table_rows,
            proportional_widths([4, 14, 20, 12, 8, 10, 13, 10, 11], width),
            totals=totals if cases else None,
            empty_text="لا توجد ملفات معتمدة في هذه الفترة",
        ),
        note("* الدرجة المقترحة تستوجب موافقة الوزارة قبل التنفيذ."),
    ]
    if unknown:
        story.append(
            note(
                f"الأثر المالي {UNKNOWN_AR} لعدد {unknown} ملف: لا يوجد جدول مرتبات "
                "ساري يغطي درجاتها، والإجمالي لا يشملها."
            )
        )
    return Page(story, signatures=["وكيل البلدية"], stamp=True)


SUMMARY = (
    Fact("f", "من", "From", lambda c: c["from"], "date"),
    Fact("t", "إلى", "To", lambda c: c["to"], "date"),
    Fact("c", "عدد الملفات", "Cases", lambda c: len(c["cases"]), "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="settlement-batch",
        title_ar="كشف التسويات",
        title_en="Settlement batch list",
        needs_id=False,
        permission=Permission.SETTLEMENT_READ,
        prefix="ك ت",
        content=content,
        layout=layout,
        summary=SUMMARY,
        scope=scope,
        takes_dates=True,
        page="A4-landscape",
    )
)
