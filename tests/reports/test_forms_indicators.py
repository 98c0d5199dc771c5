"""The quarterly performance report and the project status sheet: printed, read back, their
QR verified, and "changed since printing" once the data changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.indicators import assessment, values
from baladiya_desktop.domain.projects import service
from baladiya_desktop.domain.projects.service import ProjectInput
from baladiya_desktop.reports.forms.indicators_report import period_options
from baladiya_desktop.reports.registry import get_form
from baladiya_desktop.reports.verification import verify
from tests.reports.pdftools import has_text, pdf_text

YEAR = dt.date.today().year - 1
TODAY = dt.date.today()


def test_quarterly_report(admin: AppContext, tmp_path: Path) -> None:
    values.set_value(admin, "CLOSE_ON_TIME", f"{YEAR}-Q2", "2", "محاضر الإقفال")
    assessment.score(admin, f"{YEAR}-Q2", "C1.1", 4)
    late = service.save_project(
        admin,
        ProjectInput(
            name="مدرسة الأندلس",
            sector="dev_projects",
            budget=1_000,
            status="under_way",
            start_date=dt.date(YEAR, 1, 1),
            planned_end=dt.date(YEAR, 12, 31),
        ),
    )
    service.add_progress(admin, late, dt.date(YEAR, 6, 1), 10, 10, 2_000)
    out = tmp_path / "q.pdf"
    result = get_form("indicators-quarterly").build(
        admin, None, out, options=period_options(f"{YEAR}-Q2")
    )
    assert result.key == f"{YEAR}-Q2" and result.pages == len(PdfReader(str(out)).pages)
    text = pdf_text(out)
    for words in (
        "تقرير الأداء المؤسسي الربعي",
        f"الربع الثاني {YEAR}",
        "عدد الأشهر المقفلة في موعدها",
        "درجات النضج المؤسسي",
        "مدرسة الأندلس",
        "تجاوز الميزانية",
        "وكيل البلدية",
    ):
        assert has_text(text, words), words
    assert verify(admin, result.qr).ok
    values.set_value(admin, "CLOSE_ON_TIME", f"{YEAR}-Q2", "3", "محاضر الإقفال")
    assert not verify(admin, result.qr).ok


def test_project_sheet_is_one_page(admin: AppContext, tmp_path: Path) -> None:
    pid = service.save_project(
        admin,
        ProjectInput(
            name="صيانة طريق الشط",
            sector="dev_projects",
            budget=2_000_000_000,
            status="under_way",
            contractor="شركة البناء الحديث",
            start_date=TODAY - dt.timedelta(days=200),
            planned_end=TODAY + dt.timedelta(days=200),
        ),
    )
    service.add_milestone(admin, pid, "استلام الموقع", TODAY - dt.timedelta(days=150))
    for days, pct in ((150, 10), (90, 20), (30, 25)):
        service.add_progress(
            admin, pid, TODAY - dt.timedelta(days=days), pct, pct, pct * 1000, "تقرير المتابعة"
        )
    out = tmp_path / "s.pdf"
    result = get_form("project-sheet").build(admin, str(pid), out)
    assert result.pages == 1
    text = pdf_text(out)
    for words in (
        "بطاقة حالة مشروع",
        "صيانة طريق الشط",
        "شركة البناء الحديث",
        "متأخر عن الجدول الزمني",
        "استلام الموقع",
        "آخر تقارير الإنجاز",
    ):
        assert has_text(text, words), words
    assert verify(admin, result.qr).ok
