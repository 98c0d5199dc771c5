"""No clipped text: every page, tab and dialog of the main window, at 1280×800 and 1366×768, in
Arabic and in English, on a demo municipality (and at the ministry with its bundle imported).

A label, button, read-only field, header section or visible table cell whose text is wider
than the room it is given fails, unless it is elided ("…") with a tooltip that shows the whole
text; so does a dialog taller than the smaller screen. Widths come from the font's metrics
(``QFontMetrics.horizontalAdvance``) against the widget's contents rect.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)
from sqlalchemy.engine import make_url

from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.ui.main_window import MainWindow
from baladiya_desktop.ui.pages import default_registry
from baladiya_desktop.ui.screenshot import settle
from tests.gui.tour import tour
from tests.support import login
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import Template, cli_json, copy_db

templates = sync_fixtures.templates
SIZES = ((1280, 800), (1366, 768))
SCREEN_HEIGHT = min(h for _w, h in SIZES)
ROWS = 6  # the first rows of each table: enough to meet long names, fast enough for CI
ELLIPSIS = "…"
TAG = re.compile(r"<[a-zA-Z/][^>]*>")
Display = Qt.ItemDataRole.DisplayRole


# --- measuring ------------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return text.replace("\u2028", "\n").split("\n")


def _advance(font: QFont, text: str) -> int:
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(line) for line in _lines(text))


def _elided_with_tip(shown: str, tip: str | None, whole: str | None = None) -> bool:
    """Cut on purpose: an ellipsis in what is drawn and the whole text in the tooltip."""
    if not tip:
        return False
    tip = re.sub(r"<[^>]+>", "", tip)
    return whole in tip if whole is not None else ELLIPSIS in shown


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * label.margin()
    if label.indent() > 0:
        room -= label.indent()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and TAG.search(text) is not None
    )
    if label.wordWrap():
        if label.heightForWidth(label.width()) <= label.height() + 1:
            return None
        return f"wrapped text taller than its label ({label.height()}px): {text!r}"
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = int(doc.idealWidth())
        plain = doc.toPlainText()
    else:
        need, plain = _advance(label.font(), text), text
    if need <= room + 1 or _elided_with_tip(plain, label.toolTip()):
        return None
    return f"label needs {need}px, has {room}px: {plain!r}"


def _button(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        parent = button.parent()
        if parent is not None and parent.inherits("QTabBar"):
            return None  # the tab bar's scroll arrows
    need = _advance(button.font(), text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        need = button.sizeHint().width()
        room = button.width()
    else:
        # The button's own padding: what its size hint adds around the text and icon, at most
        # a frame and a margin each side (a push button's hint also has a minimum width).
        style = button.style()
        pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2 + 2)
        room = button.contentsRect().width() - pad
    if need <= room + 1 or _elided_with_tip(text, button.toolTip()):
        return None
    return f"button needs {need}px, has {room}px: {text!r}"


def _line_edit(edit: QLineEdit) -> str | None:
    """A read-only field shows a value someone has to read: it must show all of it."""
    text = edit.text()
    if not edit.isReadOnly() or not text or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return None
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 8  # frame, cursor
    need = _advance(edit.font(), text)
    if need <= room + 1 or _elided_with_tip(text, edit.toolTip(), text):
        return None
    return f"read-only field needs {need}px, has {room}px: {text!r}"


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    need = _advance(combo.font(), text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    # the arrow, the frame and the text margins: what the size hint adds to the widest item
    widest = max(_advance(combo.font(), combo.itemText(i)) for i in range(combo.count()))
    room = combo.width() - max(0, combo.sizeHint().width() - widest - 0)
    if need <= room + 1 or _elided_with_tip(text, combo.toolTip(), text):
        return None
    return f"drop-down needs {need}px, has {room}px: {text!r}"


def _headers(view: QAbstractItemView) -> Iterator[tuple[QHeaderView, Qt.Orientation]]:
    if isinstance(view, QTableView):
        yield view.horizontalHeader(), Qt.Orientation.Horizontal
    elif isinstance(view, QTreeView):
        yield view.header(), Qt.Orientation.Horizontal


def _header(header: QHeaderView, orientation: Qt.Orientation) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    found = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        start, size = header.sectionViewportPosition(logical), header.sectionSize(logical)
        if start + size <= 0 or start >= header.viewport().width():
            continue  # scrolled out of sight
        text = model.headerData(logical, orientation, Display)
        if text is None or not str(text):
            continue
        font = model.headerData(logical, orientation, Qt.ItemDataRole.FontRole)
        font = font if isinstance(font, QFont) else header.font()
        font.setBold(font.bold() or header.font().bold())
        need = _advance(font, str(text)) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            need += arrow + margin
        tip = model.headerData(logical, orientation, Qt.ItemDataRole.ToolTipRole)
        if need <= size + 1 or _elided_with_tip("", tip, str(text)):
            continue
        found.append(f"header needs {need}px, has {size}px: {str(text)!r}")
    return found


def _rows(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The first rows shown: a tree's expanded rows in the order drawn."""
    model = view.model()
    if model is None:
        return
    if isinstance(view, QTreeView):
        index = model.index(0, 0)
        for _ in range(ROWS * 2):
            if not index.isValid():
                return
            yield index
            index = view.indexBelow(index)
        return
    shown = 0
    for row in range(model.rowCount()):
        if isinstance(view, QTableView) and view.isRowHidden(row):
            continue
        if isinstance(view, QListView) and view.isRowHidden(row):
            continue
        yield model.index(row, 0)
        shown += 1
        if shown == ROWS:
            return


