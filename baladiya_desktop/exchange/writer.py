"""Writing an area's rows to a right-to-left workbook that opens cleanly in Excel.

Write-only mode streams rows to disk, so a 50,000-row export stays small in memory. Every
text cell is written as text (never a formula), and text that Excel or a later CSV round trip
could take for a formula (starting with = + - @ tab CR LF) also gets Excel's quote prefix,
the apostrophe-equivalent: Excel shows the literal text and keeps it text when edited.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.exchange.cells import CellValue
from baladiya_desktop.exchange.columns import DATE_FORMAT, Column

__all__ = ["FORMULA_TRIGGERS", "write_template", "write_workbook"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
CHECK_EVERY = 1000

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_HEADER_BORDER = Border(bottom=Side(style="thin"))
_TITLE_FONT = Font(bold=True, size=13)


def _text_cell(ws: Any, text: str) -> Any:
    """What to append for ``text`` so Excel shows it literally and never evaluates it."""
    if ILLEGAL_CHARACTERS_RE.search(text):  # control characters Excel cannot store
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if text.startswith(FORMULA_TRIGGERS):
        return _forced_text(ws, text, True)
    return text  # openpyxl writes any other str as a string cell


def _forced_text(ws: Any, text: str, quote: bool) -> Any:
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # openpyxl made "=..." a formula; a string cell is never evaluated
    if quote:
        cell.quotePrefix = True
    return cell


def _value_cell(ws: Any, value: CellValue, number_format: str | None) -> Any:
    if isinstance(value, str):
        return _text_cell(ws, value)
    if number_format is None and isinstance(value, date | datetime):
        number_format = DATE_FORMAT  # a bare date would show as a serial number
    if number_format is None or value is None:
        return value
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def _styled(ws: Any, value: str, font: Font, header: bool = False) -> Any:
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = _forced_text(ws, value, value.startswith(FORMULA_TRIGGERS))
    cell.font = font
    if header:
        cell.fill, cell.alignment, cell.border = _HEADER_FILL, _HEADER_ALIGN, _HEADER_BORDER
    return cell


def _new_sheet(
    book: Any, title: str, columns: Sequence[Column], title_lines: Sequence[str]
) -> tuple[Any, int]:
    """An RTL sheet with widths, title lines and the header row; returns it and the header row."""
    ws = book.create_sheet(title[:31])
    ws.sheet_view.rightToLeft = True
    for position, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(position)].width = column.width
    header_row = len(title_lines) + 1
    ws.freeze_panes = f"A{header_row + 1}"
    for line in title_lines:
        ws.append([_styled(ws, line, _TITLE_FONT)])
    ws.append([_styled(ws, c.title_ar, _HEADER_FONT, header=True) for c in columns])
    return ws, header_row


def _save(book: Any, path: Path) -> None:
    """Save beside the target and rename: a power cut never leaves half a file in its place."""
    partial = path.with_name(path.name + ".partial")
    try:
        book.save(partial)
        with partial.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_workbook(
    path: Path | str,
    columns: Sequence[Column],
    rows: Iterable[Mapping[str, Any]],
    *,
    sheet_title: str = "البيانات",
    title_lines: Sequence[str] = (),
    total: int = 0,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write ``rows`` (stored values by column key) under a header; return the rows written.

    ``title_lines`` go above the header (municipality, export date). The sheet is RTL, the
    header bold, shaded, frozen and filtered; money and dates get their number formats via
    ``Column.number_format`` and ``Column.to_cell``.
    """
    path = Path(path)
    book = Workbook(write_only=True)
    ws, header_row = _new_sheet(book, sheet_title, columns, title_lines)
    plan = [(c.key, c, c.number_format) for c in columns]
    written = 0
    for written, row in enumerate(rows, start=1):  # ``written`` ends as the count
        ws.append([_value_cell(ws, c.export_value(row.get(k)), fmt) for k, c, fmt in plan])
        if written % CHECK_EVERY == 0:
            progress(written, total, "كتابة الصفوف")
            if cancel is not None:
                cancel.check()
    last = get_column_letter(max(1, len(columns)))
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row + written}"
    _save(book, path)
    progress(written, total or written, "كتابة الصفوف")
    return written


def write_template(
    path: Path | str,
    columns: Sequence[Column],
    *,
    sheet_title: str = "البيانات",
    title_lines: Sequence[str] = (),
) -> None:
    """An empty workbook with the header row, and a second sheet explaining each column."""
    path = Path(path)
    book = Workbook(write_only=True)
    ws, header_row = _new_sheet(book, sheet_title, columns, title_lines)
    notes = book.create_sheet("شرح الأعمدة")
    notes.sheet_view.rightToLeft = True
    for letter, width in zip("ABCD", (24, 10, 60, 24), strict=True):
        notes.column_dimensions[letter].width = width
    heads = ("العمود", "مطلوب", "الشرح", "العنوان بالإنجليزية")
    notes.append([_styled(notes, h, _HEADER_FONT, header=True) for h in heads])
    for column in columns:
        explain = column.note_ar or "—"
        if column.aliases:
            explain += "\nيُقبل أيضاً بالعنوان: " + "، ".join(column.aliases)
        cells = (column.title_ar, "نعم" if column.required else "لا", explain, column.title_en)
        notes.append([_value_cell(notes, text, None) for text in cells])
    first_line = "اكتب البيانات تحت صف العناوين في الورقة الأولى، صفاً لكل سجل."
    notes.append([])
    notes.append([_value_cell(notes, first_line, None)])
    last = get_column_letter(max(1, len(columns)))
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row}"
    _save(book, path)
