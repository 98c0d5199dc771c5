"""Development projects: the rules of the register and the warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, ValidationError
from baladiya_desktop.domain.projects import queries, service
from baladiya_desktop.domain.projects.service import ProjectInput
from tests.support import login

TODAY = dt.date.today()
ROAD = ProjectInput(name="صيانة طريق الشط", sector="dev_projects", budget=2_000_000_000,
                    status="under_way", contractor="شركة البناء الحديث",
                    start_date=TODAY - dt.timedelta(days=200),
                    planned_end=TODAY + dt.timedelta(days=200))


@pytest.mark.parametrize(("change", "field"), [
    ({"name": " "}, "name"),
    ({"sector": "space"}, "sector"),
    ({"budget": -1}, "budget"),
    ({"planned_end": TODAY - dt.timedelta(days=300)}, "planned_end"),
    ({"status": "stopped"}, "stop_reason"),
    ({"status": "completed"}, "actual_end"),
    ({"status": "dreaming"}, "status"),
])
def test_bad_projects_are_refused(admin: AppContext, change: dict[str, object],
                                  field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        service.save_project(admin, replace(ROAD, **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert queries.projects(admin) == []


def test_progress_backwards_needs_a_reason(admin: AppContext) -> None:
    pid = service.save_project(admin, ROAD)
    service.add_progress(admin, pid, TODAY - dt.timedelta(days=30), 40, 30, 600_000_000)
    with pytest.raises(ValidationError) as caught:
        service.add_progress(admin, pid, TODAY, 35, 30)
    assert caught.value.field == "reason"
    service.add_progress(admin, pid, TODAY, 35, 30, reason="إعادة قياس الكميات المنفذة")
    milestones, updates = queries.timeline(admin, pid)
    assert [u.physical_pct for u in updates] == [40, 35] and milestones == []
    with pytest.raises(ValidationError):
        service.add_progress(admin, pid, TODAY, 101, 30)


def test_behind_schedule_and_over_budget_warnings(admin: AppContext) -> None:
    slow = service.save_project(admin, ROAD)  # half the time gone
    service.add_progress(admin, slow, TODAY, 20, 10, 100)
    costly = service.save_project(admin, replace(ROAD, name="إنارة الميدان", budget=1_000))
    service.add_progress(admin, costly, TODAY, 60, 90, 5_000)
    rows = {r.name: r for r in queries.projects(admin)}
    assert rows["صيانة طريق الشط"].behind and not rows["صيانة طريق الشط"].over_budget
    assert rows["إنارة الميدان"].over_budget and not rows["إنارة الميدان"].behind
    assert rows["صيانة طريق الشط"].expected_pct == 50


def test_only_the_office_writes_projects(ctx: AppContext) -> None:
    with pytest.raises(PermissionDenied):
        service.save_project(login(ctx, "guest"), ROAD)
    assert service.save_project(login(ctx, "clerk"), ROAD)
