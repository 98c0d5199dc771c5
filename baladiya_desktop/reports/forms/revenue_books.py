"""سجل دفاتر الإيصالات: every receipt book, its leaves, collector, and how it was used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.revenue.queries import book_rows
from baladiya_desktop.reports.forms.common import heading, note, show_date
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.pages import PageSizeName
from baladiya_desktop.reports.registry import Content, FormSpec, Page, register_form
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

STATUS_AR = {"issued": "لدى المحصل", "returned": "أُعيد", "closed": "مغلق"}
PAGE: PageSizeName = "A4-landscape"


def content(ctx: AppContext, key: str) -> Content:
    if key != "all":
        raise NotFound("السجل يشمل الدفاتر كلها فقط.", "The register covers every book only.")
    with ctx.session() as session:
        books = book_rows(session, ctx.station.municipality_code or "MINISTRY")
    return {
        "books": [
            {
                "book_number": b.book_number,
                "from": b.serial_from,
                "to": b.serial_to,
                "collector": b.collector,
                "issued": b.issued_on.isoformat(),
                "returned": b.returned_on.isoformat() if b.returned_on else None,
                "status": b.status,
                "imported": b.imported,
                "used": b.used,
                "voided": b.voided,
                "missing": b.missing,
                "collected": b.collected,
            }
            for b in books
        ]
    }


def layout(ctx: AppContext, data: Content) -> Page:
    books = data["books"]
    rows: list[list[str | int | None]] = [
        [
            n,
            b["book_number"] + (" *" if b["imported"] else ""),
            b["from"],
            b["to"],
            b["collector"],
            show_date(b["issued"]),
            show_date(b["returned"]) if b["returned"] else "—",
            b["used"],
            b["voided"],
            b["missing"],
            b["to"] - b["from"] + 1 - b["used"] - b["missing"],
            format_lyd(b["collected"], currency=False),
            STATUS_AR.get(b["status"], b["status"]),
        ]
        for n, b in enumerate(books, start=1)
    ]
    totals: list[str | int | None] = [
        "",
        "المجموع",
        "",
        "",
        "",
        "",
        "",
        sum(b["used"] for b in books),
        sum(b["voided"] for b in books),
        sum(b["missing"] for b in books),
        None,
        format_lyd(sum(b["collected"] for b in books), currency=False),
        "",
    ]
    table = rtl_table(
        [
            "م",
            "رقم الدفتر",
            "من",
            "إلى",
            "المحصل",
            "تاريخ التسليم",
            "تاريخ الإرجاع",
            "المستخدم",
            "الملغى",
            "المفقود",
            "المتبقي",
            "المحصل (د.ل)",
            "الحالة",
        ],
        rows,
        proportional_widths([4, 9, 6, 6, 16, 9, 9, 7, 6, 6, 6, 11, 9], frame_width(PAGE)),
        totals=totals,
        empty_text="لا توجد دفاتر مسجلة",
    )
    story = [
        *heading(f"دفاتر الإيصالات: {len(books)}"),
        table,
        note(
            "المفقود: أرقام لم تُسجّل بين أول ورقة وأعلى رقم مستخدم. "
            "المتبقي: أوراق لم تُستخدم بعد. * دفتر أُنشئ من ملف استيراد."
        ),
    ]
    return Page(
        story, signatures=["أمين الخزينة", "رئيس قسم الإيرادات", "وكيل البلدية"], stamp=True
    )


SUMMARY = (
    Fact("c", "عدد الدفاتر", "Books", lambda c: len(c["books"]), "number"),
    Fact("m", "إجمالي المحصّل", "Collected", lambda c: sum(b["collected"] for b in c["books"]),
         "money"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="revenue-books",
        title_ar="سجل دفاتر الإيصالات",
        title_en="Receipt book register",
        needs_id=False,
        permission=Permission.REVENUE_READ,
        prefix="س د",
        content=content,
        layout=layout,
        summary=SUMMARY,
        page=PAGE,
    )
)
