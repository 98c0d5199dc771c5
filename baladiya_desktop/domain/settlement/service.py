"""The only writer of settlement cases: opening, documents, the workflow, execution."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import clean_text, search_key
from baladiya_desktop.core.writes import Tx
from baladiya_desktop.domain.settlement import references as refs
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.models import CaseDocument, CaseStep, SettlementCase
from baladiya_desktop.domain.settlement.scan import entitlement_of
from baladiya_desktop.domain.staff.decisions import apply_decision
from baladiya_desktop.domain.staff.facts import all_facts, status_rules

GENERIC_REQUESTS = {
    search_key(t)
    for t in (
        "تسوية وضعي",
        "تسوية وضع",
        "تسوية الوضع",
        "تسوية وضعي الوظيفي",
        "تسوية الوضع الوظيفي",
        "تسوية",
        "تسوية حالتي",
        "settle my status",
    )
}


@dataclass(frozen=True)
class CaseRequest:
    employee_id: uuid.UUID
    case_type: str
    requested_effect: str
    proposed_grade: int | None = None
    proposed_increments: int | None = None
    proposed_title: str = ""
    effective_date: dt.date | None = None
    request_date: dt.date | None = None
    notes: str = ""


def _check_request(ctx: AppContext, request: CaseRequest, types: set[str], max_grade: int) -> None:
    if request.case_type not in types:
        raise ValidationError(
            f"نوع التسوية «{request.case_type}» غير معروف.",
            f"Unknown settlement type '{request.case_type}'.",
            field="case_type",
        )
    effect = clean_text(request.requested_effect)
    if len(effect) < 8 or search_key(effect) in GENERIC_REQUESTS:
        raise ValidationError(
            "حدّد الأثر المطلوب بدقة (مثلاً: تسوية الدرجة من 7 إلى 8 اعتباراً من تاريخ الحصول "
            "على المؤهل). طلب «تسوية الوضع» العام لا يُقبل.",
            "State the exact effect requested; a generic 'settle my status' is not accepted.",
            field="requested_effect",
        )
    if request.proposed_grade is not None and not 1 <= request.proposed_grade <= max_grade:
        raise ValidationError(
            f"الدرجة المقترحة {request.proposed_grade} خارج جدول الدرجات.",
            "The proposed grade is outside the table.",
            field="proposed_grade",
        )
    today = dt.date.today()
    if request.request_date and request.request_date > today:
        raise ValidationError(
            "تاريخ الطلب في المستقبل.", "The request date is in the future.", field="request_date"
        )


def _case_number(tx: Tx, year: int) -> str:
    count = (
        tx.session.scalar(
            select(func.count())
            .select_from(SettlementCase)
            .where(SettlementCase.station_id == tx.station.id)
        )
        or 0
    )
    return f"S-{year}-{str(tx.station.id)[-4:].upper()}-{count + 1:04d}"


def open_cases(ctx: AppContext, requests: list[CaseRequest]) -> list[uuid.UUID]:
    """Open one case per request, all together: from the scan, one or many at once."""
    ctx.require(Permission.SETTLEMENT_WRITE)
    today = dt.date.today()
    with ctx.session() as session:
        types = {t.code for t in refs.case_types(session)}
        rules = refs.load_rules(session)
        documents = refs.documents(session)
        ministry_grade = refs.rule_values(session)["ministry_grade"]
    statuses = status_rules(ctx)
    facts = {f.id: f for f in all_facts(ctx, [r.employee_id for r in requests])}
    for request in requests:
        _check_request(ctx, request, types, rules.max_grade)
        emp = facts.get(request.employee_id)
        if emp is None:
            raise NotFound("الموظف غير موجود في السجل.", "The employee is not in the register.")
        if emp.status not in statuses.active:
            raise ValidationError(
                f"«{emp.full_name}» خارج الخدمة أو خارج البلدية ({emp.status})؛ لا تُفتح له تسوية.",
                "The employee has left service; no settlement case can be opened.",
                field="employee",
            )
    opened = []
    with ctx.write(Permission.SETTLEMENT_WRITE, "settlement.open") as tx:
        for request in requests:
            emp = facts[request.employee_id]
            result = entitlement_of(emp, rules, statuses, today)
            proposed = request.proposed_grade or (result.grade if result else emp.grade)
            case = SettlementCase(
                municipality_code=ctx.station.municipality_code or "MINISTRY",
                case_number=_case_number(tx, today.year),
                employee_id=emp.id,
                case_type=request.case_type,
                requested_effect=clean_text(request.requested_effect),
                request_date=request.request_date or today,
                current_grade=emp.grade,
                current_increments=emp.increments,
                current_title=emp.job_title,
                proposed_grade=proposed,
                proposed_increments=request.proposed_increments
                if request.proposed_increments is not None
                else (result.increments if result else emp.increments),
                proposed_title=clean_text(request.proposed_title) or emp.job_title,
                effective_date=request.effective_date or (result.grade_since if result else None),
                status=wf.DRAFT,
                notes=request.notes.strip(),
                chronology=json.dumps(
                    [
                        {"date": s.date.isoformat(), "ar": s.text_ar, "en": s.text_en}
                        for s in (result.chronology if result else [])
                    ],
                    ensure_ascii=False,
                ),
                needs_ministry=(proposed or 0) >= ministry_grade,
            )
            tx.session.add(case)
            tx.session.flush()
            tx.session.add_all(
                CaseDocument(
                    municipality_code=case.municipality_code,
                    case_id=case.id,
                    doc_type=d.code,
                    required=d.extra.get("required", "1") == "1",
                )
                for d in documents
            )
            opened.append(case.id)
    return opened


def _case(tx: Tx, case_id: uuid.UUID) -> SettlementCase:
    case = tx.session.get(SettlementCase, case_id)
    if case is None or case.deleted:
        raise NotFound("ملف التسوية غير موجود.", "The settlement case does not exist.")
    return case


def mark_document(
    ctx: AppContext,
    case_id: uuid.UUID,
    doc_type: str,
    received: bool,
    attachment_id: uuid.UUID | None = None,
    notes: str = "",
) -> None:
    with ctx.write(Permission.SETTLEMENT_WRITE, "settlement.document") as tx:
        case = _case(tx, case_id)
        if case.status not in (wf.DRAFT, wf.DOCUMENTS):
            raise ValidationError(
                "لا تُعدّل مستندات ملف تجاوز مرحلة الاستكمال.",
                "Documents are fixed once the case has moved on.",
            )
        doc = tx.session.scalars(
            select(CaseDocument).where(
                CaseDocument.case_id == case_id, CaseDocument.doc_type == doc_type
            )
        ).first()
        if doc is None:
            raise NotFound(
                "نوع المستند غير موجود في قائمة هذا الملف.",
                "That document is not on this case's checklist.",
            )
        doc.received, doc.notes = received, notes.strip() or doc.notes
        if attachment_id is not None:
            doc.attachment_id = attachment_id


def advance(
    ctx: AppContext,
    case_id: uuid.UUID,
    action: str,
    *,
    reason: str = "",
    decision_number: str = "",
    decision_date: dt.date | None = None,
    step_date: dt.date | None = None,
) -> str:
    """Take one step of the workflow; returns the new status."""
    move = wf.MOVES.get(action)
    if move is None:
        raise ValidationError(f"الإجراء «{action}» غير معروف.", f"Unknown action '{action}'.")
    user = ctx.require(move.permission)
    today = dt.date.today()
    step_date = step_date or today
    reason, decision_number = reason.strip(), decision_number.strip()
    if move.needs_reason and not reason:
        raise ValidationError("اذكر سبب الرفض أو الإعادة.", "Give the reason.", field="reason")
    if move.needs_decision and (not decision_number or decision_date is None):
        raise ValidationError(
            "اكتب رقم القرار وتاريخه.",
            "Give the decision number and date.",
            field="decision_number",
        )
    if step_date > today or (decision_date is not None and decision_date > today):
        raise ValidationError(
            "التاريخ في المستقبل.", "The date is in the future.", field="decision_date"
        )
    with ctx.write(move.permission, f"settlement.{action}") as tx:
        case = _case(tx, case_id)
        if case.status != move.source:
            raise ValidationError(
                f"لا يمكن «{move.label_ar}» والملف في حالة «{wf.STATUS_AR[case.status]}».",
                f"Cannot {action} a case that is '{wf.STATUS_EN[case.status]}'.",
            )
        if decision_date is not None and decision_date < case.request_date:
            raise ValidationError(
                "تاريخ القرار قبل تاريخ الطلب.",
                "The decision date is before the request date.",
                field="decision_date",
            )
        if action == "complete_documents":
            missing = [
                d.doc_type
                for d in tx.session.scalars(
                    select(CaseDocument).where(
                        CaseDocument.case_id == case_id,
                        CaseDocument.required.is_(True),
                        CaseDocument.received.is_(False),
                    )
                )
            ]
            if missing:
                raise ValidationError(
                    f"مستندات مطلوبة لم تُستلم بعد: {'، '.join(missing)}.",
                    f"Required documents missing: {', '.join(missing)}.",
                )
        target = move.target
        if action == "agent_approve" and case.needs_ministry:
            target = wf.MINISTRY  # grade 10 and above goes to the ministry first
        if action == "execute":
            effective = case.effective_date or decision_date or step_date
            apply_decision(
                tx,
                case.employee_id,
                decision_number=decision_number,
                decision_date=decision_date or step_date,
                effective=effective,
                grade=case.proposed_grade,
                increments=case.proposed_increments,
                job_title=case.proposed_title or None,
                note=f"تسوية {case.case_number}",
            )
        record_step(
            tx.session,
            case,
            move,
            target,
            by_user=user.username,
            at=tx.now,
            step_date=step_date,
            reason=reason,
            decision_number=decision_number,
            decision_date=decision_date,
        )
        return target


def record_step(
    session: Session,
    case: SettlementCase,
    move: wf.Move,
    target: str,
    *,
    by_user: str,
    at: dt.datetime,
    step_date: dt.date,
    reason: str = "",
    decision_number: str = "",
    decision_date: dt.date | None = None,
) -> None:
    """Move ``case`` to ``target`` and file the dated, signed step (the caller has checked
    the move is allowed; the ministry's decision from a receipt comes through here too)."""
    if move.needs_decision:
        case.decision_number, case.decision_date = decision_number, decision_date
    session.add(
        CaseStep(
            municipality_code=case.municipality_code,
            case_id=case.id,
            action=move.action,
            from_status=case.status,
            to_status=target,
            step_date=step_date,
            at=at,
            by_user=by_user,
            reason=reason,
            decision_number=decision_number,
            decision_date=decision_date,
        )
    )
    case.status = target
