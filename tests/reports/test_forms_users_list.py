"""كشف المستخدمين والصلاحيات: users with Arabic roles and status, what each role may do."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.users import set_disabled, set_role
from baladiya_desktop.reports.forms.users_list import PERMISSION_TITLES_AR
from baladiya_desktop.reports.registry import get_form
from baladiya_desktop.reports.verification import verify
from tests.reports.pdftools import has_text, pdf_text
from tests.reports.test_forms_verify import edit_one_char, embedded_fonts, read_qr
from tests.support import login


def test_every_permission_has_an_arabic_title() -> None:
    assert set(PERMISSION_TITLES_AR) == set(Permission)


def test_users_list(admin: AppContext, tmp_path: Path) -> None:
    set_disabled(admin, "cashier", True)
    out = tmp_path / "users.pdf"
    result = get_form("users-list").build(admin, None, out)
    assert result.pages == len(PdfReader(str(out)).pages) == 1
    text = pdf_text(out)
    assert has_text(text, "كشف المستخدمين والصلاحيات")
    for name in ("admin", "clerk", "cashier", "guest"):
        assert name in text
    bare = text.replace("\u0651", "")  # extraction may put a shadda before its letter
    for title in ("وكيل البلدية", "مسؤول شؤون الموظفين", "مسؤول الإيرادات", "مطلع"):
        assert has_text(bare, title), title
    assert "موقوف" in text and "نشط" in text
    assert has_text(text, "جميع الصلاحيات") and has_text(text, "تسجيل الإيرادات")
    assert has_text(text, "النشطون منهم") and "4" in text and "3" in text
    assert "NotoSansArabic-Regular" in embedded_fonts(out)

    qr = read_qr(out, tmp_path)
    assert qr == result.qr
    assert verify(admin, qr).status == "genuine"
    assert verify(admin, edit_one_char(qr, len(qr) // 2)).status == "not_genuine"
    set_role(admin, "clerk", "viewer")
    assert verify(admin, qr).status == "changed"


def test_users_list_needs_users_manage(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        get_form("users-list").build(login(ctx, "clerk"), None, tmp_path / "u.pdf")
    assert not (tmp_path / "u.pdf").exists()
