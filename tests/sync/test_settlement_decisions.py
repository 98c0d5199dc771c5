"""The ministry's decision on an escalated settlement case rides back on its receipt."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.settlement import ministry, queries, service
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.staff.facts import all_facts, status_rules
from baladiya_desktop.sync.hooks import DECISION_KINDS
from tests.support import login
from tests.sync.conftest import World, ok

TODAY = dt.date.today()
DOCS = ("request", "job_data", "appointment", "start_of_work", "last_decision", "service_statement")


def escalate(db: Path) -> uuid.UUID:
    """A new case proposing grade 12, walked to the ministry at the station."""
    ctx = open_station(Target.resolve(db))
    try:
        admin = login(ctx, "admin")
        taken = {r.employee_id for r in queries.list_cases(admin)}
        active = status_rules(admin).active
        emp = next(f for f in all_facts(admin) if f.id not in taken and f.status in active)
        (case_id,) = service.open_cases(
            admin,
            [
                service.CaseRequest(
                    emp.id,
                    "grade",
                    "ترقية إلى الدرجة 12 لاستيفاء المدة القانونية",
                    proposed_grade=12,
                    request_date=TODAY - dt.timedelta(days=5),
                )
            ],
        )
        for doc in DOCS:
            service.mark_document(admin, case_id, doc, True)
        for action in ("complete_documents", "to_committee", "committee_approve", "agent_approve"):
            service.advance(admin, case_id, action)
        assert queries.case_detail(admin, case_id).case.status == wf.MINISTRY
        return case_id
    finally:
        ctx.engine.dispose()


def case_status(db: Path, case_id: uuid.UUID) -> tuple[str, list[Any]]:
    ctx = open_station(Target.resolve(db))
    try:
        detail = queries.case_detail(login(ctx, "admin"), case_id)
        return detail.case.status, detail.steps
    finally:
        ctx.engine.dispose()


def round_trip(world: World) -> dict[str, Any]:
    """Station → ministry → receipt → station; returns the ministry's import answer."""
    bundle = world.export()
    receipts = world.folder / "receipts"
    receipts.mkdir(exist_ok=True)
    applied = ok(world.m("ministry", "import", bundle["path"], "--receipts", receipts))[0]
    ok(world.s("bundle", "import", applied["receipt"]))
    return dict(applied)


def test_the_ministry_decides_and_the_station_applies_once(world: World) -> None:
    assert "settlement" in DECISION_KINDS
    approve, refuse = escalate(world.station), escalate(world.station)
    round_trip(world)  # the ministry now holds both cases, at the ministry
    decided = TODAY.strftime("%d/%m/%Y")
    ok(
        world.m(
            "settlement",
            "ministry-decide",
            str(approve),
            "--approve",
            "--decision",
            "و/77/2026",
            "--decision-date",
            decided,
        )
    )
    ok(
        world.m(
            "settlement",
            "ministry-decide",
            str(refuse),
            "--refuse",
            "--reason",
            "لا توجد درجة شاغرة في الملاك",
            "--decision-date",
            decided,
        )
    )
    again = world.m(
        "settlement",
        "ministry-decide",
        str(approve),
        "--approve",
        "--decision",
        "x",
        "--decision-date",
        decided,
    )
    assert again.code == 1 and "من قبل" in again.err
    station_refused = world.s(
        "settlement",
        "ministry-decide",
        str(approve),
        "--approve",
        "--decision",
        "x",
        "--decision-date",
        decided,
    )
    assert station_refused.code == 1

    round_trip(world)  # the receipt carries both decisions
    status, steps = case_status(world.station, approve)
    assert status == wf.APPROVED
    assert steps[-1].action == "ministry_approve" and steps[-1].decision_number == "و/77/2026"
    assert steps[-1].by_user.startswith(ministry.BY_MINISTRY)
    status, steps = case_status(world.station, refuse)
    assert status == wf.REFUSED and steps[-1].reason == "لا توجد درجة شاغرة في الملاك"

    # Applying the same ruling again changes nothing; the case's next bundle stops the ride.
    ctx = open_station(Target.resolve(world.station))
    try:
        with ctx.write_as("admin", "test") as tx:
            assert not ministry.apply_decision(
                tx.session,
                {
                    "case_id": str(approve),
                    "approved": True,
                    "decision_number": "و/77/2026",
                    "decision_date": TODAY.isoformat(),
                    "by": "boss",
                },
                "admin",
            )
    finally:
        ctx.engine.dispose()
    assert len(case_status(world.station, approve)[1]) == 5
    round_trip(world)
    with world.ministry() as m, m.session() as session:
        assert ministry.pending(session, "LY-M010", uuid.uuid4()) == []


def test_a_ruling_this_version_cannot_read_is_ignored(world: World) -> None:
    case_id = escalate(world.station)
    ctx = open_station(Target.resolve(world.station))
    try:
        with ctx.write_as("admin", "test") as tx:
            for bad in (
                {"case_id": "nope"},
                {"case_id": str(case_id), "approved": "yes", "decision_date": TODAY.isoformat()},
                {
                    "case_id": str(uuid.uuid4()),
                    "approved": True,
                    "decision_date": TODAY.isoformat(),
                },
            ):
                assert not ministry.apply_decision(tx.session, bad, "admin")
    finally:
        ctx.engine.dispose()
    assert case_status(world.station, case_id)[0] == wf.MINISTRY
