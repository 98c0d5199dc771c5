"""Settlement cases with their documents and dated steps; salary tables for the cost."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from baladiya_desktop.core.base import DEFERRED, Base, Travelling, UTCDateTime
from baladiya_desktop.core.ids import new_id


class SettlementCase(Travelling, Base):
    __tablename__ = "settlement_case"

    case_number: Mapped[str] = mapped_column(String(40), index=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employee.id", **DEFERRED), index=True
    )
    case_type: Mapped[str] = mapped_column(String(32))
    requested_effect: Mapped[str] = mapped_column(Text)
    request_date: Mapped[dt.date] = mapped_column(Date)
    current_grade: Mapped[int | None] = mapped_column(Integer)
    current_increments: Mapped[int] = mapped_column(Integer, default=0)
    current_title: Mapped[str] = mapped_column(String(160), default="")
    proposed_grade: Mapped[int | None] = mapped_column(Integer)
    proposed_increments: Mapped[int] = mapped_column(Integer, default=0)
    proposed_title: Mapped[str] = mapped_column(String(160), default="")
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24), index=True)
    # The entitlement's steps as JSON (Arabic escaped): a long career, not a person's typing.
    chronology: Mapped[str] = mapped_column(Text, default="[]", info={"max_length": 500_000})
    notes: Mapped[str] = mapped_column(Text, default="")
    decision_number: Mapped[str] = mapped_column(String(64), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    needs_ministry: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseDocument(Travelling, Base):
    __tablename__ = "settlement_document"

    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("settlement_case.id", **DEFERRED), index=True
    )
    doc_type: Mapped[str] = mapped_column(String(32))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    received: Mapped[bool] = mapped_column(Boolean, default=False)
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    notes: Mapped[str] = mapped_column(Text, default="")


class CaseStep(Travelling, Base):
    """One move of the workflow: dated, signed by the user, with the reason when it goes back."""

    __tablename__ = "settlement_step"

    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("settlement_case.id", **DEFERRED), index=True
    )
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    step_date: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    by_user: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    decision_number: Mapped[str] = mapped_column(String(64), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)


class SalaryTable(Base):
    """A salary table (name, effective date); amounts per grade and increment, in dirhams.
    Reference data: entered by the administrator or sent by the ministry. Never invented."""

    __tablename__ = "salary_table"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(160))
    effective_from: Mapped[dt.date] = mapped_column(Date, index=True)
    max_increments: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16), default="local")
    notes: Mapped[str] = mapped_column(Text, default="")


class SalaryAmount(Base):
    __tablename__ = "salary_amount"
    __table_args__ = (UniqueConstraint("table_id", "grade", "increment"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("salary_table.id"), index=True)
    grade: Mapped[int] = mapped_column(Integer)
    increment: Mapped[int] = mapped_column(Integer)
    monthly: Mapped[int] = mapped_column(BigInteger)


class MinistryDecision(Base):
    """At the ministry only: its ruling on a case escalated to it. It rides on the receipts of
    the case's municipality until the station has applied it (the case then leaves the
    'ministry' status in the next data bundle). Not travelling: the station writes the step."""

    __tablename__ = "settlement_ministry_decision"

    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(16), index=True)
    approved: Mapped[bool] = mapped_column(Boolean)
    decision_number: Mapped[str] = mapped_column(String(64), default="")
    decision_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    by_user: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
