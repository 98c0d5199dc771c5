"""Importing the structure's workbook: every bad input names its row and column, and a refused
file changes nothing unless the good rows are asked for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, UserError
from baladiya_desktop.domain.org import queries, service
from baladiya_desktop.domain.org.models import OrgDecision, OrgPost, OrgUnit
from baladiya_desktop.domain.org.service import UnitInput
from baladiya_desktop.exchange.mappings.org import (
    POST_COLUMNS,
    UNIT_COLUMNS,
    import_structure_file,
    write_structure_template,
)
from tests.support import login

UNIT_HEAD = [c.title_ar for c in UNIT_COLUMNS]
POST_HEAD = [c.title_ar for c in POST_COLUMNS]
Row = Sequence[Any]


def unit(
    code: str,
    parent: str | None,
    name: str = "",
    kind: str = "إدارة",
    status: str | None = None,
    number: str | None = None,
    date: dt.date | None = None,
) -> list[Any]:
    return [code, parent, kind, name or f"إدارة {code}", None, status, number, date]


def workbook(
    path: Path,
    units: Sequence[Row],
    posts: Sequence[Row] = (),
    unit_head: Sequence[str] = UNIT_HEAD,
) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "الوحدات"
    ws.append(list(unit_head))
    for row in units:
        ws.append(list(row))
    ps = book.create_sheet("الوظائف")
    ps.append(POST_HEAD)
    for row in posts:
        ps.append(list(row))
    book.save(path)
    return path


def counts(ctx: AppContext) -> tuple[int, int, int]:
    with ctx.session() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (OrgUnit, OrgPost, OrgDecision)
        )


GOOD = [
    unit("COUNCIL", None, "المجلس البلدي", "المجلس البلدي"),
    unit("DEP-FIN", "COUNCIL", "إدارة الشؤون المالية"),
    unit("DEP-FIN-ACC", "DEP-FIN", "قسم الحسابات", "قسم"),
]
POSTS = [
    ["DEP-FIN", "مدير الإدارة", "الوظائف القيادية", 11, 13, 1, "نعم"],
    ["DEP-FIN-ACC", "محاسب", "الوظائف المالية", 6, 10, 3, "لا"],
]


def reasons(result: Any) -> dict[int, str]:
    found: dict[int, str] = {}
    for item in result.to_json()["rejected"]:
        found[item["row"]] = found.get(item["row"], "") + item["reason"]
    return found


def test_a_good_file_imports_and_again_changes_nothing(admin: AppContext, tmp_path: Path) -> None:
    path = workbook(tmp_path / "org.xlsx", GOOD, POSTS)
    result = import_structure_file(admin, path)
    assert result.to_json()["imported"] == 5 and result.written
    roots = queries.structure(admin)
    assert [n.code for n in roots[0].walk()] == ["COUNCIL", "DEP-FIN", "DEP-FIN-ACC"]
    assert roots[0].children[0].children[0].unit_type == "section"
    assert sum(n.approved for n in roots[0].walk()) == 4
    again = import_structure_file(admin, path)
    assert again.to_json()["unchanged"] == 5 and again.to_json()["imported"] == 0


def test_existing_units_are_updated_not_duplicated(admin: AppContext, tmp_path: Path) -> None:
    service.add_unit(
        admin, UnitInput(code="DEP-FIN", name_ar="الإدارة المالية", unit_type="department")
    )
    result = import_structure_file(admin, workbook(tmp_path / "o.xlsx", GOOD, POSTS))
    assert result.units.updated == 1 and result.units.imported == 2
    with admin.session() as session:
        names = session.scalars(select(OrgUnit.name_ar).where(OrgUnit.code == "DEP-FIN")).all()
    assert names == ["إدارة الشؤون المالية"]


@pytest.mark.parametrize(
    ("units", "posts", "row", "words"),
    [
        pytest.param(
            [*GOOD, unit("A", "B"), unit("B", "A")],
            [],
            5,
            ["الوحدات", "رمز الوحدة الأم", "حلقة", "A ← B ← A"],
            id="cycle",
        ),
        pytest.param([*GOOD, unit("X", "X")], [], 5, ["رمز الوحدة الأم", "حلقة"], id="self"),
        pytest.param(
            [*GOOD, unit("dep-fin", "COUNCIL")],
            [],
            5,
            ["«رمز الوحدة»", "مكرر", "3، 5"],
            id="duplicate-code",
        ),
        pytest.param(
            [*GOOD, unit("D9", "NOWHERE")],
            [],
            5,
            ["«رمز الوحدة الأم»", "NOWHERE", "غير موجودة"],
            id="missing-parent",
        ),
        pytest.param(
            [*GOOD, unit("D9", "COUNCIL", kind="وزارة السحر")],
            [],
            5,
            ["«نوع الوحدة»", "وزارة السحر", "غير معروف"],
            id="unknown-type",
        ),
        pytest.param(
            [*GOOD, [*unit("D9", "COUNCIL")[:3], "   "]],
            [],
            5,
            ["«اسم الوحدة»", "فارغ"],
            id="empty-name",
        ),
        pytest.param(
            [*GOOD, unit("D9", "COUNCIL", status="معتمد")],
            [],
            5,
            ["«رقم القرار»", "قرار الاعتماد"],
            id="approved-without-decision",
        ),
        pytest.param(
            [*GOOD, unit("D9", "COUNCIL", status="قائم")],
            [],
            5,
            ["«الحالة»", "قائم"],
            id="unknown-status",
        ),
        pytest.param(
            GOOD,
            [*POSTS, ["DEP-FIN", "كاتب", "", 4, 7, -2, "لا"]],
            4,
            ["الوظائف", "«العدد المعتمد»", "سالب"],
            id="negative-posts",
        ),
        pytest.param(
            GOOD,
            [*POSTS, ["DEP-FIN", "كاتب", "", 4, 7, "ثلاثة", "لا"]],
            4,
            ["الوظائف", "«العدد المعتمد»", "ثلاثة", "ليس عدداً"],
            id="posts-not-number",
        ),
        pytest.param(
            GOOD,
            [*POSTS, ["DEP-FIN", "كاتب", "", "رابعة", 7, 2, "لا"]],
            4,
            ["«من الدرجة»", "ليس عدداً"],
            id="grade-not-number",
        ),
        pytest.param(
            GOOD,
            [*POSTS, ["DEP-FIN", "كاتب", "", 9, 7, 2, "لا"]],
            4,
            ["«من الدرجة»", "الدنيا أكبر"],
            id="grades-reversed",
        ),
        pytest.param(
            GOOD,
            [*POSTS, ["NOWHERE", "كاتب", "", 4, 7, 2, "لا"]],
            4,
            ["«رمز الوحدة»", "NOWHERE"],
            id="post-unit-missing",
        ),
        pytest.param(
            GOOD,
            [*POSTS, ["DEP-FIN", "مدير  الإدارة", "", 4, 7, 2, "لا"]],
            4,
            ["«المسمى الوظيفي»", "مكررة", "2، 4"],
            id="duplicate-post",
        ),
    ],
)
def test_bad_rows_are_named_and_nothing_changes(
    admin: AppContext,
    tmp_path: Path,
    units: list[Row],
    posts: list[Row],
    row: int,
    words: list[str],
) -> None:
    before = counts(admin)
    result = import_structure_file(admin, workbook(tmp_path / "bad.xlsx", units, posts))
    found = reasons(result)
    assert row in found, found
    for word in words:
        assert word in found[row], (word, found[row])
    assert not result.written and result.to_json()["imported"] == 0
    assert counts(admin) == before


def test_cycle_through_the_existing_structure(admin: AppContext, tmp_path: Path) -> None:
    import_structure_file(admin, workbook(tmp_path / "o.xlsx", GOOD))
    before = counts(admin)
    moved = [unit("DEP-FIN", "DEP-FIN-ACC", "إدارة الشؤون المالية")]  # under its own section
    found = reasons(import_structure_file(admin, workbook(tmp_path / "c.xlsx", moved)))
    assert "حلقة" in found[2] and "DEP-FIN ← DEP-FIN-ACC ← DEP-FIN" in found[2]
    assert counts(admin) == before


def test_good_rows_leave_out_the_bad_and_what_leans_on_them(
    admin: AppContext, tmp_path: Path
) -> None:
    units = [
        *GOOD,
        unit("D9", "COUNCIL", kind="؟"),
        unit("D9-S1", "D9", kind="قسم"),
        unit("D8", "COUNCIL"),
    ]
    posts = [
        *POSTS,
        ["D9-S1", "كاتب", "", 4, 7, 2, "لا"],
        ["D8", "كاتب", "", 4, 7, -1, "لا"],
        ["D8", "سائق", "", 3, 6, 1, "لا"],
    ]
    path = workbook(tmp_path / "mixed.xlsx", units, posts)
    refused = import_structure_file(admin, path)
    assert not refused.written and counts(admin)[0] == 0
    where = {(r["sheet"], r["row"]) for r in refused.to_json()["rejected"]}
    # the child of a refused unit and the post of that child are named as well
    assert where == {("الوحدات", 5), ("الوحدات", 6), ("الوظائف", 4), ("الوظائف", 5)}
    result = import_structure_file(admin, path, good_rows=True)
    assert result.written
    codes = {n.code for n in queries.structure(admin)[0].walk()}
    assert codes == {"COUNCIL", "DEP-FIN", "DEP-FIN-ACC", "D8"}
    data = result.to_json()
    assert data["units"]["imported"] == 4 and data["posts"]["imported"] == 3
    assert "رُفض صفها (5)" in reasons(result)[6]
    assert any(r["sheet"] == "الوظائف" and r["row"] == 5 for r in data["rejected"])


def test_dry_run_writes_nothing(admin: AppContext, tmp_path: Path) -> None:
    result = import_structure_file(admin, workbook(tmp_path / "o.xlsx", GOOD, POSTS), dry_run=True)
    assert result.to_json()["imported"] == 5 and result.to_json()["dry_run"]
    assert counts(admin) == (0, 0, 0)


def test_approved_units_record_their_decision(admin: AppContext, tmp_path: Path) -> None:
    rows = [
        unit(
            "COUNCIL",
            None,
            "المجلس البلدي",
            "المجلس البلدي",
            "معتمد",
            "12/2022",
            dt.date(2022, 3, 15),
        )
    ]
    import_structure_file(admin, workbook(tmp_path / "o.xlsx", rows))
    with admin.session() as session:
        decision = session.scalars(select(OrgDecision)).one()
    assert (decision.decision_number, decision.change) == ("12/2022", "create")


def test_not_a_workbook(admin: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "org.xlsx"
    path.write_text("code,name\nA,B\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        import_structure_file(admin, path)
    assert "xlsx" in caught.value.message_ar
    assert counts(admin) == (0, 0, 0)


def test_wrong_columns_name_the_expected_headings(admin: AppContext, tmp_path: Path) -> None:
    path = workbook(tmp_path / "w.xlsx", [["أ", "ب", "ج"]], unit_head=["الاسم", "العمر", "المدينة"])
    with pytest.raises(UserError) as caught:
        import_structure_file(admin, path)
    assert "رمز الوحدة" in caught.value.message_ar and "اسم الوحدة" in caught.value.message_ar
    head = [h for h in UNIT_HEAD if h != "نوع الوحدة"]
    path = workbook(tmp_path / "m.xlsx", [], unit_head=head)
    with pytest.raises(UserError) as caught:
        import_structure_file(admin, path)
    assert "«نوع الوحدة»" in caught.value.message_ar
    assert counts(admin) == (0, 0, 0)


def test_the_report_lists_both_sheets(admin: AppContext, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    bad = workbook(
        tmp_path / "b.xlsx",
        [*GOOD, unit("X", "X")],
        [*POSTS, ["DEP-FIN", "كاتب", "", 4, 7, -2, "لا"]],
    )
    result = import_structure_file(admin, bad)
    out = tmp_path / "report.xlsx"
    assert result.write_report(out) == 2
    book = load_workbook(out)
    assert [ws.title for ws in book.worksheets] == ["الوحدات المرفوضة", "الوظائف المرفوضة"]
    assert book.worksheets[1]["A2"].value == 4 and "سالب" in book.worksheets[1]["B2"].value


def test_template_imports_as_nothing_and_viewers_may_not_import(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "template.xlsx"
    write_structure_template(path)
    admin = login(ctx, "admin")
    assert import_structure_file(admin, path).to_json()["imported"] == 0
    with pytest.raises(PermissionDenied):
        import_structure_file(login(ctx, "guest"), path)