def _span(left: int, width: int, used: int, align: int, rtl: bool) -> tuple[int, int]:
    """Where text ``used`` pixels wide lands in ``left..left+width`` aligned by ``align``."""
    flags = Qt.AlignmentFlag(align)
    if flags & Qt.AlignmentFlag.AlignHCenter:
        start = left + (width - used) // 2
        return start, start + used
    right = bool(flags & Qt.AlignmentFlag.AlignRight)
    if flags & Qt.AlignmentFlag.AlignTrailing and not flags & Qt.AlignmentFlag.AlignAbsolute:
        right = not rtl
    elif not flags & Qt.AlignmentFlag.AlignAbsolute and (
        right or flags & Qt.AlignmentFlag.AlignLeft
    ):
        right = right != rtl  # Left and Right swap in a right-to-left view unless Absolute
    elif not flags & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight):
        right = rtl  # leading
    return (left + width - used, left + width) if right else (left, left + used)


def _heading_span(view: QTableView, column: int, rtl: bool) -> tuple[int, int] | None:
    header = view.horizontalHeader()
    title = view.model().headerData(column, Qt.Orientation.Horizontal, Display)
    if not title or header.isSectionHidden(column):
        return None
    align = view.model().headerData(
        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
    )
    align = int(align) if align is not None else int(header.defaultAlignment().value)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    start, size = header.sectionViewportPosition(column), header.sectionSize(column)
    used = min(_advance(header.font(), str(title)), size - 2 * margin)
    return _span(start + margin, size - 2 * margin, used, align, rtl)


def _under_its_header(view: QAbstractItemView, index: QModelIndex, rect: QRect,
                      used: int) -> list[str]:  # fmt: skip
    """A value is read as belonging to the heading nearest to it: that must be its own."""
    if not isinstance(view, QTableView) or not view.horizontalHeader().isVisible():
        return []
    rtl = view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    own = _heading_span(view, index.column(), rtl)
    if own is None:
        return []
    align = index.data(Qt.ItemDataRole.TextAlignmentRole)
    align = int(align) if align is not None else int(
        (Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter).value
    )
    pad = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    left, right = _span(rect.left() + pad, rect.width() - 2 * pad, used, align, rtl)
    middle = (left + right) / 2

    def distance(span: tuple[int, int]) -> float:
        return 0.0 if span[0] <= middle <= span[1] else min(abs(middle - x) for x in span)

    for column in range(view.model().columnCount()):
        other = _heading_span(view, column, rtl) if column != index.column() else None
        if other is not None and distance(other) < distance(own):
            title = view.model().headerData(index.column(), Qt.Orientation.Horizontal, Display)
            near = view.model().headerData(column, Qt.Orientation.Horizontal, Display)
            return [f"value {index.data(Display)!r} of {str(title)!r} sits under {str(near)!r}"]
    return []


