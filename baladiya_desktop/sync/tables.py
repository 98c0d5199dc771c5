"""Every table whose records travel, and their rows as JSON and back."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Integer,
    LargeBinary,
    Table,
    Uuid,
)

from baladiya_desktop.core.base import Base, Travelling, UTCDateTime
from baladiya_desktop.core.limits import DEFAULT_TEXT_MAX, max_length, text_fault
from baladiya_desktop.domain import schema

Converter = Callable[[Any], Any]


def travelling_tables() -> dict[str, Table]:
    """Table name → table, for every mapped class that travels."""
    assert schema.AREA_MODELS  # all areas mapped
    found: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Travelling):
            table = mapper.local_table
            assert isinstance(table, Table)
            found[table.name] = table
    return found


# What each column type can hold, the same on SQLite and PostgreSQL (int4, int8, the years
# a person's dates and the app's stamps can have).
INT_RANGE = (-(2**31 - 1), 2**31 - 1)
BIGINT_RANGE = (-(2**63 - 1), 2**63 - 1)
YEARS = (1900, 2200)


def _in_years(value: dt.date) -> None:
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ValueError(f"year {value.year} is outside {YEARS[0]}–{YEARS[1]}")


def _datetime(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise ValueError("not an ISO 8601 time")
    parsed = dt.datetime.fromisoformat(value)
    _in_years(parsed)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise ValueError("not an ISO 8601 date")
    parsed = dt.date.fromisoformat(value)
    _in_years(parsed)
    return parsed


def _uuid(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise ValueError("not a uuid")
    parsed = uuid.UUID(value)
    if str(parsed) != value:  # braces, urn:, capitals, no hyphens: not as the app writes it
        raise ValueError("not a canonical uuid")
    return parsed


def _int_range(column: Column[Any]) -> tuple[int, int]:
    return BIGINT_RANGE if isinstance(column.type, BigInteger) else INT_RANGE


def _converter(column: Column[Any]) -> Converter:
    kind = column.type
    if isinstance(kind, Uuid):
        return _uuid
    if isinstance(kind, UTCDateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Boolean):
        def boolean(v: Any) -> bool:
            if not isinstance(v, bool):
                raise ValueError("not a boolean")
            return v
        return boolean
    if isinstance(kind, Integer | BigInteger):
        low, high = _int_range(column)

        def integer(v: Any) -> int:
            if isinstance(v, bool) or not isinstance(v, int):
                raise ValueError("not an integer")
            if not low <= v <= high:
                raise ValueError(f"outside the column's range {low}..{high}")
            return v
        return integer
    if isinstance(kind, LargeBinary):
        return lambda v: bytes.fromhex(str(v))
    limit = max_length(column) or DEFAULT_TEXT_MAX

    def text(v: Any) -> str:
        if not isinstance(v, str):
            raise ValueError("not text")
        fault = text_fault(v, limit)
        if fault is not None:
            raise ValueError(fault)
        return v
    return text


def _kind(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer | BigInteger):
        return "int"
    if isinstance(kind, Uuid | UTCDateTime | Date | LargeBinary):
        return "other"
    return "text"


_PLAIN: dict[str, type] = {"text": str, "int": int, "bool": bool}


def _fits(column: Column[Any]) -> Callable[[list[Any]], bool]:
    """For the fast path: whether a whole column of plain values (no None) can be stored,
    tested in a few passes in C; a False sends the column to the row-by-row search."""
    kind = _kind(column)
    if kind == "int":
        low, high = _int_range(column)
        return lambda values: not values or (low <= min(values) and max(values) <= high)
    if kind == "text":
        limit = max_length(column) or DEFAULT_TEXT_MAX

        def texts(values: list[Any]) -> bool:
            if not values:
                return True
            joined = "".join(values)
            return (max(map(len, values)) <= limit and "\x00" not in joined
                    and (joined.isascii() or text_fault(joined, len(joined)) is None))
        return texts
    return lambda values: True


class RowCodec:
    """Turns a travelling row's JSON back into column values, strictly."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = {c.name: (c, _converter(c)) for c in table.columns}
        self._specs = []
        for column in table.columns:
            default = getattr(column.default, "arg", None)
            self._specs.append((column.name, column, _converter(column), _PLAIN.get(_kind(column)),
                                column.nullable or (column.default is not None
                                                    and not callable(default)),
                                None if callable(default) else default, _fits(column)))

    def _one(self, column: Column[Any], convert: Converter, raw: Any) -> Any:
        if raw is None:
            default = getattr(column.default, "arg", None)
            # A made-up default (a new id) is no value for a record that travels.
            if not column.nullable and (column.default is None or callable(default)):
                raise ValueError(f"{column.name} is missing")
            return default
        try:
            return convert(raw)
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{column.name}: {exc}") from None

    def values(self, data: dict[str, Any]) -> dict[str, Any]:
        return {name: self._one(column, convert, data.get(name))
                for name, column, convert, *_rest in self._specs}

    def values_many(self, rows: list[dict[str, Any]]
                    ) -> tuple[list[dict[str, Any]], dict[int, str]]:
        """Every row's values, column by column (the fast way for thousands of rows), and the
        reason each bad row is refused, by its index."""
        names: list[str] = []
        columns: list[list[Any]] = []
        bad: dict[int, str] = {}
        for name, column, convert, plain, none_ok, none_value, fits in self._specs:
            try:
                raw = list(map(itemgetter(name), rows))
            except KeyError:
                raw = [row.get(name) for row in rows]
            try:
                if not none_ok and None in raw:
                    raise ValueError(name)
                types = set(map(type, raw))
                if plain is None:
                    converted = [none_value if v is None else convert(v) for v in raw]
                elif types <= {plain}:
                    if not fits(raw):
                        raise ValueError(name)
                    converted = raw  # already the right type and in bounds: nothing to convert
                elif types <= {plain, type(None)}:
                    if not fits([v for v in raw if v is not None]):
                        raise ValueError(name)
                    converted = [none_value if v is None else v for v in raw]
                else:
                    raise ValueError(name)
            except (ValueError, TypeError):  # find which rows, and why
                converted = []
                for index, value in enumerate(raw):
                    try:
                        converted.append(self._one(column, convert, value))
                    except ValueError as exc:
                        bad.setdefault(index, str(exc))
                        converted.append(None)
            names.append(name)
            columns.append(converted)
        good = [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]
        return good, bad
