"""Awkward input: no Arabic, only digits, very long words and names, a missing font."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.reports.fonts import register_font, register_fonts
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.styles import BODY, CELL
from tests.reports.pdftools import pdf_lines


def _render(tmp_path: Path, *paras: ArabicParagraph) -> list[str]:
    path = tmp_path / "inputs.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(list(paras))
    return pdf_lines(path)


def test_text_with_no_arabic_reads_left_to_right(tmp_path: Path) -> None:
    para = ArabicParagraph("Municipal report (draft) 2025", BODY.with_(align="right"))
    assert _render(tmp_path, para) == ["Municipal report (draft) 2025"]
    assert para.drawn_lines == ["Municipal report (draft) 2025"]  # brackets not mirrored


def test_only_digits(tmp_path: Path) -> None:
    para = ArabicParagraph("1234567890", CELL)
    assert _render(tmp_path, para) == ["1234567890"]
    assert para.drawn_lines == ["1234567890"]


def test_arabic_indic_digits_print_western(tmp_path: Path) -> None:
    para = ArabicParagraph("الرقم ١٢٣٤٥", BODY)
    assert _render(tmp_path, para) == ["الرقم 12345"]


def test_empty_and_blank_text(tmp_path: Path) -> None:
    paras = [ArabicParagraph("", BODY), ArabicParagraph("   \n  ", BODY)]
    assert _render(tmp_path, *paras) == []


def test_very_long_word_is_broken_to_fit(tmp_path: Path) -> None:
    word = "مستوصفات" * 40  # one 320-letter word, much wider than a cell
    para = ArabicParagraph(word, CELL)
    lines = para.lines(120)
    assert len(lines) > 3
    assert "".join(line.text for line in lines) == word
    para.wrap(120, 10_000)
    assert para.width == 120
    extracted = "".join(_render(tmp_path, ArabicParagraph(word, CELL)))
    assert extracted == word


def test_long_latin_token_is_broken(tmp_path: Path) -> None:
    token = "X" * 500
    para = ArabicParagraph(token, CELL)
    assert "".join(line.text for line in para.lines(100)) == token


def test_a_name_of_200_characters(tmp_path: Path) -> None:
    parts = ["عبد الرحمن", "محمد", "عبد السلام", "الفيتوري", "بن", "علي"]
    name = " ".join(parts * 20)[:200].strip()
    assert len(name) >= 190
    para = ArabicParagraph(name, CELL)
    lines = para.lines(150)
    assert 1 < len(lines) < 15
    assert " ".join(line.text for line in lines) == name
    extracted = " ".join(_render(tmp_path, ArabicParagraph(name, CELL)))
    assert extracted == name


def test_missing_font_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "NoSuchFont-Regular.ttf"
    with pytest.raises(UserError) as caught:
        register_font("Test-Missing", missing)
    assert "NoSuchFont-Regular.ttf" in caught.value.message_en
    assert "NoSuchFont-Regular.ttf" in caught.value.message_ar


def test_missing_font_in_the_form_set(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"Gone-Bold\.ttf"):
        register_fonts({"naskh_bold": tmp_path / "Gone-Bold.ttf"})


def test_a_file_that_is_not_a_font(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"not a font at all")
    with pytest.raises(UserError, match=r"broken\.ttf"):
        register_font("Test-Broken", bad)


def test_registering_twice_is_idempotent() -> None:
    first = register_fonts()
    assert register_fonts() == first
