"""كشف الوحدات التنظيمية والملاك الوظيفي: each unit with its approved posts, filled and vacant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Flowable

from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.org import queries, staffing
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
    "خارج الدرجة",
]
WEIGHTS = [4, 28, 20, 9, 8, 8, 8, 8, 9]
COUNTS_HEADER = ["", "المعتمد", "المشغول", "الشاغر", "الزائد", "الموظفون", "خارج الدرجة"]
WITHOUT_POST = "بدون وظيفة في الملاك"


def _line(line: staffing.Line) -> list[Any]:
    return [line.label, line.approved, line.filled, line.vacant, line.surplus, line.staff,
            line.mismatched]


def content(ctx: AppContext, key: str) -> Content:
    if key != "all":
        raise NotFound("الكشف يشمل الهيكل كله فقط.", "The list covers the whole structure.")
    table = staffing.staffing_table(ctx)
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
                # title, group, grades, approved, holders, head, holders outside the grades
                "posts": [
                    [
                        p.title,
                        p.job_group,
                        p.grade_min,
                        p.grade_max,
                        p.approved,
                        p.filled,
                        p.is_head,
                        p.mismatched,
                    ]
                    for p in node.posts
                ],
                "without_post": node.unassigned,
            }
        )
        for child in node.children:
            visit(child, depth + 1)

    for root in queries.build_tree(nodes):
        visit(root, 0)
    return {
        "municipality": ctx.station.municipality_code,
        "units": units,
        "total": _line(table.total),
        "outside": next((_line(u) for u in table.units if u.unit_id is None), None),
        "bands": [_line(b) for b in table.bands],
        "titles": [_line(t) for t in table.titles],
        "mismatches": [
            [m.name, m.grade, m.unit_name, m.post_title, m.grade_min, m.grade_max]
            for m in table.mismatches
        ],
        "named": table.named,
    }


def _unit_block(unit: dict[str, Any], width: float) -> list[Flowable]:
    status = "" if unit["status"] == "approved" else f" — {STATUS_AR[unit['status']]}"
    title = ArabicParagraph(f"{unit['name']}{status}", UNIT_HEADING)
    place = f"، تتبع: {unit['parent']}" if unit["parent"] else ""
    code = note(f"النوع: {unit['type']}{place}، رمز الوحدة: {unit['code']}")
    posts = unit["posts"]
    without = unit.get("without_post", 0)
    if not posts and not without:
        return [KeepTogether([title, code, note("لا وظائف معتمدة لهذه الوحدة.")])]
    rows: list[list[Any]] = []
    for n, (post_title, group, low, high, approved, filled, head, *rest) in enumerate(
        posts, start=1
    ):
        grades = f"{low}" if low == high else f"{low} – {high}"
        shown = f"{post_title} (رئيس الوحدة)" if head else post_title
        rows.append(
            [
                n,
                shown,
                group or "—",
                grades,
                approved,
                min(approved, filled),
                max(0, approved - filled),
                max(0, filled - approved),
                rest[0] if rest else 0,
            ]
        )
    if without:  # people of the unit outside its approved posts: surplus
        rows.append([len(rows) + 1, WITHOUT_POST, "—", "—", 0, 0, 0, without, 0])
    totals = ["", "المجموع", "", "", *(sum(r[i] for r in rows) for i in range(4, 9))]
    table = rtl_table(POST_HEADER, rows, proportional_widths(WEIGHTS, width), totals=totals)
    blocks: list[Flowable] = [title, code, table]
    if not posts:
        blocks.insert(2, note("لا وظائف معتمدة لهذه الوحدة."))
    return [KeepTogether(blocks), Spacer(1, 4)]


def _counts_table(first: str, lines: list[list[Any]], width: float) -> Flowable:
    return rtl_table(
        [first, *COUNTS_HEADER[1:]],
        lines,
        proportional_widths([34, 11, 11, 11, 11, 11, 11], width),
        totals=["المجموع", *(sum(line[i] for line in lines) for i in range(1, 7))],
    )


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width()
    units = data["units"]
    total = data.get("total") or ["", 0, 0, 0, 0, 0, 0]
    _label, approved, filled, vacant, surplus, staff, mismatched = total
    summary = rtl_table(
        ["الوحدات", "الوظائف المعتمدة", "المشغول", "الشاغر", "الزائد", "الموظفون",
         "نسبة الإشغال"],
        [
            [
                len(units),
                approved,
                filled,
                vacant,
                surplus,
                staff,
                f"{round(100 * filled / approved)}%" if approved else "—",
            ]
        ],
        proportional_widths([1, 1.3, 1, 1, 1, 1, 1.1], width),
        zebra=False,
    )
    story: list[Flowable] = [*heading("الخلاصة"), summary, Spacer(1, 6)]
    if not units:
        story.append(note("لا يوجد هيكل تنظيمي مسجل."))
    for unit in units:
        story.extend(_unit_block(unit, width))
    outside = data.get("outside")
    if outside:
        story.append(note(f"{outside[4]} موظف على رأس العمل غير مسجلين في أي وحدة قائمة: "
                          "يُحسبون في الزائد."))
    if data.get("bands"):
        story += [*heading("الملاك حسب فئة الدرجة"),
                  _counts_table("فئة الدرجات", data["bands"], width)]
    if data.get("titles"):
        story += [*heading("الملاك حسب المسمى الوظيفي"),
                  _counts_table("المسمى الوظيفي", data["titles"], width)]
    mismatches = data.get("mismatches") or []
    if mismatches:
        story += [
            *heading(f"شاغلو وظائف بدرجة خارج درجاتها ({len(mismatches)})"),
            rtl_table(
                ["م", "الموظف", "درجته", "الوحدة", "الوظيفة", "درجات الوظيفة"],
                [[n, name, grade, unit, post, f"{low} – {high}"]
                 for n, (name, grade, unit, post, low, high) in enumerate(mismatches, 1)],
                proportional_widths([5, 28, 8, 24, 23, 12], width),
            ),
        ]
    elif mismatched:
        story.append(note(f"{mismatched} من شاغلي الوظائف درجتهم خارج درجات وظائفهم "
                          "(أسماؤهم لمن يحق له الاطلاع على بيانات الموظفين)."))
    story.append(
        note(
            "المشغول = الوظائف المعتمدة التي لها شاغل؛ الشاغر = المعتمد ناقص المشغول؛ والزائد "
            "(فائض الملاك) = من يزيدون على العدد المعتمد للوظيفة ومن لا وظيفة لهم في الملاك. "
            "المشغول + الزائد = الموظفون على رأس العمل. فئة الدرجة للوظيفة بأعلى درجاتها، "
            "وللزائد بدرجته."
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
