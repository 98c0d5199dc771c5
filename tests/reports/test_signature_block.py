"""The signature boxes close the content they sign: never alone on a form's last page.

For each form, the content read from real records is grown row by row until the old layout
(the boxes simply appended to the story) leaves them alone on the last page; the same content
laid out by the engine then has the table's last rows on that page with them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.platypus import Spacer, Table
from reportlab.platypus.flowables import Flowable

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.projects import service as projects
from baladiya_desktop.domain.projects.service import ProjectInput
from baladiya_desktop.domain.settlement import service as settlement
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.reports import layout as layout_module
from baladiya_desktop.reports.forms.indicators_report import period_options
from baladiya_desktop.reports.layout import build_pdf, frame_width
from baladiya_desktop.reports.letterhead import FormHeader
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.printing import form_header
from baladiya_desktop.reports.registry import Content, FormOptions, FormSpec, get_form
from baladiya_desktop.reports.signatures import SignatureBlock, close_with
from baladiya_desktop.reports.table import proportional_widths, rtl_table
from tests.domain.test_settlement import EFFECT, LAGGING, full_run
from tests.reports.pdftools import has_text, pdf_text
from tests.reports.test_forms_revenue import YEAR, _month
from tests.support import login

TODAY = dt.date.today()
Grow = Callable[[Content, int], Content]


def _render(ctx: AppContext, spec: FormSpec, content: Content, out: Path) -> int:
    """Lay ``content`` out as printing does (the same engine call), without the QR."""
    page = spec.layout(ctx, content)
    return build_pdf(
        out, page.story, header=form_header(ctx), reference=f"{spec.prefix}/{TODAY.year}/1",
        subject=spec.title_ar, issued=TODAY, page=spec.page, footer_text="المحطة: الاختبار",
        signatures=page.signatures, stamp=page.stamp,
    )  # fmt: skip


def _old_layout(story: Sequence[Flowable], block: Flowable) -> list[Flowable]:
    return [*story, block]  # what the engine did before: the boxes after the story


def _last_page(out: Path, pages: int) -> str:
    return pdf_text(out, first=pages, last=pages)


def _signed(text: str, titles: Sequence[str]) -> bool:
    return all(has_text(text, t) for t in titles)


@dataclass(frozen=True)
class Sized:
    """A form's content read from real records, and how to grow it by ``n`` rows."""

    ctx: AppContext
    spec: FormSpec
    seed: Content
    grow: Grow
    last_row: Callable[[int], str]  # text of the last row of the last table at size n
    after: Sequence[str] = ()  # what follows that table (a note)

    def content(self, n: int) -> Content:
        return self.grow(deepcopy(self.seed), n)


def alone_at(form: Sized, out: Path) -> int:
    """The first size at which the old layout left the signature boxes alone on the last page."""
    titles = form.spec.layout(form.ctx, form.seed).signatures
    for n in range(1, 120):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(layout_module, "close_with", _old_layout)
            pages = _render(form.ctx, form.spec, form.content(n), out)
        last = _last_page(out, pages)
        content_there = [m for m in (form.last_row(n), *form.after) if has_text(last, m)]
        if pages > 1 and _signed(last, titles) and not content_there:
            return n
    raise AssertionError(f"{form.spec.name}: no size left the signature boxes alone")


def _check(form: Sized, tmp: Path) -> None:
    """At the size the old layout failed, the last page has the last rows and the boxes."""
    out = tmp / f"{form.spec.name}.pdf"
    n = alone_at(form, out)
    pages = _render(form.ctx, form.spec, form.content(n), out)
    last = _last_page(out, pages)
    name = form.spec.name
    assert _signed(last, form.spec.layout(form.ctx, form.seed).signatures), f"{name} {n}: {last}"
    assert has_text(last, form.last_row(n)), f"{name} at {n}: the last rows are not with it"


def books(ctx: AppContext) -> Sized:
    _month(ctx)
    admin = login(ctx, "admin")
    spec = get_form("revenue-books")
    seed = spec.content(admin, spec.scope(admin, FormOptions()))
    book = seed["books"][0]

    def grow(content: Content, n: int) -> Content:
        content["books"] = [book | {"book_number": f"B-{i:03d}"} for i in range(1, n + 1)]
        return content

    return Sized(admin, spec, seed, grow, lambda n: f"B-{n:03d}", ["المفقود: أرقام لم تُسجّل"])


def monthly(ctx: AppContext) -> Sized:
    _month(ctx)
    admin = login(ctx, "admin")
    spec = get_form("revenue-monthly")
    seed = spec.content(admin, f"{YEAR}-05")
    finding = seed["findings"][0]

    def grow(content: Content, n: int) -> Content:
        content["findings"] = [finding | {"book": f"K-{i:03d}"} for i in range(1, n + 1)]
        return content

    return Sized(admin, spec, seed, grow, lambda n: f"K-{n:03d}", ["الإيصالات الملغاة لا تدخل"])


