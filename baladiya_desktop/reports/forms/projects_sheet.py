"""بطاقة حالة مشروع: one page with a project's facts, warnings, progress and milestones."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from reportlab.platypus.flowables import Flowable
from sqlalchemy import select

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import search_key
from baladiya_desktop.domain.indicators.models import FocusArea
from baladiya_desktop.domain.projects.models import Milestone, ProgressUpdate, Project
from baladiya_desktop.domain.projects.queries import row_of
from baladiya_desktop.domain.projects.service import STATUS_AR
from baladiya_desktop.domain.staff.models import Attachment
from baladiya_desktop.reports.forms.common import heading, note, show_date
from baladiya_desktop.reports.forms.indicators_charts import ProgressLine
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
from baladiya_desktop.reports.table import Cell, proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

_SMALL = CELL.with_(size=8.5, leading=12.0)
_FACT = CELL.with_(size=9.0, leading=13.0)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def resolve(ctx: AppContext, given: str) -> str:
    """The project by the name printed on its sheet, or by its contract number."""
    name = search_key(given)
    with ctx.session() as session:
        rows = session.execute(select(Project.id, Project.name, Project.contract_number)
                               .where(Project.deleted.is_(False))).all()  # fmt: skip
    found = [r.id for r in rows if search_key(r.name) == name]
    if not found:
        number = normalize_digits(given).strip()
        found = [r.id for r in rows if number and r.contract_number == number]
    return one_record(found, given, "مشروع", "project")


def content(ctx: AppContext, key: str) -> Content:
    try:
        project_id = uuid.UUID(key)
    except ValueError:
        raise NotFound("رقم المشروع غير صالح.", "Invalid project id.") from None
    with ctx.session() as session:
        p = session.get(Project, project_id)
        if p is None or p.deleted:
            raise NotFound("المشروع غير موجود.", "The project does not exist.")
        updates = list(
            session.scalars(
                select(ProgressUpdate)
                .where(ProgressUpdate.project_id == project_id, ProgressUpdate.deleted.is_(False))
                .order_by(ProgressUpdate.update_date, ProgressUpdate.version)
            )
        )
        milestones = list(
            session.scalars(
                select(Milestone)
                .where(Milestone.project_id == project_id, Milestone.deleted.is_(False))
                .order_by(Milestone.due_date)
            )
        )
        photos = (
            list(
                session.scalars(
                    select(Attachment.owner_id).where(
                        Attachment.owner_id.in_([u.id for u in updates]),
                        Attachment.deleted.is_(False),
                    )
                )
            )
            if updates
            else []
        )
        sector = session.get(FocusArea, p.sector)
        # As of the last progress report (or the last edit): the sheet reads the same when
        # it is verified later, however much time has passed.
        as_of = updates[-1].update_date if updates else p.updated_at.date()
        r = row_of(p, as_of)
        return {
            "id": str(p.id),
            "name": p.name,
            "sector": sector.name_ar if sector else p.sector,
            "status": p.status,
            "locality": p.locality,
            "funding": p.funding_source,
            "contractor": p.contractor,
            "contract_number": p.contract_number,
            "contract_date": _iso(p.contract_date),
            "start": _iso(p.start_date),
            "planned_end": _iso(p.planned_end),
            "actual_end": _iso(p.actual_end),
            "budget": p.budget,
            "spent": p.spent,
            "physical": p.physical_pct,
            "financial": p.financial_pct,
            "stop_reason": p.stop_reason,
            "notes": p.notes,
            "as_of": as_of.isoformat(),
            "expected": r.expected_pct,
            "behind": r.behind,
            "over_budget": r.over_budget,
            "updates": [
                {
                    "date": u.update_date.isoformat(),
                    "physical": u.physical_pct,
                    "financial": u.financial_pct,
                    "spent": u.spent,
                    "note": u.note,
                    "reason": u.reason,
                    "photos": photos.count(u.id),
                }
                for u in updates
            ],
            "milestones": [
                {"title": m.title, "due": m.due_date.isoformat(), "done": _iso(m.done_date)}
                for m in milestones
            ],
        }


def _day(iso: str | None) -> str:
    return show_date(iso) if iso else "—"


def _milestone(m: dict[str, str | None]) -> str:
    when = f"أُنجزت {_day(m['done'])}" if m["done"] else f"موعدها {_day(m['due'])}"
    return f"{m['title']} ({when})"


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width()
    warnings = [
        w
        for w, on in (
            ("متأخر عن الجدول الزمني", data["behind"]),
            ("تجاوز الميزانية", data["over_budget"]),
        )
        if on
    ]
    expected = "—" if data["expected"] is None else f"{data['expected']}%"
    facts = [
        ("المشروع", data["name"]),
        ("المحور", data["sector"]),
        ("الحالة", STATUS_AR.get(data["status"], data["status"])),
        ("المحلة", data["locality"] or "—"),
        ("مصدر التمويل", data["funding"] or "—"),
        ("المقاول", data["contractor"] or "—"),
        ("العقد", f"{data['contract_number'] or '—'} بتاريخ {_day(data['contract_date'])}"),
        (
            "المدة",
            f"من {_day(data['start'])} إلى {_day(data['planned_end'])}"
            + (f"، انتهى فعلاً {_day(data['actual_end'])}" if data["actual_end"] else ""),
        ),
        ("الميزانية والمصروف", f"{format_lyd(data['budget'])} — صُرف {format_lyd(data['spent'])}"),
        ("الإنجاز: فعلي / مالي / مخطط", f"{data['physical']}% / {data['financial']}% / {expected}"),
        ("تنبيهات", "، ".join(warnings) or "لا توجد"),
    ]
    if data["milestones"]:
        facts.append(("المراحل", "، ".join(_milestone(m) for m in data["milestones"][:4])))
    if data["stop_reason"]:
        facts.append(("سبب التوقف", data["stop_reason"]))
    points = [(dt.date.fromisoformat(u["date"]), u["physical"]) for u in data["updates"]]
    start = dt.date.fromisoformat(data["start"]) if data["start"] else None
    end = dt.date.fromisoformat(data["planned_end"]) if data["planned_end"] else None
    updates: list[list[Cell]] = [
        [
            show_date(u["date"]),
            f"{u['physical']}%",
            f"{u['financial']}%",
            format_lyd(u["spent"], currency=False),
            u["note"] or "—",
            u["reason"] or "—",
            u["photos"],
        ]
        for u in data["updates"]
    ]
    if len(facts) % 2:
        facts.append(("", ""))
    pairs: list[list[Cell]] = [[*facts[i], *facts[i + 1]] for i in range(0, len(facts), 2)]
    story: list[Flowable] = [
        rtl_table(
            ["البيان", "القيمة", "البيان", "القيمة"],
            pairs,
            proportional_widths([14, 36, 14, 36], width),
            cell_style=_FACT,
            zebra=False,
        ),
        *heading("الإنجاز عبر الزمن"),
        ProgressLine(start, end, points, width, 80),
        note("المتصل: الإنجاز الفعلي؛ المتقطع: المخطط. يجري الزمن من اليمين إلى اليسار."),
        *heading("آخر تقارير الإنجاز"),
        rtl_table(
            ["التاريخ", "فعلي", "مالي", "المصروف د.ل", "ملاحظة", "سبب التراجع", "صور"],
            updates[-5:],
            proportional_widths([12, 7, 7, 13, 30, 22, 6], width),
            cell_style=_SMALL,
            empty_text="لا توجد تقارير إنجاز",
        ),
    ]
    story.append(
        note(
            f"الموقف كما في آخر تقرير إنجاز {show_date(data['as_of'])}؛ يُعدّ "
            "المشروع متأخراً إذا قلّ إنجازه عن المخطط بأكثر من 10 نقاط."
        )
    )
    return Page(story, signatures=["مهندس المتابعة", "وكيل البلدية"])


SUMMARY = (
    Fact("n", "المشروع", "Project", lambda c: c["name"]),
    Fact("p", "نسبة الإنجاز الفعلي", "Physical progress (%)", lambda c: c["physical"], "number"),
    Fact("b", "الميزانية", "Budget", lambda c: c["budget"], "money"),
    Fact("s", "الحالة", "Status", lambda c: STATUS_AR.get(c["status"], c["status"])),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="project-sheet",
        title_ar="بطاقة حالة مشروع",
        title_en="Project status sheet",
        needs_id=True,
        permission=Permission.PROJECTS_READ,
        prefix="ب ش",
        content=content,
        layout=layout,
        summary=SUMMARY,
        resolve=resolve,
    )
)
