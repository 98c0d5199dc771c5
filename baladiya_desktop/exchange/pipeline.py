"""The two phases of an import: read and check every row, then hand the good ones to the area.

Phase 1 (:func:`parse_sheet`) needs no database: it parses each row with the column specs,
builds the area's typed record, runs the cross-row checks and collects every refusal. Phase 2
(:func:`apply_rows`) calls the area's service once per record inside the area's own
transaction and keeps the counts; it raises :class:`ImportAborted` when the transaction
must be rolled back (a dry run, or an all-or-nothing import that met a bad row).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from baladiya_desktop.core.dates import ParsedDate
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.exchange.columns import Column
from baladiya_desktop.exchange.reader import CHECK_EVERY, SheetReader, open_sheet
from baladiya_desktop.exchange.report import ImportResult, RowError, SourceInfo

__all__ = [
    "ImportAborted",
    "ImportPolicy",
    "ParsedRow",
    "ParsedSheet",
    "RowOutcome",
    "apply_rows",
    "parse_sheet",
    "read_sheet",
    "unique_by",
]

R = TypeVar("R")
RowValues = dict[str, Any]
CrossCheck = Callable[[Sequence["ParsedRow[R]"]], Iterable[RowError]]


class ImportPolicy(enum.Enum):
    ALL_OR_NOTHING = "all_or_nothing"  # one bad row refuses the whole file
    GOOD_ROWS = "good_rows"  # import the good rows, report the others


class RowOutcome(enum.Enum):
    """What the area's service did with one record."""

    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class ParsedRow(Generic[R]):
    row: int  # the Excel row number, for messages
    record: R


@dataclass(slots=True)
class ParsedSheet(Generic[R]):
    """Phase 1's outcome: the good records and a result holding the refusals so far."""

    rows: list[ParsedRow[R]]
    result: ImportResult = field(default_factory=ImportResult)

    @property
    def ok(self) -> bool:
        return not self.result.rejected


