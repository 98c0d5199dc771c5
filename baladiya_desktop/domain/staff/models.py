"""Employees, the dated service file (ملف الخدمة) and scanned attachments."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from baladiya_desktop.core.base import DEFERRED, Base, Travelling


class Employee(Travelling, Base):
    """One person in the register. The id derives from the municipality and the national
    number when there is one, so two stations entering the same person converge."""

    __tablename__ = "employee"
    __table_args__ = (
        Index("ix_employee_municipality_national", "municipality_code", "national_number"),
        # Search as you type walks this index in name order and tests the key inside it, so
        # a common name stops after one page and a rare one never reads the wide rows.
        Index("ix_employee_name_key", "full_name", "search_key"),
    )

    first_name: Mapped[str] = mapped_column(String(60))
    father_name: Mapped[str] = mapped_column(String(60))
    grandfather_name: Mapped[str] = mapped_column(String(60), default="")
    family_name: Mapped[str] = mapped_column(String(80))
    mother_name: Mapped[str] = mapped_column(String(120), default="")
    full_name: Mapped[str] = mapped_column(String(300))
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    national_number: Mapped[str | None] = mapped_column(String(12))
    other_id_kind: Mapped[str] = mapped_column(String(32), default="")
    other_id: Mapped[str] = mapped_column(String(40), default="")
    other_id_reason: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_place: Mapped[str] = mapped_column(String(120), default="")
    nationality: Mapped[str] = mapped_column(String(60), default="ليبي")
    marital_status: Mapped[str] = mapped_column(String(24), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    qualification: Mapped[str] = mapped_column(String(48), default="")
    qualification_field: Mapped[str] = mapped_column(String(120), default="")
    qualification_year: Mapped[int | None] = mapped_column(Integer)
    qualification_institution: Mapped[str] = mapped_column(String(160), default="")
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    employment_type: Mapped[str] = mapped_column(String(48), default="permanent")
    status: Mapped[str] = mapped_column(String(48), default="at_work")
    unit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("org_unit.id", **DEFERRED), index=True
    )
    post_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("org_post.id", **DEFERRED), index=True
    )
    job_title: Mapped[str] = mapped_column(String(160), default="")
    grade: Mapped[int | None] = mapped_column(Integer, index=True)
    increments: Mapped[int] = mapped_column(Integer, default=0)
    grade_date: Mapped[dt.date | None] = mapped_column(Date)
    last_increment_date: Mapped[dt.date | None] = mapped_column(Date)
    employee_number: Mapped[str] = mapped_column(String(32), default="", index=True)
    financial_number: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ServiceEvent(Travelling, Base):
    """One dated line of the service file: never edited, only added to."""

    __tablename__ = "service_event"

    employee_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employee.id", **DEFERRED), index=True
    )
    event_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(24))
    from_value: Mapped[str] = mapped_column(String(200), default="")
    to_value: Mapped[str] = mapped_column(String(200), default="")
    decision_number: Mapped[str] = mapped_column(String(64), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Attachment(Travelling, Base):
    """A scanned document of a record (an employee, a settlement case), by content hash."""

    __tablename__ = "attachment"

    owner_table: Mapped[str] = mapped_column(String(48))
    owner_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)


class AttachmentBlob(Base):
    """The bytes of attachments, stored once per content however many records cite them."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
