"""تقرير الإيرادات الشهري: the month by category against target, and the controls found.

The key is the month (yyyy-mm, from ``--from``, by default last month). The content holds
the month's totals by category (as ``closing.month_totals`` counts them), so the QR code
vouches for the figures printed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from reportlab.platypus import Spacer

from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.settings import CASH_DAYS, get_setting
from baladiya_desktop.domain.revenue.monthly import (
    KINDS_AR,
    MONTHS_AR,
    check_month,
    month_report,
    percent,
)
from baladiya_desktop.reports.forms.common import heading, note, paragraph
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.registry import Content, FormOptions, FormSpec, Page, register_form
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext



def month_title(month: str) -> str:
    year, number = check_month(month)
    return f"{MONTHS_AR[number - 1]} {year}"


def _scope(ctx: AppContext, options: FormOptions) -> str:
    day = options.date_from or (dt.date.today().replace(day=1) - dt.timedelta(days=1))
    return f"{day:%Y-%m}"


def content(ctx: AppContext, key: str) -> Content:
    try:
        check_month(key)
    except ValidationError:
        raise NotFound("الشهر غير صالح.", "Invalid month.") from None
    municipality = ctx.station.municipality_code or "MINISTRY"
    with ctx.session() as session:
        return month_report(session, municipality, key, get_setting(ctx, CASH_DAYS))


def _lyd(dirhams: int) -> str:
    return format_lyd(dirhams, currency=False)


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width()
    totals = data["totals"]
    title = month_title(data["month"])
    rows: list[list[str | int | None]] = [
        [
            n,
            r["name_ar"],
            r["code"],
            _lyd(r["collected"]),
            _lyd(r["target"]),
            percent(r["collected"], r["target"]),
            _lyd(r["last_year"]),
        ]
        for n, r in enumerate(data["categories"], start=1)
    ]
    table = rtl_table(
        [
            "م",
            "البند",
            "الرمز",
            "المحصل (د.ل)",
            "المستهدف (د.ل)",
            "نسبة التحصيل",
            "الشهر نفسه من العام السابق (د.ل)",
        ],
        rows,
        proportional_widths([5, 27, 11, 15, 15, 10, 17], width),
        totals=[
            "",
            "المجموع",
            "",
            _lyd(totals["collected"]),
            _lyd(totals["target"]),
            percent(totals["collected"], totals["target"]),
            _lyd(totals["last_year"]),
        ],
        align=["center", "right", "center", "center", "center", "center", "center"],
        empty_text="لم تُحصّل إيرادات في هذا الشهر",
    )
    findings = data["findings"]
    checks = rtl_table(
        ["م", "الملاحظة", "الدفتر", "الأرقام", "البيان"],
        [
            [n, KINDS_AR.get(f["kind"], f["kind"]), f["book"], f["serials"], f["text"]]
            for n, f in enumerate(findings, start=1)
        ],
        proportional_widths([5, 15, 10, 10, 60], width),
        align=["center", "right", "center", "center", "right"],
        empty_text="لم تُسجّل ملاحظات رقابية على هذا الشهر",
    )
    facts = rtl_table(
        ["البيان", "القيمة", "البيان", "القيمة"],
        [
            [
                "عدد الإيصالات",
                f"{totals['receipts']:,} (منها {totals['voided']:,} ملغى)",
                "جملة المحصل",
                format_lyd(totals["collected"]),
            ],
            [
                "المستهدف الشهري",
                format_lyd(totals["target"]),
                "نسبة التحصيل",
                percent(totals["collected"], totals["target"]),
            ],
        ],
        proportional_widths([18, 32, 18, 32], width),
        zebra=False,
    )
    story = [
        paragraph(
            f"تقرير الإيرادات المحلية المحصلة خلال شهر {title} موزعة على بنود الإيراد، "
            "مقارنة بالمستهدف الشهري وبالشهر نفسه من العام السابق، تليها ملاحظات "
            "الرقابة على دفاتر الإيصالات والإيداع."
        ),
        facts,
        *heading("الإيرادات حسب البند"),
        table,
        *heading(f"ملاحظات الرقابة ({len(findings)})"),
        checks,
        Spacer(1, 4),
        note(
            f"الإيصالات الملغاة لا تدخل في المجاميع. الإيداع المتأخر: بعد أكثر من "
            f"{data['cash_days']} أيام من تاريخ الإيصال. المبالغ بالدينار الليبي."
        ),
    ]
    return Page(story, signatures=["المحصل", "رئيس قسم الإيرادات", "وكيل البلدية"], stamp=True)


SUMMARY = (
    Fact("m", "الشهر", "Month", lambda c: c["month"], "number"),
    Fact("a", "المحصّل", "Collected", lambda c: c["totals"]["collected"], "money"),
    Fact("r", "عدد الإيصالات", "Receipts", lambda c: c["totals"]["receipts"], "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="revenue-monthly",
        title_ar="تقرير الإيرادات الشهري",
        title_en="Monthly revenue report",
        needs_id=False,
        permission=Permission.REVENUE_READ,
        prefix="ت إ",
        content=content,
        layout=layout,
        summary=SUMMARY,
        scope=_scope,
        takes_dates=True,
    )
)
