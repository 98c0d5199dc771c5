"""Shaping with HarfBuzz: a run of text becomes glyphs ready to draw, and text gets a width.

All measures here are in thousandths of an em (PDF text-space units for a 1-point font):
multiply by ``size / 1000`` for points. Shaped runs are cached on the font, because reports
with thousands of cells repeat the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import uharfbuzz as hb

from baladiya_desktop.reports.bidi_runs import has_rtl, visual_runs
from baladiya_desktop.reports.fonts import ShapedFont

__all__ = ["GlyphRun", "ShapedLine", "shape_line", "shape_run", "text_width"]

_CACHE_LIMIT = 50_000
_FEATURES: dict[str, bool] = {"kern": True, "liga": True}
_NO_SCRIPT = frozenset((None, "", "Zyyy", "Zinh", "Zzzz"))


@dataclass(frozen=True, slots=True)
class GlyphRun:
    """One directional run, shaped: glyph keys left to right and how to place them.

    ``kerns[i]`` is the TJ adjustment written before glyph ``i`` (PDF sign: positive moves
    left); ``rises[i]`` its vertical offset. Both are ``None`` when every entry is zero.
    ``spaces`` are the indices of space glyphs, which justification widens.
    """

    keys: str
    rtl: bool
    width: float
    kerns: tuple[float, ...] | None
    rises: tuple[float, ...] | None
    spaces: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ShapedLine:
    """One line as drawn: its runs left to right and its natural width (per em)."""

    text: str
    runs: tuple[GlyphRun, ...]
    width: float

    @property
    def space_count(self) -> int:
        return sum(len(r.spaces) for r in self.runs)


def shape_run(font: ShapedFont, text: str, rtl: bool) -> GlyphRun:
    """Shape ``text`` (logical order) as one run in one direction; cached per font."""
    cache = font.run_cache
    hit = cache.get((text, rtl))
    if hit is not None:
        return hit  # type: ignore[no-any-return]
    run = _shape(font, text, rtl)
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[(text, rtl)] = run
    return run


def _shape(font: ShapedFont, text: str, rtl: bool) -> GlyphRun:
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    if buf.script in _NO_SCRIPT:  # digits and punctuation alone: Latin forms left to right
        buf.script = "Arab" if rtl else "Latn"
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font.hb_font, buf, _FEATURES)
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    texts = _cluster_texts(font, text, [(i.codepoint, i.cluster) for i in infos])
    _move_mark_texts(texts, infos, positions)
    scale = font.to_pdf_units
    widths = font.face.charWidths
    keys: list[str] = []
    kerns: list[float] = []
    rises: list[float] = []
    spaces: list[int] = []
    pen = cur = 0.0
    for n, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        key = font.glyph_key(info.codepoint, texts[n])
        keys.append(key)
        target = pen + pos.x_offset * scale
        kerns.append(round(cur - target, 3))
        rises.append(pos.y_offset * scale)
        cur = target + widths.get(ord(key), 0)
        pen += pos.x_advance * scale
        if texts[n] == " ":
            spaces.append(n)
    return GlyphRun(
        keys="".join(keys),
        rtl=rtl,
        width=pen,
        kerns=tuple(kerns) if any(kerns) else None,
        rises=tuple(rises) if any(rises) else None,
        spaces=tuple(spaces),
    )


def _cluster_texts(font: ShapedFont, text: str, glyphs: list[tuple[int, int]]) -> list[str]:
    """Return, for each glyph, the characters it stands for (for the PDF's ToUnicode)."""
    starts = sorted({cluster for _, cluster in glyphs})
    ends = {s: e for s, e in zip(starts, [*starts[1:], len(text)], strict=True)}
    by_cluster: dict[int, list[int]] = {}
    for n, (_, cluster) in enumerate(glyphs):
        by_cluster.setdefault(cluster, []).append(n)
    out = [""] * len(glyphs)
    char_to_glyph = font.face.charToGlyph
    for cluster, members in by_cluster.items():
        chars = text[cluster : ends[cluster]]
        if len(members) == 1:
            out[members[0]] = chars
            continue
        left = list(chars)
        for n in members:  # a glyph that is some character's own glyph stands for it
            own = next((ch for ch in left if char_to_glyph.get(ord(ch)) == glyphs[n][0]), None)
            if own is not None:
                out[n] = own
                left.remove(own)
        rest = "".join(left)
        for n in members:
            if rest and not out[n]:
                out[n], rest = rest, ""
        if rest:
            out[members[0]] += rest
    return out


def _move_mark_texts(texts: list[str], infos: list[Any], positions: list[Any]) -> None:
    """Give the text of each raised or shifted mark to its base glyph.

    Text extractors group characters into lines by baseline, so a raised mark drawn as its own
    character breaks the line apart. The mark is drawn with no text of its own; its base
    carries both (a distinct glyph key, so the ToUnicode entry is exact).
    """
    base_of: dict[int, int] = {}
    for n, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        if pos.x_advance or not (pos.y_offset or pos.x_offset):
            base_of[info.cluster] = n
    if len(base_of) == len(texts):
        return
    bases = sorted(base_of)
    for n, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        if not pos.x_advance and (pos.y_offset or pos.x_offset) and texts[n]:
            below = [c for c in bases if c <= info.cluster]
            if below:
                base = base_of[below[-1]]
                texts[base] += texts[n]
            texts[n] = ""


def shape_line(font: ShapedFont, line: str) -> ShapedLine:
    """Shape one already-broken line: bidi runs in visual order, each shaped."""
    runs = tuple(shape_run(font, text, rtl) for text, rtl in visual_runs(line))
    return ShapedLine(line, runs, sum(r.width for r in runs))


def text_width(font: ShapedFont, text: str) -> float:
    """Return the shaped width of a word or short text (per em), cached."""
    return shape_run(font, text, has_rtl(text)).width
