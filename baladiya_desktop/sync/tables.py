"""Every table whose records travel, and their rows as JSON and back."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
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


def _datetime(value: Any) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _converter(column: Column[Any]) -> Converter:
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: uuid.UUID(str(v))
    if isinstance(kind, UTCDateTime):
        return _datetime
    if isinstance(kind, Date):
        return lambda v: dt.date.fromisoformat(str(v))
    if isinstance(kind, Boolean):
        def boolean(v: Any) -> bool:
            if not isinstance(v, bool):
                raise ValueError("not a boolean")
            return v
        return boolean
    if isinstance(kind, Integer | BigInteger):
        def integer(v: Any) -> int:
            if isinstance(v, bool) or not isinstance(v, int):
                raise ValueError("not an integer")
            return v
        return integer
    if isinstance(kind, LargeBinary):
        return lambda v: bytes.fromhex(str(v))

    def text(v: Any) -> str:
        if not isinstance(v, str):
            raise ValueError("not text")
        return v
    return text


class RowCodec:
    """Turns a travelling row's JSON back into column values, strictly."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = {c.name: (c, _converter(c)) for c in table.columns}

    def values(self, data: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, (column, convert) in self.columns.items():
            raw = data.get(name)
            if raw is None:
                if not column.nullable and column.default is None:
                    raise ValueError(f"{name} is missing")
                default = getattr(column.default, "arg", None)
                out[name] = None if callable(default) else default
                continue
            try:
                out[name] = convert(raw)
            except (ValueError, TypeError) as exc:
                raise ValueError(f"{name}: {exc}") from None
        return out
