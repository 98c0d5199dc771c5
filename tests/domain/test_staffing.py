"""The staffing table: people without a post counted as surplus, posts beyond their number,
grade mismatches flagged, and placing someone moving them from surplus to filled."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, ValidationError
from baladiya_desktop.domain.org import queries, service, staffing
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.staff import queries as staff_queries
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.domain.staff.rules import EmployeeInput
from baladiya_desktop.exchange.mappings.org import export_structure, import_structure_file
from baladiya_desktop.reports.registry import get_form
from tests.reports.pdftools import has_text, pdf_text
from tests.support import login

PERSON = EmployeeInput(first_name="أحمد", father_name="علي", family_name="الورفلي", sex="M",
                       national_number="119800000001", birth_date=dt.date(1980, 1, 1),
                       hire_date=dt.date(2010, 1, 1), grade=8, unit_code="FIN")


@pytest.fixture
def office(admin: AppContext) -> AppContext:
    return make_office(admin)


def make_office(admin: AppContext) -> AppContext:
    """A finance department: a head (grades 12–15, one post) and two accountants (6–9);
    the head's post held by a grade-4 clerk, one accountant, and two people without a post."""
    fin = service.add_unit(admin, UnitInput("FIN", "الإدارة المالية", "department"))
    service.add_unit(admin, UnitInput("FIN-A", "قسم الحسابات", "section", parent_id=fin))
    service.add_post(admin, fin, PostInput("مدير الإدارة", 12, 15, 1, is_head=True))
    service.add_post(admin, fin, PostInput("محاسب", 6, 9, 2))
    people = [
        ("119800000001", "مدير الإدارة", 4),  # a clerk in the head's post
        ("119800000002", "محاسب", 8),
        ("119800000003", "", 7),
        ("119800000004", "", 5),
    ]
    for number, post, grade in people:
        staff_service.register(admin, replace(PERSON, national_number=number, post_title=post,
                                              grade=grade, job_title=post or "كاتب"))
    staff_service.register(admin, replace(PERSON, national_number="119800000005", unit_code="",
                                          grade=3))  # in no unit at all
    return admin


def test_people_without_a_post_are_surplus_and_the_numbers_add_up(office: AppContext) -> None:
    table = staffing.staffing_table(office)
    fin = next(line for line in table.units if line.label == "الإدارة المالية")
    assert (fin.approved, fin.filled, fin.vacant, fin.surplus) == (3, 2, 1, 2)
    assert fin.staff == 4 and fin.mismatched == 1
    nowhere = next(line for line in table.units if line.unit_id is None)
    assert nowhere.label == staffing.NO_UNIT and nowhere.surplus == 1
    assert table.total.staff == 5 == sum(line.staff for line in table.units)
    assert sum(b.staff for b in table.bands) == 5 and sum(t.staff for t in table.titles) == 5
    assert {b.label: b.approved for b in table.bands} == {"5–8": 0, "9–10": 2, "11–15": 1,
                                                          "1–4": 0}
    assert sorted(p.name for p in table.unassigned) == sorted(
        staff_queries.get(office, p.person_id).full_name for p in table.unassigned)
    assert len(table.unassigned) == 3


def test_a_holder_outside_the_posts_grades_is_flagged(office: AppContext) -> None:
    table = staffing.staffing_table(office)
    assert [(m.grade, m.post_title, m.grade_min, m.grade_max) for m in table.mismatches] == [
        (4, "مدير الإدارة", 12, 15)]
    tree = queries.tree_to_json(queries.structure(office))
    fin = tree[0]
    assert (fin["approved"], fin["filled"], fin["vacant"], fin["surplus"], fin["staff"]) == (
        3, 2, 1, 2, 4)
    assert fin["grade_mismatches"] == 1 and fin["without_post"] == 2
    head = next(p for p in fin["posts"] if p["is_head"])  # type: ignore[attr-defined]
    assert head["grade_mismatches"] == 1 and head["filled"] == 1


def test_the_lists_of_people_need_the_right_to_read_staff(office: AppContext) -> None:
    guest = staffing.staffing_table(login(office, "guest"))
    assert guest.total.staff == 5 and guest.units[0].mismatched == 1
    assert not guest.named and guest.unassigned == [] and guest.mismatches == []


