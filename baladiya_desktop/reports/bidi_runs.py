"""Bidi for one already-broken line: its directional runs in visual (left-to-right) order.

Lines are broken in logical order first (``linebreak``); only then is each line reordered, so a
wrapped paragraph keeps its line order. The levels come from python-bidi's pure-Python
algorithm (the Rust ``get_display`` gives only a string, and does not mirror brackets);
mirroring itself is done by HarfBuzz when it shapes a right-to-left run.

The paragraph direction is right to left when the text has any right-to-left letter, else
left to right (a cell holding only digits or a Latin word reads left to right).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bidi import algorithm as _uba
from bidi.mirror import MIRRORED

__all__ = ["has_rtl", "visual_runs", "visual_text"]

_RTL_LETTER = re.compile(
    "[\u0590-\u05ff\u0608\u060b\u060d\u061b-\u064a\u066d-\u066f"
    "\u0671-\u06d5\u06e5\u06e6\u06ee\u06ef\u06fa-\u08ff"
    "\ufb1d-\ufdff\ufe70-\ufefe]"
)
# Anything that is neither an Arabic letter or mark, nor white space, nor ASCII punctuation
# may change the order (digits, Latin, Arabic-Indic digits, explicit marks): run the algorithm.
_NEEDS_ALGORITHM = re.compile(
    "[^\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\ufb50-\ufdff\ufe70-\ufefe\\s!-/:-@\\[-`{-~«»…–—]"
)

Run = tuple[str, bool]
"""A run's logical text and whether it runs right to left."""


def has_rtl(text: str) -> bool:
    """Return whether ``text`` holds a right-to-left letter (Arabic, Hebrew...)."""
    return _RTL_LETTER.search(text) is not None


@lru_cache(maxsize=20_000)
def visual_runs(line: str) -> tuple[Run, ...]:
    """Return the runs of one line in visual order, each in logical order with its direction."""
    if not line:
        return ()
    if not has_rtl(line):
        return ((line, False),)
    if _NEEDS_ALGORITHM.search(line) is None:
        return ((line, True),)
    levels = _levels(line)
    runs: list[tuple[int, int, int]] = []  # start, end, level
    start = 0
    for i in range(1, len(line) + 1):
        if i == len(line) or levels[i] != levels[start]:
            runs.append((start, i, levels[start]))
            start = i
    _reorder(runs)
    return tuple((line[s:e], lvl % 2 == 1) for s, e, lvl in runs)


def _levels(line: str) -> list[int]:
    storage = _uba.get_empty_storage()
    storage["base_level"] = 1
    storage["base_dir"] = "R"
    _uba.get_embedding_levels(line, storage)
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    chars = storage["chars"]
    levels = [int(ch["level"]) for ch in chars]
    # L1: trailing white space takes the paragraph level.
    for i in range(len(chars) - 1, -1, -1):
        if chars[i]["orig"] not in ("WS", "BN", "S", "B"):
            break
        levels[i] = 1
    return levels


def _reorder(runs: list[tuple[int, int, int]]) -> None:
    """Rule L2 on whole runs: reverse every sequence at or above each level, highest first."""
    if not runs:
        return
    highest = max(r[2] for r in runs)
    lowest_odd = min((r[2] for r in runs if r[2] % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(runs):
            if runs[i][2] >= level:
                j = i
                while j < len(runs) and runs[j][2] >= level:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1


def visual_text(line: str) -> str:
    """Return ``line`` as its characters appear left to right, brackets mirrored (for checks)."""
    parts = []
    for text, rtl in visual_runs(line):
        if rtl:
            parts.append("".join(MIRRORED.get(ch, ch) for ch in reversed(text)))
        else:
            parts.append(text)
    return "".join(parts)
