"""Reading an area's rows out of a messy workbook: the sheet, the header row, the data rows.

Read-only mode streams the file, so 50,000 rows never sit in memory. Its one cost: a merged
cell gives its value only at its top-left cell, the others read as empty. A merged title row
above the header is harmless (it matches no heading); a value merged down several data rows
needs ``Column.fill_down``; a heading merged across columns names only its first column.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.core.text import clean_text
from baladiya_desktop.exchange import limits
from baladiya_desktop.exchange.cells import CellValue
from baladiya_desktop.exchange.columns import Column, expected_headings, heading_key
from baladiya_desktop.exchange.report import RowError
from baladiya_desktop.exchange.sheet_rows import SheetRow, is_blank, is_total_row, sheet_rows
from baladiya_desktop.exchange.sheet_scan import SheetScan
from baladiya_desktop.exchange.workbook_file import OpenWorkbook

__all__ = ["HEADER_SCAN_ROWS", "SheetReader", "open_sheet"]

HEADER_SCAN_ROWS = 30
CHECK_EVERY = 500  # rows between progress reports and cancel checks


def _heading_text(value: CellValue) -> str:
    return "" if is_blank(value) else clean_text(str(value))


class SheetReader:
    """The chosen sheet of an open workbook, its header found; iterate :meth:`rows`.

    ``mapping`` is column key → 0-based sheet column; ``unmapped_headings`` the sheet's other
    headings, for a screen that lets the user map them (then open again with ``overrides``,
    sheet heading → column key, or None to ignore it). ``skipped`` and ``notes`` fill up while
    rows are read.
    """

    def __init__(
        self,
        path: Path,
        columns: Sequence[Column],
        *,
        sheet: str | None = None,
        overrides: Mapping[str, str | None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.columns = tuple(columns)
        self._index = self._heading_index(overrides or {})
        self._workbook = OpenWorkbook(self.path)
        try:
            self._select(sheet)
        except BaseException:
            self._workbook.close()
            raise
        self.skipped: list[RowError] = []
        self.notes: list[RowError] = []
        self.current_cells: tuple[CellValue, ...] = ()
        self._rows: Generator[SheetRow, None, None] | None = None

    def _heading_index(self, overrides: Mapping[str, str | None]) -> dict[str, str | None]:
        index: dict[str, str | None] = {}
        for column in self.columns:
            for key in column.heading_keys():
                index.setdefault(key, column.key)
        known = {c.key for c in self.columns}
        for heading, target in overrides.items():
            if target is not None and target not in known:
                raise ValueError(f"override {heading!r} names unknown column {target!r}")
            index[heading_key(heading)] = target
        return index

    def _match(self, cells: Sequence[CellValue]) -> tuple[dict[str, int], list[str]]:
        mapping: dict[str, int] = {}
        unmapped: list[str] = []
        for position, value in enumerate(cells):
            text = _heading_text(value)
            if not text:
                continue
            # A heading may be two lines, Arabic over English: either line names the column.
            lines = str(value).splitlines()
            keys = [heading_key(text), *map(heading_key, lines if len(lines) > 1 else ())]
            found = [k for k in keys if k in self._index]
            target = self._index[found[0]] if found else None
            if target is not None and target not in mapping:
                mapping[target] = position
            elif not found:
                unmapped.append(text)
        return mapping, unmapped

    def _try_sheet(self, ws: Any) -> bool:
        # The first rows only, scanned within the limits before openpyxl parses them.
        top = self._workbook.scan(ws, stop_after=HEADER_SCAN_ROWS)
        scanned = list(sheet_rows(ws, top, self.path.name, last=HEADER_SCAN_ROWS))
        # The row naming the most columns wins; the earliest on a tie (a title row above).
        best: tuple[int, dict[str, int], list[str], Sequence[CellValue]] | None = None
        for number, cells in scanned:
            mapping, unmapped = self._match(cells)
            enough = len(mapping) >= min(2, len(self.columns))
            if enough and (best is None or len(mapping) > len(best[1])):
                best = (number, mapping, unmapped, cells)
        if best is None:
            self._scanned_empty = not any(any(not is_blank(v) for v in c) for _, c in scanned)
            return False
        self.header_row, self.mapping, self.unmapped_headings, header = best
        self.headings = tuple(_heading_text(v) for v in header)
        self.sheet_name: str = ws.title
        # The whole sheet now: its limits, where its values end, formulas without results.
        self._ws = ws
        self._scan: SheetScan = self._workbook.scan(ws, watch=frozenset(self.mapping.values()))
        self.expected_rows: int = max(0, self._scan.last_row - self.header_row)
        return True

    def _select(self, sheet: str | None) -> None:
        sheets = self._workbook.worksheets
        if sheet is not None:
            named = [ws for ws in sheets if ws.title == sheet] or [
                ws for ws in sheets if heading_key(ws.title) == heading_key(sheet)
            ]
            if not named:
                titles = "، ".join(ws.title for ws in sheets)
                raise UserError(
                    f"لا توجد ورقة باسم «{sheet}» في الملف. الأوراق الموجودة: {titles}.",
                    f"There is no sheet named '{sheet}' in the file. The sheets are: "
                    f"{', '.join(ws.title for ws in sheets)}.",
                )
            candidates = named[:1]
        else:  # visible sheets first: a hidden one is usually a lookup list
            candidates = sorted(sheets, key=lambda ws: ws.sheet_state != "visible")
        self._scanned_empty = True
        all_empty = True
        for ws in candidates:
            if self._try_sheet(ws):
                return
            all_empty = all_empty and self._scanned_empty
        where_ar = f"الورقة «{sheet}»" if sheet is not None else "أي ورقة من الملف"
        where_en = f"sheet '{sheet}'" if sheet is not None else "any sheet of the file"
        if all_empty:
            raise UserError(
                f"لا توجد بيانات في {where_ar}: {'هي فارغة' if sheet else 'الأوراق فارغة'}. "
                "تأكد أنك اخترت الملف الصحيح.",
                f"There is no data in {where_en}. Check that you chose the right file.",
            )
        raise UserError(
            f"لم نجد صف العناوين في {where_ar}. يجب أن يكون في أحد الصفوف الـ{HEADER_SCAN_ROWS} "
            f"الأولى صف فيه عناوين الأعمدة، مثل: {expected_headings(self.columns)}.",
            f"No header row found in {where_en}. One of the first {HEADER_SCAN_ROWS} rows must "
            f"hold the column headings, such as: {expected_headings(self.columns, 'en')}.",
        )

    @property
    def missing_columns(self) -> list[Column]:
        """Required columns the header does not have."""
        return [c for c in self.columns if c.required and c.key not in self.mapping]

    def require_columns(self) -> None:
        """Raise UserError naming the required columns the sheet lacks."""
        missing = self.missing_columns
        if missing:
            names_ar = "، ".join(f"«{c.title_ar}»" for c in missing)
            names_en = ", ".join(f"'{c.title_en or c.title_ar}'" for c in missing)
            raise UserError(
                f"الورقة «{self.sheet_name}» ينقصها عمود مطلوب: {names_ar}. أضف العمود بهذا "
                f"العنوان في صف العناوين (الصف {self.header_row}) ثم أعد المحاولة.",
                f"Sheet '{self.sheet_name}' lacks the required column {names_en}. Add it to "
                f"the header row (row {self.header_row}) and try again.",
            )

    def rows(
        self,
        *,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
    ) -> Iterator[tuple[int, dict[str, CellValue]]]:
        """Yield ``(excel_row_number, raw values by column key)`` for each data row.

        Blank rows are passed over; totals rows and rows with nothing in the mapped columns
        go to ``skipped``; a formula without a saved value reads as empty with a note.
        ``current_cells`` holds the whole sheet row just yielded.
        """
        self.require_columns()
        columns = [(c.key, self.mapping[c.key], c) for c in self.columns if c.key in self.mapping]
        merged = self._scan.merged_down
        fill_down = {
            key
            for key, position, c in columns
            if c.fill_down is True or (c.fill_down == "merged" and position in merged)
        }
        above: dict[str, CellValue] = {}
        formulas = self._scan.formulas
        label = "قراءة الصفوف"
        expected = self.expected_rows
        count = 0
        self._rows = sheet_rows(self._ws, self._scan, self.path.name, first=self.header_row + 1)
        for count, (number, cells) in enumerate(self._rows, start=1):
            if count % CHECK_EVERY == 0:
                progress(count, max(expected, count), label)
                if cancel is not None:
                    cancel.check()
            if all(is_blank(v) for v in cells):
                continue
            if is_total_row(cells):
                self._skip(number, "صف مجموع، وليس بيانات.", "a totals row, not data.")
                continue
            values: dict[str, CellValue] = {}
            width = len(cells)
            unsaved = formulas.get(number, ())
            for key, position, column in columns:
                value = cells[position] if position < width else None
                if isinstance(value, str) and not value.strip():
                    value = None
                elif value is None and position in unsaved:
                    self._note_formula(number, column)
                values[key] = value
            if all(v is None for v in values.values()):
                self._skip(number, "لا بيانات في الأعمدة المستوردة.", "no data in the columns.")
                continue
            for key in fill_down:
                if values[key] is None:
                    values[key] = above.get(key)
                else:
                    above[key] = values[key]
            self.current_cells = cells
            yield number, values
        self._note_unread()
        progress(count, count, label)

    def _note_unread(self) -> None:
        """Say so when reading stopped before the sheet's end."""
        scan, last = self._scan, self._scan.last_row
        if scan.dropped_from is not None:
            self.notes.append(
                RowError(
                    scan.dropped_from,
                    None,
                    f"لم تُقرأ الصفوف من الصف {scan.dropped_from}: قبلها أكثر من "
                    f"{limits.MAX_BLANK_RUN:,} صف فارغ بعد الصف {last}. احذف الصفوف الفارغة ثم "
                    "أعد الاستيراد.",
                    f"Rows from row {scan.dropped_from} on were not read: more than "
                    f"{limits.MAX_BLANK_RUN:,} empty rows come before them, after row {last}. "
                    "Delete the empty rows and import again.",
                )
            )

    def _skip(self, row: int, why_ar: str, why_en: str) -> None:
        self.skipped.append(RowError(row, None, f"تُرك الصف: {why_ar}", f"Row skipped: {why_en}"))

    def _note_formula(self, row: int, column: Column) -> None:
        self.notes.append(
            RowError(
                row,
                column.key,
                f"العمود «{column.title_ar}» فيه معادلة لم تُحسب نتيجتها، فعُدّت الخانة فارغة. "
                "افتح الملف في Excel واحفظه ليحسب المعادلات.",
                f"Column '{column.title_en or column.title_ar}' holds a formula with no saved "
                "result; the cell was read as empty. Open and save the file in Excel.",
            )
        )

    def close(self) -> None:
        if self._rows is not None:
            self._rows.close()
        self._workbook.close()

    def __enter__(self) -> SheetReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_sheet(
    path: Path | str,
    columns: Sequence[Column],
    *,
    sheet: str | None = None,
    overrides: Mapping[str, str | None] | None = None,
) -> SheetReader:
    """Open ``path``, choose the sheet (by name, or the first with a recognisable header),
    find its header row; raise UserError with a clear message when any of that fails."""
    return SheetReader(Path(path), columns, sheet=sheet, overrides=overrides)