def test_placing_someone_moves_them_from_surplus_to_filled(office: AppContext) -> None:
    table = staffing.staffing_table(office)
    vacancy = next(v for v in table.vacancies if v.title == "محاسب")
    person = next(p for p in table.unassigned if p.grade == 7)
    clerk = login(office, "clerk")
    staff_service.place_in_post(clerk, person.person_id, vacancy.post_id,
                                staff_service.Decision(dt.date(2026, 1, 10), "12/2026"))
    after = staffing.staffing_table(office)
    fin = after.unit(vacancy.unit_id)
    assert (fin.filled, fin.vacant, fin.surplus, fin.staff) == (3, 0, 1, 4)
    assert person.person_id not in {p.person_id for p in after.unassigned}
    moved = staff_queries.get(office, person.person_id)
    assert moved.post_id == vacancy.post_id and moved.job_title == "محاسب"
    kinds = {e.kind for e in staff_queries.history(office, person.person_id)}
    assert {"post", "title"} <= kinds


def test_placing_refuses_a_full_post_a_wrong_grade_and_a_reader(office: AppContext) -> None:
    table = staffing.staffing_table(office)
    low = next(p for p in table.unassigned if p.grade == 5)
    head = next(p for n in queries.structure(office) for p in n.posts if p.is_head)
    accountant = next(v for v in table.vacancies if v.title == "محاسب")
    with pytest.raises(ValidationError) as caught:
        staff_service.place_in_post(office, low.person_id, head.id)  # filled to its number
    assert caught.value.field == "post" and "مشغولة" in caught.value.message_ar
    with pytest.raises(ValidationError) as caught:
        staff_service.place_in_post(office, low.person_id, accountant.post_id)  # grade 5 < 6
    assert "خارج درجات" in caught.value.message_ar
    with pytest.raises(PermissionDenied):
        staff_service.place_in_post(login(office, "guest"), low.person_id, accountant.post_id)
    assert staffing.staffing_table(office).total.surplus == table.total.surplus


def test_the_printed_staffing_form_shows_surplus_and_mismatches(
    office: AppContext, tmp_path: Path
) -> None:
    out = tmp_path / "staffing.pdf"
    get_form("org-units").build(office, None, out)
    text = pdf_text(out)
    for words in ("بدون وظيفة في الملاك", "الزائد", "خارج الدرجة", "الملاك حسب فئة الدرجة",
                  "الملاك حسب المسمى الوظيفي", "شاغلو وظائف بدرجة خارج درجاتها",
                  "غير مسجلين في أي وحدة"):
        assert has_text(text, words), words
    content = get_form("org-units").content(office, "all")
    assert content["total"][1:6] == [3, 2, 1, 3, 5]  # approved, filled, vacant, surplus, staff
    assert [m[1:4] for m in content["mismatches"]] == [[4, "الإدارة المالية", "مدير الإدارة"]]
    guest = get_form("org-units").content(login(office, "guest"), "all")
    assert guest["mismatches"] == [] and guest["total"] == content["total"]


def test_the_workbook_carries_the_staffing_table_and_still_imports_back(
    office: AppContext, tmp_path: Path
) -> None:
    out = tmp_path / "structure.xlsx"
    export_structure(office, out)
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["الوحدات", "الوظائف"] and "الملاك" in book.sheetnames
    rows = [r for r in book["الملاك"].iter_rows(values_only=True) if r and r[0]]
    head = list(next(r for r in rows if r[0] == "الوحدة"))
    fin = next(r for r in rows if str(r[0]).strip() == "الإدارة المالية")
    got = {h: fin[head.index(h)] for h in ("المعتمد", "المشغول", "الشاغر", "الزائد", "الموظفون",
                                          "خارج الدرجة")}
    assert got == {"المعتمد": 3, "المشغول": 2, "الشاغر": 1, "الزائد": 2, "الموظفون": 4,
                   "خارج الدرجة": 1}
    mismatch = [r for r in book["خارج درجة الوظيفة"].iter_rows(values_only=True) if r[0]]
    assert any(r[1] == 4 and r[4] == "12–15" for r in mismatch)
    again = import_structure_file(office, out, dry_run=True)
    assert not again.rejected() and again.units.unchanged == 2