class ImportAborted(Exception):
    """Raised inside the area's transaction so it rolls back; ``result`` says what happened."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.summary("en"))
        self.result = result


def _empty_required(row: int, column: Column) -> RowError:
    return RowError(
        row,
        column.key,
        f"العمود «{column.title_ar}» فارغ، وهو مطلوب. اكتب قيمته.",
        f"Column '{column.title_en or column.title_ar}' is empty but required. Fill it in.",
    )


def _cell_error(row: int, column: Column, error: ValidationError) -> RowError:
    return RowError(
        row,
        column.key,
        f"العمود «{column.title_ar}»: {error.message_ar}",
        f"Column '{column.title_en or column.title_ar}': {error.message_en}",
    )


def _too_long(row: int, column: Column, length: int) -> RowError:
    limit = column.max_length
    return RowError(
        row,
        column.key,
        f"العمود «{column.title_ar}» أطول من {limit} حرف ({length}). اختصره.",
        f"Column '{column.title_en or column.title_ar}' is longer than {limit} characters "
        f"({length}). Shorten it.",
    )


def parse_sheet(
    reader: SheetReader,
    build: Callable[[RowValues], R],
    *,
    checks: Sequence[CrossCheck[R]] = (),
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> ParsedSheet[R]:
    """Parse every data row of ``reader`` with its columns, then ``build`` the area's record.

    ``build`` gets the parsed values by column key (defaults for empty optional cells) and may
    raise ValidationError for rules across fields; its ``field``, when a column key, names
    the column. ``checks`` then look at all good records (see :func:`unique_by`).
    """
    result = ImportResult(
        source=SourceInfo(reader.path, reader.sheet_name, reader.header_row, reader.headings)
    )
    by_key = {c.key: c for c in reader.columns}
    plan = [(c.key, c.parse, c) for c in reader.columns if c.key in reader.mapping]
    absent = {c.key: c.default for c in reader.columns if c.key not in reader.mapping}
    parsed: list[ParsedRow[R]] = []
    for row, raw in reader.rows(progress=progress, cancel=cancel):
        values: RowValues = dict(absent)
        errors: list[RowError] = []
        for key, parse, column in plan:
            cell = raw[key]
            if cell is None:
                if column.required:
                    errors.append(_empty_required(row, column))
                values[key] = column.default
                continue
            try:
                value = parse(cell)
            except ValidationError as error:
                errors.append(_cell_error(row, column, error))
                continue
            if value.__class__ is str and column.max_length is not None and \
                    len(value) > column.max_length:
                errors.append(_too_long(row, column, len(value)))
                continue
            if value.__class__ is ParsedDate and value.ambiguous:
                result.notes.append(
                    RowError(
                        row,
                        key,
                        f"العمود «{column.title_ar}»: {value.note}",
                        f"Column '{column.title_en}': the date needs review.",
                    )
                )
            values[key] = value
        if not errors:
            try:
                parsed.append(ParsedRow(row, build(values)))
            except ValidationError as error:
                column_key = error.field if error.field in by_key else None
                errors.append(RowError.from_error(row, error, column_key))
        result.rejected.extend(errors)
    for skipped in reader.skipped:
        result.skip(skipped)
    result.notes.extend(reader.notes)
    return ParsedSheet(_run_checks(parsed, checks, result), result)


def _run_checks(
    parsed: list[ParsedRow[R]], checks: Sequence[CrossCheck[R]], result: ImportResult
) -> list[ParsedRow[R]]:
    bad: set[int] = set()
    for check in checks:
        for error in check(parsed):
            result.reject(error)
            bad.add(error.row)
    return [p for p in parsed if p.row not in bad] if bad else parsed


def unique_by(
    key: Callable[[R], Hashable | None],
    what_ar: str,
    what_en: str,
    *,
    column: str | None = None,
) -> CrossCheck[R]:
    """A check refusing every row whose ``key`` (e.g. the national number) occurs twice or
    more in the file; each refusal names all the rows. A None key is not compared."""

    def check(rows: Sequence[ParsedRow[R]]) -> Iterable[RowError]:
        seen: dict[Hashable, list[int]] = {}
        for parsed in rows:
            value = key(parsed.record)
            if value is not None:
                seen.setdefault(value, []).append(parsed.row)
        for value, numbers in seen.items():
            if len(numbers) < 2:
                continue
            listed = "، ".join(map(str, numbers))
            for number in numbers:
                yield RowError(
                    number,
                    column,
                    f"{what_ar} «{value}» مكرر في الملف، في الصفوف {listed}. احذف المكرر أو "
                    "صحّحه ثم أعد الاستيراد.",
                    f"The {what_en} '{value}' appears more than once in the file, in rows "
                    f"{', '.join(map(str, numbers))}. Remove or correct the duplicate.",
                )

    return check


def apply_rows(
    parsed: ParsedSheet[R],
    apply_one: Callable[[R], RowOutcome],
    *,
    policy: ImportPolicy = ImportPolicy.GOOD_ROWS,
    dry_run: bool = False,
    row_scope: Callable[[], AbstractContextManager[Any]] | None = None,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Phase 2: call ``apply_one`` (the area's service) for each good record and count.

    Call it inside the area's transaction and catch :class:`ImportAborted` outside it: it is
    raised to roll back a dry run (with the counts the import would have had) and an
    all-or-nothing import that has any refused row (with zero counts). A ValidationError or
    NotFound from ``apply_one`` refuses that row; with GOOD_ROWS pass ``row_scope`` (e.g. the
    session's ``begin_nested``) so a refused row's partial writes are undone.
    """
    result = parsed.result
    result.dry_run = dry_run
    all_or_nothing = policy is ImportPolicy.ALL_OR_NOTHING
    if all_or_nothing and result.rejected:
        raise ImportAborted(result)
    scope = row_scope or nullcontext
    total = len(parsed.rows)
    counters = {
        RowOutcome.IMPORTED: "imported",
        RowOutcome.UPDATED: "updated",
        RowOutcome.UNCHANGED: "unchanged",
    }
    for done, item in enumerate(parsed.rows, start=1):
        if done % CHECK_EVERY == 0:
            progress(done, total, "حفظ الصفوف")
            if cancel is not None:
                cancel.check()
        try:
            with scope():
                outcome = apply_one(item.record)
        except (ValidationError, NotFound) as error:
            result.reject(RowError.from_error(item.row, error))
            if all_or_nothing:
                _zero(result)
                raise ImportAborted(result) from error
            continue
        if outcome is RowOutcome.SKIPPED:
            result.skip(RowError(item.row, None, "تُرك الصف.", "Row skipped."))
        else:
            name = counters[outcome]
            setattr(result, name, getattr(result, name) + 1)
    progress(total, total, "حفظ الصفوف")
    if dry_run:
        raise ImportAborted(result)
    return result


def _zero(result: ImportResult) -> None:
    result.imported = result.updated = result.unchanged = 0


def read_sheet(
    path: Path | str,
    columns: Sequence[Column],
    build: Callable[[RowValues], R],
    *,
    sheet: str | None = None,
    overrides: Mapping[str, str | None] | None = None,
    checks: Sequence[CrossCheck[R]] = (),
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> ParsedSheet[R]:
    """Phase 1 in one call: open the file, find sheet and header, parse and check all rows."""
    with open_sheet(path, columns, sheet=sheet, overrides=overrides) as reader:
        return parse_sheet(reader, build, checks=checks, progress=progress, cancel=cancel)