def _cells(view: QAbstractItemView) -> list[str]:
    """Each visible cell of the first rows against the width its delegate asks for (text,
    icon, check box and the stylesheet's item padding)."""
    model = view.model()
    if model is None:
        return []
    viewport = view.viewport().rect()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view  # the stylesheet's rules for this view (its item padding)
    option.decorationSize = view.iconSize() if view.iconSize().isValid() else QSize(16, 16)
    found = []
    for first in _rows(view):
        columns = 1 if isinstance(view, QListView) else model.columnCount(first.parent())
        for column in range(columns):
            if isinstance(view, QTableView | QTreeView) and view.isColumnHidden(column):
                continue
            index = first.siblingAtColumn(column)
            if view.indexWidget(index) is not None:
                continue  # a widget in the cell: checked as a widget
            rect: QRect = view.visualRect(index)
            if rect.isEmpty() or not viewport.intersects(rect):
                continue
            text = index.data(Display)
            if text is None or not str(text).strip():
                continue
            text = str(text)
            font = index.data(Qt.ItemDataRole.FontRole)
            option.font = font if isinstance(font, QFont) else view.font()
            need = view.itemDelegateForIndex(index).sizeHint(option, index).width()
            room = rect.width()
            if need <= room + 1:
                found.extend(_under_its_header(view, index, rect, _advance(option.font, text)))
                continue
            if isinstance(view, QTableView | QTreeView | QListView) and view.wordWrap() and (
                " " in text
            ):
                metrics = QFontMetrics(option.font)
                tall = metrics.boundingRect(
                    QRect(0, 0, room - (need - _advance(option.font, text)), 10_000),
                    Qt.TextFlag.TextWordWrap, text,
                ).height()
                if tall <= rect.height():
                    continue
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            delegate = view.itemDelegateForIndex(index)
            if view.textElideMode() != Qt.TextElideMode.ElideNone and (
                _elided_with_tip("", None if tip is None else str(tip), text)
                or (tip is None and getattr(delegate, "tips_whole_text", False))
            ):
                continue  # elided, and hovering shows the whole text (ui/kit/tables.py)
            found.append(f"cell needs {need}px, has {room}px: {text!r}")
    return found


def clipped(root: QWidget) -> list[str]:
    """What ``root`` shows cut: one line per widget, naming its class and object name."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.visibleRegion().isEmpty():
            continue
        problems: list[str | None] = []
        if isinstance(widget, QLabel):
            problems.append(_label(widget))
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
            problems.append(_button(widget))
        elif isinstance(widget, QLineEdit):
            problems.append(_line_edit(widget))
        elif isinstance(widget, QComboBox):
            problems.append(_combo(widget))
        elif isinstance(widget, QAbstractItemView):
            for header, orientation in _headers(widget):
                problems.extend(_header(header, orientation))
            problems.extend(_cells(widget))
        name = f"{type(widget).__name__}#{widget.objectName()}" if widget.objectName() else (
            type(widget).__name__
        )
        found.extend(f"{name}: {p}" for p in problems if p)
    return found


def _legend(view: Any, rtl: bool) -> list[str]:
    """QtCharts draws a legend's swatch left of its name, whatever the direction: in Arabic
    the chart's legend is the kit's row of widgets, shown, each swatch right of its name."""
    from baladiya_desktop.ui.kit.charts import Legend

    title = view.chart().title()
    legend, ours = view.chart().legend(), view.findChild(Legend)
    if rtl and legend.isVisible() and any(m.isVisible() for m in legend.markers()):
        return [f"chart legend with its swatches on the left: {title!r}"]
    if ours is None:
        return []
    if ours.shown and not (ours.isVisible() and ours.entries):
        return [f"chart legend not shown: {title!r}"]
    found = []
    for swatch, name in ours.entries:
        here = swatch.mapTo(view, swatch.rect().center()).x()
        left_of = here < name.mapTo(view, name.rect().center()).x()
        if left_of == rtl:
            found.append(f"legend swatch on the wrong side of {name.text()!r}")
    return found


def unmirrored(root: QWidget, lang: str) -> list[str]:
    """What does not read the way the rest of the app does: a date not in dd/MM/yyyy or with
    its arrow on the wrong side, Arabic lines pushed to the left, Qt's stock button words
    ("احفظ", "ألغِ") instead of the app's, a QtCharts legend (its swatch always on the left)."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QPlainTextEdit

    rtl = lang == "ar"
    want = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QDateEdit):
            text = widget.findChild(QLineEdit)
            shown = re.sub("[\u200e\u200f\u202a-\u202e]", "", widget.text())
            day = widget.date().toString("dd/MM/yyyy")
            if shown != day and shown != widget.specialValueText():
                found.append(f"date shown as {shown!r}, not {day!r}")
            elif widget.layoutDirection() != want:
                found.append("date field's arrow on the wrong side")
            elif text is not None and text.layoutDirection() != Qt.LayoutDirection.LeftToRight:
                found.append(f"date read right to left: {text.text()!r}")
        elif isinstance(widget, QPlainTextEdit) and rtl and widget.toPlainText().strip():
            start = widget.textCursor()
            start.setPosition(0)  # where an Arabic line starts: its right end
            if widget.cursorRect(start).x() < widget.viewport().width() / 2:
                found.append(f"Arabic lines on the left: {widget.toPlainText()[:20]!r}")
        elif isinstance(widget, QDialogButtonBox):
            for button in widget.buttons():
                which = widget.standardButton(button)
                stock = {QDialogButtonBox.StandardButton.Save: "Save",
                         QDialogButtonBox.StandardButton.Cancel: "Cancel",
                         QDialogButtonBox.StandardButton.Ok: "OK",
                         QDialogButtonBox.StandardButton.Close: "Close"}.get(which)  # fmt: skip
                if stock is None:
                    continue
                qt_word = QCoreApplication.translate("QPlatformTheme", stock)
                ours = QCoreApplication.translate("Buttons", stock)
                if qt_word != ours and button.text().replace("&", "") == qt_word.replace("&", ""):
                    found.append(f"Qt's stock button text {button.text()!r}, not {ours!r}")
        elif isinstance(widget, QChartView):
            found.extend(_legend(widget, rtl))
    return found


