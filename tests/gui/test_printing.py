"""Printing from the GUI: built in the background, previewed with QtPdf, printed, saved."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.reports.registry import FormResult
from baladiya_desktop.ui.print_preview import PrintPreview
from baladiya_desktop.ui.printing import print_form
from tests.reports.pdftools import need_poppler, pdf_text, render_page


@pytest.fixture
def own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Temporary printouts land here, so a test can see they are removed."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _preview(
    qtbot: Any, session: Any, form: str, key: str | None = None
) -> tuple[PrintPreview, FormResult, QWidget]:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[tuple[PrintPreview, FormResult]] = []
    print_form(session, parent, form, key, on_preview=lambda p, r: shown.append((p, r)))
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    preview, result = shown[0]
    return preview, result, parent


def _ink(png: Path) -> int:
    """How many pixels of a rendered page are not white (a blank page has none)."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    step = 4
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).value() < 200
    )


def test_preview_shows_the_printout_and_removes_it_on_close(
    qtbot: Any, make_session: Any, own_tmp: Path
) -> None:
    session = make_session()
    preview, result, _parent = _preview(qtbot, session, "users-list")
    assert preview.isVisible() and preview.page_count == result.pages >= 1
    assert result.reference in preview.windowTitle() and "المستخدمين" in preview.windowTitle()
    assert preview.page_label.text() == f"الصفحة 1 من {result.pages}"
    assert preview.isRightToLeft()
    assert result.path.is_file() and result.path.is_relative_to(own_tmp)
    preview.reject()
    assert not result.path.parent.exists()  # no personal data left in the temporary folder


def test_printing_sends_every_page_to_the_printer(
    qtbot: Any, make_session: Any, own_tmp: Path, tmp_path: Path
) -> None:
    need_poppler()
    session = make_session()
    preview, result, _parent = _preview(qtbot, session, "audit-extract")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(96)  # enough to see the ink, quick to draw
    with qtbot.waitSignal(preview.printed, timeout=60_000) as done:
        preview.print_to(printer)
    assert done.args == [True]
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    pages = next(
        int(line.split()[-1]) for line in info.stdout.splitlines() if line.startswith("Pages:")
    )
    assert pages == result.pages
    assert "A4" in info.stdout  # the paper the form was laid out for
    assert _ink(render_page(out, 1, tmp_path, dpi=40)) > 200  # a drawn page, not a blank sheet
    assert preview.print_button.isEnabled()


def test_a_print_can_be_cancelled(qtbot: Any, make_session: Any, tmp_path: Path) -> None:
    session = make_session()
    preview, _result, _parent = _preview(qtbot, session, "users-list")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    with qtbot.waitSignal(preview.printed, timeout=30_000) as done:
        job = preview.print_to(printer)
        job.cancel()
    assert done.args == [False] and job.sent == 0


def test_save_as_pdf_copies_the_same_file_and_refuses_clearly(
    qtbot: Any, make_session: Any, own_tmp: Path, tmp_path: Path
) -> None:
    session = make_session()
    preview, result, _parent = _preview(qtbot, session, "station-card")
    assert preview.save_to(tmp_path / "بطاقة المحطة")
    copy = tmp_path / "بطاقة المحطة.pdf"
    assert copy.read_bytes() == result.path.read_bytes()
    assert "بطاقة" in pdf_text(copy)  # poppler or, without it, pypdf

    assert not preview.save_to(tmp_path / "missing" / "x.pdf")
    box = next(w for w in preview.findChildren(QMessageBox) if w.isVisible())
    assert "لم يُحفظ" in box.text() and "missing" in box.text()
    assert not (tmp_path / "missing").exists()


def test_a_refused_print_says_why_and_leaves_nothing(
    qtbot: Any, make_session: Any, own_tmp: Path
) -> None:
    session = make_session("guest")
    parent = QWidget()
    qtbot.addWidget(parent)
    refused: list[UserError] = []
    print_form(session, parent, "users-list", on_error=refused.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=20_000)
    assert "لا يسمح" in refused[0].message("ar")
    assert list(own_tmp.iterdir()) == []
    assert parent.findChildren(PrintPreview) == []


def test_pages_print_through_the_preview(qtbot: Any, make_session: Any, own_tmp: Path) -> None:
    from baladiya_desktop.ui.pages.sync import SyncPage

    session = make_session()
    page = SyncPage(session)
    qtbot.addWidget(page)
    page.print_card()
    qtbot.waitUntil(lambda: bool(page.findChildren(PrintPreview)), timeout=30_000)
    preview = page.findChildren(PrintPreview)[0]
    assert preview.page_count >= 1 and "بطاقة" in preview.windowTitle()
    preview.reject()


def test_a_wide_form_prints_on_turned_paper(
    qtbot: Any, make_session: Any, own_tmp: Path, tmp_path: Path
) -> None:
    need_poppler()
    session = make_session()
    preview, _result, _parent = _preview(qtbot, session, "settlement-batch")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "wide.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(72)
    with qtbot.waitSignal(preview.printed, timeout=60_000):
        preview.print_to(printer)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    size = next(line for line in info.stdout.splitlines() if line.startswith("Page size:"))
    width, height = (float(n) for n in size.split()[2:5:2])
    assert width > height and "A4" in size  # A4 turned, as the batch list was laid out


def test_the_revenue_book_register_prints_through_the_preview(
    qtbot: Any, make_session: Any, own_tmp: Path
) -> None:
    from baladiya_desktop.ui.revenue.transfer import print_book_register

    parent = QWidget()
    qtbot.addWidget(parent)
    print_book_register(make_session(), parent)
    qtbot.waitUntil(lambda: bool(parent.findChildren(PrintPreview)), timeout=30_000)
    preview = parent.findChildren(PrintPreview)[0]
    assert preview.page_count >= 1 and preview.suggested_name == "receipt-books.pdf"
    preview.reject()
