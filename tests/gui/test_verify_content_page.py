"""The verify page shows what a paper certifies beside the record, and the papers not to
accept in red; the printed code still scans at its printed size."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QTableWidgetItem

from baladiya_desktop.core import writes
from baladiya_desktop.domain.staff import service as staff
from baladiya_desktop.reports.registry import get_form
from baladiya_desktop.reports.verification import QR_BUDGET
from baladiya_desktop.ui.pages.verify import VerifyPage
from baladiya_desktop.ui.sync.common import AMBER, RED
from tests.domain.test_staff import AHMED

LONG = replace(
    AHMED,
    first_name="عبد الرحمن",
    father_name="عبد السلام",
    grandfather_name="عبد الكريم",
    family_name="الشريف الورفلي",
)


def _page(qtbot: Any, session: Any) -> VerifyPage:
    page = VerifyPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    return page


def _scan(qtbot: Any, page: VerifyPage, text: str) -> None:
    page.last = None
    page.code.clear()
    page.code.setFocus()
    page.code.insert(text)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last is not None, timeout=10_000)


def _item(page: VerifyPage, row: int, column: int) -> QTableWidgetItem:
    item: QTableWidgetItem | None = page.content.item(row, column)
    assert item is not None
    return item


def _cells(page: VerifyPage) -> dict[str, tuple[str, str]]:
    return {
        _item(page, r, 0).text(): (_item(page, r, 1).text(), _item(page, r, 2).text())
        for r in range(page.content.rowCount())
    }


def test_altered_paper_shows_paper_and_record_side_by_side(
    qtbot: Any, make_session: Any, tmp_path: Path
) -> None:
    session = make_session()
    emp_id = staff.register(session.ctx, AHMED)
    printed = get_form("staff-card").build(session.ctx, str(emp_id), tmp_path / "c.pdf")
    staff.update(session.ctx, emp_id, replace(AHMED, first_name="محمود", grade=9))
    page = _page(qtbot, session)

    _scan(qtbot, page, printed.qr)
    assert page.last is not None and page.last.status == "changed"
    assert page.content.isVisible() and page.content.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft
    )
    cells = _cells(page)
    assert cells["الاسم"] == ("أحمد عبد الله محمد الورفلي", "محمود عبد الله محمد الورفلي")
    assert cells["الدرجة"] == ("8", "9")
    assert cells["الرقم الوطني"] == ("119850123456", "119850123456")
    grade_row = next(r for r in range(page.content.rowCount())
                     if _item(page, r, 0).text() == "الدرجة")  # fmt: skip
    assert _item(page, grade_row, 1).font().bold()
    assert _item(page, grade_row, 1).foreground().color() == AMBER
    assert "الدرجة" in page.message.text() and not page.flags.isVisible()
    # The whole summary shows, no row hidden behind a scroll bar.
    assert page.content.verticalScrollBar().maximum() == 0


def test_forward_dated_paper_is_flagged_in_red(
    qtbot: Any, make_session: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = make_session()
    emp_id = staff.register(session.ctx, LONG)
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=40)
    monkeypatch.setattr(writes, "utcnow", lambda: ahead)
    printed = get_form("staff-card").build(session.ctx, str(emp_id), tmp_path / "c.pdf")
    monkeypatch.undo()
    staff.update(session.ctx, emp_id, replace(LONG, grade=10))
    page = _page(qtbot, session)

    _scan(qtbot, page, printed.qr)
    assert page.last is not None and page.last.status == "flagged"
    assert page.verdict.text() == "لا تقبل هذه الورقة"
    assert page.flags.isVisible() and "لا تُقبل" in page.flags.text()
    assert RED.name() in page.flags.styleSheet()
    assert _cells(page)["الدرجة"] == ("8", "10")
    out = Path(os.environ.get("BALADIYA_SCREENSHOT_DIR", tmp_path)) / "verify-content-ar.png"
    assert page.grab().save(str(out), "PNG")


def test_the_printed_code_scans_at_its_printed_size(
    qtbot: Any, make_session: Any, tmp_path: Path
) -> None:
    """The fullest code (a long name) on the PDF, rendered at 150 dpi as a cheap scanner sees
    a printed page, reads back exactly, Arabic included."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    session = make_session()
    emp_id = staff.register(session.ctx, LONG)
    printed = get_form("staff-card").build(session.ctx, str(emp_id), tmp_path / "c.pdf")
    assert len(printed.qr.encode("utf-8")) <= QR_BUDGET
    document = QPdfDocument()
    document.load(str(printed.path))
    points = document.pagePointSize(0)
    for dpi in (150, 300):
        image = document.render(0, QSize(round(points.width() * dpi / 72),
                                         round(points.height() * dpi / 72)))  # fmt: skip
        png = tmp_path / f"page-{dpi}.png"
        assert image.save(str(png))
        found = [code.text for code in zxingcpp.read_barcodes(Image.open(png))]
        assert found == [printed.qr], dpi
