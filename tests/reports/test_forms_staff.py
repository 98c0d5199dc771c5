"""The employee data card and the staff list by unit: printed fields, the QR vouching for them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, UserError
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.staff import service
from baladiya_desktop.domain.staff.rules import EmployeeInput
from baladiya_desktop.reports.registry import get_form
from baladiya_desktop.reports.verification import verify
from tests.reports.pdftools import has_text, pdf_text, squash
from tests.reports.test_forms_verify import read_qr
from tests.support import login

AHMED = EmployeeInput(
    first_name="أحمد", father_name="عبد الله", grandfather_name="محمد", family_name="الورفلي",
    sex="M", national_number="119850123456", birth_date=dt.date(1985, 4, 2),
    hire_date=dt.date(2010, 1, 3), grade=8, qualification="bachelor", employee_number="E-100",
    job_title="محاسب", unit_code="FIN", post_title="محاسب", mother_name="زينب علي",
)  # fmt: skip


@pytest.fixture
def staffed(admin: AppContext) -> AppContext:
    unit = org_service.add_unit(admin, UnitInput("FIN", "إدارة الشؤون المالية", "department"))
    org_service.add_post(admin, unit, PostInput("محاسب", 6, 10, 2))
    org_service.add_unit(admin, UnitInput("HR", "إدارة الشؤون الإدارية", "department"))
    return admin


def test_employee_card(staffed: AppContext, tmp_path: Path) -> None:
    emp_id = service.register(staffed, AHMED)
    service.update(staffed, emp_id, replace(AHMED, grade=9), service.Decision(
        dt.date(2024, 5, 1), "77/2024"))  # fmt: skip
    out = tmp_path / "card.pdf"
    result = get_form("staff-card").build(staffed, str(emp_id), out)
    assert result.pages == len(PdfReader(str(out)).pages) <= 2
    text = pdf_text(out)
    for words in ("بطاقة بيانات موظف", "أحمد عبد الله محمد الورفلي", "119850123456",
                  "زينب علي", "إدارة الشؤون المالية", "بكالوريوس", "ملف الخدمة", "77/2024",
                  "02/04/1985", "الشؤون المالية"):  # fmt: skip
        assert has_text(text, words), words
    qr = read_qr(out, tmp_path)
    assert verify(staffed, qr).status == "genuine"
    service.update(staffed, emp_id, replace(AHMED, grade=9, phone="0912345678"))
    assert verify(staffed, qr).status == "changed"  # a printed field changed since


def test_staff_list_by_unit(staffed: AppContext, tmp_path: Path) -> None:
    service.register(staffed, AHMED)
    service.register(staffed, replace(AHMED, first_name="سالم", national_number="119900654321",
                                      birth_date=dt.date(1990, 6, 6), unit_code="HR",
                                      post_title="", employee_number="E-2"))  # fmt: skip
    service.register(staffed, replace(AHMED, first_name="هدى", sex="F",
                                      national_number="219910654321",
                                      birth_date=dt.date(1991, 1, 1), unit_code="",
                                      post_title="", employee_number="E-3"))  # fmt: skip
    out = tmp_path / "list.pdf"
    result = get_form("staff-list").build(staffed, None, out)
    text = pdf_text(out)
    for words in ("كشف العاملين حسب الوحدة", "إدارة الشؤون المالية", "إدارة الشؤون الإدارية",
                  "بدون وحدة", "المجموع", "موظف", "عدد العاملين", "هدى"):  # fmt: skip
        assert has_text(text, words), words
    flat = squash(text)
    assert (
        flat.index(squash("الإدارية"))
        < flat.index(squash("المالية"))
        < flat.index(squash("بدون وحدة"))
    )  # units by name, the unassigned last
    assert verify(staffed, read_qr(out, tmp_path)).status == "genuine"
    assert result.pages >= 1


def test_forms_need_staff_read(staffed: AppContext, tmp_path: Path) -> None:
    emp_id = service.register(staffed, AHMED)
    with pytest.raises(PermissionDenied):
        get_form("staff-card").build(login(staffed, "cashier"), str(emp_id), tmp_path / "c.pdf")
    with pytest.raises(UserError):
        get_form("staff-card").build(staffed, "not-an-id", tmp_path / "c.pdf")
    assert get_form("staff-list").needs_id is False and get_form("staff-card").needs_id
