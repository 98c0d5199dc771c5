"""Projects with milestones and dated progress updates."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from baladiya_desktop.core.base import DEFERRED, Base, Travelling


class Project(Travelling, Base):
    __tablename__ = "project"

    name: Mapped[str] = mapped_column(String(240))
    sector: Mapped[str] = mapped_column(String(32))
    locality: Mapped[str] = mapped_column(String(160), default="")
    funding_source: Mapped[str] = mapped_column(String(160), default="")
    budget: Mapped[int] = mapped_column(BigInteger)
    contractor: Mapped[str] = mapped_column(String(200), default="")
    contract_number: Mapped[str] = mapped_column(String(64), default="")
    contract_date: Mapped[dt.date | None] = mapped_column(Date)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    planned_end: Mapped[dt.date | None] = mapped_column(Date)
    actual_end: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    stop_reason: Mapped[str] = mapped_column(Text, default="")
    indicators: Mapped[str] = mapped_column(String(240), default="")
    physical_pct: Mapped[int] = mapped_column(Integer, default=0)
    financial_pct: Mapped[int] = mapped_column(Integer, default=0)
    spent: Mapped[int] = mapped_column(BigInteger, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class Milestone(Travelling, Base):
    __tablename__ = "project_milestone"

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id", **DEFERRED), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[dt.date] = mapped_column(Date)
    done_date: Mapped[dt.date | None] = mapped_column(Date)


class ProgressUpdate(Travelling, Base):
    __tablename__ = "project_progress"

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id", **DEFERRED), index=True)
    update_date: Mapped[dt.date] = mapped_column(Date)
    physical_pct: Mapped[int] = mapped_column(Integer)
    financial_pct: Mapped[int] = mapped_column(Integer)
    spent: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
