"""Break text into lines in LOGICAL order, measuring shaped widths.

Breaking before reordering is what keeps a wrapped right-to-left paragraph's lines in order:
each line is reordered on its own only when it is drawn.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from baladiya_desktop.reports.fonts import ShapedFont
from baladiya_desktop.reports.shaping import text_width

__all__ = ["Line", "break_lines"]

# Break at spaces, never at a no-break space (U+00A0, U+202F): "1,234.500\u00a0د.ل" stays whole.
_BREAKABLE = re.compile("[ \t\u1680\u2000-\u200a\u205f\u3000]+")


class Line(NamedTuple):
    """A broken line in logical order; ``last`` is true for the last line of a paragraph."""

    text: str
    last: bool


def break_lines(font: ShapedFont, text: str, max_width: float) -> list[Line]:
    """Break ``text`` into lines no wider than ``max_width`` (thousandths of an em).

    White space collapses; a newline forces a break; a word wider than a line is cut between
    characters (never between a letter and its marks).
    """
    lines: list[Line] = []
    space = text_width(font, " ")
    for block in text.split("\n"):
        words = [w for w in _BREAKABLE.split(block) if w]
        if not words:
            lines.append(Line("", True))
            continue
        current: list[str] = []
        width = 0.0
        for word in words:
            w = text_width(font, word)
            if w > max_width:
                if current:
                    lines.append(Line(" ".join(current), False))
                pieces = _cut_word(font, word, max_width)
                lines.extend(Line(p, False) for p in pieces[:-1])
                current, width = [pieces[-1]], text_width(font, pieces[-1])
            elif current and width + space + w > max_width:
                lines.append(Line(" ".join(current), False))
                current, width = [word], w
            else:
                width += (space if current else 0.0) + w
                current.append(word)
        lines.append(Line(" ".join(current), True))
    return lines


def _cut_word(font: ShapedFont, word: str, max_width: float) -> list[str]:
    """Cut a word that does not fit into pieces that do (at least one cluster each)."""
    clusters: list[str] = []
    for ch in word:
        if clusters and (unicodedata.combining(ch) or ch in "\u200c\u200d"):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    pieces: list[str] = []
    current = ""
    for cluster in clusters:
        candidate = current + cluster
        if current and text_width(font, candidate) > max_width:
            pieces.append(current)
            current = cluster
        else:
            current = candidate
    pieces.append(current)
    return pieces
