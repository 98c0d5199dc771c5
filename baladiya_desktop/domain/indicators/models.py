"""The framework (reference data from the ministry) and a municipality's values and scores."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from baladiya_desktop.core.base import Base, Travelling, UTCDateTime


class FocusArea(Base):
    __tablename__ = "focus_area"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(160))
    name_en: Mapped[str] = mapped_column(String(160), default="")
    rank: Mapped[int] = mapped_column(Integer, default=0)


class Criterion(Base):
    """A criterion or sub-criterion of the excellence framework, weighted in thousandths."""

    __tablename__ = "criterion"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    focus_area: Mapped[str] = mapped_column(String(32))
    parent: Mapped[str] = mapped_column(String(32), default="")
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    weight: Mapped[int] = mapped_column(Integer)


class IndicatorDef(Base):
    __tablename__ = "indicator_def"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    definition_ar: Mapped[str] = mapped_column(Text, default="")
    focus_area: Mapped[str] = mapped_column(String(32))
    criterion: Mapped[str] = mapped_column(String(32), default="")
    unit: Mapped[str] = mapped_column(String(16))
    period_type: Mapped[str] = mapped_column(String(12))
    direction: Mapped[str] = mapped_column(String(8))
    baseline: Mapped[int | None] = mapped_column(BigInteger)
    target: Mapped[int | None] = mapped_column(BigInteger)
    min_value: Mapped[int] = mapped_column(BigInteger)
    max_value: Mapped[int] = mapped_column(BigInteger)
    evidence_required: Mapped[bool] = mapped_column(Boolean, default=False)
    computed: Mapped[str] = mapped_column(String(32), default="")


class IndicatorValue(Travelling, Base):
    """One value for one period, in thousandths (12.5 % is 12500). Approved values are sealed."""

    __tablename__ = "indicator_value"

    indicator: Mapped[str] = mapped_column(String(32), index=True)
    period: Mapped[str] = mapped_column(String(10), index=True)
    value: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="draft")
    computed: Mapped[bool] = mapped_column(Boolean, default=False)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class PeriodSeal(Travelling, Base):
    """A period whose values the agent approved: read-only, its seal travels."""

    __tablename__ = "indicator_period"

    period: Mapped[str] = mapped_column(String(10), index=True)
    sealed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    sealed_by: Mapped[str] = mapped_column(String(64))
    seal: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), default="sealed")


class Assessment(Travelling, Base):
    """The agent's self-assessment score (1–5) of one criterion for one period."""

    __tablename__ = "self_assessment"

    period: Mapped[str] = mapped_column(String(10), index=True)
    criterion: Mapped[str] = mapped_column(String(32))
    score: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")
