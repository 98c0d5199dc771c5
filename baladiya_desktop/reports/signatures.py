"""Signature and stamp boxes at the foot of a form, first box on the right."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus.flowables import Flowable

from baladiya_desktop.reports.fonts import FontSet, get_face
from baladiya_desktop.reports.textdraw import draw_text

__all__ = ["STAMP_LABEL", "SignatureBlock"]

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
