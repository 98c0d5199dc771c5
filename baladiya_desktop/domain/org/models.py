"""Units in a tree, their approved posts, and the decisions that changed them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from baladiya_desktop.core.base import DEFERRED, Base, Travelling


class UnitType(Base):
    """Reference data: council, mayor, agent, department, office, section, unit, branch, …"""

    __tablename__ = "org_unit_type"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    rank: Mapped[int] = mapped_column(Integer, default=0)


class OrgUnit(Travelling, Base):
    __tablename__ = "org_unit"
    __table_args__ = (UniqueConstraint("municipality_code", "code"),)

    code: Mapped[str] = mapped_column(String(32))
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(String(400), index=True, default="")
    unit_type: Mapped[str] = mapped_column(ForeignKey("org_unit_type.code", **DEFERRED))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("org_unit.id", **DEFERRED), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    decision_number: Mapped[str] = mapped_column(String(64), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    effective_from: Mapped[dt.date | None] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class OrgPost(Travelling, Base):
    """Approved posts of one title in a unit: the staffing table's line."""

    __tablename__ = "org_post"

    unit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("org_unit.id", **DEFERRED), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    job_group: Mapped[str] = mapped_column(String(120), default="")
    grade_min: Mapped[int] = mapped_column(Integer)
    grade_max: Mapped[int] = mapped_column(Integer)
    approved_count: Mapped[int] = mapped_column(Integer)
    is_head: Mapped[bool] = mapped_column(Boolean, default=False)


class OrgDecision(Travelling, Base):
    """A structure change under an approving decision: kept as the unit's history."""

    __tablename__ = "org_decision"

    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    change: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(Text, default="")
    decision_number: Mapped[str] = mapped_column(String(64))
    decision_date: Mapped[dt.date] = mapped_column(Date)
