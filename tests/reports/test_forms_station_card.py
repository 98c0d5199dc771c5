"""بطاقة المحطة: printed, read back, its QR verified, and refused once the station changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.station import Station
from baladiya_desktop.reports.registry import get_form
from baladiya_desktop.reports.verification import verify
from tests.reports.pdftools import has_text, pdf_text
from tests.reports.test_forms_verify import edit_one_char, embedded_fonts, read_qr


def _rename_station(ctx: AppContext, name: str) -> None:
    with ctx.write(None, "station.rename") as tx:
        tx.session.scalars(select(Station)).one().name = name


def test_station_card(admin: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    result = get_form("station-card").build(admin, None, out)
    assert result.pages == len(PdfReader(str(out)).pages) == 1
    assert result.key == str(admin.station.id)
    text = pdf_text(out)
    for line in ("دولة ليبيا", "وزارة الحكم المحلي", "بلدية أبوسليم", "بطاقة المحطة"):
        assert has_text(text, line), line
    assert "مكتب الوكيل" in text and "LY-M001" in text and str(admin.station.id) in text
    for group in admin.station.fingerprint.split():
        assert group in text
    assert has_text(text, "مسؤول المنظومة") and "الختم" in text
    assert "المحطة" in text and has_text(text, "بصمة مفتاح التوقيع")
    # what to do, in words: no command line on a paper for officials
    assert has_text(text, "مع ملف التسجيل إلى وزارة الحكم المحلي") and "baladiya" not in text
    assert has_text(text, "في صفحة «الإرسال إلى الوزارة» بالمحطة")
    assert result.reference.startswith("ب م/") and has_text(text, result.reference.split("/")[-1])
    assert {"Amiri-Regular", "Amiri-Bold", "NotoSansArabic-Regular"} <= embedded_fonts(out)

    qr = read_qr(out, tmp_path)
    assert qr == result.qr and len(qr) < 300
    assert verify(admin, qr).status == "genuine"
    assert verify(admin, edit_one_char(qr, 30)).status == "not_genuine"
    _rename_station(admin, "مكتب الوكيل 2")
    assert verify(admin, qr).status == "changed"


def test_station_card_takes_no_id(admin: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="--id"):
        get_form("station-card").build(admin, "123", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_every_role_may_print_it(ctx: AppContext, tmp_path: Path) -> None:
    from tests.support import login

    result = get_form("station-card").build(login(ctx, "guest"), None, tmp_path / "g.pdf")
    assert result.pages == 1
