"""The Arabic paragraph: logical line breaking, line order, bracket mirroring, searchable text."""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from baladiya_desktop.reports.bidi_runs import visual_runs, visual_text
from baladiya_desktop.reports.fonts import get_face
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.shaping import shape_line
from baladiya_desktop.reports.styles import BODY
from tests.reports.pdftools import pdf_lines

# Five clauses; clause n carries the marker (n), the number 202n and the Latin word PDF.
CLAUSES = [f"البند ({n}) من ملف PDF رقم 202{n} يخص موظفي البلدية" for n in range(1, 6)]
TEXT = " ".join(CLAUSES)
_FONT = get_face(BODY.font).font
# Just wider than the widest clause: one clause per line.
WIDTH = max(shape_line(_FONT, c).width for c in CLAUSES) * BODY.size / 1000 + 2


def _build(tmp_path: Path, flowables: list[ArabicParagraph]) -> Path:
    path = tmp_path / "para.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(list(flowables))
    return path


def test_five_line_paragraph_keeps_line_order_and_mirrors_brackets(tmp_path: Path) -> None:
    para = ArabicParagraph(TEXT, BODY.with_(align="right"))
    lines = para.lines(WIDTH)
    assert [line.text for line in lines] == CLAUSES  # broken in logical order, 5 lines

    para.wrap(WIDTH, 1000)
    path = tmp_path / "five.pdf"
    # The frame adds 6 pt of padding on each side.
    doc = SimpleDocTemplate(str(path), pagesize=(WIDTH + 32, 400), leftMargin=10, rightMargin=10)
    doc.build([para])
    drawn = para.drawn_lines
    assert len(drawn) == 5
    for n, line in enumerate(drawn, start=1):
        # What was drawn, left to right: the bracket glyphs face the number, numbers and the
        # Latin word read left to right, and line n (top to bottom) carries clause n.
        assert f"({n})" in line and f"){n}(" not in line
        assert f"202{n}" in line and "PDF" in line
        assert line.index("202") < line.index("PDF") < line.index(f"({n})")  # RTL word order
        assert [int(d) for d in re.findall(r"\((\d)\)", line)] == [n]

    # The PDF's text, as a reader extracts it: logical order, one clause per line, in order.
    extracted = pdf_lines(path)
    assert len(extracted) == 5
    for n, line in enumerate(extracted, start=1):
        assert "البند" in line and "يخص موظفي البلدية" in line and "PDF" in line
        assert f"202{n}" in line
    assert [int(m) for m in re.findall(r"202(\d)", " ".join(extracted))] == [1, 2, 3, 4, 5]


def test_visual_runs_mirror_and_order() -> None:
    assert visual_text("المادة (12) من القانون") == "نوناقلا نم (12) ةداملا"
    runs = visual_runs("في عام 2024 تم")
    assert runs == ((" تم", True), ("2024", False), ("في عام ", True))
    assert visual_runs("12345") == (("12345", False),)
    assert visual_runs("Hello world") == (("Hello world", False),)


def test_lam_alef_joins_and_text_stays_searchable(tmp_path: Path) -> None:
    face = get_face(BODY.font)
    line = shape_line(face.font, "لا إله إلا الله")
    isolated = sum(len(run.keys) for run in line.runs)
    assert isolated < len("لا إله إلا الله") + 1  # shaped: not one glyph per character
    path = _build(tmp_path, [ArabicParagraph("لا إله إلا الله والسلام عليكم", BODY)])
    assert pdf_lines(path) == ["لا إله إلا الله والسلام عليكم"]


def test_diacritics_are_drawn_and_kept(tmp_path: Path) -> None:
    text = "مُحَمَّدٌ رَسُولُ"
    path = _build(tmp_path, [ArabicParagraph(text, BODY)])
    extracted = pdf_lines(path)[0]
    assert extracted.count("\u064f") == text.count("\u064f")  # every damma is in the PDF


def test_paragraph_splits_across_pages_in_order(tmp_path: Path) -> None:
    long_text = " ".join(
        f"الفقرة رقم {n} من النص الطويل الذي يمتد على عدة صفحات" for n in range(300)
    )
    path = _build(tmp_path, [ArabicParagraph(long_text, BODY)])
    extracted = " ".join(pdf_lines(path))
    numbers = [int(m) for m in re.findall(r"رقم (\d+)", extracted)]
    assert numbers == list(range(300))


def test_justified_lines_fill_the_width(tmp_path: Path) -> None:
    para = ArabicParagraph(f"{TEXT} {TEXT}", BODY)  # BODY is justified
    path = _build(tmp_path, [para])
    assert len(para.drawn_lines) == 6
    extracted = pdf_lines(path)
    assert len(extracted) == 6
    # poppler rebuilds the logical order of mixed runs with its own spacing around numbers and
    # brackets; the words and numbers must come back in order.
    assert _tokens(" ".join(extracted)) == _tokens(f"{TEXT} {TEXT}")


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\u0621-\u064a]+|\d+|[A-Za-z]+", text)
