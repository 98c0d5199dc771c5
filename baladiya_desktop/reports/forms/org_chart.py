"""المخطط التنظيمي: the structure drawn as boxes and connectors on A3 landscape.

One page when the whole tree fits at a readable scale; otherwise the first page cuts the tree
at the deepest level that fits, and each cut branch continues on a page of its own (its box
says which page), recursively.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reportlab.platypus import PageBreak
from reportlab.platypus.flowables import Flowable

from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.org import queries
from baladiya_desktop.reports.fonts import FontSet, get_face
from baladiya_desktop.reports.forms.common import heading, note
from baladiya_desktop.reports.forms.org_layout import (
    ChartLayout,
    Geometry,
    layout_chart,
    truncate_depth,
)
from baladiya_desktop.reports.forms.org_palette import STATUS_NOTE, type_colours
from baladiya_desktop.reports.layout import MARGIN
from baladiya_desktop.reports.letterhead import FOOTER_HEIGHT, LATER_HEADER_HEIGHT
from baladiya_desktop.reports.pages import PageSizeName, page_size
from baladiya_desktop.reports.registry import Content, FormSpec, Page, register_form
from baladiya_desktop.reports.shaping import text_width
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.textdraw import draw_text

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

PAGE: PageSizeName = "A3-landscape"
MIN_SCALE = 0.55  # below this the names are too small to read: cut the tree instead
GEOMETRY = Geometry(
    box_w=124.0, box_h=60.0, h_gap=14.0, v_gap=30.0, stack_gap=8.0, indent=12.0, max_stack=12
)
_FONTS = FontSet()
_INK = (0.1, 0.12, 0.16)
_GREY = (0.32, 0.34, 0.38)


def content(ctx: AppContext, key: str) -> Content:
    """The units in tree order with what the chart shows of each."""
    if key != "all":
        raise NotFound("المخطط يشمل الهيكل كله فقط.", "The chart covers the whole structure.")
    municipality = ctx.station.municipality_code
    with ctx.session() as session:
        types = {t.code: t.name_ar for t in queries.unit_types(session).values()}
        nodes = queries.load_units(session, municipality, include_closed=False)
    by_id = {n.id: n for n in nodes}
    units = []
    for root in queries.build_tree(nodes):
        for node in root.walk():
            parent = by_id.get(node.parent_id) if node.parent_id else None
            units.append(
                {
                    "code": node.code,
                    "name": node.name_ar,
                    "type": node.unit_type,
                    "type_name": types.get(node.unit_type, node.unit_type),
                    "parent": parent.code if parent else None,
                    "status": node.status,
                    "approved": node.approved,
                    "filled": node.filled,
                }
            )
    return {"municipality": municipality, "units": units}


class _Tree:
    def __init__(self, units: Sequence[dict[str, Any]]) -> None:
        self.units = {u["code"]: u for u in units}
        self.kids: dict[str | None, list[str]] = {}
        for unit in units:
            self.kids.setdefault(unit["parent"], []).append(unit["code"])
        self.roots = self.kids.get(None, [])

    def children(self, code: str) -> list[str]:
        return self.kids.get(code, [])

    def depth(self) -> int:
        level, depth = list(self.roots), 0
        while level:
            level = [k for c in level for k in self.children(c)]
            depth += 1
        return depth


def _fits(layout: ChartLayout[str], width: float, height: float) -> bool:
    return layout.width * MIN_SCALE <= width and layout.height * MIN_SCALE <= height


def best_layout(
    tree: _Tree, roots: list[str], cut: set[str], width: float, height: float
) -> ChartLayout[str]:
    """The layout drawn largest on the page: stacked columns as tall as the page allows, or
    split into shorter columns when there is width to spare."""
    best: tuple[float, ChartLayout[str]] | None = None
    for rows in (12, 8, 6, 4, 3):
        geometry = replace(GEOMETRY, max_stack=rows)
        chart = layout_chart(roots, tree.children, collapsed=cut, geometry=geometry)
        scale = min(width / max(chart.width, 1.0), height / max(chart.height, 1.0))
        if best is None or scale > best[0] + 0.01:
            best = (scale, chart)
    assert best is not None
    return best[1]


def chart_pages(
    tree: _Tree, roots: list[str], width: float, height: float
) -> list[tuple[list[str], set[str]]]:
    """(roots, collapsed) of each page, the cut branches after the page that cuts them."""
    full = layout_chart(roots, tree.children, geometry=GEOMETRY)
    if _fits(full, width, height):
        return [(roots, set())]
    cut: set[str] = set()
    for depth in range(tree.depth(), 0, -1):
        cut = truncate_depth(roots, tree.children, depth)
        if _fits(
            layout_chart(roots, tree.children, collapsed=cut, geometry=GEOMETRY), width, height
        ):
            break
    pages: list[tuple[list[str], set[str]]] = [(roots, cut)]
    ordered = [c for c in tree.units if c in cut]
    for code in ordered:
        pages.extend(chart_pages(tree, [code], width, height))
    return pages


class OrgChartFlowable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """One page's chart, scaled to the room left in the frame and centred."""

    def __init__(
        self, layout: ChartLayout[str], units: dict[str, dict[str, Any]], page_of: dict[str, int]
    ) -> None:
        super().__init__()
        self.layout, self.units, self.page_of = layout, units, page_of
        self.scale, self.avail = 1.0, 0.0

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        lay = self.layout
        self.scale = min(1.0, avail_w / max(lay.width, 1.0), avail_h / max(lay.height, 1.0))
        self.avail = avail_w
        return avail_w, lay.height * self.scale

    def draw(self) -> None:
        canv, lay, s = self.canv, self.layout, self.scale
        canv.saveState()
        canv.translate((self.avail - lay.width * s) / 2, 0)
        canv.scale(s, s)
        top = lay.height
        canv.setStrokeColorRGB(*_GREY)
        canv.setLineWidth(0.9)
        for (x1, y1), (x2, y2) in lay.lines:
            canv.line(x1, top - y1, x2, top - y2)
        for box in lay.boxes:
            self._box(box.key, box.x, top - box.y - box.h, box.w, box.h, box.hidden_children)
        canv.restoreState()

    def _box(self, code: str, x: float, y: float, w: float, h: float, hidden: int) -> None:
        canv, unit = self.canv, self.units[code]
        fill, edge = type_colours(unit["type"])
        canv.setFillColorRGB(*fill)
        canv.setStrokeColorRGB(*edge)
        canv.setLineWidth(1.4 if unit["status"] == "approved" else 0.8)
        if unit["status"] != "approved":
            canv.setDash(3, 2)
        canv.roundRect(x, y, w, h, 5, stroke=1, fill=1)
        canv.setDash()
        canv.setFillColorRGB(*edge)
        canv.rect(x + w - 4, y, 4, h, stroke=0, fill=1)  # the type's colour on the right edge
        bold, sans = get_face(_FONTS.sans_bold), get_face(_FONTS.sans)
        centre = x + w / 2 - 2
        lines, size = _wrap(unit["name"], w - 14, 9.4, 2)
        # the name block centred in the room above the two small lines
        room_top, room_bottom = y + h - 4, y + 24
        block = size * 1.3 * len(lines)
        base = (room_top + room_bottom) / 2 + block / 2 - size * 0.95
        for line in lines:
            draw_text(canv, bold, size, centre, base, line, align="center", colour=_INK)
            base -= size * 1.3
        kind = unit["type_name"] + (
            f" · {STATUS_NOTE[unit['status']]}" if unit["status"] in STATUS_NOTE else ""
        )
        draw_text(canv, sans, 7.0, centre, y + 15, kind, align="center", colour=_GREY)
        counts = f"المشغول {unit['filled']} من {unit['approved']}"
        if hidden:
            counts += f" · يتبعها {hidden} ← ص {self.page_of.get(code, '?')}"
        draw_text(canv, sans, 7.0, centre, y + 5.5, counts, align="center", colour=_GREY)


