"""مستخرج سجل التدقيق: entries of a range, the chain check on top, verification."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, UserError
from baladiya_desktop.core.users import set_role
from baladiya_desktop.reports.registry import FormOptions, get_form
from baladiya_desktop.reports.verification import verify
from tests.reports.pdftools import has_text, pdf_text
from tests.reports.test_forms_verify import read_qr
from tests.support import login

TODAY = dt.date.today()


def test_audit_extract(admin: AppContext, tmp_path: Path) -> None:
    set_role(admin, "guest", "staff_officer")
    out = tmp_path / "audit.pdf"
    result = get_form("audit-extract").build(admin, None, out)
    assert result.pages >= 2  # the new station's reference data alone fills pages
    first = pdf_text(out, first=1, last=1)
    # pdftotext moves colons and numbers around inside right-to-left lines: check pieces.
    assert has_text(first, "نتيجة فحص سلسلة التدقيق") and has_text(first, "سليمة — القيود من")
    start = (TODAY - dt.timedelta(days=30)).strftime("%d/%m/%Y")
    assert start in first and TODAY.strftime("%d/%m/%Y") in first
    assert "إنشاء المحطة" in first and "admin" in first
    last = pdf_text(out, first=result.pages, last=result.pages)
    assert has_text(last, "تغيير دور مستخدم") and has_text(last, "المستخدمون")
    assert "users" not in last  # the table's label, not its name
    assert result.pages == len(PdfReader(str(out)).pages)

    qr = read_qr(out, tmp_path)
    assert qr == result.qr and "@" in result.key
    set_role(admin, "guest", "viewer")  # entries after the print are not the paper's
    assert verify(admin, qr).status == "genuine"
    with admin.engine.begin() as conn:  # someone edits history behind the app's back
        conn.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(username="x"))
    assert verify(admin, qr).status == "changed"
    broken = get_form("audit-extract").build(admin, None, tmp_path / "b.pdf")
    assert has_text(pdf_text(tmp_path / "b.pdf", first=1, last=1), "غير سليمة — القيد رقم")
    assert broken.pages >= 2


def test_empty_range(admin: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    options = FormOptions(dt.date(2001, 1, 1), dt.date(2001, 1, 31))
    result = get_form("audit-extract").build(admin, None, out, options=options)
    assert result.pages == 1 and result.key.startswith("2001-01-01..2001-01-31@")
    text = pdf_text(out)
    assert has_text(text, "لا توجد قيود في سجل التدقيق خلال هذه الفترة")
    assert has_text(text, "عدد القيود") and "01/01/2001" in text and "31/01/2001" in text
    assert verify(admin, result.qr).status == "genuine"


def test_bad_requests(admin: AppContext, ctx: AppContext, tmp_path: Path) -> None:
    form = get_form("audit-extract")
    backwards = FormOptions(dt.date(2025, 2, 1), dt.date(2025, 1, 1))
    with pytest.raises(UserError, match="after its end"):
        form.build(admin, None, tmp_path / "x.pdf", options=backwards)
    with pytest.raises(UserError, match="folder"):
        form.build(admin, None, tmp_path / "missing" / "x.pdf")
    with pytest.raises(PermissionDenied):
        form.build(login(ctx, "clerk"), None, tmp_path / "x.pdf")
    with pytest.raises(UserError, match="date range"):
        get_form("users-list").build(admin, None, tmp_path / "x.pdf", options=backwards)
    assert not list(tmp_path.glob("*.pdf"))
