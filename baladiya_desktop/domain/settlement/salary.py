"""Salary tables and what a settlement costs: the monthly difference and the arrears."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import clean_text
from baladiya_desktop.domain.settlement.models import SalaryAmount, SalaryTable

GRADES = range(1, 16)


def save_salary_table(
    ctx: AppContext,
    name: str,
    effective_from: dt.date,
    max_increments: int,
    amounts: Mapping[tuple[int, int], int],
    source: str = "local",
) -> uuid.UUID:
    """Add a complete table: every grade 1–15 with every increment 0..max, in dirhams."""
    name = clean_text(name)
    if not name:
        raise ValidationError("اكتب اسم جدول المرتبات.", "Name the salary table.", field="name")
    if not 0 <= max_increments <= 30:
        raise ValidationError(
            "عدد العلاوات غير معقول.", "Implausible number of increments.", field="max_increments"
        )
    holes = [(g, i) for g in GRADES for i in range(max_increments + 1) if (g, i) not in amounts]
    if holes:
        shown = "، ".join(f"الدرجة {g} علاوة {i}" for g, i in holes[:5])
        raise ValidationError(
            f"جدول المرتبات ناقص ({len(holes)} خانة فارغة)، منها: {shown}. أكمل الجدول كاملاً "
            "أو اتركه فارغاً ليُعرض أثر التسوية المالي «غير معروف».",
            f"The salary table has {len(holes)} empty cells (e.g. grade {holes[0][0]}, "
            f"increment {holes[0][1]}). Complete it, or leave no table (cost unknown).",
            field="amounts",
        )
    bad = [(k, v) for k, v in amounts.items() if v <= 0]
    if bad:
        raise ValidationError(
            "مبالغ المرتبات يجب أن تكون موجبة.", "Salary amounts must be positive.", field="amounts"
        )
    with ctx.write(Permission.SETTINGS_MANAGE, "settlement.salary_table") as tx:
        table = SalaryTable(
            name=name, effective_from=effective_from, max_increments=max_increments, source=source
        )
        tx.session.add(table)
        tx.session.flush()
        tx.session.add_all(
            SalaryAmount(table_id=table.id, grade=g, increment=i, monthly=v)
            for (g, i), v in amounts.items()
            if g in GRADES and 0 <= i <= max_increments
        )
        return table.id


def table_in_force(session: Session, on: dt.date) -> SalaryTable | None:
    return session.scalars(
        select(SalaryTable)
        .where(SalaryTable.effective_from <= on)
        .order_by(SalaryTable.effective_from.desc())
    ).first()


def monthly(session: Session, table: SalaryTable, grade: int, increment: int) -> int | None:
    increment = min(increment, table.max_increments)
    return session.scalar(
        select(SalaryAmount.monthly).where(
            SalaryAmount.table_id == table.id,
            SalaryAmount.grade == grade,
            SalaryAmount.increment == increment,
        )
    )


@dataclass(frozen=True)
class Cost:
    known: bool
    monthly_difference: int | None = None
    months: int = 0
    arrears: int | None = None
    table_name: str = ""
    reason_ar: str = ""
    reason_en: str = ""

    def reason(self, lang: str = "ar") -> str:
        return self.reason_ar if lang == "ar" else self.reason_en


def cost_of(
    session: Session,
    current: tuple[int | None, int],
    proposed: tuple[int | None, int],
    effective: dt.date | None,
    today: dt.date,
) -> Cost:
    """The monthly difference and the arrears since the effective date, in dirhams."""
    if current[0] is None or proposed[0] is None:
        return Cost(
            False,
            reason_ar="الدرجة الحالية أو المقترحة غير محددة.",
            reason_en="The current or the proposed grade is not given.",
        )
    table = table_in_force(session, effective or today)
    if table is None:
        return Cost(
            False,
            reason_ar="لا يوجد جدول مرتبات ساري: الأثر المالي غير معروف.",
            reason_en="No salary table is in force: the cost is unknown.",
        )
    now_pay = monthly(session, table, current[0], current[1])
    new_pay = monthly(session, table, proposed[0], proposed[1])
    if now_pay is None or new_pay is None:
        return Cost(
            False,
            table_name=table.name,
            reason_ar="جدول المرتبات لا يغطي الدرجة المطلوبة: الأثر المالي غير معروف.",
            reason_en="The salary table does not cover the grade: the cost is unknown.",
        )
    difference = new_pay - now_pay
    months = _full_months(effective, today) if effective else 0
    return Cost(True, difference, months, difference * months, table.name)


def _full_months(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (a month counts once its day is reached)."""
    if end < start:
        return 0
    months = (end.year - start.year) * 12 + (end.month - start.month)
    return months if end.day >= start.day else months - 1


@dataclass(frozen=True)
class SalaryTableRow:
    id: uuid.UUID
    name: str
    effective_from: dt.date
    max_increments: int
    source: str
    cells: int


def salary_tables(ctx: AppContext) -> list[SalaryTableRow]:
    """Every salary table, the latest first."""
    ctx.require(Permission.SETTLEMENT_READ)
    with ctx.session() as session:
        counts: dict[uuid.UUID, int] = {
            table_id: count
            for table_id, count in session.execute(
                select(SalaryAmount.table_id, func.count()).group_by(SalaryAmount.table_id)
            )
        }
        return [
            SalaryTableRow(
                t.id, t.name, t.effective_from, t.max_increments, t.source, counts.get(t.id, 0)
            )
            for t in session.scalars(
                select(SalaryTable).order_by(SalaryTable.effective_from.desc())
            )
        ]


def table_amounts(ctx: AppContext, table_id: uuid.UUID) -> dict[tuple[int, int], int]:
    ctx.require(Permission.SETTLEMENT_READ)
    with ctx.session() as session:
        return {
            (a.grade, a.increment): a.monthly
            for a in session.scalars(select(SalaryAmount).where(SalaryAmount.table_id == table_id))
        }
