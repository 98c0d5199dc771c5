"""Two small charts for the indicators and projects forms, drawn right to left by hand:
reportlab's chart widgets neither shape Arabic nor mirror their axes."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from reportlab.platypus.flowables import Flowable

from baladiya_desktop.reports.fonts import FontSet, get_face
from baladiya_desktop.reports.textdraw import Colour, draw_text

_FONTS = FontSet()
INK: Colour = (0.12, 0.14, 0.18)
GREY: Colour = (0.45, 0.47, 0.5)
LIGHTS: dict[str, Colour] = {
    "green": (0.13, 0.55, 0.3),
    "amber": (0.9, 0.6, 0.1),
    "red": (0.78, 0.16, 0.16),
    "none": (0.55, 0.58, 0.62),
}


class HBars(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Horizontal bars growing from the right, the label right of each bar, the value at its
    end: for maturity scores (0–5) per focus area."""

    def __init__(
        self,
        items: Sequence[tuple[str, float | None, str]],
        maximum: float,
        width: float,
        *,
        label_width: float = 150.0,
        bar: float = 13.0,
        suffix: str = "",
    ) -> None:
        super().__init__()
        self.items, self.maximum, self.width = list(items), maximum, width
        self.label_width, self.bar, self.suffix = label_width, bar, suffix
        self.height = len(self.items) * (bar + 7) + 16

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv, sans = self.canv, get_face(_FONTS.sans)
        right = self.width - self.label_width - 6
        span = right - 40
        y = self.height - self.bar - 4
        canv.setStrokeColorRGB(*GREY)
        canv.setLineWidth(0.4)
        for tick in range(int(self.maximum) + 1):  # a scale from the right edge leftwards
            x = right - span * tick / self.maximum
            canv.line(x, 10, x, self.height - 2)
            draw_text(canv, sans, 6.5, x, 1, str(tick), align="center", colour=GREY)
        for label, value, colour in self.items:
            draw_text(canv, sans, 8.5, self.width, y + 3, label, colour=INK)
            if value is not None:
                length = span * min(value, self.maximum) / self.maximum
                canv.setFillColorRGB(*LIGHTS.get(colour, LIGHTS["none"]))
                canv.rect(right - length, y, length, self.bar, stroke=0, fill=1)
                draw_text(
                    canv,
                    sans,
                    8,
                    right - length - 3,
                    y + 3,
                    f"{value:.2f}{self.suffix}",
                    colour=INK,
                )
            else:
                draw_text(canv, sans, 8, right - 3, y + 3, "لم يُقيّم", colour=GREY)
            y -= self.bar + 7


class ProgressLine(Flowable):  # type: ignore[misc]
    """Physical progress over time against the straight line of the plan; time runs right to
    left, the percentage axis stands on the right."""

    def __init__(
        self,
        start: dt.date | None,
        end: dt.date | None,
        points: Sequence[tuple[dt.date, int]],
        width: float,
        height: float = 150.0,
    ) -> None:
        super().__init__()
        dates = [d for d, _ in points] + [d for d in (start, end) if d]
        self.first = min(dates) if dates else dt.date.today()
        self.last = max(dates) if dates else self.first
        self.start, self.end, self.points = start, end, list(points)
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _x(self, day: dt.date, left: float, right: float) -> float:
        days = max((self.last - self.first).days, 1)
        return right - (right - left) * (day - self.first).days / days

    def draw(self) -> None:
        canv, sans = self.canv, get_face(_FONTS.sans)
        left, right, bottom, top = 10.0, self.width - 34.0, 22.0, self.height - 8.0
        canv.setLineWidth(0.4)
        for pct in range(0, 101, 25):  # the value axis on the right
            y = bottom + (top - bottom) * pct / 100
            canv.setStrokeColorRGB(0.85, 0.86, 0.88)
            canv.line(left, y, right, y)
            draw_text(canv, sans, 7, right + 4, y - 2.5, f"{pct}%", align="left", colour=GREY)
        for day in (self.first, self.last):
            draw_text(
                canv,
                sans,
                7,
                self._x(day, left, right),
                8,
                f"{day:%d/%m/%Y}",
                align="center",
                colour=GREY,
            )
        if self.start and self.end and self.end > self.start:
            canv.setStrokeColorRGB(*GREY)
            canv.setDash(3, 2)
            canv.line(self._x(self.start, left, right), bottom, self._x(self.end, left, right), top)
            canv.setDash()
        if self.points:
            canv.setStrokeColorRGB(*LIGHTS["green"])
            canv.setFillColorRGB(*LIGHTS["green"])
            canv.setLineWidth(1.6)
            xy = [
                (self._x(d, left, right), bottom + (top - bottom) * p / 100) for d, p in self.points
            ]
            for (x1, y1), (x2, y2) in itertools.pairwise(xy):
                canv.line(x1, y1, x2, y2)
            for x, y in xy:
                canv.circle(x, y, 2.2, stroke=0, fill=1)
