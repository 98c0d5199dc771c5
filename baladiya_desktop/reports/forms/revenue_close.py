"""محضر إقفال شهر الإيرادات: the month's checklist, the explanations and the seal.

The key is the month (yyyy-mm, from ``--from``, by default last month). A month not closed yet
prints as a draft of the checklist, so the agent can read it before closing. The content is
read from stored data only (never today's date), so the QR code can be checked later.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Spacer

from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue.closing import KINDS_AR, checklist
from baladiya_desktop.domain.revenue.monthly import MONTHS_AR, check_month
from baladiya_desktop.reports.forms.common import heading, key_value_table, note, paragraph
from baladiya_desktop.reports.forms.common import show_date as iso_date
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.registry import Content, FormOptions, FormSpec, Page, register_form
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

STATUS_AR = {"open": "لم يُقفل بعد (مسودة)", "closed": "مقفل", "reopened": "أُعيد فتحه"}


def _scope(ctx: AppContext, options: FormOptions) -> str:
    day = options.date_from or (dt.date.today().replace(day=1) - dt.timedelta(days=1))
    return f"{day:%Y-%m}"


def content(ctx: AppContext, key: str) -> Content:
    try:
        check_month(key)
    except ValidationError:
        raise NotFound("الشهر غير صالح.", "Invalid month.") from None
    return checklist(ctx, key).to_json()


def _collected(totals: dict[str, int]) -> int:
    return sum(v for k, v in totals.items() if not k.startswith("__"))


def _item_rows(items: list[dict[str, Any]]) -> list[list[str | int | None]]:
    rows: list[list[str | int | None]] = []
    for n, item in enumerate(items, start=1):
        if item["ok"]:
            state = "سليم"
        elif item["explanation"]:
            state = f"موضَّح: {item['explanation']}"
        else:
            state = "يحتاج إيضاحاً"
        rows.append([n, KINDS_AR.get(item["kind"], item["kind"]), item["text"], state])
    return rows


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width()
    year, number = check_month(data["month"])
    title = f"{MONTHS_AR[number - 1]} {year}"
    totals = data["totals"]
    items = data["items"]
    problems = [i for i in items if not i["ok"]]
    unexplained = [i for i in problems if not i["explanation"]]
    facts: list[tuple[str, str]] = [
        ("الشهر", title),
        ("الحالة", STATUS_AR.get(data["status"], str(data["status"]))),
        ("جملة المحصل", format_lyd(_collected(totals))),
        ("عدد الإيصالات", f"{totals.get('__receipts__', 0):,} (منها "
                          f"{totals.get('__voided__', 0):,} ملغى)"),
        ("ملاحظات تحتاج إيضاحاً", f"{len(problems)}، منها {len(unexplained)} دون إيضاح"),
    ]
    if data["status"] in ("closed", "reopened") and data["closed_at"]:
        facts.append(("أقفله", f"{data['closed_by']} في {iso_date(data['closed_at'])}"))
        facts.append(("ختم الإقفال", data["seal"]))
    if data["status"] == "reopened":
        facts.append(("سبب إعادة الفتح", data["reopen_reason"]))
    table = rtl_table(
        ["م", "البند", "البيان", "الحالة"],
        _item_rows(items),
        proportional_widths([5, 14, 53, 28], width),
        align=["center", "right", "right", "right"],
        empty_text="لا دفاتر ولا إيصالات في هذا الشهر",
    )
    intro = (
        f"محضر إقفال إيرادات شهر {title}: ما سُجّل من دفاتر الإيصالات وأرقامها، وما أُودع من "
        "قيمتها في المصرف، وما أُلغي منها وسببه، وإيضاح كل ملاحظة قبل الإقفال."
    )
    if data["status"] != "closed":
        intro += " هذه مسودة: الشهر غير مقفل، ولا يُعتمد المحضر إلا بعد الإقفال."
    story = [
        paragraph(intro),
        key_value_table(facts, weights=(3, 7)),
        *heading(f"قائمة التحقق ({len(items)})"),
        table,
        Spacer(1, 4),
        note(
            "بعد الإقفال لا يُسجَّل إيصال ولا إلغاء ولا إيداع بتاريخ في هذا الشهر إلا إذا أعاد "
            "مدير النظام فتحه بسبب مكتوب، ويُرسل الإقفال وختمه إلى الوزارة مع حزمة البيانات."
        ),
    ]
    return Page(story, signatures=["رئيس قسم الإيرادات", "المراجع المالي", "وكيل البلدية"],
                stamp=True)


SUMMARY = (
    Fact("m", "الشهر", "Month", lambda c: c["month"], "number"),
    Fact("s", "ختم الإقفال", "Seal", lambda c: c["seal"][:16], "text"),
    Fact("a", "المحصّل", "Collected", lambda c: _collected(c["totals"]), "money"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="revenue-close",
        title_ar="محضر إقفال شهر الإيرادات",
        title_en="Revenue month close",
        needs_id=False,
        permission=Permission.REVENUE_READ,
        prefix="م إ",
        content=content,
        layout=layout,
        summary=SUMMARY,
        scope=_scope,
        takes_dates=True,
    )
)
