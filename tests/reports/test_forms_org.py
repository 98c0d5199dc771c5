"""The org chart (A3 landscape, split across pages when too wide) and the units list."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import AuthenticationError
from baladiya_desktop.domain.org import queries, service
from baladiya_desktop.domain.org.importing import PostLine, UnitLine, import_structure
from baladiya_desktop.domain.org.service import PostInput
from baladiya_desktop.domain.org.template import apply_template
from baladiya_desktop.reports.forms.org_layout import layout_chart
from baladiya_desktop.reports.registry import get_form
from baladiya_desktop.reports.verification import verify
from tests.reports.pdftools import has_text, pdf_text
from tests.reports.test_forms_verify import read_qr
from tests.support import login

A3_LANDSCAPE = (1190.55, 841.89)


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
        for p in PdfReader(str(path)).pages
    ]


def test_org_chart_of_the_model_structure(admin: AppContext, tmp_path: Path) -> None:
    apply_template(admin)
    out = tmp_path / "chart.pdf"
    result = get_form("org-chart").build(admin, None, out)
    assert result.pages == 1
    assert page_sizes(out) == [A3_LANDSCAPE]
    text = pdf_text(out)
    for name in (
        "المخطط التنظيمي",
        "المجلس البلدي",
        "إدارة الشؤون المالية",
        "قسم الحسابات",
        "جهاز الحرس البلدي",
        "المشغول 0 من 3",
    ):
        assert has_text(text, name), name
    qr = read_qr(out, tmp_path)
    assert qr == result.qr and verify(admin, qr).status == "genuine"
    unit = next(n for n in queries.structure(admin)[0].walk() if n.code == "DEP-FIN-ACC")
    service.add_post(admin, unit.id, PostInput("كاتب", 4, 7, 1))
    assert verify(admin, qr).status == "changed"


def test_a_wide_structure_continues_on_more_pages(admin: AppContext, tmp_path: Path) -> None:
    units = [UnitLine(1, "ROOT", "المجلس البلدي", "council")]
    row = 2
    for d in range(14):
        units.append(UnitLine(row, f"D{d}", f"إدارة رقم {d}", "department", "ROOT"))
        row += 1
        for s in range(6):
            units.append(UnitLine(row, f"D{d}-S{s}", f"قسم {s} من الإدارة {d}", "section", f"D{d}"))
            row += 1
            for u in range(2):
                units.append(UnitLine(row, f"D{d}-S{s}-U{u}", f"وحدة {u}", "unit", f"D{d}-S{s}"))
                row += 1
    posts = [PostLine(1, "D0", "مدير الإدارة", 11, 13, 1, is_head=True)]
    assert import_structure(admin, units, posts).written
    out = tmp_path / "wide.pdf"
    result = get_form("org-chart").build(admin, None, out)
    assert result.pages > 1
    assert set(page_sizes(out)) == {A3_LANDSCAPE}
    first = pdf_text(out, first=1, last=1)
    assert has_text(first, "إدارة رقم 13") and "ص 2" in first
    later = pdf_text(out, first=2, last=result.pages)
    assert has_text(later, "تابع المخطط") and has_text(later, "قسم 5 من الإدارة 13")


def test_units_list_with_posts_and_totals(admin: AppContext, tmp_path: Path) -> None:
    apply_template(admin)
    out = tmp_path / "units.pdf"
    result = get_form("org-units").build(admin, None, out)
    assert result.pages >= 2 and page_sizes(out)[0] == (595.28, 841.89)
    text = pdf_text(out)
    for words in (
        "كشف الوحدات التنظيمية والملاك الوظيفي",
        "الخلاصة",
        "محصل إيرادات",
        "المعتمد",
        "المشغول",
        "الشاغر",
        "المجموع",
        "DEP-FIN-REV",
        "لا وظائف معتمدة لهذه الوحدة",
    ):
        assert has_text(text, words), words
    total = sum(n.approved for n in queries.structure(admin)[0].walk())
    assert str(total) in text


def test_org_forms_need_org_read(ctx: AppContext, tmp_path: Path) -> None:
    viewer = login(ctx, "guest")
    assert get_form("org-units").build(viewer, None, tmp_path / "v.pdf").pages >= 1
    from baladiya_desktop.core.permissions import Permission

    assert get_form("org-chart").permission is Permission.ORG_READ
    with pytest.raises(AuthenticationError):
        get_form("org-chart").build(ctx, None, tmp_path / "x.pdf")  # nobody logged in


def test_layout_runs_right_to_left_and_collapses() -> None:
    kids = {"R": ["A", "B"], "A": ["A1", "A2"], "B": ["B1"], "A1": [], "A2": [], "B1": []}
    chart = layout_chart(["R"], kids.__getitem__)
    x = {b.key: b.x for b in chart.boxes}
    assert x["A"] > x["B"] and x["A1"] > x["A2"]  # the first child on the right
    folded = layout_chart(["R"], kids.__getitem__, collapsed={"A"})
    assert {b.key for b in folded.boxes} == {"R", "A", "B", "B1"}
    assert next(b for b in folded.boxes if b.key == "A").hidden_children == 2
