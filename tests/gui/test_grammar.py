"""Arabic grammar and numbers in the windows, and an English interface with no Arabic left.

Plural forms come from the catalogues (Qt's numerus), percentages and ranges from
``core.bidi``, gendered words from the staff lists; the English walk opens the staff, revenue
and settlement pages on a demo municipality and reads every text a person can see.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QChartView, QPieSeries
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from baladiya_desktop.core import bidi
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import authenticate
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.demo.build import DemoSize, build_demo
from baladiya_desktop.domain.org.models import OrgUnit
from baladiya_desktop.domain.revenue.models import Deposit, Receipt, ReceiptBook
from baladiya_desktop.domain.settlement.models import SalaryTable
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.ui.main_window import MainWindow
from baladiya_desktop.ui.pages import default_registry
from baladiya_desktop.ui.screenshot import settle
from baladiya_desktop.ui.session import UiSession

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c"))


# --- plural forms --------------------------------------------------------------------------


def _tr(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, None, n)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "فُتح 0 ملف تسوية."),
        (1, "فُتح ملف تسوية واحد."),
        (2, "فُتح ملفا تسوية."),
        (3, "فُتحت 3 ملفات تسوية."),
        (11, "فُتح 11 ملف تسوية."),
        (100, "فُتح 100 ملف تسوية."),
    ],
)
def test_settlement_cases_opened_take_the_arabic_form_of_their_count(
    language: Any, n: int, expected: str
) -> None:
    assert _tr("ScanTab", "%n case(s) opened.", n) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "0 إيصال"),
        (1, "إيصال واحد"),
        (2, "إيصالان"),
        (3, "3 إيصالات"),
        (11, "11 إيصالاً"),
        (100, "100 إيصال"),
    ],
)
def test_receipts_are_counted_in_arabic(language: Any, n: int, expected: str) -> None:
    text = _tr("ReceiptsTab", "%n receipt(s) — total {total}", n)
    assert text == f"{expected} — المجموع {{total}}"


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 ملاحظة"), (1, "ملاحظة واحدة"), (2, "ملاحظتان"), (3, "3 ملاحظات"),
     (11, "11 ملاحظة"), (100, "100 ملاحظة")],
)  # fmt: skip
def test_control_findings_are_counted_in_arabic(language: Any, n: int, expected: str) -> None:
    assert _tr("ControlsTab", "%n finding(s) — {parts}", n) == f"{expected} — {{parts}}"


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "1 receipt"), (2, "2 receipts"), (0, "0 receipts")]
)
def test_english_counts_take_singular_or_plural(language: Any, n: int, expected: str) -> None:
    language.apply("en")
    assert _tr("ReceiptsTab", "%n receipt(s) — total {total}", n).startswith(f"{expected} —")


def test_every_counted_string_has_six_arabic_forms_and_two_english() -> None:
    from baladiya_desktop.core.resources import translations_dir
    from tests.gui.test_translations import messages

    for lang, forms in (("ar", 6), ("en", 2)):
        counted = [
            (key, m) for key, m in messages(translations_dir() / f"baladiya_{lang}.ts").items()
            if m.get("numerus") == "yes"
        ]  # fmt: skip
        assert len(counted) >= 10
        for key, message in counted:
            texts = [f.text or "" for f in message.iter("numerusform")]
            assert len(texts) == forms and all(texts), key
            if lang == "ar":
                assert all(re.search("[\u0600-\u06ff]", t) for t in texts), key


# --- numbers, percentages, ranges ----------------------------------------------------------


def test_a_percentage_has_one_decimal_and_its_sign_at_the_right_in_arabic() -> None:
    assert bidi.percent(86.3636) == "\u206686.4\u066a\u2069"
    assert bidi.percent(81) == "\u206681\u066a\u2069"
    assert bidi.share(19, 22, "en") == "86.4%"
    assert bidi.share(1, 0) == "—"


def _direction(rtl: bool) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def _visual_order(text: str, rtl: bool = True) -> list[int]:
    """The logical positions of ``text``'s characters from left to right, as Qt lays it out."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(_direction(rtl))
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    shown = [i for i, ch in enumerate(text) if ch.translate(BIDI_MARKS) and not ch.isspace()]

    def left(i: int) -> float:
        runs = line.glyphRuns(i, 1)
        return min(p.x() for run in runs for p in run.positions())

    return sorted(shown, key=left)


