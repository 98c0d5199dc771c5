"""كشف الوحدات التنظيمية والملاك الوظيفي: each unit with its approved posts, filled and vacant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Flowable

from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.org import queries
from baladiya_desktop.domain.org.rules import STATUS_AR
from baladiya_desktop.reports.forms.common import HEADING, heading, note
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.registry import Content, FormSpec, Page, register_form
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

UNIT_HEADING = HEADING.with_(size=11.5)
POST_HEADER = [
    "م",
    "المسمى الوظيفي",
    "المجموعة الوظيفية",
    "الدرجات",
    "المعتمد",
    "المشغول",
    "الشاغر",
    "الزائد",
]
WEIGHTS = [4, 30, 22, 10, 8, 8, 8, 8]


def content(ctx: AppContext, key: str) -> Content:
    if key != "all":
        raise NotFound("الكشف يشمل الهيكل كله فقط.", "The list covers the whole structure.")
    with ctx.session() as session:
        types = {t.code: t.name_ar for t in queries.unit_types(session).values()}
        nodes = queries.load_units(session, ctx.station.municipality_code)
    by_id = {n.id: n for n in nodes}
    units: list[dict[str, Any]] = []

    def visit(node: queries.UnitNode, depth: int) -> None:
        parent = by_id.get(node.parent_id) if node.parent_id else None
        units.append(
            {
                "code": node.code,
                "name": node.name_ar,
                "type": types.get(node.unit_type, node.unit_type),
                "parent": parent.name_ar if parent else None,
                "status": node.status,
                "depth": depth,
                "posts": [
                    [
                        p.title,
                        p.job_group,
                        p.grade_min,
                        p.grade_max,
                        p.approved,
                        p.filled,
                        p.is_head,
                    ]
                    for p in node.posts
                ],
            }
        )
        for child in node.children:
            visit(child, depth + 1)

    for root in queries.build_tree(nodes):
        visit(root, 0)
    return {"municipality": ctx.station.municipality_code, "units": units}


def _unit_block(unit: dict[str, Any], width: float) -> list[Flowable]:
    status = "" if unit["status"] == "approved" else f" — {STATUS_AR[unit['status']]}"
    title = ArabicParagraph(f"{unit['name']}{status}", UNIT_HEADING)
    place = f"، تتبع: {unit['parent']}" if unit["parent"] else ""
    code = note(f"النوع: {unit['type']}{place}، رمز الوحدة: {unit['code']}")
    posts = unit["posts"]
    if not posts:
        return [KeepTogether([title, code, note("لا وظائف معتمدة لهذه الوحدة.")])]
    rows: list[list[Any]] = []
    for n, (post_title, group, low, high, approved, filled, head) in enumerate(posts, start=1):
        grades = f"{low}" if low == high else f"{low} – {high}"
        shown = f"{post_title} (رئيس الوحدة)" if head else post_title
        rows.append(
            [
                n,
                shown,
                group or "—",
                grades,
                approved,
                filled,
                max(0, approved - filled),
                max(0, filled - approved),
            ]
        )
    totals = ["", "المجموع", "", "", *(sum(r[i] for r in rows) for i in range(4, 8))]
    table = rtl_table(POST_HEADER, rows, proportional_widths(WEIGHTS, width), totals=totals)
    return [KeepTogether([title, code, table]), Spacer(1, 4)]


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width()
    units = data["units"]
    approved = sum(p[4] for u in units for p in u["posts"])
    filled = sum(p[5] for u in units for p in u["posts"])
    vacant = sum(max(0, p[4] - p[5]) for u in units for p in u["posts"])
    summary = rtl_table(
        ["الوحدات", "الوظائف المعتمدة", "المشغول", "الشاغر", "نسبة الإشغال"],
        [
            [
                len(units),
                approved,
                filled,
                vacant,
                f"{round(100 * filled / approved)}%" if approved else "—",
            ]
        ],
        proportional_widths([1, 1, 1, 1, 1], width),
        zebra=False,
    )
    story: list[Flowable] = [*heading("الخلاصة"), summary, Spacer(1, 6)]
    if not units:
        story.append(note("لا يوجد هيكل تنظيمي مسجل."))
    for unit in units:
        story.extend(_unit_block(unit, width))
    story.append(
        note(
            "الشاغر = المعتمد ناقص المشغول؛ والزائد عدد من يشغلون الوظيفة فوق "
            "المعتمد (فائض الملاك)."
        )
    )
    return Page(story, signatures=["رئيس قسم شؤون الموظفين", "وكيل البلدية"], stamp=True)


SUMMARY = (
    Fact("c", "عدد الوحدات", "Units", lambda c: len(c["units"]), "number"),
    Fact("p", "الوظائف المعتمدة", "Approved posts",
         lambda c: sum(p[4] or 0 for u in c["units"] for p in u["posts"]), "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="org-units",
        title_ar="كشف الوحدات التنظيمية والملاك الوظيفي",
        title_en="Units and approved posts",
        needs_id=False,
        permission=Permission.ORG_READ,
        prefix="ك و",
        content=content,
        layout=layout,
        summary=SUMMARY,
    )
)
