"""Cell parsers: turn what a spreadsheet cell holds into a typed value, or refuse it in Arabic.

A parser receives a non-empty cell value (the engine handles empty cells before calling it)
and either returns the typed value or raises :class:`ValidationError` with a message that
says what to write instead. Parsers never see the column name: the pipeline adds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TypeAlias, TypeVar

from baladiya_desktop.core.dates import ParsedDate, format_date, parse_date
from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.money import parse_lyd
from baladiya_desktop.core.national_number import validate_national_number
from baladiya_desktop.core.text import clean_text, search_key

__all__ = [
    "CellValue",
    "Parser",
    "digits_in",
    "enum_parser",
    "int_between",
    "limited_text",
    "parse_boolean",
    "parse_date_cell",
    "parse_integer",
    "parse_money",
    "parse_national_number",
    "parse_optional_text",
    "parse_positive_int",
    "parse_text",
]

# What openpyxl hands back for a cell (read-only, data_only).
CellValue: TypeAlias = (
    str | int | float | Decimal | bool | datetime | date | time | timedelta | None
)
T = TypeVar("T")
Parser: TypeAlias = Callable[[CellValue], T]

_WHOLE = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?")
_NUMBER_RUN = re.compile(r"\d+(?:[.,]\d+)*")
_ONLY_ZEROS = re.compile(r"\.0+")
# Excel serials from 1927 to 2200: smaller numbers are more likely a bare year or a typo.
_MIN_SERIAL, _MAX_SERIAL = 10_000, 109_574
_EXCEL_EPOCH = datetime(1899, 12, 30)


def _refuse(ar: str, en: str) -> ValidationError:
    return ValidationError(ar, en)


def _shown(value: CellValue) -> str:
    return clean_text(str(value))


def digits_in(text: str) -> str | None:
    """Return the one whole number written in ``text``, in Western digits, or None.

    Accepts "8", "٨", "۸", "8.0", "1,200", "-3" and a number with words around it such as
    "الدرجة 8" or "8 سنوات"; refuses words alone, fractions and two numbers ("8/9").
    """
    normal = normalize_digits(text).strip()
    if whole := _WHOLE.fullmatch(normal):
        return f"{whole[1]}{whole[2].replace(',', '')}"
    runs: list[str] = _NUMBER_RUN.findall(normal)
    if len(runs) != 1:
        return None
    run = runs[0]
    head, _, tail = run.partition(".")
    if "," in run or (tail and not _ONLY_ZEROS.fullmatch("." + tail)):
        return None
    return head


def parse_text(value: CellValue) -> str:
    """Trimmed text with invisible marks removed; numbers and dates become their text."""
    if isinstance(value, str):
        text = clean_text(value)
    elif isinstance(value, bool):
        text = "نعم" if value else "لا"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, datetime | date):
        text = format_date(value if isinstance(value, date) else value.date())
    else:
        text = clean_text(str(value))
    if not text:
        raise _refuse("الخانة فارغة. اكتب قيمة.", "The cell is empty. Enter a value.")
    return text


def parse_optional_text(value: CellValue) -> str | None:
    """Like :func:`parse_text`, but blank text is None instead of an error."""
    if value is None or (isinstance(value, str) and not clean_text(value)):
        return None
    return parse_text(value)


def limited_text(max_length: int) -> Parser[str]:
    """A text parser that refuses more than ``max_length`` characters (a database limit)."""

    def parse(value: CellValue) -> str:
        text = parse_text(value)
        if len(text) > max_length:
            raise _refuse(
                f"النص أطول من المسموح ({len(text)} حرفاً، والحد {max_length}). اختصره.",
                f"The text is too long ({len(text)} characters, at most {max_length}). Shorten it.",
            )
        return text

    return parse


def parse_integer(value: CellValue) -> int:
    """A whole number from a number cell or text such as "٨", "8.0" or "الدرجة 8"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    if isinstance(value, str) and (digits := digits_in(value)) is not None:
        return int(digits)
    raise _refuse(
        f"«{_shown(value)}» ليس عدداً صحيحاً. اكتب العدد بالأرقام، مثل 8.",
        f"'{_shown(value)}' is not a whole number. Write it in figures, like 8.",
    )


