"""The model structure a new station can start from (the ministry's unified structure,
Decision 1500 of 2021: council, mayor, agent, then departments and offices)."""

from __future__ import annotations

import csv

from sqlalchemy import func, select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.resources import reference_file
from baladiya_desktop.core.text import search_key
from baladiya_desktop.domain.org.ids import StructureIds
from baladiya_desktop.domain.org.models import OrgPost, OrgUnit


def _rows(name: str) -> list[dict[str, str]]:
    with reference_file(name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def apply_template(ctx: AppContext) -> int:
    """Create the model structure in an empty station; returns the number of units made."""
    municipality = ctx.station.municipality_code or "MINISTRY"
    with ctx.write(Permission.ORG_WRITE, "org.template") as tx:
        existing = tx.session.scalar(
            select(func.count()).select_from(OrgUnit).where(
                OrgUnit.municipality_code == municipality, OrgUnit.deleted.is_(False))
        )
        if existing:
            raise ValidationError(
                "للبلدية هيكل مسجل من قبل؛ النموذج يُطبّق على هيكل فارغ فقط.",
                "The municipality already has a structure; the template applies to an empty one.",
            )
        ids = StructureIds(tx.session, municipality)
        by_code: dict[str, OrgUnit] = {}
        for order, row in enumerate(_rows("org_template.csv")):
            parent = by_code[row["parent_code"]] if row["parent_code"] else None
            unit = OrgUnit(
                id=ids.unit(row["code"]), municipality_code=municipality, code=row["code"],
                name_ar=row["name_ar"], name_en=row["name_en"],
                search_key=search_key(f"{row['name_ar']} {row['name_en']}"),
                unit_type=row["unit_type"], parent_id=parent.id if parent else None,
                status="proposed", sort_order=order,
            )
            tx.session.add(unit)
            by_code[unit.code] = unit
        for row in _rows("org_template_posts.csv"):
            unit_id = by_code[row["unit_code"]].id
            tx.session.add(OrgPost(
                id=ids.post(unit_id, row["title"]), municipality_code=municipality,
                unit_id=unit_id, title=row["title"], job_group=row["job_group"],
                grade_min=int(row["grade_min"]), grade_max=int(row["grade_max"]),
                approved_count=int(row["approved_count"]), is_head=row["is_head"] == "1",
            ))
        return len(by_code)
