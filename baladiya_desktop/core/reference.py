"""Code lists shipped as CSV (qualification levels, employment types, statuses, …).

Each list is rows of code, Arabic and English names, a rank and extra columns kept as JSON.
The ministry may replace a list through a reference bundle; nothing in the logic hard-codes
the entries, only the columns it reads.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from baladiya_desktop.core.base import Base
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.resources import reference_file
from baladiya_desktop.core.text import search_key

BASE_COLUMNS = ("code", "name_ar", "name_en", "rank")


class ReferenceItem(Base):
    __tablename__ = "reference_item"

    list_name: Mapped[str] = mapped_column(String(48), primary_key=True)
    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    rank: Mapped[int] = mapped_column(Integer, default=0)
    extra: Mapped[str] = mapped_column(Text, default="{}")


@dataclass(frozen=True)
class RefItem:
    code: str
    name_ar: str
    name_en: str
    rank: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def shipped_list(csv_name: str) -> list[RefItem]:
    with reference_file(csv_name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        RefItem(
            row["code"], row["name_ar"], row.get("name_en", ""),
            int(row.get("rank") or index),
            {k: v for k, v in row.items() if k not in BASE_COLUMNS},
        )
        for index, row in enumerate(rows)
    ]


def seed_list(session: Session, list_name: str, csv_name: str) -> None:
    known = set(session.scalars(
        select(ReferenceItem.code).where(ReferenceItem.list_name == list_name)))
    for item in shipped_list(csv_name):
        if item.code not in known:
            session.add(ReferenceItem(
                list_name=list_name, code=item.code, name_ar=item.name_ar,
                name_en=item.name_en, rank=item.rank,
                extra=json.dumps(item.extra, ensure_ascii=False),
            ))


def load_list(session: Session, list_name: str) -> list[RefItem]:
    rows = session.scalars(
        select(ReferenceItem).where(ReferenceItem.list_name == list_name)
        .order_by(ReferenceItem.rank, ReferenceItem.code)
    )
    return [RefItem(r.code, r.name_ar, r.name_en, r.rank, json.loads(r.extra)) for r in rows]


def resolve(items: list[RefItem], value: str, *, field: str, what_ar: str) -> str:
    """The code of ``value`` given as a code or as its Arabic or English name (any spelling)."""
    wanted = value.strip()
    key = search_key(wanted)
    for item in items:
        if wanted == item.code or key in (search_key(item.name_ar), search_key(item.name_en)):
            return item.code
    names = "، ".join(i.name_ar for i in items)
    raise ValidationError(
        f"{what_ar} «{value}» غير معروف. القيم المقبولة: {names}.",
        f"Unknown {field} '{value}'. Accepted: {', '.join(i.code for i in items)}.",
        field=field,
    )