# --- the unit checks of the checker itself --------------------------------------------------


def test_the_checker_sees_a_cut_label_a_cut_header_and_a_cut_cell(qtbot: Any) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    long = "مكتب الشؤون الإدارية والمالية والخدمات العامة"
    label = QLabel(long)
    label.setFixedWidth(60)
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["National number of the employee"])
    model.setItem(0, 0, QStandardItem(long))
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setColumnWidth(0, 70)
    box = QWidget()
    for widget in (label, table):
        widget.setParent(box)
    table.move(0, 40)
    table.resize(300, 200)
    qtbot.addWidget(box)
    box.resize(400, 300)
    box.show()
    qtbot.waitExposed(box)
    told = "\n".join(clipped(box))
    assert "label needs" in told and "header needs" in told and "cell needs" in told, told

    # Elided with the whole text in a tooltip, and given room: nothing to tell.
    label.setText(long[:8] + ELLIPSIS)
    label.setToolTip(long)
    model.item(0, 0).setToolTip(long)
    model.setHeaderData(0, Qt.Orientation.Horizontal, "National number of the employee",
                        Qt.ItemDataRole.ToolTipRole)  # fmt: skip
    assert clipped(box) == []


# --- the tour -------------------------------------------------------------------------------


@dataclass
class Demo:
    station: Path
    ministry: Path