def test_a_percentage_in_an_arabic_legend_keeps_its_sign_after_the_figure(qapp: Any) -> None:
    label = f"نقداً {bidi.percent(81)}"
    order = "".join(label[i] for i in _visual_order(label))
    assert order.startswith("81\u066a")  # at the left of the word, the sign at the figure's right
    plain = "نقداً 81%"
    assert "".join(plain[i] for i in _visual_order(plain)).startswith("%81")  # the defect


def _ink(text: str, rtl: bool) -> list[int]:
    """Dark pixels per column of the one cell of a table showing ``text``, trimmed."""
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.setLayoutDirection(_direction(rtl))
    view.resize(320, 100)
    view.setColumnWidth(0, 220)
    view.show()
    QApplication.processEvents()
    image = view.viewport().grab().toImage().copy(view.visualRect(model.index(0, 0)))
    view.close()
    profile = [
        sum(QColor(image.pixel(x, y)).lightness() < 128 for y in range(image.height()))
        for x in range(image.width())
    ]
    inked = [x for x, n in enumerate(profile) if n]
    return profile[inked[0] : inked[-1] + 1]


def _distance(a: list[int], b: list[int]) -> int:
    return sum(abs(x - y) for x, y in zip(a, b, strict=False)) + 9 * abs(len(a) - len(b))


def test_a_range_in_a_right_to_left_cell_reads_1_to_50(qapp: Any) -> None:
    assert bidi.span(1, 50) == "\u20661\u201350\u2069"
    wanted = _ink("1\u201350", rtl=False)  # as a left-to-right cell draws it
    held = _distance(_ink(bidi.span(1, 50), rtl=True), wanted)
    unheld = _distance(_ink("1\u201350", rtl=True), wanted)  # the defect: it reads 50–1
    assert held * 3 < unheld  # anti-aliasing differs by a pixel here and there


def test_an_arabic_message_quoting_latin_input_still_reads_right_to_left() -> None:
    from baladiya_desktop.core.errors import ValidationError
    from baladiya_desktop.core.money import parse_lyd

    with pytest.raises(ValidationError) as caught:
        parse_lyd("abc")
    shown = caught.value.message("ar")
    assert shown.startswith("«\u2068abc\u2069»")
    assert caught.value.message_ar.startswith("«abc»")  # the CLI's text is unchanged
    order = _visual_order(shown)
    assert order[-1] == 0  # the opening quote is the rightmost character: a right-to-left line


def test_big_amounts_are_whole_dinars_or_millions_with_one_decimal() -> None:
    assert bidi.big_amount(123_456_789) == "\u2066123,457 د.ل\u2069"
    assert bidi.big_amount(-999_999_499) == "\u2066-999,999 د.ل\u2069"
    assert bidi.big_amount(1_234_567_890) == "\u20661.2 م\u200e د.ل\u2069"
    assert bidi.big_amount(1_234_567_890, "en") == "\u20661.2 m LYD\u2069"
    assert bidi.big_amount(1_234_567_890_000, "en") == "\u20661,234.6 m LYD\u2069"
    assert bidi.amount(1_234_500, "en") == "\u20661,234.500 LYD\u2069"


# --- the English interface -----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("grammar") / "demo.db"
    ctx, _summary = build_demo(
        Target.resolve(db), municipality="LY-M010", admin_username="admin",
        admin_password="secret12", size=DemoSize(staff=40, receipts=150, seed=5),
    )  # fmt: skip
    ctx.engine.dispose()
    return db


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path, runner: Any, language: Any) -> Iterator[UiSession]:
    db = tmp_path / "demo.db"
    shutil.copy(demo_db, db)
    target = Target.resolve(db)
    ctx = open_station(target)
    user = authenticate(ctx, "admin", "secret12")
    yield UiSession(target, ctx.as_user(user), runner, language)
    ctx.engine.dispose()


def _typed(session: UiSession) -> list[str]:
    """What people typed (names, units, payers, station): Arabic even in English."""
    ctx = session.ctx
    with ctx.session() as db:
        found = [
            *db.scalars(select(Employee.full_name)), *db.scalars(select(Employee.job_title)),
            *db.scalars(select(Employee.birth_place)), *db.scalars(select(OrgUnit.name_ar)),
            *db.scalars(select(Receipt.payer_name)), *db.scalars(select(Receipt.collector)),
            *db.scalars(select(ReceiptBook.collector)), *db.scalars(select(Receipt.void_reason)),
            *db.scalars(select(Deposit.bank)), *db.scalars(select(SalaryTable.name)),
        ]  # fmt: skip
    found += [ctx.station.name, ctx.require_user().full_name]
    return sorted({t for t in found if t}, key=len, reverse=True)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    rows = min(model.rowCount(), 60)
    for row in range(rows):
        for column in range(model.columnCount()):
            yield from _item_texts(model, model.index(row, column, QModelIndex()))


