"""Receipt books, receipts, bank deposits, annual targets, closed months, local categories."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from baladiya_desktop.core.base import DEFERRED, Base, Travelling, UTCDateTime


class RevenueCategory(Base):
    """The ministry's two-level tree (reference data, replaceable by a reference bundle)."""

    __tablename__ = "revenue_category"

    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    parent: Mapped[str] = mapped_column(String(24), default="")
    name_ar: Mapped[str] = mapped_column(String(160))
    name_en: Mapped[str] = mapped_column(String(160), default="")
    ministry_code: Mapped[str] = mapped_column(String(32), default="")
    rank: Mapped[int] = mapped_column(Integer, default=0)


class LocalCategory(Travelling, Base):
    """A sub-item a municipality adds under one of the ministry's categories."""

    __tablename__ = "revenue_local_category"

    code: Mapped[str] = mapped_column(String(24), index=True)
    parent: Mapped[str] = mapped_column(String(24))
    name_ar: Mapped[str] = mapped_column(String(160))
    name_en: Mapped[str] = mapped_column(String(160), default="")


class ReceiptBook(Travelling, Base):
    __tablename__ = "receipt_book"

    book_number: Mapped[str] = mapped_column(String(32), index=True)
    serial_from: Mapped[int] = mapped_column(Integer)
    serial_to: Mapped[int] = mapped_column(Integer)
    collector: Mapped[str] = mapped_column(String(120))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="issued")
    imported: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Deposit(Travelling, Base):
    __tablename__ = "revenue_deposit"

    slip_number: Mapped[str] = mapped_column(String(48))
    bank: Mapped[str] = mapped_column(String(120), default="")
    deposit_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(BigInteger)
    notes: Mapped[str] = mapped_column(Text, default="")


class Receipt(Travelling, Base):
    """A receipt is never deleted: a mistake is voided with a reason and stays in reports."""

    __tablename__ = "receipt"
    __table_args__ = (
        UniqueConstraint("book_id", "serial"),
        # Covers the monthly summary: 500,000 receipts are summed from the index alone.
        Index(
            "ix_receipt_summary",
            "municipality_code",
            "month",
            "category_code",
            "voided",
            "deleted",
            "amount",
        ),
    )

    book_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("receipt_book.id", **DEFERRED), index=True
    )
    serial: Mapped[int] = mapped_column(Integer)
    receipt_date: Mapped[dt.date] = mapped_column(Date, index=True)
    month: Mapped[str] = mapped_column(String(7))
    payer_name: Mapped[str] = mapped_column(String(200))
    payer_id: Mapped[str] = mapped_column(String(32), default="")
    category_code: Mapped[str] = mapped_column(String(24))
    amount: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(16), default="cash")
    reference: Mapped[str] = mapped_column(String(64), default="")
    collector: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    deposit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("revenue_deposit.id", **DEFERRED), index=True
    )


class RevenueTarget(Travelling, Base):
    """The year's estimate for a category; monthly amounts spread evenly unless entered."""

    __tablename__ = "revenue_target"

    year: Mapped[int] = mapped_column(Integer, index=True)
    category_code: Mapped[str] = mapped_column(String(24))
    annual: Mapped[int] = mapped_column(BigInteger)
    monthly: Mapped[str] = mapped_column(Text, default="")


class MonthClose(Travelling, Base):
    """A month the agent approved: its seal (totals and a hash) travels to the ministry."""

    __tablename__ = "revenue_month"

    month: Mapped[str] = mapped_column(String(7), index=True)
    status: Mapped[str] = mapped_column(String(12))
    closed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    closed_by: Mapped[str] = mapped_column(String(64))
    # JSON: {"totals": by category and counts, "explained": what the agent wrote per item}
    totals: Mapped[str] = mapped_column(Text, info={"max_length": 100_000})
    seal: Mapped[str] = mapped_column(String(64))
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
