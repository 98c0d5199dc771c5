"""How an area declares the columns of its sheet, and how sheet headings are compared."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Literal

from baladiya_desktop.core.dates import ParsedDate
from baladiya_desktop.core.money import to_decimal
from baladiya_desktop.core.text import search_key
from baladiya_desktop.exchange.cells import (
    CellValue,
    Parser,
    parse_boolean,
    parse_date_cell,
    parse_money,
    parse_national_number,
    parse_text,
)

__all__ = [
    "DATE_FORMAT",
    "MONEY_FORMAT",
    "TEXT_FORMAT",
    "Column",
    "boolean_column",
    "bounded",
    "date_column",
    "heading_key",
    "money_column",
    "national_number_column",
]

MONEY_FORMAT = "#,##0.000"
DATE_FORMAT = "dd/mm/yyyy"
TEXT_FORMAT = "@"

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def heading_key(text: str) -> str:
    """The key two headings are compared by: search key without punctuation or brackets.

    "الرقم الوطنى *", "رقم وطني:" and "الرقم الوطني (12 رقماً)" share one key, so a
    template's required mark, a colon, a unit in brackets or the article ال do not stop a
    match.
    """
    bare = _BRACKETED.sub(" ", text)
    key = search_key(bare if search_key(bare) else text)
    words = "".join(ch if ch.isalnum() else " " for ch in key).split()
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an area's sheet.

    ``parse`` turns a non-empty cell into the typed value (raising ValidationError); an empty
    cell is refused when ``required`` and is ``default`` otherwise. ``to_cell`` converts the
    stored value back for export (dirhams to a Decimal, say). ``fill_down`` repeats the value
    above into empty cells: a vertically merged cell (a department spanning its staff) reads
    as empty below its first row in read-only mode; ``"merged"`` does so only when the sheet
    merges this column down somewhere (else an empty cell stays empty). ``max_length``
    refuses a longer text value (the stored column's limit, see :func:`bounded`).
    """

    key: str
    title_ar: str
    title_en: str = ""
    parse: Parser[Any] = parse_text
    aliases: tuple[str, ...] = ()
    required: bool = False
    width: float = 16.0
    number_format: str | None = None
    to_cell: Callable[[Any], CellValue] | None = None
    note_ar: str = ""
    fill_down: bool | Literal["merged"] = False
    default: Any = None
    max_length: int | None = None

    def heading_keys(self) -> tuple[str, ...]:
        """Every heading key this column answers to, the Arabic title first."""
        names = (self.title_ar, self.title_en, *self.aliases)
        return tuple(dict.fromkeys(k for k in map(heading_key, names) if k))

    def export_value(self, value: Any) -> CellValue:
        """The value to write in a cell for the stored ``value``."""
        if value is None:
            return None
        if self.to_cell is not None:
            return self.to_cell(value)
        if isinstance(value, ParsedDate):
            return value.value
        return value  # type: ignore[no-any-return]  # the area's stored value is a cell value


def _money_cell(dirhams: Any) -> CellValue:
    return to_decimal(int(dirhams))


def _date_cell(value: Any) -> CellValue:
    if isinstance(value, ParsedDate):
        return value.value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise TypeError(f"not a date: {value!r}")


def _yes_no(value: Any) -> CellValue:
    return "نعم" if value else "لا"


def bounded(columns: Sequence[Column], limits: Mapping[str, int]) -> tuple[Column, ...]:
    """``columns`` with the maximum length of the text each one is stored in (column key →
    limit, e.g. ``core.limits.limits_of(Model)``), so a cell longer than its column refuses
    its row alone instead of failing the whole import at the database."""
    return tuple(
        replace(c, max_length=limits[c.key]) if c.key in limits else c for c in columns
    )


def money_column(key: str, title_ar: str, title_en: str = "", **options: Any) -> Column:
    """Dinar amounts: read as dirhams, written as a Decimal shown as 1,234.500."""
    defaults: dict[str, Any] = {"parse": parse_money, "number_format": MONEY_FORMAT}
    defaults |= {"to_cell": _money_cell, "width": 14.0}
    return Column(key, title_ar, title_en, **(defaults | options))


def date_column(key: str, title_ar: str, title_en: str = "", **options: Any) -> Column:
    """Dates: read as core.dates.ParsedDate (keeping ``ambiguous``), written as date cells."""
    defaults: dict[str, Any] = {"parse": parse_date_cell, "number_format": DATE_FORMAT}
    defaults |= {"to_cell": _date_cell, "width": 12.0}
    return Column(key, title_ar, title_en, **(defaults | options))


def national_number_column(
    key: str = "national_number",
    title_ar: str = "الرقم الوطني",
    title_en: str = "National number",
    **options: Any,
) -> Column:
    """National numbers: 12 digits, written as text so Excel never shows 1.19801E+11."""
    defaults: dict[str, Any] = {"parse": parse_national_number, "number_format": TEXT_FORMAT}
    defaults |= {"aliases": ("الرقم الوطني للموظف", "national no", "nid"), "width": 15.0}
    return Column(key, title_ar, title_en, **(defaults | options))


def boolean_column(key: str, title_ar: str, title_en: str = "", **options: Any) -> Column:
    """Yes/no: read from نعم/لا, yes/no, 1/0; written as نعم or لا."""
    defaults: dict[str, Any] = {"parse": parse_boolean, "to_cell": _yes_no, "width": 8.0}
    return Column(key, title_ar, title_en, **(defaults | options))


def expected_headings(columns: Sequence[Column], lang: str = "ar") -> str:
    """The columns' titles for a message, required ones first."""
    ordered = sorted(columns, key=lambda c: not c.required)
    titles = [c.title_ar if lang == "ar" or not c.title_en else c.title_en for c in ordered]
    return ("، " if lang == "ar" else ", ").join(titles)
