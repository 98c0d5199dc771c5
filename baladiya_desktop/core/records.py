"""Records as plain JSON-safe dicts: the audit log's before/after and the sync payload."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import DeclarativeBase

JsonDict = dict[str, Any]


def to_json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str | float):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json_value(v) for k, v in value.items()}
    return str(value)


def excluded_columns(obj: object) -> frozenset[str]:
    """Columns never written to the audit log or a bundle (secrets such as password hashes)."""
    return frozenset(getattr(type(obj), "__audit_exclude__", ()))


def record_to_dict(obj: DeclarativeBase) -> JsonDict:
    """Every column of ``obj`` by column key, JSON-safe, secrets left out."""
    skip = excluded_columns(obj)
    mapper = inspect(type(obj))
    return {
        attr.key: to_json_value(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in skip
    }


def committed_dict(obj: DeclarativeBase) -> JsonDict:
    """The record as it was when loaded, before this transaction's unflushed changes."""
    skip = excluded_columns(obj)
    state = inspect(obj)
    values: JsonDict = {}
    for attr in state.mapper.column_attrs:
        if attr.key in skip:
            continue
        history = state.attrs[attr.key].history
        if history.deleted:
            values[attr.key] = to_json_value(history.deleted[0])
        elif history.unchanged:
            values[attr.key] = to_json_value(history.unchanged[0])
        else:
            values[attr.key] = to_json_value(getattr(obj, attr.key))
    return values
