"""``ArabicParagraph``: a platypus flowable that wraps right-to-left text correctly."""

from __future__ import annotations

from typing import Any

from reportlab.platypus.flowables import Flowable

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.reports.fonts import get_face
from baladiya_desktop.reports.linebreak import Line, break_lines
from baladiya_desktop.reports.shaping import ShapedLine, shape_line
from baladiya_desktop.reports.styles import BODY, ParaStyle
from baladiya_desktop.reports.textdraw import draw_line, drawn_text

__all__ = ["ArabicParagraph"]

_MIN_LINES_AT_SPLIT = 2  # no orphan or widow line when a paragraph splits across pages


class ArabicParagraph(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A paragraph of Arabic (or mixed) text, broken in logical order, drawn right to left.

    Lines are broken first, then each line is reordered by the bidi algorithm and shaped, so
    a wrapped paragraph keeps its line order, brackets are mirrored, and numbers and Latin
    words inside Arabic read left to right. Splits across pages between lines.

    After drawing, ``drawn_lines`` holds each line as drawn, glyphs read left to right
    (see :func:`~baladiya_desktop.reports.textdraw.drawn_text`).
    """

    def __init__(self, text: str, style: ParaStyle = BODY, *, _lines: list[Line] | None = None):
        super().__init__()
        text = str(text).replace("\r\n", "\n").replace("\t", " ")
        self.text = normalize_digits(text) if style.western_digits else text
        self.style = style
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._face = get_face(style.font)
        self._fixed = _lines
        self._lines: list[Line] = _lines or []
        self._for_width = -1.0
        self._drawn: list[ShapedLine] = []

    @property
    def drawn_lines(self) -> list[str]:
        """Each line as last drawn, glyphs read left to right (see ``textdraw.drawn_text``)."""
        return [drawn_text(self._face.font, line) for line in self._drawn]

    def __repr__(self) -> str:
        return f"ArabicParagraph({self.text[:40]!r})"

    def lines(self, width: float) -> list[Line]:
        """Return the lines for a frame ``width`` points wide (in logical order)."""
        if self._fixed is not None:
            return self._fixed
        if width != self._for_width:
            em_width = max(width, 1.0) * 1000.0 / self.style.size
            self._lines = break_lines(self._face.font, self.text, em_width)
            self._for_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.line_height
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines(availWidth)
        fit = int((availHeight + 1e-6) // self.style.line_height)
        if fit >= len(lines):
            return [self]
        if len(lines) >= 2 * _MIN_LINES_AT_SPLIT:
            fit = min(fit, len(lines) - _MIN_LINES_AT_SPLIT)
            if fit < _MIN_LINES_AT_SPLIT:
                return []
        if fit < 1:
            return []
        first = ArabicParagraph(self.text, self.style, _lines=lines[:fit])
        rest = ArabicParagraph(self.text, self.style, _lines=lines[fit:])
        first.spaceAfter = 0.0
        rest.spaceBefore = 0.0
        return [first, rest]

    def draw(self) -> None:
        canv: Any = self.canv
        style = self.style
        size = style.size
        face = self._face
        scale = size / 1000.0
        leading = style.line_height
        baseline = self.height - leading / 2.0 - 0.3 * size
        self._drawn = drawn = []
        for text, last in self.lines(self.width):
            if text:
                line = shape_line(face.font, text)
                width = line.width * scale
                gap = 0.0
                x = 0.0
                if style.align == "right" or (style.align == "justify" and last):
                    x = self.width - width
                elif style.align == "center":
                    x = (self.width - width) / 2.0
                elif style.align == "justify" and line.space_count:
                    x = 0.0
                    gap = max(0.0, (self.width - width) / line.space_count)
                draw_line(canv, face, size, x, baseline, line, word_gap=gap, colour=style.colour)
                drawn.append(line)
            baseline -= leading
