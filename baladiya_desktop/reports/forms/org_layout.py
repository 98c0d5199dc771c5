"""Where each box of an org chart goes: the root at the top, children spread right to left.

Pure geometry, shared by the printed chart (points) and the window's chart (pixels): no
reportlab, no Qt. A node's leaf children (units with nothing under them, or collapsed ones)
are stacked in a column hanging from a spine, the way municipal charts draw a department's
sections; that keeps a 20-office agent's row from running off the page. Coordinates: x to the
right, y downwards, boxes by their top-left corner.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = ["ChartLayout", "Geometry", "PlacedBox", "layout_chart", "truncate_depth"]

K = TypeVar("K")
Point = tuple[float, float]


@dataclass(frozen=True)
class Geometry:
    box_w: float = 120.0
    box_h: float = 56.0
    h_gap: float = 16.0  # between neighbouring subtrees
    v_gap: float = 34.0  # between a parent and its children's row
    stack_gap: float = 10.0  # between boxes of a stacked column
    indent: float = 14.0  # from a stack's spine to its boxes
    max_stack: int = 12  # boxes per stacked column before a new column starts


@dataclass(frozen=True)
class PlacedBox(Generic[K]):
    key: K
    x: float
    y: float
    w: float
    h: float
    depth: int
    hidden_children: int  # children not drawn (collapsed): the box shows a "+"


@dataclass
class ChartLayout(Generic[K]):
    boxes: list[PlacedBox[K]] = field(default_factory=list)
    lines: list[tuple[Point, Point]] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0


@dataclass
class _Group(Generic[K]):
    stack: list[K]  # leaves stacked in columns, or empty for one subtree
    node: K | None
    width: float = 0.0


class _Layout(Generic[K]):
    def __init__(
        self, children: Callable[[K], Sequence[K]], collapsed: Collection[K], geo: Geometry
    ) -> None:
        self.all_children = children
        self.collapsed = collapsed
        self.geo = geo
        self.width: dict[K, float] = {}
        self.groups: dict[K, list[_Group[K]]] = {}
        self.out: ChartLayout[K] = ChartLayout()

    def children(self, key: K) -> Sequence[K]:
        return () if key in self.collapsed else self.all_children(key)

    def stack_width(self, count: int) -> float:
        g = self.geo
        columns = math.ceil(count / g.max_stack)
        return columns * (g.box_w + g.indent) + (columns - 1) * g.h_gap

    def measure(self, key: K) -> float:
        g = self.geo
        kids = self.children(key)
        leaves = [k for k in kids if not self.children(k)]
        branches = [k for k in kids if self.children(k)]
        groups: list[_Group[K]] = []
        if len(leaves) > 3 or (branches and len(leaves) > 1):
            groups.append(_Group(leaves, None, self.stack_width(len(leaves))))
            kids = branches
        for kid in kids:
            groups.append(_Group([], kid, self.measure(kid)))
        self.groups[key] = groups
        spread = sum(gr.width for gr in groups) + g.h_gap * max(0, len(groups) - 1)
        self.width[key] = max(g.box_w, spread)
        return self.width[key]

    def place(self, key: K, left: float, depth: int) -> None:
        g = self.geo
        width = self.width[key]
        y = depth * (g.box_h + g.v_gap)
        x = left + (width - g.box_w) / 2
        hidden = len(self.all_children(key)) if key in self.collapsed else 0
        self.out.boxes.append(PlacedBox(key, x, y, g.box_w, g.box_h, depth, hidden))
        groups = self.groups[key]
        if not groups:
            return
        spread = sum(gr.width for gr in groups) + g.h_gap * (len(groups) - 1)
        right = left + (width + spread) / 2  # right to left: the first group on the right
        bottom, bus = y + g.box_h, y + g.box_h + g.v_gap / 2
        tops: list[float] = []
        for group in groups:
            group_left = right - group.width
            if group.node is not None:
                self.place(group.node, group_left, depth + 1)
                tops.append(group_left + group.width / 2)
            else:
                tops.append(self.place_stack(group.stack, group_left, right, depth + 1, bus))
            right = group_left - g.h_gap
        centre = x + g.box_w / 2
        self.out.lines.append(((centre, bottom), (centre, bus)))
        if len(tops) > 1 or tops[0] != centre:
            self.out.lines.append(((min([*tops, centre]), bus), (max([*tops, centre]), bus)))
        child_top = bus + g.v_gap / 2
        for top, group in zip(tops, groups, strict=True):
            if group.node is not None:
                self.out.lines.append(((top, bus), (top, child_top)))

    def place_stack(
        self, keys: list[K], left: float, right: float, depth: int, bus: float
    ) -> float:
        """Columns of boxes, each hanging from a spine on its right; returns the first spine."""
        g = self.geo
        top = depth * (g.box_h + g.v_gap)
        first_spine = right - g.indent / 2
        column_right = right
        rows = math.ceil(len(keys) / math.ceil(len(keys) / g.max_stack))  # balanced columns
        for start in range(0, len(keys), rows):
            column = keys[start : start + rows]
            spine = column_right - g.indent / 2
            box_x = column_right - g.indent - g.box_w
            last_mid = top
            for row, key in enumerate(column):
                y = top + row * (g.box_h + g.stack_gap)
                hidden = len(self.all_children(key)) if key in self.collapsed else 0
                self.out.boxes.append(PlacedBox(key, box_x, y, g.box_w, g.box_h, depth, hidden))
                last_mid = y + g.box_h / 2
                self.out.lines.append(((spine, last_mid), (box_x + g.box_w, last_mid)))
            self.out.lines.append(((spine, bus), (spine, last_mid)))
            if spine != first_spine:
                self.out.lines.append(((spine, bus), (first_spine, bus)))
            column_right = box_x - g.h_gap
        return first_spine


def layout_chart(
    roots: Sequence[K],
    children: Callable[[K], Sequence[K]],
    *,
    collapsed: Collection[K] = (),
    geometry: Geometry | None = None,
) -> ChartLayout[K]:
    """Place every visible box of the forest ``roots``; ``children(key)`` gives a node's
    children in order (the first one drawn right-most); ``collapsed`` nodes hide theirs."""
    geo = geometry or Geometry()
    work = _Layout(children, collapsed, geo)
    left = 0.0
    for root in reversed(roots):  # the first root right-most as well
        work.measure(root)
    for root in reversed(roots):
        work.place(root, left, 0)
        left += work.width[root] + geo.h_gap
    out = work.out
    out.width = max((b.x + b.w for b in out.boxes), default=0.0)
    out.height = max((b.y + b.h for b in out.boxes), default=0.0)
    return out


def truncate_depth(roots: Sequence[K], children: Callable[[K], Sequence[K]], depth: int) -> set[K]:
    """The nodes at ``depth`` (0 = the roots) that have children: collapse them to cut there."""
    level, found = list(roots), set()
    for _ in range(depth):
        level = [kid for key in level for kid in children(key)]
    for key in level:
        if children(key):
            found.add(key)
    return found