def parse_positive_int(value: CellValue) -> int:
    """A whole number of at least 1."""
    number = parse_integer(value)
    if number < 1:
        raise _refuse(
            f"العدد {number} غير مقبول هنا: يجب أن يكون 1 أو أكثر.",
            f"The number {number} is not accepted here: it must be 1 or more.",
        )
    return number


def int_between(low: int, high: int) -> Parser[int]:
    """A whole number from ``low`` to ``high``, e.g. a grade from 1 to 15."""

    def parse(value: CellValue) -> int:
        number = parse_integer(value)
        if not low <= number <= high:
            raise _refuse(
                f"العدد {number} خارج المدى المقبول: من {low} إلى {high}.",
                f"The number {number} is out of range: it must be from {low} to {high}.",
            )
        return number

    return parse


def parse_money(value: CellValue) -> int:
    """A non-negative dinar amount, returned in dirhams (see core.money.parse_lyd)."""
    if isinstance(value, str | int | float | Decimal):
        return parse_lyd(value)
    raise _refuse(
        f"«{_shown(value)}» ليس مبلغاً. اكتب المبلغ بالأرقام، مثل 1,234.500.",
        f"'{_shown(value)}' is not an amount. Write it in figures, like 1,234.500.",
    )


def parse_date_cell(value: CellValue) -> ParsedDate:
    """A date from a date cell, text (core.dates.parse_date) or a bare Excel serial number.

    The result keeps ``ambiguous`` and ``note``: the pipeline turns an ambiguous date into a
    note on its row, and the area decides whether to accept it. A serial number in a cell
    without a date format is read but flagged, since it may be something else.
    """
    if isinstance(value, datetime | date | str):
        return parse_date(value)
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and _MIN_SERIAL <= value <= _MAX_SERIAL
    ):
        day = (_EXCEL_EPOCH + timedelta(days=int(value))).date()
        return ParsedDate(
            parse_date(day).value,
            True,
            f"الخانة رقم ({value:g}) وليست تاريخاً، فقُرئت تاريخاً {format_date(day)}. "
            "يحتاج التاريخ إلى مراجعة.",
        )
    raise _refuse(
        f"«{_shown(value)}» ليس تاريخاً. اكتب التاريخ بالشكل يوم/شهر/سنة، مثل 15/09/2010.",
        f"'{_shown(value)}' is not a date. Write it as day/month/year, like 15/09/2010.",
    )


def parse_national_number(value: CellValue) -> str:
    """The 12 digits of a national number, shape checked (core.national_number)."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return validate_national_number(value).value
    raise _refuse(
        f"«{_shown(value)}» ليس رقماً وطنياً. اكتب الرقم الوطني المكون من 12 رقماً.",
        f"'{_shown(value)}' is not a national number. Enter the 12-digit number.",
    )


def enum_parser(labels: Mapping[T, Sequence[str]]) -> Parser[T]:
    """A parser choosing one of ``labels``' keys by any of its labels (Arabic, English, codes).

    Labels compare by search key, so spelling of hamza, ta marbuta and case do not matter.
    The first label of each choice is the one shown in messages.
    """
    index: dict[str, T] = {}
    for choice, names in labels.items():
        for name in names:
            key = search_key(name)
            if index.setdefault(key, choice) != choice:
                raise ValueError(f"label {name!r} names two choices")
    shown = "، ".join(names[0] for names in labels.values() if names)

    def parse(value: CellValue) -> T:
        text = parse_text(value)
        found = index.get(search_key(text))
        if found is None:
            raise _refuse(
                f"«{text}» ليست من القيم المقبولة. اختر واحدة من: {shown}.",
                f"'{text}' is not one of the accepted values: {shown}.",
            )
        return found

    return parse


_TRUE = frozenset(map(search_key, ("نعم", "yes", "y", "true", "1", "صح", "✓", "ايوه")))
_FALSE = frozenset(map(search_key, ("لا", "no", "n", "false", "0", "خطأ", "✗")))


def parse_boolean(value: CellValue) -> bool:
    """نعم/لا, yes/no, true/false, 1/0 and Excel's TRUE/FALSE."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    key = search_key(str(value)) if isinstance(value, str) else ""
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise _refuse(
        f"«{_shown(value)}» ليست نعم أو لا. اكتب نعم أو لا.",
        f"'{_shown(value)}' is not yes or no. Write yes or no.",
    )