def _wrap(text: str, width: float, size: float, max_lines: int) -> tuple[list[str], float]:
    """Break ``text`` into at most ``max_lines`` lines of ``width``, shrinking if it must."""
    font = get_face(_FONTS.sans_bold).font
    words = text.split()
    while True:
        lines: list[str] = []
        for word in words:
            trial = f"{lines[-1]} {word}" if lines else word
            if lines and text_width(font, trial) * size / 1000 <= width:
                lines[-1] = trial
            else:
                lines.append(word)
        if len(lines) <= max_lines or size <= 6.0:
            return lines[:max_lines], size
        size -= 0.4


def layout(ctx: AppContext, data: Content) -> Page:
    tree = _Tree(data["units"])
    if not tree.roots:
        return Page([note("لا يوجد هيكل تنظيمي مسجل.")])
    width, height = page_size(PAGE)
    frame_w = width - 2 * MARGIN
    frame_h = height - 2 * MARGIN - LATER_HEADER_HEIGHT - FOOTER_HEIGHT - 30
    pages = chart_pages(tree, list(tree.roots), frame_w, frame_h)
    page_of = {roots[0]: n for n, (roots, _cut) in enumerate(pages, start=1) if n > 1}
    story: list[Flowable] = []
    total = len(tree.units)
    for n, (roots, cut) in enumerate(pages, start=1):
        if n > 1:
            story.append(PageBreak())
            story.extend(heading(f"تابع المخطط: {tree.units[roots[0]]['name']}"))
        else:
            posts = sum(u["approved"] for u in data["units"])
            filled = sum(u["filled"] for u in data["units"])
            story.append(
                note(
                    f"عدد الوحدات {total}، والوظائف المعتمدة {posts}، المشغول منها "
                    f"{filled}. الإطار المتصل وحدة معتمدة، والمتقطع وحدة مقترحة."
                )
            )
        chart = best_layout(tree, roots, cut, frame_w, frame_h - (90 if n == 1 else 0))
        story.append(OrgChartFlowable(chart, tree.units, page_of))
    return Page(story)


SUMMARY = (
    Fact("c", "عدد الوحدات", "Units", lambda c: len(c["units"]), "number"),
    Fact("p", "الملاك المعتمد", "Approved posts",
         lambda c: sum(u["approved"] or 0 for u in c["units"]), "number"),
    Fact("f", "المشغول", "Filled", lambda c: sum(u["filled"] or 0 for u in c["units"]), "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="org-chart",
        title_ar="المخطط التنظيمي",
        title_en="Organization chart",
        needs_id=False,
        permission=Permission.ORG_READ,
        prefix="م ت",
        content=content,
        layout=layout,
        summary=SUMMARY,
        page=PAGE,
    )
)
