"""Right-to-left tables: platypus ``Table`` with columns reversed and wrapping Arabic cells.

platypus does not mirror tables, so the first logical column (the right-most on paper) is
the last column of the platypus table. Cells are :class:`ArabicParagraph` in the sans face;
numbers are shown left to right with thousands separators; the header row repeats on every
page; an optional totals row closes the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.styles import CELL, CELL_HEADER, ParaStyle
from baladiya_desktop.reports.textdraw import Align

__all__ = ["EMPTY_TABLE_TEXT", "TableLook", "format_cell", "proportional_widths", "rtl_table"]

Cell = str | int | float | Decimal | None
EMPTY_TABLE_TEXT = "لا توجد بيانات"
_GRID = colors.HexColor("#7f7f7f")
_HEADER_FILL = colors.HexColor("#d9e1ea")
_TOTALS_FILL = colors.HexColor("#eeeeee")
_ZEBRA_FILL = colors.HexColor("#f6f8fa")


@dataclass(frozen=True, slots=True)
class TableLook:
    """Colours and lines of a table."""

    grid: colors.Color = _GRID
    grid_width: float = 0.5
    header_fill: colors.Color = _HEADER_FILL
    totals_fill: colors.Color = _TOTALS_FILL
    zebra_fill: colors.Color | None = _ZEBRA_FILL
    padding: float = 3.0


def format_cell(value: Cell) -> str:
    """Return the text of a cell: numbers with thousands separators, ``None`` as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "نعم" if value else "لا"
    if isinstance(value, int | Decimal | float):
        return f"{value:,}"
    return str(value)


def proportional_widths(weights: Sequence[float], total: float) -> list[float]:
    """Return column widths in points proportional to ``weights``, summing to ``total``."""
    whole = float(sum(weights)) or 1.0
    return [total * w / whole for w in weights]


def rtl_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    totals: Sequence[Cell] | None = None,
    align: Sequence[Align] | None = None,
    cell_style: ParaStyle = CELL,
    header_style: ParaStyle = CELL_HEADER,
    look: TableLook | None = None,
    zebra: bool = True,
    empty_text: str = EMPTY_TABLE_TEXT,
) -> Table:
    """Return a platypus table whose first column is on the right.

    ``header``, every row, ``totals`` and ``col_widths`` (points) are in logical order, right
    to left. ``align`` gives each column's alignment; by default numbers are centred and text
    is right-aligned. A table with no rows shows ``empty_text`` across all columns.
    """
    look = look or TableLook()
    ncols = len(header)
    if len(col_widths) != ncols:
        raise ValueError(f"{ncols} columns but {len(col_widths)} widths")
    bold = cell_style.bold()
    styles_by_col = _column_styles(rows, ncols, align, cell_style)
    data: list[list[Any]] = [[ArabicParagraph(h, header_style) for h in reversed(header)]]
    for row in rows:
        if len(row) != ncols:
            raise ValueError(f"a row has {len(row)} cells, the header {ncols}")
        data.append(
            [
                ArabicParagraph(
                    format_cell(v), styles_by_col[c][isinstance(v, int | float | Decimal)]
                )
                for c, v in _reversed(row, ncols)
            ]
        )
    empty = not rows
    if empty:
        data.append(
            [ArabicParagraph(empty_text, cell_style.with_(align="center"))] + [""] * (ncols - 1)
        )
    if totals is not None:
        cells = list(totals) + [None] * (ncols - len(totals))
        data.append(
            [
                ArabicParagraph(format_cell(v), _total_style(bold, v, styles_by_col[c]))
                for c, v in _reversed(cells, ncols)
            ]
        )
    table = Table(data, colWidths=list(reversed(col_widths)), repeatRows=1)
    table.setStyle(_table_style(look, len(data), ncols, zebra, empty, totals is not None))
    return table


def _reversed(row: Sequence[Cell], ncols: int) -> list[tuple[int, Cell]]:
    return [(c, row[c]) for c in range(ncols - 1, -1, -1)]


def _column_styles(
    rows: Sequence[Sequence[Cell]], ncols: int, align: Sequence[Align] | None, base: ParaStyle
) -> list[tuple[ParaStyle, ParaStyle]]:
    """For each column: (style of a text cell, style of a number cell)."""
    text_style = base.with_(align="right")
    number_style = base.with_(align="center")
    if align is None:
        return [(text_style, number_style)] * ncols
    if len(align) != ncols:
        raise ValueError(f"{ncols} columns but {len(align)} alignments")
    return [(base.with_(align=a), base.with_(align=a)) for a in align]


def _total_style(bold: ParaStyle, value: Cell, styles: tuple[ParaStyle, ParaStyle]) -> ParaStyle:
    chosen = styles[isinstance(value, int | float | Decimal)]
    return bold.with_(align=chosen.align)


def _table_style(
    look: TableLook, nrows: int, ncols: int, zebra: bool, empty: bool, has_totals: bool
) -> TableStyle:
    pad = look.padding
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), look.grid_width, look.grid),
        ("BOX", (0, 0), (-1, -1), look.grid_width * 2, look.grid),
        ("BACKGROUND", (0, 0), (-1, 0), look.header_fill),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad / 2),
    ]
    last_body = nrows - 2 if has_totals else nrows - 1
    if zebra and look.zebra_fill is not None and last_body >= 1 and not empty:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, last_body), [None, look.zebra_fill]))
    if empty:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    if has_totals:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), look.totals_fill))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), look.grid_width * 2, look.grid))
    return TableStyle(commands)
