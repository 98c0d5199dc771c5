"""Streaming the rows of a read-only worksheet through openpyxl's public interface.

Before any row is parsed, :meth:`OpenWorkbook.scan` walks the sheet's XML within the limits
and says where its values end; the rows are then read with ``iter_rows(values_only=True)``
up to that row and no further, so trailing empty rows (styled, or a hostile file's millions)
are never parsed, and the part after the rows (merges, validations) is not built as a tree.
A failure inside the file while rows are read is the damaged-file error, not a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence
from decimal import Decimal
from typing import Any

from baladiya_desktop.exchange.cells import CellValue
from baladiya_desktop.exchange.columns import heading_key
from baladiya_desktop.exchange.limits import damaged
from baladiya_desktop.exchange.sheet_scan import SheetScan, zip_errors

__all__ = ["SheetRow", "is_blank", "is_total_row", "sheet_rows"]

SheetRow = tuple[int, tuple[CellValue, ...]]
# What openpyxl raises on a part the scan let through (a shared string index out of range,
# "abc" in a number cell, a bad date), besides the zip's and the XML's own errors.
_READ_ERRORS: tuple[type[Exception], ...] = (TypeError, IndexError, *zip_errors)


def sheet_rows(
    ws: Any, scan: SheetScan, file_name: str, *, first: int = 1, last: int | None = None
) -> Generator[SheetRow, None, None]:
    """Yield ``(excel_row_number, cells)`` for rows ``first`` to ``last`` (at most the
    scan's last row with a value); ``cells[i]`` is column i+1, as wide as the sheet's data.
    Rows the sheet does not store come as empty cells."""
    stop = scan.last_row if last is None else min(last, scan.last_row)
    if stop < first:
        return
    source = ws.iter_rows(
        min_row=first, max_row=stop, max_col=max(1, scan.width), values_only=True
    )
    number = first - 1
    try:
        while number < stop:  # then stop asking: openpyxl would parse on to the part's end
            try:
                cells = next(source)
            except StopIteration:
                return
            except _READ_ERRORS:
                raise damaged(file_name) from None
            number += 1
            yield number, cells
    finally:
        source.close()


def is_blank(value: CellValue) -> bool:
    """Empty or spaces only (a formula without a saved value reads as empty)."""
    if value is None:
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


def _is_number(value: CellValue) -> bool:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()) is not None


def is_total_row(cells: Sequence[CellValue]) -> bool:
    """A totals row: one of its first three filled cells says المجموع / الإجمالي / total and
    the rest of the row is mostly numbers (a name like «الجمالي» is not a total word)."""
    filled = [v for v in cells if not is_blank(v)]
    for position, value in enumerate(filled[:3]):
        if isinstance(value, str) and _is_total_label(value):
            others = [*filled[:position], *filled[position + 1 :]]
            numbers = sum(1 for v in others if _is_number(v))
            return numbers >= len(others) - numbers
    return False
