"""Reading cases: the list with filters, one case whole, the cost of all, the trend."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.settlement import references as refs
from baladiya_desktop.domain.settlement.models import CaseDocument, CaseStep, SettlementCase
from baladiya_desktop.domain.settlement.salary import Cost, cost_of
from baladiya_desktop.domain.staff.facts import all_facts


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    case_number: str
    employee_id: uuid.UUID
    national_number: str | None
    full_name: str
    unit_name: str
    case_type: str
    status: str
    request_date: dt.date
    current_grade: int | None
    proposed_grade: int | None
    effective_date: dt.date | None
    cost: Cost


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    case: SettlementCase
    documents: list[CaseDocument]
    steps: list[CaseStep]

    @property
    def chronology(self) -> list[dict[str, str]]:
        value: list[dict[str, str]] = json.loads(self.case.chronology or "[]")
        return value


def list_cases(
    ctx: AppContext,
    *,
    status: str = "",
    case_type: str = "",
    unit_name: str = "",
    today: dt.date | None = None,
    municipality: str | None = None,
) -> list[CaseRow]:
    ctx.require(Permission.SETTLEMENT_READ)
    today = today or dt.date.today()
    query = select(SettlementCase).where(SettlementCase.deleted.is_(False))
    if status:
        query = query.where(SettlementCase.status == status)
    if case_type:
        query = query.where(SettlementCase.case_type == case_type)
    if municipality:
        query = query.where(SettlementCase.municipality_code == municipality)
    with ctx.session() as session:
        cases = list(
            session.scalars(query.order_by(SettlementCase.request_date, SettlementCase.case_number))
        )
        people = {f.id: f for f in all_facts(ctx, list({c.employee_id for c in cases}))}
        rows = []
        for case in cases:
            emp = people.get(case.employee_id)
            if unit_name and (emp is None or emp.unit_name != unit_name):
                continue
            rows.append(
                CaseRow(
                    case.id,
                    case.case_number,
                    case.employee_id,
                    emp.national_number if emp else None,
                    emp.full_name if emp else "",
                    emp.unit_name if emp else "",
                    case.case_type,
                    case.status,
                    case.request_date,
                    case.current_grade,
                    case.proposed_grade,
                    case.effective_date,
                    cost_of(
                        session,
                        (case.current_grade, case.current_increments),
                        (case.proposed_grade, case.proposed_increments),
                        case.effective_date,
                        today,
                    ),
                )
            )
        return rows


def case_detail(ctx: AppContext, case_id: uuid.UUID) -> CaseDetail:
    rows = {r.id: r for r in list_cases(ctx)}
    if case_id not in rows:
        raise NotFound("ملف التسوية غير موجود.", "The settlement case does not exist.")
    with ctx.session() as session:
        case = session.get(SettlementCase, case_id)
        assert case is not None
        documents = list(
            session.scalars(
                select(CaseDocument)
                .where(CaseDocument.case_id == case_id)
                .order_by(CaseDocument.required.desc())
            )
        )
        steps = list(
            session.scalars(
                select(CaseStep).where(CaseStep.case_id == case_id).order_by(CaseStep.at)
            )
        )
        session.expunge_all()
    return CaseDetail(rows[case_id], case, documents, steps)


@dataclass(frozen=True)
class CostTotal:
    cases: int
    known: int
    monthly_difference: int
    arrears: int


def total_cost(rows: list[CaseRow]) -> CostTotal:
    known = [r for r in rows if r.cost.known]
    return CostTotal(
        len(rows),
        len(known),
        sum(r.cost.monthly_difference or 0 for r in known),
        sum(r.cost.arrears or 0 for r in known),
    )


def status_counts(rows: list[CaseRow]) -> dict[str, int]:
    return dict(Counter(r.status for r in rows))


def cases_by_month(ctx: AppContext) -> dict[str, Counter[str]]:
    """For the chart: per month (yyyy-mm), how many cases reached each status."""
    ctx.require(Permission.SETTLEMENT_READ)
    with ctx.session() as session:
        trend: dict[str, Counter[str]] = {}
        for case in session.scalars(
            select(SettlementCase).where(SettlementCase.deleted.is_(False))
        ):
            trend.setdefault(f"{case.request_date:%Y-%m}", Counter())["opened"] += 1
        for step in session.scalars(select(CaseStep).where(CaseStep.deleted.is_(False))):
            trend.setdefault(f"{step.step_date:%Y-%m}", Counter())[step.to_status] += 1
        return dict(sorted(trend.items()))


@dataclass(frozen=True)
class Lists:
    """The names the screens show for codes: case types and checklist documents."""

    case_types: dict[str, tuple[str, str]]
    documents: dict[str, tuple[str, str]]


def lists(ctx: AppContext) -> Lists:
    ctx.require(Permission.SETTLEMENT_READ)
    with ctx.session() as session:
        return Lists(
            {t.code: (t.name_ar, t.name_en) for t in refs.case_types(session)},
            {d.code: (d.name_ar, d.name_en) for d in refs.documents(session)},
        )
