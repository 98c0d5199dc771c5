"""Streaming the rows of a read-only worksheet, marking formulas that have no cached value.

openpyxl's read-only ``iter_rows(values_only=True)`` gives None both for an empty cell and
for a formula Excel never calculated (a file written by a program, not saved by Excel), so
the clerk would not learn why a value is missing. We drive openpyxl's own sheet parser
and mark such cells with :data:`NO_CACHED_VALUE`. Rows missing from the file (blank) are not
yielded at all, and each row carries its Excel row number.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from decimal import Decimal
from typing import Any, Final

from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from baladiya_desktop.exchange.cells import CellValue
from baladiya_desktop.exchange.columns import heading_key

__all__ = ["NO_CACHED_VALUE", "SheetRow", "is_blank", "is_total_row", "sheet_rows"]


class NoCachedValue:
    """A formula cell whose result was never saved: it reads as empty, with a note."""

    _instance: NoCachedValue | None = None

    def __new__(cls) -> NoCachedValue:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NO_CACHED_VALUE"


NO_CACHED_VALUE: Final = NoCachedValue()
SheetCell = CellValue | NoCachedValue
SheetRow = tuple[int, list[SheetCell]]


class _MarkingParser(WorkSheetParser):  # type: ignore[misc]  # openpyxl is untyped
    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if cell["value"] is None and element.find(FORMULA_TAG) is not None:
            cell["value"] = NO_CACHED_VALUE
        return cell


def sheet_rows(ws: Any) -> Generator[SheetRow, None, None]:
    """Yield ``(excel_row_number, cells)`` for each row the sheet stores, in order.

    ``cells[i]`` is column i+1; rows have different lengths (trailing empties are cut).
    Falls back to ``iter_rows`` (no formula marks) if openpyxl's internals ever change.
    """
    try:
        source = ws._get_source()
        book = ws.parent
        parser = _MarkingParser(
            source,
            ws._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
    except AttributeError:  # pragma: no cover - only on an openpyxl we were not tested with
        yield from _public_rows(ws)
        return
    with source:
        for number, parsed in parser.parse():
            if not parsed:
                continue
            cells: list[SheetCell] = [None] * parsed[-1]["column"]
            for cell in parsed:
                cells[cell["column"] - 1] = cell["value"]
            yield number, cells


def _public_rows(ws: Any) -> Generator[SheetRow, None, None]:  # pragma: no cover - see sheet_rows
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if any(v is not None for v in values):
            yield number, list(values)


def is_blank(value: SheetCell) -> bool:
    """Empty, spaces only, or a formula without a value."""
    if value is None or value is NO_CACHED_VALUE:
        return True
    return isinstance(value, str) and not value.strip()


# Cheap test first: most rows' first text cell is a name that mentions none of these.
_TOTAL_HINT = re.compile(r"مجموع|جمال|total", re.IGNORECASE)
_TOTAL_WORDS = frozenset({"المجموع", "مجموع", "الاجمالي", "اجمالي", "total", "subtotal"})
_TOTAL_PHRASES = ("grand total", "sub total")
_NUMBER_TEXT = re.compile(r"[-+]?[\d٠-٩۰-۹][\d٠-٩۰-۹.,٫٬ ]*")


def _is_total_label(text: str) -> bool:
    if not _TOTAL_HINT.search(text):
        return False
    key = heading_key(text)
    return key.split(" ", 1)[0] in _TOTAL_WORDS or key.startswith(_TOTAL_PHRASES)


def _is_number(value: SheetCell) -> bool:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()) is not None


def is_total_row(cells: list[SheetCell]) -> bool:
    """A totals row: one of its first three filled cells says المجموع / الإجمالي / total and
    the rest of the row is mostly numbers (a name like «الجمالي» is not a total word)."""
    filled = [v for v in cells if not is_blank(v)]
    for position, value in enumerate(filled[:3]):
        if isinstance(value, str) and _is_total_label(value):
            others = filled[:position] + filled[position + 1 :]
            numbers = sum(1 for v in others if _is_number(v))
            return numbers >= len(others) - numbers
    return False
