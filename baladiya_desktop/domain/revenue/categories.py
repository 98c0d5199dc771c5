"""The category tree: the ministry's categories and a municipality's own sub-items."""

from __future__ import annotations

import csv
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.reference import seed_list
from baladiya_desktop.core.resources import reference_file
from baladiya_desktop.core.text import clean_text, search_key
from baladiya_desktop.domain.revenue.models import LocalCategory, RevenueCategory

METHODS = "payment_method"


@dataclass(frozen=True)
class Category:
    code: str
    parent: str
    name_ar: str
    name_en: str
    local: bool = False


def seed(session: Session) -> None:
    known = set(session.scalars(select(RevenueCategory.code)))
    with reference_file("revenue_categories.csv").open(encoding="utf-8", newline="") as handle:
        for rank, row in enumerate(csv.DictReader(handle)):
            if row["code"] not in known:
                session.add(
                    RevenueCategory(
                        code=row["code"],
                        parent=row["parent"],
                        name_ar=row["name_ar"],
                        name_en=row["name_en"],
                        rank=rank,
                    )
                )
    seed_list(session, METHODS, "payment_methods.csv")


def load(session: Session, municipality: str | None = None) -> list[Category]:
    found = [
        Category(c.code, c.parent, c.name_ar, c.name_en)
        for c in session.scalars(select(RevenueCategory).order_by(RevenueCategory.rank))
    ]
    local = select(LocalCategory).where(LocalCategory.deleted.is_(False))
    if municipality:
        local = local.where(LocalCategory.municipality_code == municipality)
    found += [
        Category(c.code, c.parent, c.name_ar, c.name_en, True)
        for c in session.scalars(local.order_by(LocalCategory.code))
    ]
    return found


def categories(ctx: AppContext) -> list[Category]:
    with ctx.session() as session:
        return load(session, ctx.station.municipality_code)


class CategoryIndex:
    """Resolves a category given by code or by its Arabic name (any spelling)."""

    def __init__(self, items: list[Category]) -> None:
        self.by_code = {c.code.casefold(): c for c in items}
        self.by_name = {search_key(c.name_ar): c for c in items if c.parent}
        self.by_name.update({search_key(c.name_en): c for c in items if c.parent and c.name_en})

    def resolve(self, value: str) -> Category:
        text = clean_text(value)
        found = self.by_code.get(text.casefold()) or self.by_name.get(search_key(text))
        if found is None:
            raise ValidationError(
                f"بند الإيراد «{value}» غير موجود في دليل البنود. استخدم رمز البند أو اسمه.",
                f"Revenue category '{value}' is not in the list. Use its code or name.",
                field="category",
            )
        if not found.parent:
            raise ValidationError(
                f"«{found.name_ar}» بند رئيسي؛ اختر أحد البنود الفرعية تحته.",
                f"'{found.name_en}' is a heading; choose one of its sub-items.",
                field="category",
            )
        return found


def add_local(ctx: AppContext, code: str, parent: str, name_ar: str, name_en: str = "") -> str:
    """A municipality's own sub-item under one of the ministry's headings."""
    code, name_ar = clean_text(code).upper(), clean_text(name_ar)
    if not code or not name_ar:
        raise ValidationError(
            "رمز البند واسمه مطلوبان.", "Code and name are required.", field="code"
        )
    with ctx.write(Permission.REVENUE_WRITE, "revenue.category.add") as tx:
        items = load(tx.session, ctx.station.municipality_code)
        heads = {c.code for c in items if not c.parent}
        if parent not in heads:
            raise ValidationError("البند الرئيسي غير موجود.", "No such heading.", field="parent")
        if code.casefold() in {c.code.casefold() for c in items}:
            raise ValidationError(
                f"الرمز «{code}» مستخدم.", f"Code '{code}' is taken.", field="code"
            )
        municipality = ctx.station.municipality_code or "MINISTRY"
        tx.session.add(
            LocalCategory(
                id=natural_id(municipality, "revenue-category", code),
                municipality_code=municipality,
                code=code,
                parent=parent,
                name_ar=name_ar,
                name_en=clean_text(name_en),
            )
        )
    return code
