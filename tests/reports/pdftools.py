"""Helpers for the printed-form tests: text and images from rendered PDFs (poppler)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

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
    need_poppler()
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else [])]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(path), "-"], check=True, capture_output=True).stdout
    return out.decode("utf-8").translate(_BIDI_CONTROLS)


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
