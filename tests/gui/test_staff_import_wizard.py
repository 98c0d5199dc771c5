"""The import wizard: file and sheet, the heading mapping, the dry run's report, the import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox

from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.staff import queries
from baladiya_desktop.ui.staff.import_wizard import StaffImportWizard
from tests.exchange.test_staff_mapping import REASONS, messy_workbook, write_sheet


def _units(ctx: Any) -> None:
    unit = org_service.add_unit(ctx, UnitInput("FIN", "إدارة الشؤون المالية", "department"))
    org_service.add_post(ctx, unit, PostInput("محاسب", 6, 10, 2))


def _wizard(qtbot: Any, session: Any, path: Path) -> StaffImportWizard:
    wizard = StaffImportWizard(session, None, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    return wizard


def test_dry_run_report_then_import(qtbot: Any, make_session: Any, tmp_path: Path) -> None:
    session = make_session("clerk")
    _units(make_session().ctx)
    wizard = _wizard(qtbot, session, messy_workbook(tmp_path / "staff.xlsx"))
    assert wizard.file_page.sheet.currentText() == "العاملين"
    wizard.next()
    mapping = wizard.mapping_page
    qtbot.waitUntil(mapping.isComplete, timeout=10_000)
    assert "الصف 4" in mapping.where.text()
    assert mapping.headings.rowCount() == 10 and mapping.sample.rowCount() == 5
    assert mapping.overrides() == {}
    wizard.next()
    report = wizard.report_page
    qtbot.waitUntil(report.isComplete, timeout=20_000)
    text = report.summary.text()
    assert "سيُضاف: 3" in text and f"مرفوض: {len(REASONS)}" in text
    rows = [int(report.table.item(r, 0).text()) for r in range(report.table.rowCount())]
    assert rows == sorted(REASONS)
    assert "خارج جدول الدرجات" in report.table.item(rows.index(15), 1).text()
    assert queries.count(session.ctx, queries.StaffFilter()) == 0  # nothing saved yet
    saved = tmp_path / "refused.xlsx"
    report.save_report(saved)
    qtbot.waitUntil(saved.exists, timeout=10_000)
    book = load_workbook(saved, read_only=True)
    assert len(list(book.worksheets[0].iter_rows(min_row=2))) == len(REASONS)
    book.close()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    assert "أُضيف 3" in wizard.done_page.summary.text()
    assert queries.count(session.ctx, queries.StaffFilter()) == 3


def test_unknown_heading_mapped_by_the_clerk(qtbot: Any, make_session: Any,
                                             tmp_path: Path) -> None:  # fmt: skip
    rows = [["الرقم الوطني", "الاسم الرباعي", "رقم القيد بالمالية"],
            ["119850123456", "أحمد علي محمد الزوي", "F-77"]]  # fmt: skip
    session = make_session()
    wizard = _wizard(qtbot, session, write_sheet(tmp_path / "s.xlsx", rows))
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    combo = page.headings.cellWidget(2, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() is None
    combo.setCurrentIndex(combo.findData("financial_number"))
    assert page.overrides() == {"رقم القيد بالمالية": "financial_number"}
    wizard.next()
    qtbot.waitUntil(wizard.report_page.isComplete, timeout=20_000)
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    assert queries.search(session.ctx, "f-77")[0].national_number == "119850123456"


def test_a_file_that_is_not_a_workbook(qtbot: Any, make_session: Any, tmp_path: Path) -> None:
    (bad := tmp_path / "bad.xlsx").write_bytes(b"hello")
    wizard = StaffImportWizard(make_session(), None, bad)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.file_page.error.isVisible() or bool(
        wizard.file_page.error.text()), timeout=10_000)  # fmt: skip
    assert "xlsx" in wizard.file_page.error.text()
    assert not wizard.file_page.isComplete()
