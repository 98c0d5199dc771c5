"""Page sizes and a canvas that knows the page count ("صفحة x من y") before it saves."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfgen.canvas import Canvas

__all__ = ["PAGE_SIZES", "CountingCanvas", "PageSizeName", "page_size"]

PageSizeName = Literal["A4", "A4-landscape", "A3", "A3-landscape"]
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": A4,
    "A4-landscape": landscape(A4),
    "A3": A3,
    "A3-landscape": landscape(A3),
}

PagePainter = Callable[[Any, int, int], None]
"""Draws what needs the page count: ``(canvas, page_number, page_count)``."""


def page_size(name: str) -> tuple[float, float]:
    """Return the (width, height) in points of a page size name."""
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise ValueError(f"unknown page size {name!r}; use one of {sorted(PAGE_SIZES)}") from None


class CountingCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Hold every page until :meth:`save`, then let ``painter`` draw page x of y on each.

    ``drawn_lines``, when a list, receives the visual text of every line drawn (for tests).
    """

    def __init__(
        self,
        *args: Any,
        painter: PagePainter | None = None,
        drawn_lines: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._painter = painter
        self.drawn_lines = drawn_lines
        self.page_count = 0

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        held = self._held_pages
        total = len(held)
        for number, state in enumerate(held, start=1):
            self.__dict__.update(state)
            if self._painter is not None:
                self._painter(self, number, total)
            super().showPage()
        self._held_pages = []
        self.page_count = total
        super().save()
