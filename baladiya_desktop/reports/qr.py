"""QR codes drawn as vector squares (segno encodes; the caller gives the payload)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import segno
from reportlab.platypus.flowables import Flowable

__all__ = ["QRFlowable", "draw_qr", "qr_modules"]

_QUIET = 2  # modules of white margin drawn around the code (readers want some)


@lru_cache(maxsize=64)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Return the dark/light modules of the QR code for ``payload`` (rows, top first)."""
    if not payload:
        raise ValueError("a QR code needs a non-empty payload")
    code = segno.make(payload, error="m", micro=False)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix)


def draw_qr(canv: Any, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``payload`` as a ``size`` square with its lower-left at (x, y).

    The square includes a white quiet zone of two modules on each side.
    """
    rows = qr_modules(payload)
    count = len(rows) + 2 * _QUIET
    cell = size / count
    canv.saveState()
    canv.setFillColorRGB(1, 1, 1)
    canv.rect(x, y, size, size, stroke=0, fill=1)
    canv.setFillColorRGB(0, 0, 0)
    path = canv.beginPath()
    for r, row in enumerate(rows):
        top = y + size - (r + _QUIET) * cell
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # a hair of overlap so that no white seam shows between modules
                path.rect(
                    x + (start + _QUIET) * cell, top - cell - 0.01, (c - start) * cell, cell + 0.02
                )
            else:
                c += 1
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


class QRFlowable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A QR code as a flowable ``size`` points square, placed at the left of the frame."""

    def __init__(self, payload: str, size: float = 72.0) -> None:
        super().__init__()
        qr_modules(payload)  # fail early on a payload that cannot be encoded
        self.payload = payload
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.size)
