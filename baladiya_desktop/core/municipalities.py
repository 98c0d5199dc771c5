"""The municipalities list: shipped as CSV, kept in the database, replaceable by the ministry."""

from __future__ import annotations

import csv
from dataclasses import dataclass

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from baladiya_desktop.core.base import Base
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.resources import reference_file
from baladiya_desktop.core.text import search_key


class Municipality(Base):
    __tablename__ = "municipality"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(16), default="")
    district: Mapped[str] = mapped_column(String(8), default="")
    ministry_code: Mapped[str] = mapped_column(String(32), default="")


class MunicipalityAlias(Base):
    __tablename__ = "municipality_alias"

    alias: Mapped[str] = mapped_column(String(120), primary_key=True)
    code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)


@dataclass(frozen=True)
class MunicipalityRef:
    code: str
    name_ar: str
    name_en: str
    region: str = ""
    district: str = ""
    ministry_code: str = ""


def shipped_municipalities() -> list[MunicipalityRef]:
    with reference_file("municipalities.csv").open(encoding="utf-8", newline="") as handle:
        return [
            MunicipalityRef(
                row["code"], row["name_ar"], row["name_en"], row.get("region") or "",
                row.get("district") or "", row.get("ministry_code") or "",
            )
            for row in csv.DictReader(handle)
        ]


def shipped_aliases() -> list[tuple[str, str]]:
    with reference_file("municipality_aliases.csv").open(encoding="utf-8", newline="") as handle:
        return [(row["code"], row["alias"]) for row in csv.DictReader(handle)]


def find_shipped(code_or_name: str) -> MunicipalityRef:
    """A municipality by code, Arabic or English name, or a known spelling variant."""
    items = shipped_municipalities()
    wanted = code_or_name.strip()
    key = search_key(wanted)
    for item in items:
        names = (search_key(item.name_ar), search_key(item.name_en))
        if wanted.upper() == item.code or key in names:
            return item
    for code, alias in shipped_aliases():
        if search_key(alias) == key:
            return next(i for i in items if i.code == code)
    raise ValidationError(
        f"البلدية «{code_or_name}» ليست في القائمة. اعرض القائمة بالأمر: baladiya municipalities",
        f"Municipality '{code_or_name}' is not in the list. See: baladiya municipalities",
        field="municipality",
    )


def seed_municipalities(session: Session) -> None:
    """Load the shipped list into a new database."""
    existing = set(session.scalars(select(Municipality.code)))
    for item in shipped_municipalities():
        if item.code not in existing:
            session.add(
                Municipality(
                    code=item.code, name_ar=item.name_ar, name_en=item.name_en,
                    region=item.region, district=item.district, ministry_code=item.ministry_code,
                )
            )
    session.flush()
    known = set(session.scalars(select(MunicipalityAlias.alias)))
    for code, alias in shipped_aliases():
        if alias not in known:
            session.add(MunicipalityAlias(alias=alias, code=code))
            known.add(alias)


def municipality_name(session: Session, code: str | None) -> str:
    if code is None:
        return ""
    row = session.get(Municipality, code)
    return row.name_ar if row is not None else code
