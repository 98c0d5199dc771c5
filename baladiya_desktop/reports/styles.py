"""Paragraph styles for forms: a Naskh face for text, a sans face for tables."""

from __future__ import annotations

from dataclasses import dataclass, replace

from baladiya_desktop.reports.fonts import FontSet
from baladiya_desktop.reports.textdraw import BLACK, Align, Colour

__all__ = ["BODY", "CELL", "CELL_HEADER", "SMALL", "SUBJECT", "TITLE", "ParaStyle"]

_FONTS = FontSet()
_BOLD_OF = {_FONTS.naskh: _FONTS.naskh_bold, _FONTS.sans: _FONTS.sans_bold}


@dataclass(frozen=True, slots=True)
class ParaStyle:
    """How an :class:`~baladiya_desktop.reports.paragraph.ArabicParagraph` looks.

    ``leading`` is the distance between baselines (points); ``None`` means 1.7 x size, which
    leaves room for Naskh marks. Arabic-Indic digits are shown as Western digits.
    """

    font: str = _FONTS.naskh
    size: float = 13.0
    leading: float | None = None
    align: Align = "right"
    colour: Colour = BLACK
    space_before: float = 0.0
    space_after: float = 0.0
    western_digits: bool = True

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else self.size * 1.7

    def bold(self) -> ParaStyle:
        """Return this style in the bold face of its font."""
        return replace(self, font=_BOLD_OF.get(self.font, self.font))

    def with_(
        self, *, size: float | None = None, align: Align | None = None, leading: float | None = None
    ) -> ParaStyle:
        """Return a copy with another size (leading scales with it), alignment or leading."""
        new = self
        if size is not None:
            scaled = None if self.leading is None else self.leading * size / self.size
            new = replace(new, size=size, leading=scaled)
        if leading is not None:
            new = replace(new, leading=leading)
        if align is not None:
            new = replace(new, align=align)
        return new


BODY = ParaStyle(align="justify", space_after=6.0)
SUBJECT = ParaStyle(font=_FONTS.naskh_bold, size=14.0, align="center", space_after=8.0)
TITLE = ParaStyle(font=_FONTS.naskh_bold, size=17.0, align="center", space_after=6.0)
SMALL = ParaStyle(size=10.0)
CELL = ParaStyle(font=_FONTS.sans, size=9.0, leading=13.0)
CELL_HEADER = ParaStyle(font=_FONTS.sans_bold, size=9.0, leading=13.0, align="center")
