"""The case workflow as a table: which action moves a case from which status to which,
and who may take it."""

from __future__ import annotations

from dataclasses import dataclass

from baladiya_desktop.core.permissions import Permission

DRAFT, DOCUMENTS, COMMITTEE, AGENT, MINISTRY = (
    "draft",
    "documents_complete",
    "committee",
    "agent_approval",
    "ministry",
)
APPROVED, EXECUTED, REFUSED = "approved", "executed", "refused"

STATUS_AR = {
    DRAFT: "مسودة",
    DOCUMENTS: "المستندات مكتملة",
    COMMITTEE: "لدى لجنة شؤون الموظفين",
    AGENT: "بانتظار اعتماد الوكيل",
    MINISTRY: "لدى الوزارة",
    APPROVED: "معتمدة للتنفيذ",
    EXECUTED: "نُفذت",
    REFUSED: "رُفضت",
}
STATUS_EN = {
    DRAFT: "Draft",
    DOCUMENTS: "Documents complete",
    COMMITTEE: "At the staff committee",
    AGENT: "Awaiting the agent",
    MINISTRY: "At the ministry",
    APPROVED: "Approved",
    EXECUTED: "Executed",
    REFUSED: "Refused",
}
OPEN = (DRAFT, DOCUMENTS, COMMITTEE, AGENT, MINISTRY, APPROVED)


@dataclass(frozen=True)
class Move:
    action: str
    source: str
    target: str
    permission: Permission
    needs_reason: bool = False
    needs_decision: bool = False
    label_ar: str = ""
    label_en: str = ""


MOVES = {
    m.action: m
    for m in (
        Move(
            "complete_documents",
            DRAFT,
            DOCUMENTS,
            Permission.SETTLEMENT_WRITE,
            label_ar="اكتمال المستندات",
            label_en="Documents complete",
        ),
        Move(
            "to_committee",
            DOCUMENTS,
            COMMITTEE,
            Permission.SETTLEMENT_WRITE,
            label_ar="إحالة إلى لجنة شؤون الموظفين",
            label_en="Refer to the staff committee",
        ),
        Move(
            "committee_approve",
            COMMITTEE,
            AGENT,
            Permission.SETTLEMENT_WRITE,
            label_ar="توصية اللجنة بالموافقة",
            label_en="Committee recommends approval",
        ),
        Move(
            "committee_return",
            COMMITTEE,
            DRAFT,
            Permission.SETTLEMENT_WRITE,
            needs_reason=True,
            label_ar="إعادة من اللجنة لاستكمال",
            label_en="Committee returns for completion",
        ),
        Move(
            "committee_refuse",
            COMMITTEE,
            REFUSED,
            Permission.SETTLEMENT_WRITE,
            needs_reason=True,
            label_ar="رفض اللجنة",
            label_en="Committee refuses",
        ),
        Move(
            "agent_approve",
            AGENT,
            APPROVED,
            Permission.SETTLEMENT_APPROVE,
            label_ar="اعتماد الوكيل",
            label_en="Agent approves",
        ),
        Move(
            "agent_return",
            AGENT,
            COMMITTEE,
            Permission.SETTLEMENT_APPROVE,
            needs_reason=True,
            label_ar="إعادة من الوكيل إلى اللجنة",
            label_en="Agent returns to the committee",
        ),
        Move(
            "agent_refuse",
            AGENT,
            REFUSED,
            Permission.SETTLEMENT_APPROVE,
            needs_reason=True,
            label_ar="رفض الوكيل",
            label_en="Agent refuses",
        ),
        Move(
            "ministry_approve",
            MINISTRY,
            APPROVED,
            Permission.SETTLEMENT_APPROVE,
            needs_decision=True,
            label_ar="موافقة الوزارة",
            label_en="Ministry approves",
        ),
        Move(
            "ministry_refuse",
            MINISTRY,
            REFUSED,
            Permission.SETTLEMENT_APPROVE,
            needs_reason=True,
            label_ar="رفض الوزارة",
            label_en="Ministry refuses",
        ),
        Move(
            "execute",
            APPROVED,
            EXECUTED,
            Permission.SETTLEMENT_APPROVE,
            needs_decision=True,
            label_ar="تنفيذ القرار",
            label_en="Execute the decision",
        ),
    )
}


def actions_from(status: str) -> list[Move]:
    return [m for m in MOVES.values() if m.source == status]
