"""Organizational structure: the rules the service enforces, and the template."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, ValidationError
from baladiya_desktop.domain.org import queries, service
from baladiya_desktop.domain.org.models import OrgDecision, OrgUnit
from baladiya_desktop.domain.org.rules import Decision
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.org.template import apply_template
from tests.support import login

TODAY = dt.date.today()


def unit(code: str, parent: uuid.UUID | None = None, kind: str = "department",
         name: str | None = None, **extra: object) -> UnitInput:
    return UnitInput(code=code, name_ar=name or f"إدارة {code}", unit_type=kind,
                     parent_id=parent, **extra)  # type: ignore[arg-type]


def count_units(ctx: AppContext) -> int:
    with ctx.session() as session:
        return int(session.scalar(select(func.count()).select_from(OrgUnit)) or 0)


def test_template_builds_the_unified_structure(admin: AppContext) -> None:
    made = apply_template(admin)
    roots = queries.structure(admin)
    assert made >= 20 and len(roots) == 1 and roots[0].unit_type == "council"
    everything = roots[0].walk()
    assert len(everything) == made
    assert {n.unit_type for n in everything} >= {"council", "mayor", "agent", "department",
                                                 "office", "section", "guard"}
    assert sum(n.approved for n in everything) > 40
    with pytest.raises(ValidationError):
        apply_template(admin)  # only onto an empty structure


def test_add_move_and_refuse_cycles(admin: AppContext) -> None:
    top = service.add_unit(admin, unit("D1"))
    mid = service.add_unit(admin, unit("D1-S1", top, "section"))
    low = service.add_unit(admin, unit("D1-S1-U1", mid, "unit"))
    with pytest.raises(ValidationError) as caught:
        service.move_unit(admin, top, low)
    assert caught.value.field == "parent"
    with pytest.raises(ValidationError):
        service.move_unit(admin, top, top)
    other = service.add_unit(admin, unit("D2"))
    service.move_unit(admin, mid, other)
    roots = {n.code: n for n in queries.structure(admin)}
    assert [c.code for c in roots["D2"].children] == ["D1-S1"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (UnitInput(code="", name_ar="إدارة", unit_type="department"), "code"),
        (UnitInput(code="bad code!", name_ar="إدارة", unit_type="department"), "code"),
        (UnitInput(code="X1", name_ar="   ", unit_type="department"), "name_ar"),
        (UnitInput(code="X1", name_ar="إدارة", unit_type="ministry-of-magic"), "unit_type"),
        (UnitInput(code="X1", name_ar="إدارة", unit_type="department",
                   parent_id=uuid.uuid4()), "parent"),
        (UnitInput(code="X1", name_ar="إدارة", unit_type="department", status="approved"),
         "decision_number"),
        (UnitInput(code="X1", name_ar="إدارة", unit_type="department", status="open"), "status"),
    ],
)
def test_bad_units_are_refused_and_nothing_changes(admin: AppContext, data: UnitInput,
                                                   field: str) -> None:
    before = count_units(admin)
    with pytest.raises(ValidationError) as caught:
        service.add_unit(admin, data)
    assert caught.value.field == field
    assert caught.value.message_ar
    assert count_units(admin) == before


def test_codes_are_unique_in_the_municipality(admin: AppContext) -> None:
    service.add_unit(admin, unit("FIN"))
    with pytest.raises(ValidationError) as caught:
        service.add_unit(admin, unit("fin"))
    assert "مستخدم" in caught.value.message_ar


def test_unit_with_children_cannot_be_deleted_or_closed(admin: AppContext) -> None:
    top = service.add_unit(admin, unit("D1"))
    child = service.add_unit(admin, unit("D1-S1", top, "section"))
    for action in (lambda: service.delete_unit(admin, top),
                   lambda: service.close_unit(admin, top, TODAY)):
        with pytest.raises(ValidationError) as caught:
            action()
        assert "تابعة" in caught.value.message_ar
    service.close_unit(admin, child, TODAY)
    service.close_unit(admin, top, TODAY)
    assert {n.status for n in queries.structure(admin)[0].walk()} == {"closed"}
    assert queries.structure(admin, include_closed=False) == []


def test_approved_changes_record_their_decision(admin: AppContext) -> None:
    decided = Decision("15/2024", dt.date(2024, 3, 1))
    top = service.add_unit(admin, unit("D1", status="approved", decision_number="15/2024",
                                       decision_date=dt.date(2024, 3, 1)))
    other = service.add_unit(admin, unit("D2"))
    with pytest.raises(ValidationError):
        service.move_unit(admin, top, other)  # no decision given
    service.move_unit(admin, top, other, Decision("22/2025", dt.date(2025, 1, 5)))
    with pytest.raises(ValidationError):
        service.delete_unit(admin, top)
    service.close_unit(admin, top, TODAY, decided)
    with admin.session() as session:
        changes = [d.change for d in session.scalars(
            select(OrgDecision).where(OrgDecision.unit_id == top).order_by(OrgDecision.version))]
    assert changes == ["create", "move", "close"]


def test_posts_are_validated_and_counted(admin: AppContext) -> None:
    top = service.add_unit(admin, unit("D1"))
    service.add_post(admin, top, PostInput("مدير الإدارة", 11, 13, 1, "القيادية", True))
    service.add_post(admin, top, PostInput("محاسب", 6, 10, 3))
    for bad in (PostInput("", 5, 6, 1), PostInput("x", 0, 5, 1), PostInput("x", 9, 16, 1),
                PostInput("x", 9, 5, 1), PostInput("x", 5, 6, -2)):
        with pytest.raises(ValidationError):
            service.add_post(admin, top, bad)
    node = queries.structure(admin)[0]
    assert node.approved == 4 and node.filled == 0
    assert [p.vacant for p in node.posts] == [1, 3]


def test_search_by_arabic_name_ignores_spelling(admin: AppContext) -> None:
    service.add_unit(admin, unit("FIN", name="إدارة الشؤون المالية"))
    service.add_unit(admin, unit("LEG", kind="office", name="مكتب الشئون القانونية"))
    found = queries.search_units(admin, "الشؤون الماليه")
    assert [n.code for n in found] == ["FIN"]
    assert [n.code for n in queries.search_units(admin, "اداره")] == ["FIN"]


def test_viewer_cannot_change_the_structure(admin: AppContext) -> None:
    viewer = login(admin, "guest")
    with pytest.raises(PermissionDenied):
        service.add_unit(viewer, unit("V1"))
    assert count_units(admin) == 0
