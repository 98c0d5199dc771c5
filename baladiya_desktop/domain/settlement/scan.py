"""Who is owed a settlement: the engine run over the whole register."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.domain.settlement.entitlement import (
    Entitlement,
    Facts,
    Period,
    Promotion,
    Qualification,
    Rules,
    entitle,
)
from baladiya_desktop.domain.settlement.references import load_rules
from baladiya_desktop.domain.staff.facts import EmployeeFacts, StatusRules, all_facts, status_rules


@dataclass(frozen=True)
class ScanRow:
    employee_id: uuid.UUID
    national_number: str | None
    full_name: str
    unit_name: str
    recorded_grade: int | None
    recorded_increments: int
    entitled_grade: int
    entitled_increments: int
    entitlement: Entitlement

    @property
    def difference(self) -> int:
        return self.entitled_grade - (self.recorded_grade or 0)

    @property
    def reason_ar(self) -> str:
        """Why: the first step that lifts the grade above the recorded one (a promotion due,
        a qualification); for a recorded grade above the entitlement, the summing-up line."""
        return self.reason("ar")

    def reason(self, lang: str = "ar") -> str:
        """The reason (see :attr:`reason_ar`) in Arabic or English."""
        steps = self.entitlement.chronology
        recorded = self.recorded_grade or 0
        lifting = next((s for s in steps if s.grade > recorded and s.date != steps[-1].date), None)
        step = lifting or steps[-1]
        return step.text_ar if lang == "ar" else step.text_en


def facts_of(emp: EmployeeFacts, statuses: StatusRules, today: dt.date) -> Facts | None:
    """The engine's facts from an employee's record and service file; None without a hire
    date (nothing can be computed)."""
    if emp.hire_date is None:
        return None
    quals: list[Qualification] = []
    changed_to_current: dt.date | None = None
    for event in emp.events:
        if event.kind == "qualification":
            if event.from_value:
                quals.append(Qualification(event.from_value, emp.hire_date))
            if event.to_value == emp.qualification:
                changed_to_current = event.date
    if emp.qualification:
        obtained = changed_to_current or (
            dt.date(emp.qualification_year, 1, 1) if emp.qualification_year else emp.hire_date
        )
        quals.append(Qualification(emp.qualification, min(obtained, today)))
    promotions = [
        Promotion(e.date, int(e.to_value))
        for e in emp.events
        if e.kind == "grade" and e.to_value.isdigit()
    ]
    periods: list[Period] = []
    open_since: dt.date | None = None
    for event in emp.events:
        if event.kind != "status":
            continue
        if event.to_value not in statuses.counted and open_since is None:
            open_since = event.date
        elif event.to_value in statuses.counted and open_since is not None:
            periods.append(
                Period(open_since, event.date - dt.timedelta(days=1), "مدة لا تحتسب في الخدمة")
            )
            open_since = None
    if open_since is not None:
        periods.append(Period(open_since, today, "مدة لا تحتسب في الخدمة"))
    return Facts(emp.hire_date, quals, promotions, periods)


def entitlement_of(
    emp: EmployeeFacts, rules: Rules, statuses: StatusRules, today: dt.date, *, explain: bool = True
) -> Entitlement | None:
    facts = facts_of(emp, statuses, today)
    return entitle(facts, rules, today, explain=explain) if facts is not None else None


def scan(
    ctx: AppContext,
    today: dt.date | None = None,
    ids: list[uuid.UUID] | None = None,
    *,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> list[ScanRow]:
    """Everyone at work whose recorded grade differs from what the rules give them today."""
    ctx.require(Permission.SETTLEMENT_READ)
    today = today or dt.date.today()
    with ctx.session() as session:
        rules = load_rules(session)
    statuses = status_rules(ctx)
    found = []
    for done, emp in enumerate(all_facts(ctx, ids), start=1):
        if done % 500 == 0:
            progress(done, 0, "")
            if cancel is not None:
                cancel.check()
        if emp.status not in statuses.active:
            continue
        result = entitlement_of(emp, rules, statuses, today, explain=False)
        if result is None or result.grade == emp.grade:
            continue
        result = entitlement_of(emp, rules, statuses, today)  # with its chronology
        assert result is not None
        found.append(
            ScanRow(
                emp.id,
                emp.national_number,
                emp.full_name,
                emp.unit_name,
                emp.grade,
                emp.increments,
                result.grade,
                result.increments,
                result,
            )
        )
    return found
