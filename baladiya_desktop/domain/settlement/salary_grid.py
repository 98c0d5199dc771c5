"""A salary table typed as a grid (rows grades 1–15, columns increments 0..N, amounts in LYD),
read from the cells of a worksheet. The caller opens the workbook (exchange, or a test's
list of tuples); this only reads values, so it knows no file format."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import UserError, ValidationError
from baladiya_desktop.core.money import parse_lyd

_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Grid:
    max_increments: int
    amounts: dict[tuple[int, int], int]  # (grade, increment) -> dirhams


def _whole(value: object) -> int | None:
    """A grade or increment number: 7, "7", "٧", "الدرجة 7", "علاوة 3"; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        found = _NUMBER.findall(normalize_digits(value))
        return int(found[0]) if len(found) == 1 else None
    return None


def _header(row: Sequence[object]) -> list[int] | None:
    """Increments 0, 1, …, N in the cells after the first; None if the row is not that."""
    cells = list(row[1:])
    while cells and cells[-1] in (None, ""):
        cells.pop()
    numbers = [_whole(c) for c in cells]
    if len(numbers) < 1 or numbers != list(range(len(numbers))):
        return None
    return [n for n in numbers if n is not None]


def read_grid(rows: Iterable[Sequence[object]]) -> Grid:
    """The amounts of a grid; empty cells are left out (``save_salary_table`` names them)."""
    increments: list[int] | None = None
    amounts: dict[tuple[int, int], int] = {}
    for number, row in enumerate(rows, start=1):
        if not row or all(c in (None, "") for c in row):
            continue
        if increments is None:
            increments = _header(row)
            continue  # title rows above the header are skipped
        grade = _whole(row[0])
        if grade is None or not 1 <= grade <= 15:
            raise ValidationError(
                f"السطر {number}: العمود الأول يجب أن يكون رقم الدرجة من 1 إلى 15.",
                f"Row {number}: the first column must be the grade, 1 to 15.",
                field="amounts",
            )
        if any(g == grade for g, _ in amounts):
            raise ValidationError(
                f"السطر {number}: الدرجة {grade} مكررة.",
                f"Row {number}: grade {grade} appears twice.",
                field="amounts",
            )
        for increment, cell in zip(increments, row[1:], strict=False):
            if cell in (None, ""):
                continue
            try:
                amounts[(grade, increment)] = parse_lyd(cell)  # type: ignore[arg-type]
            except ValidationError as exc:
                raise ValidationError(
                    f"السطر {number}، العلاوة {increment}: {exc.message_ar}",
                    f"Row {number}, increment {increment}: {exc.message_en}",
                    field="amounts",
                ) from None
    if increments is None:
        raise UserError(
            "لم يُعثر على سطر العناوين: الصف الأول للجدول يبدأ بخانة «الدرجة» ثم أرقام العلاوات "
            "0، 1، 2 … والأعمدة التالية لكل درجة من 1 إلى 15.",
            "No header row: the grid's first row is 'grade' then increments 0, 1, 2 …, and one "
            "row per grade 1 to 15 below it.",
        )
    return Grid(max(increments), amounts)
