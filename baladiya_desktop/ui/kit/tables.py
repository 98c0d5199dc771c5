"""Tables that show their text: columns sized to their content, one column (a name) taking
the rest, and a cell cut only where hovering it shows the whole text."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QTreeView,
)

Display = Qt.ItemDataRole.DisplayRole


class WholeTextTips(QStyledItemDelegate):
    """Draws as usual; a cell whose text does not fit shows the whole text as its tooltip
    (unless the model gives a tooltip of its own)."""

    tips_whole_text = True  # what tests/gui/test_no_clipped_text.py accepts as an elided cell

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | object,
    ) -> bool:
        if (
            isinstance(index, QModelIndex)
            and index.isValid()
            and event.type() == QEvent.Type.ToolTip
            and index.data(Qt.ItemDataRole.ToolTipRole) is None
        ):
            text = index.data(Display)
            if text is not None and self.sizeHint(option, index).width() > option.rect.width():
                QToolTip.showText(event.globalPos(), str(text), view, option.rect)
                return True
        return super().helpEvent(event, view, option, index)  # type: ignore[arg-type]


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    assert isinstance(view, QTableView)
    return view.horizontalHeader()


def fit_columns(view: QTableView | QTreeView, stretch: int | None = None) -> None:
    """Every column as wide as its widest shown cell and its heading; ``stretch`` (a name)
    also takes the width left over. A view too narrow for them all scrolls sideways rather
    than cutting a name; a column the user narrows by hand elides, its whole text on hover.
    Widths follow the rows shown (a reset, new rows, a sort) and the view's width."""
    header = _header(view)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(min(header.minimumSectionSize(), 40))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # headings start where their values start, not centred over a wide column's middle
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if not isinstance(view.itemDelegate(), WholeTextTips):
        view.setItemDelegate(WholeTextTips(view))
    fitter = view.findChild(_Fitter)
    if fitter is None:
        fitter = _Fitter(view)
    fitter.stretch = stretch
    fitter.follow(view.model())
    fitter.fit()


def refit(view: QTableView | QTreeView) -> None:
    """Size the columns of a fitted view again (after its model was replaced)."""
    fitter = view.findChild(_Fitter)
    if fitter is not None:
        fitter.follow(view.model())
        fitter.fit()


class _Fitter(QObject):
    """The view's child: sizes its columns when its rows or width change; its connections
    end with the view."""

    def __init__(self, view: QTableView | QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self.stretch: int | None = None
        self.model: QAbstractItemModel | None = None
        self.pending = False
        view.viewport().installEventFilter(self)

    def follow(self, model: QAbstractItemModel | None) -> None:
        if model is self.model or model is None:
            return
        self.model = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.dataChanged):  # fmt: skip
            signal.connect(self.later)

    @Slot()
    def later(self) -> None:
        """Once after a burst of changes (a table filled cell by cell)."""
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self.fit)  # dropped if the view is gone by then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    @Slot()
    def fit(self) -> None:
        self.pending = False
        if not shiboken6.isValid(self.view):
            return
        view, header = self.view, _header(self.view)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        need = {c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in shown}
        spare = view.viewport().width() - sum(need.values())
        for column in shown:
            extra = spare if column == self.stretch and spare > 0 else 0
            header.resizeSection(column, need[column] + extra)


def share_width(view: QTableView, weights: list[float]) -> None:
    """Columns that share the view's width (no sideways scrolling): each first gets what its
    heading and shown cells need, the spare goes by weight; when there is no spare, the
    heaviest column gives way and is elided (its whole text on hover)."""
    header = view.horizontalHeader()
    width = view.viewport().width()
    columns = range(min(len(weights), header.count()))
    need = {c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in columns}
    spare = width - sum(need.values())
    total = sum(weights) or 1.0
    if spare >= 0:
        for c in columns:
            view.setColumnWidth(c, need[c] + int(spare * weights[c] / total))
        return
    widest = max(columns, key=lambda c: weights[c])
    rest = sum(need[c] for c in columns if c != widest)
    for c in columns:
        view.setColumnWidth(c, need[c] if c != widest else max(40, width - rest))