def quarterly(admin: AppContext) -> Sized:
    projects.save_project(
        admin,
        ProjectInput(name="مدرسة الأندلس", sector="dev_projects", budget=1_000,
                     status="under_way", start_date=dt.date(YEAR, 1, 1)),
    )  # fmt: skip
    spec = get_form("indicators-quarterly")
    seed = spec.content(admin, spec.scope(admin, period_options(f"{YEAR}-Q2")))
    project = seed["projects"][0]

    def grow(content: Content, n: int) -> Content:
        content["projects"] = [project | {"name": f"مشروع رقم P{i:03d}"} for i in range(1, n + 1)]
        return content

    return Sized(admin, spec, seed, grow, lambda n: f"P{n:03d}")


def case(admin: AppContext) -> Sized:
    employee = staff_service.register(admin, LAGGING)
    (opened,) = settlement.open_cases(
        admin,
        [settlement.CaseRequest(employee, "grade", EFFECT, proposed_increments=1,
                                effective_date=dt.date(YEAR, 1, 1), request_date=TODAY)],
    )  # fmt: skip
    full_run(admin, opened)
    spec = get_form("settlement-case")
    seed = spec.content(admin, str(opened))
    assert not seed["cost"]["known"]  # its reason is printed under the cost table

    def grow(content: Content, n: int) -> Content:
        entry = content["chronology"][0]
        content["chronology"] = [[entry[0], f"فترة خدمة رقم {i}"] for i in range(1, n + 1)]
        return content

    # the cost table is short: it goes over whole with the boxes, its last row included
    return Sized(admin, spec, seed, grow, lambda n: "المتجمد (الفروقات المستحقة)",
                 [seed["cost"]["reason"][:30]])  # fmt: skip


def test_revenue_books(ctx: AppContext, tmp_path: Path) -> None:
    _check(books(ctx), tmp_path)


def test_revenue_monthly(ctx: AppContext, tmp_path: Path) -> None:
    _check(monthly(ctx), tmp_path)


def test_indicators_quarterly(admin: AppContext, tmp_path: Path) -> None:
    _check(quarterly(admin), tmp_path)


def test_settlement_case(admin: AppContext, tmp_path: Path) -> None:
    _check(case(admin), tmp_path)


def _story(rows: int, filler: int) -> list[Flowable]:
    width = frame_width()
    table = rtl_table(
        ["م", "البيان"], [[i, f"سطر رقم R{i:03d}"] for i in range(1, rows + 1)],
        proportional_widths([1, 5], width),
    )  # fmt: skip
    return [Spacer(1, filler), ArabicParagraph("مقدمة"), Spacer(1, 6), ArabicParagraph("الجدول"),
            table]  # fmt: skip


def _pages_and_last(story: list[Flowable], out: Path) -> tuple[int, str]:
    pages = build_pdf(
        out, story, header=FormHeader("الاختبار"), reference="x/1", subject="", issued=TODAY,
        signatures=["المختص", "المدير"], stamp=True,
    )  # fmt: skip
    return pages, _last_page(out, pages)


@pytest.mark.parametrize("rows", [3, 40])
def test_the_block_never_stands_alone(rows: int, tmp_path: Path) -> None:
    """A page filled to just above the boxes, for a short and a long table: whatever the
    filler, the last page has table rows and the boxes."""
    out = tmp_path / "f.pdf"
    for filler in range(0, 700, 20):
        pages, last = _pages_and_last(_story(rows, filler), out)
        assert has_text(last, "المدير"), filler
        assert has_text(last, f"R{rows:03d}"), (filler, last)
        if rows == 3 and pages > 1:  # a short table goes over whole, with its heading
            assert has_text(last, "R001") and has_text(last, "الجدول"), filler


def test_close_with_keeps_the_story_order() -> None:
    intro, space, heading = ArabicParagraph("مقدمة"), Spacer(1, 2), ArabicParagraph("عنوان")
    table, note = rtl_table(["أ"], [["ب"]], [100.0]), ArabicParagraph("ملاحظة")
    block = SignatureBlock(["المختص"])
    first, closing = close_with([intro, space, heading, table, note], block)
    assert first is intro and isinstance(table, Table)
    assert closing.lead == [space, heading] and closing.table is table
    assert closing.rest == [note] and closing.block is block
    assert close_with([], block) == [block]
    only = close_with([intro], block)  # no table: the last flowable closes with the block
    assert only[0].table is intro
