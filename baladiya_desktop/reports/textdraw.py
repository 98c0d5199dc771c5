"""Draw shaped lines onto a reportlab canvas as PDF text (searchable, glyph-exact).

Each line is one ``BT … ET`` text object inside ``q … Q``, so the canvas's own idea of the
current font and colour is never disturbed.
"""

from __future__ import annotations

from typing import Any, Literal

from baladiya_desktop.reports.fonts import Face, ShapedFont
from baladiya_desktop.reports.shaping import GlyphRun, ShapedLine, shape_line

__all__ = ["Align", "Colour", "draw_line", "draw_text", "drawn_text"]

Align = Literal["right", "center", "left", "justify"]
Colour = tuple[float, float, float]
BLACK: Colour = (0.0, 0.0, 0.0)


def _num(v: float) -> str:
    return f"{v:.2f}"


_COLOURS: dict[Colour, str] = {}


def _colour_ops(colour: Colour, stroke_width: float | None) -> str:
    rgb = _COLOURS.get(colour)
    if rgb is None:
        rgb = _COLOURS[colour] = " ".join(f"{c:.3f}" for c in colour)
    if stroke_width is None:
        return f"q {rgb} rg"
    return f"q {rgb} rg {rgb} RG {stroke_width:.2f} w 2 Tr"


def draw_line(
    canv: Any,
    face: Face,
    size: float,
    x: float,
    y: float,
    line: ShapedLine,
    *,
    word_gap: float = 0.0,
    colour: Colour = BLACK,
) -> None:
    """Draw ``line`` with its left end at ``x`` and baseline at ``y``.

    ``word_gap`` (points) is added after every space glyph, for justified lines.
    """
    font = face.font
    doc = canv._doc
    out = [_colour_ops(colour, size * 0.03 if face.synthetic_bold else None)]
    out.append(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm")
    gap = -word_gap * 1000.0 / size if word_gap else 0.0
    if gap:
        for run in line.runs:
            _emit_run(out, font, doc, size, run, gap)
    else:  # the same word in the same font and size draws the same way all through a document
        cache: dict[tuple[str, str, float], str] = doc.__dict__.setdefault("_baladiya_runs", {})
        for run in line.runs:
            key = (font.fontName, run.keys, size)
            ops = cache.get(key)
            if ops is None:
                part: list[str] = []
                _emit_run(part, font, doc, size, run, 0.0)
                ops = cache[key] = " ".join(part)
            out.append(ops)
    out.append("ET Q")
    canv._code.append(" ".join(out))
    recorder = getattr(canv, "drawn_lines", None)
    if recorder is not None:
        recorder.append(drawn_text(font, line))


def drawn_text(font: ShapedFont, line: ShapedLine) -> str:
    """Return what ``line`` shows, left to right: each glyph as the character it looks like.

    A mirrored bracket reads as the bracket drawn, a joining form as its letter; a ligature
    of several letters in a right-to-left run reads in visual order. For tests and checks.
    """
    parts: list[str] = []
    for run in line.runs:
        for key in run.keys:
            look = font.look_of(key)
            parts.append(look[::-1] if run.rtl and len(look) > 1 else look)
    return "".join(parts)


def _emit_run(out: list[str], font: Any, doc: Any, size: float, run: GlyphRun, gap: float) -> None:
    """Append the operators that draw ``run``: font, then text with kerns and rises."""
    state: list[Any] = ["", 0.0]  # current font resource name, current rise
    simple = run.kerns is None and run.rises is None and not (gap and run.spaces)
    first = 0
    spaces = set(run.spaces) if gap else set()
    for subset, data in font.splitString(run.keys, doc):
        name = font.getSubsetInternalName(subset, doc)
        if name != state[0]:
            out.append(f"{name} {size:g} Tf")
            state[0] = name
        if simple:
            out.append(f"<{data.hex()}> Tj")
            first += len(data)
            continue
        items: list[str] = []
        pending = b""
        for offset, byte in enumerate(data):
            i = first + offset
            kern = run.kerns[i] if run.kerns is not None else 0.0
            if i - 1 in spaces:
                kern += gap
            rise = run.rises[i] if run.rises is not None else 0.0
            if rise != state[1]:
                if pending:
                    items.append(f"<{pending.hex()}>")
                    pending = b""
                if items:
                    out.append(f"[{' '.join(items)}] TJ")
                    items = []
                out.append(f"{_num(rise * size / 1000.0)} Ts")
                state[1] = rise
            if kern:
                if pending:
                    items.append(f"<{pending.hex()}>")
                    pending = b""
                items.append(_num(kern))
            pending += bytes((byte,))
        if pending:
            items.append(f"<{pending.hex()}>")
        if items:
            out.append(f"[{' '.join(items)}] TJ")
        first += len(data)
    if state[1]:
        out.append("0 Ts")


def draw_text(
    canv: Any,
    face: Face,
    size: float,
    x: float,
    y: float,
    text: str,
    *,
    align: Align = "right",
    colour: Colour = BLACK,
) -> float:
    """Draw one line of ``text`` anchored at ``x`` (its right end, centre or left end).

    Returns the width drawn, in points. For page furniture (headers, footers, page numbers).
    """
    line = shape_line(face.font, " ".join(text.split()))
    width = line.width * size / 1000.0
    left = x - width if align == "right" else x - width / 2 if align == "center" else x
    draw_line(canv, face, size, left, y, line, colour=colour)
    return width
