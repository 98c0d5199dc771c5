"""The ministry's ruling on cases escalated to it (proposed grade at or above the threshold).

At the ministry the cases are the consolidated copies the stations sent; the ministry never
edits them (they belong to their station and a write here would fight its versions). It files
its ruling in ``settlement_ministry_decision``; the ruling rides on the receipts of the case's
municipality and the station applies it as the ``ministry_approve`` or ``ministry_refuse``
step, inside the receipt's transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, UserError, ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.models import MinistryDecision, SettlementCase
from baladiya_desktop.domain.settlement.service import record_step

BY_MINISTRY = "الوزارة"


def record_decision(
    ctx: AppContext,
    case_id: uuid.UUID,
    *,
    approved: bool,
    decision_date: dt.date,
    decision_number: str = "",
    reason: str = "",
) -> None:
    """File the ministry's ruling on one escalated case; it leaves with the next receipt."""
    user = ctx.require(Permission.SETTLEMENT_APPROVE)
    if not ctx.station.is_ministry:
        raise UserError(
            "قرار الوزارة يُسجَّل في قاعدة بيانات الوزارة فقط.",
            "The ministry's decision is recorded in the ministry's database only.",
        )
    decision_number, reason = decision_number.strip(), reason.strip()
    if approved and not decision_number:
        raise ValidationError(
            "اكتب رقم قرار الوزارة.",
            "Give the ministry's decision number.",
            field="decision_number",
        )
    if not approved and not reason:
        raise ValidationError(
            "اذكر سبب رفض الوزارة.", "Give the reason for the refusal.", field="reason"
        )
    if decision_date > dt.date.today():
        raise ValidationError(
            "تاريخ القرار في المستقبل.",
            "The decision date is in the future.",
            field="decision_date",
        )
    with ctx.write(Permission.SETTLEMENT_APPROVE, "settlement.ministry_decision") as tx:
        case = tx.session.get(SettlementCase, case_id)
        if case is None or case.deleted:
            raise NotFound(
                "ملف التسوية غير موجود لدى الوزارة.", "The settlement case is not at the ministry."
            )
        if case.status != wf.MINISTRY:
            raise ValidationError(
                f"الملف ليس بانتظار قرار الوزارة (حالته: {wf.STATUS_AR[case.status]}).",
                f"The case is not awaiting the ministry ({wf.STATUS_EN[case.status]}).",
            )
        if decision_date < case.request_date:
            raise ValidationError(
                "تاريخ القرار قبل تاريخ الطلب.",
                "The decision date is before the request date.",
                field="decision_date",
            )
        if tx.session.get(MinistryDecision, case_id) is not None:
            raise ValidationError(
                "سُجّل قرار الوزارة في هذا الملف من قبل، وسيصل إلى البلدية مع الإيصال التالي.",
                "The ministry's decision on this case is already recorded.",
            )
        tx.session.add(
            MinistryDecision(
                case_id=case.id,
                municipality_code=case.municipality_code,
                approved=approved,
                decision_number=decision_number,
                decision_date=decision_date,
                reason=reason,
                by_user=user.username,
                at=tx.now,
            )
        )


def pending(session: Session, municipality: str, station_id: uuid.UUID) -> list[dict[str, Any]]:
    """Rulings on the municipality's cases still waiting for the ministry, JSON-safe.
    A ruling keeps riding on receipts until the station's data shows it applied."""
    rows = session.execute(
        select(MinistryDecision, SettlementCase.case_number)
        .join(SettlementCase, SettlementCase.id == MinistryDecision.case_id)
        .where(
            MinistryDecision.municipality_code == municipality,
            SettlementCase.status == wf.MINISTRY,
            SettlementCase.deleted.is_(False),
        )
        .order_by(MinistryDecision.at)
    )
    return [
        {
            "case_id": str(d.case_id),
            "case_number": number,
            "approved": d.approved,
            "decision_number": d.decision_number,
            "decision_date": d.decision_date.isoformat(),
            "reason": d.reason,
            "by": d.by_user,
        }
        for d, number in rows
    ]


def apply_decision(session: Session, decision: dict[str, Any], username: str) -> bool:
    """At the station: take the ministry's ruling as the case's next step. Idempotent: a case
    that is not here or no longer at the ministry (ruling applied before) is left alone.
    Returns whether the case moved."""
    try:
        case_id = uuid.UUID(str(decision["case_id"]))
        approved = decision["approved"]
        decided = dt.date.fromisoformat(str(decision["decision_date"]))
    except (KeyError, TypeError, ValueError):
        return False  # a ruling this version cannot read changes nothing
    if not isinstance(approved, bool):
        return False
    case = session.get(SettlementCase, case_id)
    if case is None or case.deleted or case.status != wf.MINISTRY:
        return False
    move = wf.MOVES["ministry_approve" if approved else "ministry_refuse"]
    signer = str(decision.get("by") or "")
    by_user = f"{BY_MINISTRY} ({signer})" if signer else BY_MINISTRY
    record_step(
        session,
        case,
        move,
        move.target,
        by_user=by_user[:64],
        at=utcnow(),
        step_date=decided,
        reason=str(decision.get("reason") or ""),
        decision_number=str(decision.get("decision_number") or ""),
        decision_date=decided,
    )
    return True
