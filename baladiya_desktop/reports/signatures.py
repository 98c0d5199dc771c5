"""Signature and stamp boxes at the foot of a form, first box on the right."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Table
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import Flowable

from baladiya_desktop.reports.fonts import FontSet, get_face
from baladiya_desktop.reports.textdraw import draw_text

__all__ = ["STAMP_LABEL", "SignatureBlock", "close_with"]

STAMP_LABEL = "الختم"
_FONTS = FontSet()
_GAP = 8.0


class SignatureBlock(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A row of signature boxes (title, name line, signature line) and an optional stamp box.

    ``titles`` run right to left: the first is the right-most box. The block never splits.
    """

    def __init__(self, titles: Sequence[str], *, stamp: bool = False, height: float = 92.0):
        super().__init__()
        self.titles = list(titles)
        self.stamp = stamp
        self.box_height = height
        self.spaceBefore = 14.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.box_height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        count = len(self.titles) + (1 if self.stamp else 0)
        if not count:
            return
        box_w = (self.width - _GAP * (count - 1)) / count
        h = self.box_height
        bold = get_face(_FONTS.naskh_bold)
        regular = get_face(_FONTS.naskh)
        canv.saveState()
        canv.setLineWidth(0.6)
        canv.setStrokeColorRGB(0.35, 0.35, 0.35)
        right = self.width
        for title in self.titles:
            left = right - box_w
            canv.roundRect(left, 0, box_w, h, 4, stroke=1, fill=0)
            draw_text(canv, bold, 11.5, left + box_w / 2, h - 18, title, align="center")
            for label, y in (("الاسم:", h - 46), ("التوقيع:", h - 74)):
                width = draw_text(canv, regular, 10.5, right - 8, y, label)
                canv.setDash(1, 2)
                canv.line(left + 8, y - 2, right - 12 - width, y - 2)
                canv.setDash()
            right = left - _GAP
        if self.stamp:
            left = right - box_w
            canv.setDash(3, 3)
            radius = min(box_w, h) / 2 - 6
            canv.circle(left + box_w / 2, h / 2, radius, stroke=1, fill=0)
            canv.setDash()
            canv.setFillColorRGB(0.45, 0.45, 0.45)
            draw_text(
                canv,
                regular,
                11,
                left + box_w / 2,
                h / 2 - 4,
                STAMP_LABEL,
                align="center",
                colour=(0.45, 0.45, 0.45),
            )
        canv.restoreState()


# A table is split before its last rows only if it has this many body rows; a shorter one
# goes over whole, with its heading, when the block does not fit after it.
_SPLIT_ROWS = 6
_ROWS_OVER = 2  # body rows that go over with the block


def close_with(story: Sequence[Flowable], block: Flowable) -> list[Flowable]:
    """``story`` closed by ``block`` (the signature boxes), which never stands alone on a page.

    The block is laid out together with the story's last table (or last flowable), the
    heading or spacer just before it and whatever follows it. Where they do not fit on the
    page together, the table's last rows go over to the next page with the block (a short
    table goes over whole, with its heading).
    """
    items = list(story)
    if not items:
        return [block]
    tables = [i for i, f in enumerate(items) if isinstance(f, Table)]
    last = tables[-1] if tables else len(items) - 1
    start = last
    while start > max(0, last - 2) and not isinstance(items[start - 1], Table):
        start -= 1  # the heading (spacer, title) that introduces the table
    return [*items[:start], _Closing(items[start:last], items[last], items[last + 1 :], block)]


def _height(flowables: Sequence[Flowable], width: float, canv: object) -> float:
    """Height of ``flowables`` one under the other, every space counted (never too little)."""
    total = 0.0
    for f in flowables:
        _w, h = f.wrapOn(canv, width, 0xFFFFFF)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


class _Closing(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """``lead`` (a heading), ``table``, ``rest`` and the closing ``block``, kept together.

    Like platypus' ``KeepTogether`` it always asks to be split, and its split decides what
    stays on this page: everything if it fits; else the table up to the page's end, or up to
    its last rows, and the rest goes over with the block.
    """

    def __init__(
        self, lead: Sequence[Flowable], table: Flowable, rest: Sequence[Flowable], block: Flowable
    ) -> None:
        super().__init__()
        self.lead, self.table, self.rest, self.block = list(lead), table, list(rest), block

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 0xFFFFFF  # always split: the frame then lays out the parts

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        canv = self.canv
        whole = [*self.lead, self.table, *self.rest, self.block]
        if _height(whole, availWidth, canv) <= availHeight:
            return whole
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        lead = _height(self.lead, availWidth, canv)
        table = _height([self.table], availWidth, canv)
        short = _short(self.table)  # goes over whole rather than split
        if lead + table > availHeight and not short:  # it runs over: split where the page ends
            pieces = self.table.splitOn(canv, availWidth, availHeight - lead)
            if len(pieces) == 2:
                return [*self.lead, pieces[0], _Closing([], pieces[1], self.rest, self.block)]
        elif not short and isinstance(self.table, Table):  # its last rows go over with the block
            cut = sum(self.table._rowHeights[:-_ROWS_OVER]) + 0.5
            pieces = self.table.splitOn(canv, availWidth, cut)
            if len(pieces) == 2:
                over = _Closing([], pieces[1], self.rest, self.block)
                return [*self.lead, pieces[0], FrameBreak(), over]
        if at_top:  # a whole page cannot hold it all: the lead stays, then try again
            if self.lead:
                return [*self.lead, _Closing([], self.table, self.rest, self.block)]
            return whole
        return [FrameBreak(), _Closing(self.lead, self.table, self.rest, self.block)]


def _short(table: Flowable) -> bool:
    return isinstance(table, Table) and len(table._cellvalues) - table.repeatRows < _SPLIT_ROWS