@pytest.fixture(scope="module")
def demo(templates: dict[str, Template], tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """The sync tests' demo station and a ministry that has imported its first bundle."""
    template = templates["sqlite"]
    folder = tmp_path_factory.mktemp("clipped")
    station, ministry = folder / "station.db", folder / "ministry.db"
    copy_db(template.station, station)
    copy_db(Path(make_url(template.ministry_url).database or ""), ministry)
    sent = cli_json("--db", station, "--user", "admin", "--json", "bundle", "export", "--out",
                    folder)  # fmt: skip
    cli_json("--db", ministry, "--user", "boss", "--json", "ministry",
             "import", sent["path"])  # fmt: skip
    return Demo(station, ministry)


def _walk(qtbot: Any, runner: Any, language: Any, lang: str, db: Path, user: str,
          tmp_path: Path) -> list[str]:  # fmt: skip
    from baladiya_desktop.ui.session import UiSession

    copy = tmp_path / db.name
    copy_db(db, copy)
    language.apply(lang)
    target = Target.resolve(copy)
    ctx = login(open_station(target), user)
    window = MainWindow(UiSession(target, ctx, runner, language), default_registry())
    qtbot.addWidget(window)
    found: list[str] = []
    try:
        for index, (width, height) in enumerate(SIZES):
            window.resize(width, height)
            window.show()
            settle(runner)
            if window.width() > width or window.height() > height:
                found.append(f"the window cannot shrink to {width}×{height}: {window.size()}")
            for stop in tour(window, dialogs=index == 0):  # dialogs do not follow the window
                if stop.dialog and stop.widget.height() > SCREEN_HEIGHT:
                    found.append(f"{stop.name}: {stop.widget.height()}px, taller than the screen")
                found.extend(f"{width}×{height} {lang} {stop.name}: {p}"
                             for p in clipped(stop.widget))  # fmt: skip
                if index == 0:
                    found.extend(f"{lang} {stop.name}: {p}"
                                 for p in unmirrored(stop.widget, lang))  # fmt: skip
    finally:
        window.close()
        runner.shutdown(wait=True)
        ctx.engine.dispose()
    return found


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_clipped_text_at_a_station(qtbot: Any, runner: Any, language: Any, demo: Demo,
                                      lang: str, tmp_path: Path) -> None:  # fmt: skip
    found = _walk(qtbot, runner, language, lang, demo.station, "admin", tmp_path)
    assert not found, f"{len(found)} cut:\n" + "\n".join(found)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_clipped_text_at_the_ministry(qtbot: Any, runner: Any, language: Any, demo: Demo,
                                         lang: str, tmp_path: Path) -> None:  # fmt: skip
    found = _walk(qtbot, runner, language, lang, demo.ministry, "boss", tmp_path)
    assert not found, f"{len(found)} cut:\n" + "\n".join(found)


def test_the_status_bar_at_the_ministry_names_the_ministry_and_the_role(
    qtbot: Any, runner: Any, language: Any, demo: Demo, tmp_path: Path
) -> None:
    from baladiya_desktop.ui.session import UiSession

    copy = tmp_path / "ministry.db"
    copy_db(demo.ministry, copy)
    target = Target.resolve(copy)
    ctx = login(open_station(target), "boss")
    window = MainWindow(UiSession(target, ctx, runner, language), default_registry())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.status_labels[0].text()), timeout=10_000)
    place, _station, user, _backup = (label.text() for label in window.status_labels)
    assert place.startswith("الوزارة:") and "البلدية" not in place, place
    assert "وكيل البلدية" not in user and "(الوزارة)" in user, user
    window.close()
    ctx.engine.dispose()


def test_the_median_municipality_is_drawn_neutral() -> None:
    from baladiya_desktop.ui.indicators.charts import LIGHT_COLOURS
    from baladiya_desktop.ui.indicators.compare import quartile_colour

    colours = [quartile_colour(rank, 5, None if rank != 3 else 0) for rank in range(1, 6)]
    assert colours == [LIGHT_COLOURS[c] for c in ("green", "amber", "none", "amber", "red")]
    assert quartile_colour(1, 1, 0) == LIGHT_COLOURS["none"]  # one municipality: the median


def test_a_short_bar_keeps_its_number_whole_in_arabic(qtbot: Any, language: Any) -> None:
    """The number of a one-person bar stands past the bar's end, not cut inside it."""
    from PySide6.QtCharts import QHorizontalBarSeries
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from baladiya_desktop.ui.staff.charts import bar_chart

    view = bar_chart("العاملون حسب نوع التوظيف", ["تعيين (قار)", "ندب إلى البلدية"],
                     [("العاملون", [44, 1])], horizontal=True)  # fmt: skip
    qtbot.addWidget(view)
    view.resize(420, 260)
    view.show()
    qtbot.waitExposed(view)
    chart = view.chart()
    (series,) = chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    labels = {i.text(): i.sceneBoundingRect() for i in chart.scene().items()
              if isinstance(i, QGraphicsSimpleTextItem) and i.text() in ("44", "1")}  # fmt: skip
    assert set(labels) == {"44", "1"} and not series.isLabelsVisible()
    for text, value, row in (("44", 44, 0), ("1", 1, 1)):
        end = chart.mapToPosition(QPointF(value, 1 - row), series)  # the first row on top
        box = labels[text]
        assert box.right() <= end.x() and chart.plotArea().adjusted(-40, 0, 0, 0).contains(box)
