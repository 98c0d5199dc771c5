"""Demo settlement cases, one or more at every stage of the workflow."""

from __future__ import annotations

import datetime as dt
import itertools

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.settlement import references as refs
from baladiya_desktop.domain.settlement import service
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.scan import scan

# Decisions are numbered as an office numbers them: the year's running number, then the year.
FIRST_DECISION = 12
# How far each demo case goes: the actions taken after opening it.
PATHS: tuple[tuple[str, ...], ...] = (
    (),
    ("complete_documents",),
    ("complete_documents", "to_committee"),
    ("complete_documents", "to_committee", "committee_approve"),
    ("complete_documents", "to_committee", "committee_approve", "agent_approve"),
    ("complete_documents", "to_committee", "committee_approve", "agent_approve",
     "ministry_approve", "execute"),
    ("complete_documents", "to_committee", "committee_refuse"),
    ("complete_documents", "to_committee", "committee_approve", "agent_approve"),
)


def demo_cases(ctx: AppContext, today: dt.date) -> int:
    """Open cases for the first people the scan finds and walk each along one path."""
    found = scan(ctx, today)
    # Put people owed grade 10 or more where the path reaches the agent, so the demo shows a
    # case waiting at the ministry too.
    high = [r for r in found if r.entitled_grade >= 10]
    rows = [r for r in found if r not in high[:1]][: len(PATHS) + 2]
    if high:
        rows.insert(4, high[0])
    if not rows:
        return 0
    with ctx.session() as session:
        required = [d.code for d in refs.documents(session)]
    requests = [service.CaseRequest(
        r.employee_id, "grade",
        f"تسوية الدرجة من {r.recorded_grade} إلى {r.entitled_grade} لاستيفاء المدة القانونية",
        request_date=today - dt.timedelta(days=40)) for r in rows]
    ids = service.open_cases(ctx, requests)
    numbers = itertools.count(FIRST_DECISION)
    for case_id, path in zip(ids, PATHS * 2, strict=False):
        if path:
            for doc in required:
                service.mark_document(ctx, case_id, doc, True)
        status = wf.DRAFT
        for action in path:
            if wf.MOVES[action].source != status:
                continue  # e.g. no ministry step for a grade below its threshold
            decided = action == "execute" or action.startswith("ministry")
            status = service.advance(
                ctx, case_id, action,
                reason="الطلب لا يستوفي شرط المدة" if action.endswith("refuse") else "",
                decision_number=f"{next(numbers)}/{today.year}" if decided else "",
                decision_date=today - dt.timedelta(days=2) if decided else None)
    return len(ids)
