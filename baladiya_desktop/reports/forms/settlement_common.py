"""What the two settlement forms share: a case as canonical content, read from the session.

Content is hashed into the QR code and recomputed by ``verify`` (with no user), so it reads
the stored rows without permission checks and never looks at the clock: the cost is computed
as of a stored date (the case's last step, or the batch's end date).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.reference import load_list
from baladiya_desktop.domain.org.models import OrgUnit
from baladiya_desktop.domain.settlement import references as refs
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.models import CaseDocument, CaseStep, SettlementCase
from baladiya_desktop.domain.settlement.salary import cost_of
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.domain.staff.references import QUALIFICATIONS

ACTION_AR = {m.action: m.label_ar for m in wf.MOVES.values()}
UNKNOWN_AR = "غير معروف"


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def employee_content(session: Session, employee_id: Any) -> dict[str, Any]:
    emp = session.get(Employee, employee_id)
    if emp is None:
        return {
            "national_number": None,
            "full_name": "",
            "unit": "",
            "job_title": "",
            "hire_date": None,
            "qualification": "",
        }
    unit = session.get(OrgUnit, emp.unit_id) if emp.unit_id else None
    quals = {q.code: q.name_ar for q in load_list(session, QUALIFICATIONS)}
    return {
        "national_number": emp.national_number,
        "full_name": emp.full_name,
        "unit": unit.name_ar if unit else "",
        "job_title": emp.job_title,
        "hire_date": _iso(emp.hire_date),
        "qualification": quals.get(emp.qualification, emp.qualification),
    }


def cost_content(session: Session, case: SettlementCase, as_of: dt.date) -> dict[str, Any]:
    cost = cost_of(
        session,
        (case.current_grade, case.current_increments),
        (case.proposed_grade, case.proposed_increments),
        case.effective_date,
        as_of,
    )
    return {
        "known": cost.known,
        "monthly": cost.monthly_difference,
        "months": cost.months,
        "arrears": cost.arrears,
        "table": cost.table_name,
        "reason": cost.reason_ar,
        "as_of": as_of.isoformat(),
    }


def steps_of(session: Session, case_id: Any) -> list[CaseStep]:
    return list(
        session.scalars(
            select(CaseStep)
            .where(CaseStep.case_id == case_id, CaseStep.deleted.is_(False))
            .order_by(CaseStep.at)
        )
    )


def case_content(session: Session, case: SettlementCase) -> dict[str, Any]:
    """One case whole, as the settlement form prints it."""
    types = {t.code: t.name_ar for t in refs.case_types(session)}
    doc_names = {d.code: d.name_ar for d in refs.documents(session)}
    steps = steps_of(session, case.id)
    documents = session.scalars(
        select(CaseDocument)
        .where(CaseDocument.case_id == case.id, CaseDocument.deleted.is_(False))
        .order_by(CaseDocument.required.desc(), CaseDocument.doc_type)
    )
    as_of = steps[-1].step_date if steps else case.request_date
    quals = {q.code: q.name_ar for q in load_list(session, QUALIFICATIONS)}
    return {
        "case": {
            "id": str(case.id),
            "number": case.case_number,
            "municipality": case.municipality_code,
            "type": types.get(case.case_type, case.case_type),
            "effect": case.requested_effect,
            "request_date": case.request_date.isoformat(),
            "status": case.status,
            "effective_date": _iso(case.effective_date),
            "current": [case.current_grade, case.current_increments, case.current_title],
            "proposed": [case.proposed_grade, case.proposed_increments, case.proposed_title],
            "decision_number": case.decision_number,
            "decision_date": _iso(case.decision_date),
            "needs_ministry": case.needs_ministry,
            "notes": case.notes,
        },
        "employee": employee_content(session, case.employee_id),
        "chronology": [
            [c.get("date"), _named(str(c.get("ar", "")), quals)]
            for c in json.loads(case.chronology or "[]")
        ],
        "documents": [
            [
                doc_names.get(d.doc_type, d.doc_type),
                d.required,
                d.received,
                d.attachment_id is not None,
            ]
            for d in documents
        ],
        "steps": [
            [
                s.step_date.isoformat(),
                s.action,
                s.to_status,
                s.by_user,
                s.reason,
                s.decision_number,
                _iso(s.decision_date),
            ]
            for s in steps
        ],
        "cost": cost_content(session, case, as_of),
    }


def _named(text: str, quals: dict[str, str]) -> str:
    """The engine writes qualification codes, "(bachelor)"; the form shows their names."""
    for code, name in quals.items():
        text = text.replace(f"({code})", f"({name})")
    return text


def money(value: int | None, known: bool) -> str:
    return format_lyd(value) if known and value is not None else UNKNOWN_AR


def grade_text(grade: int | None) -> str:
    return "—" if grade is None else str(grade)
