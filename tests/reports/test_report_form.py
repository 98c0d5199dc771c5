"""Whole forms: letterhead, reference, dates, page x of y, footer, signatures, QR, page sizes."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from baladiya_desktop.reports.layout import build_pdf
from baladiya_desktop.reports.letterhead import FormHeader
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.styles import BODY
from tests.reports.make_sample import build_sample
from tests.reports.pdftools import has_text, pdf_text, render_page

PAYLOAD = "baladiya:form:0193a5c2-7d4e-7b21-9f3a-2c1d5e6f7a8b:sha256:3f5a9c"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("form") / "sample.pdf"
    return path, build_sample(path)


def test_sample_form_pages_and_numbers(sample: tuple[Path, int]) -> None:
    path, pages = sample
    assert pages == len(PdfReader(str(path)).pages) >= 2
    for page in range(1, pages + 1):
        assert has_text(pdf_text(path, first=page, last=page), f"صفحة {page} من {pages}")


def test_letterhead_reference_dates_and_footer(sample: tuple[Path, int]) -> None:
    path, _ = sample
    first = pdf_text(path, first=1, last=1)
    for line in ("دولة ليبيا", "حكومة الوحدة الوطنية", "وزارة الحكم المحلي", "بلدية طرابلس المركز"):
        assert line in first
    assert "الرقم الإشاري" in first and "09/11/2025" in first
    assert "جمادى الأولى" in first and "1447" in first  # the Hijri line
    assert has_text(first, "الموضوع: إحالة كشف الموظفين للمراجعة والمطابقة")
    assert has_text(first, "المحطة: بلدية طرابلس المركز") and "10:30" in first
    last = pdf_text(path, first=2, last=len(PdfReader(str(path)).pages))
    assert "عميد البلدية" in last and "الختم" in last and "رئيس القسم" in last


def test_fonts_are_embedded(sample: tuple[Path, int]) -> None:
    path, _ = sample
    names = set()
    for page in PdfReader(str(path)).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            if font["/Subtype"] != "/TrueType":
                continue  # reportlab's canvas always lists Helvetica, never used to draw
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert {"Amiri-Regular", "Amiri-Bold", "NotoSansArabic-Regular"} <= names


def test_qr_code_decodes(sample: tuple[Path, int], tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    path, _ = sample
    image = Image.open(render_page(path, 1, tmp_path, dpi=150))
    found = [code.text for code in zxingcpp.read_barcodes(image)]
    assert PAYLOAD in found


@pytest.mark.parametrize("page", ["A4", "A4-landscape", "A3", "A3-landscape"])
def test_page_sizes(page: str, tmp_path: Path) -> None:
    path = tmp_path / f"{page}.pdf"
    build_pdf(
        path,
        [ArabicParagraph("نص تجريبي", BODY)],
        header=FormHeader("مصراتة"),
        reference="1/2025",
        subject="تجربة",
        issued=date(2025, 1, 5),
        page=page,  # type: ignore[arg-type]
    )
    box = PdfReader(str(path)).pages[0].mediabox
    width, height = float(box.width), float(box.height)
    assert (width > height) == page.endswith("landscape")
    assert round(max(width, height)) == (1191 if page.startswith("A3") else 842)


def test_unknown_page_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Letter"):
        build_pdf(
            tmp_path / "x.pdf",
            [],
            header=FormHeader("x"),
            reference="",
            subject="",
            issued=date(2025, 1, 1),
            page="Letter",  # type: ignore[arg-type]
        )


def test_form_to_a_buffer_with_custom_header_and_recorded_lines() -> None:
    header = FormHeader(
        "بلدية بنغازي", lines=("دولة ليبيا", "الحكومة الليبية", "وزارة الحكم المحلي")
    )
    buffer = io.BytesIO()
    drawn: list[str] = []
    pages = build_pdf(
        buffer,
        [ArabicParagraph("المادة (3) من القرار", BODY)],
        header=header,
        reference="ب/7",
        subject="إشعار",
        issued=date(2025, 2, 1),
        printed_at=datetime(2025, 2, 1, 9, 0),
        drawn_lines=drawn,
        signatures=["المختص"],
    )
    assert pages == 1 and buffer.getvalue().startswith(b"%PDF")
    assert header.all_lines()[-1] == "بلدية بنغازي"  # not "بلدية بلدية"
    assert "(3)" in " ".join(drawn)  # the page's lines as drawn, brackets facing the number
    assert any("ةيبيللا ةموكحلا" in line for line in drawn)  # drawn right to left
