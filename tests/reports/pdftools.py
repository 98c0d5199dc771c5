"""Helpers for the printed-form tests: text and images from rendered PDFs (poppler).

Text comes from poppler's pdftotext, or from pypdf (a test dependency) where poppler is not
installed, so no text check is ever skipped. Page images still need poppler's pdftoppm.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def need_poppler() -> None:
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftotext, pdftoppm) not installed")


def pdf_text(
    path: Path, *, first: int | None = None, last: int | None = None, layout: bool = False
) -> str:
    """Return the text pdftotext extracts, bidi control marks removed.

    ``layout`` keeps the physical layout: one table row per line, rows in page order.
    """
    if shutil.which("pdftotext") is None:
        return _pypdf_text(path, first=first, last=last, layout=layout)
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else [])]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(path), "-"], check=True, capture_output=True).stdout
    return out.decode("utf-8").translate(_BIDI_CONTROLS)


def _pypdf_text(path: Path, *, first: int | None, last: int | None, layout: bool) -> str:
    """The same text from pypdf, pages 1-based and inclusive, each ended by a form feed.

    The forms draw each line's bidi runs in visual order, left to right; pypdf hands them over
    in that order, so a right-to-left piece is read back by reversing its runs, as pdftotext
    does. Pieces come one per line in the order they were drawn (a table cell's lines stay
    together); with ``layout``, each line of the page is one line of text.
    """
    reader = PdfReader(path)
    text = []
    for page in reader.pages[(first or 1) - 1 : last or len(reader.pages)]:
        pieces = _pieces(page)
        if layout:
            rows: dict[float, list[tuple[float, str]]] = {}
            for y, x, runs in pieces:
                rows.setdefault(y, []).append((x, _read(runs)))
            lines = [" ".join(t for _x, t in sorted(rows[y], reverse=_right_to_left(
                "".join(t for _x, t in rows[y])))) for y in sorted(rows, reverse=True)]  # fmt: skip
        else:
            lines = [_read(runs) for _y, _x, runs in pieces]
        text += [line.replace("\n", " ") + "\n" for line in lines]
        text.append("\f")
    return "".join(text).translate(_BIDI_CONTROLS)


def _pieces(page: PageObject) -> list[tuple[float, float, list[str]]]:
    """The page's text as drawn: where each piece starts, and its runs left to right."""
    pieces: list[tuple[float, float, list[str]]] = []

    def visit(run: str, cm: list[float], tm: list[float], *_font: object) -> None:
        if not run:
            return
        y, x = round(tm[5] * cm[3] + cm[5], 1), round(tm[4] * cm[0] + cm[4], 1)
        if pieces and pieces[-1][:2] == (y, x):  # the next run of the same piece
            pieces[-1][2].append(run)
        else:
            pieces.append((y, x, [run]))

    page.extract_text(visitor_text=visit)
    return pieces


def _read(runs: list[str]) -> str:
    line = "".join(reversed(runs)) if _right_to_left("".join(runs)) else "".join(runs)
    return re.sub(" {2,}", " ", line)  # a run's own space and the one between runs


def _right_to_left(line: str) -> bool:
    arabic = sum(1 for c in line if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff")
    latin = sum(1 for c in line if c.isascii() and c.isalpha())
    return arabic > latin


def pdf_lines(path: Path, *, first: int | None = None, last: int | None = None) -> list[str]:
    """Return the non-empty extracted lines, white space collapsed."""
    text = pdf_text(path, first=first, last=last)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def render_page(path: Path, page: int, tmp: Path, dpi: int = 150) -> Path:
    """Render one page to PNG and return the image path."""
    need_poppler()
    prefix = tmp / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(prefix),
        ],
        check=True,
    )
    return prefix.with_suffix(".png")


def squash(text: str) -> str:
    """Drop white space: poppler moves spaces around numbers inside right-to-left lines."""
    return "".join(text.split())


def has_text(haystack: str, needle: str) -> bool:
    """Return whether ``needle`` is in ``haystack``, white space ignored."""
    return squash(needle) in squash(haystack)