def _item_texts(model: Any, index: QModelIndex) -> Iterator[str]:
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        value = model.data(index, role)
        if isinstance(value, str):
            yield value
    for child in range(min(model.rowCount(index), 30)):
        yield from _item_texts(model, model.index(child, 0, index))


def _chart_texts(view: QChartView) -> Iterator[str]:
    chart = view.chart()
    yield chart.title()
    for axis in chart.axes():
        yield axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            yield from axis.categories()
    for series in chart.series():
        if isinstance(series, QPieSeries):
            yield from (s.label() for s in series.slices())
        elif isinstance(series, QBarSeries):
            yield from (s.label() for s in series.barSets())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a person can see under ``root``."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = type(widget).__name__
        texts: list[str] = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.placeholderText()]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += list(_model_texts(widget))
        if isinstance(widget, QChartView):
            texts += list(_chart_texts(widget))
        for text in texts:
            if text:
                yield where, text


def arabic_left(root: QWidget, typed: list[str]) -> list[str]:
    left = []
    for where, text in visible_texts(root):
        rest = text
        for data in typed:
            rest = rest.replace(data, "")
        if ARABIC.search(rest):
            left.append(f"{where}: {text!r}")
    return sorted(set(left))


def _window(qtbot: Any, session: UiSession) -> MainWindow:
    session.language.apply("en")
    window = MainWindow(session, default_registry())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def test_the_english_staff_page_shows_no_arabic_but_what_people_typed(
    qtbot: Any, demo: UiSession
) -> None:
    window = _window(qtbot, demo)
    assert window.show_page("staff")
    settle(demo.runner)
    page = window.page("staff")
    qtbot.waitUntil(lambda: page.model.total == 40, timeout=15_000)
    settle(demo.runner)
    typed = _typed(demo)
    left = arabic_left(page, typed)
    assert not left, "\n".join(left)
    dialog = page.open_employee(page.model.rows[0].id)
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.choices is not None,
                    timeout=15_000)  # fmt: skip
    settle(demo.runner)
    left = arabic_left(dialog, typed)
    assert not left, "\n".join(left)
    dialog.reject()


def test_the_english_revenue_page_shows_no_arabic_but_what_people_typed(
    qtbot: Any, demo: UiSession
) -> None:
    window = _window(qtbot, demo)
    assert window.show_page("revenue")
    page = window.page("revenue")
    typed = _typed(demo)
    left = []
    for name in page.names:
        page.tab(name)
        settle(demo.runner)
        left += arabic_left(page, typed)
    assert not left, "\n".join(sorted(set(left)))


def test_the_english_settlement_page_shows_no_arabic_but_what_people_typed(
    qtbot: Any, demo: UiSession
) -> None:
    window = _window(qtbot, demo)
    assert window.show_page("settlement")
    page = window.page("settlement")
    typed = _typed(demo)
    left = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        settle(demo.runner)
        left += arabic_left(page, typed)
    assert not left, "\n".join(sorted(set(left)))


# --- gendered words ------------------------------------------------------------------------


def test_a_womans_marital_status_is_said_of_a_woman_in_the_staff_form(
    qtbot: Any, demo: UiSession
) -> None:
    from baladiya_desktop.domain.staff import service as staff_service
    from baladiya_desktop.domain.staff.rules import EmployeeInput
    from baladiya_desktop.ui.pages.staff import StaffPage

    emp_id = staff_service.register(demo.ctx, EmployeeInput(
        first_name="فاطمة", father_name="علي", grandfather_name="محمد", family_name="الترهوني",
        sex="F", national_number="219800111222", birth_date=dt.date(1980, 2, 2),
        hire_date=dt.date(2010, 1, 10), grade=8, marital_status="widowed",
    ))  # fmt: skip
    page = StaffPage(demo)
    qtbot.addWidget(page)
    dialog = page.open_employee(emp_id)
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.choices is not None,
                    timeout=15_000)  # fmt: skip
    settle(demo.runner)
    combo = dialog.fields["marital_status"]
    assert combo.currentText() == "أرملة"
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "عزباء",
        "متزوجة",
        "مطلقة",
        "أرملة",
    ]
    dialog.fields["sex"].setCurrentIndex(dialog.fields["sex"].findData("M"))
    assert combo.currentText() == "أرمل"
    dialog.reject()
