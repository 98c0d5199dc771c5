"""Reference data every area ships as CSV and the ministry may later replace."""

from __future__ import annotations

import csv

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.reference import ReferenceItem
from baladiya_desktop.core.resources import reference_file
from baladiya_desktop.domain.indicators import framework as indicator_framework
from baladiya_desktop.domain.indicators.models import FocusArea
from baladiya_desktop.domain.org.models import UnitType
from baladiya_desktop.domain.revenue import categories as revenue_categories
from baladiya_desktop.domain.revenue.models import RevenueCategory
from baladiya_desktop.domain.settlement import references as settlement_references
from baladiya_desktop.domain.staff import references as staff_references


def seed_unit_types(session: Session) -> None:
    known = set(session.scalars(select(UnitType.code)))
    with reference_file("org_unit_types.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["code"] not in known:
                session.add(UnitType(code=row["code"], name_ar=row["name_ar"],
                                     name_en=row["name_en"], rank=int(row["rank"])))


SEEDERS = (seed_unit_types, staff_references.seed, settlement_references.seed,
           revenue_categories.seed, indicator_framework.seed)
SEEDED_LISTS = (*staff_references.LISTS, *settlement_references.LISTS,
                revenue_categories.METHODS)


def reference_missing(session: Session) -> bool:
    """True when a shipped list has no rows yet (a new station, or a newer app)."""
    for table in (UnitType, RevenueCategory, FocusArea):
        if session.scalar(select(func.count()).select_from(table)) == 0:
            return True
    present = set(session.scalars(select(ReferenceItem.list_name).distinct()))
    return not set(SEEDED_LISTS) <= present


def seed_reference(session: Session) -> None:
    """Add any shipped reference rows the database lacks (new station or newer app)."""
    for seeder in SEEDERS:
        seeder(session)
