"""نموذج تسوية وضع وظيفي and كشف التسويات: printed, read back, verified, and stale once changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, UserError
from baladiya_desktop.domain.settlement import salary, service
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.reports.registry import FormOptions, get_form
from baladiya_desktop.reports.verification import verify
from tests.domain.test_settlement import EFFECT, LAGGING, full_run
from tests.reports.pdftools import has_text, pdf_text
from tests.reports.test_forms_verify import read_qr
from tests.support import login

TODAY = dt.date.today()


@pytest.fixture
def case_id(admin: AppContext) -> object:
    employee = staff_service.register(admin, LAGGING)
    (opened,) = service.open_cases(
        admin,
        [
            service.CaseRequest(
                employee,
                "grade",
                EFFECT,
                proposed_increments=1,
                effective_date=dt.date(TODAY.year - 1, 1, 1),
                request_date=TODAY,
            )
        ],
    )
    full_run(admin, opened)
    service.advance(admin, opened, "agent_approve")  # grade 10: to the ministry
    return opened


def test_settlement_form(admin: AppContext, case_id: object, tmp_path: Path) -> None:
    out = tmp_path / "case.pdf"
    result = get_form("settlement-case").build(admin, str(case_id), out)
    text = pdf_text(out)
    for line in (
        "نموذج تسوية وضع وظيفي",
        "سالم علي محمد الترهوني",
        "119800111222",
        "تسوية الدرجة",
        "التسلسل الزمني",
        "المستندات المستلمة",
        "مراحل الإجراء",
        "اعتماد الوكيل",
        "لدى الوزارة",
        "الأثر المالي",
        "غير معروف",
        "الموظف المختص",
        "رئيس لجنة شؤون الموظفين",
        "وكيل البلدية",
        "بكالوريوس",
    ):
        assert has_text(text, line), line
    assert "الختم" in text and "(bachelor)" not in text
    qr = read_qr(out, tmp_path)
    assert qr == result.qr and verify(admin, qr).status == "genuine"
    assert verify(login(admin, "guest").as_user(None), qr).status == "genuine"  # needs no user
    service.advance(
        admin,
        case_id,
        "ministry_approve",  # type: ignore[arg-type]
        decision_number="و/1",
        decision_date=TODAY,
    )
    assert verify(admin, qr).status == "changed"


def test_the_cost_is_printed_when_a_salary_table_exists(
    admin: AppContext, case_id: object, tmp_path: Path
) -> None:
    amounts = {(g, i): 600_000 + g * 40_000 + i * 5_000 for g in range(1, 16) for i in range(11)}
    salary.save_salary_table(admin, "الجدول الموحد", dt.date(2020, 1, 1), 10, amounts)
    out = tmp_path / "case.pdf"
    get_form("settlement-case").build(admin, str(case_id), out)
    text = pdf_text(out)
    monthly = (10 - 8) * 40_000 + (1 - LAGGING.increments) * 5_000
    assert has_text(text, "الجدول الموحد") and f"{monthly // 1000:,}.{monthly % 1000:03d}" in text


def test_batch_list(admin: AppContext, case_id: object, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    result = get_form("settlement-batch").build(admin, None, out)
    assert result.key == f"~{TODAY.isoformat()}"
    text = pdf_text(out)
    for line in ("كشف التسويات", "الترهوني", "لدى الوزارة", "الإجمالي", "وكيل البلدية"):
        assert has_text(text, line), line
    assert verify(admin, read_qr(out, tmp_path)).status == "genuine"
    later = get_form("settlement-batch").build(
        admin,
        None,
        tmp_path / "empty.pdf",
        options=FormOptions(
            date_from=TODAY + dt.timedelta(days=1), date_to=TODAY + dt.timedelta(days=2)
        ),
    )
    assert has_text(pdf_text(later.path), "لا توجد ملفات معتمدة")


def test_who_may_print(admin: AppContext, case_id: object, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        get_form("settlement-case").build(login(admin, "cashier"), str(case_id), tmp_path / "x.pdf")
    with pytest.raises(UserError):
        get_form("settlement-case").build(admin, "not-a-case", tmp_path / "y.pdf")
    assert not (tmp_path / "x.pdf").exists()
