"""What the sync screens share: read-only tables, panels, dates, and the folder chooser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.sync.usb import removable_drives

GREEN, AMBER, RED = QColor("#1b7f3b"), QColor("#b7791f"), QColor("#b42318")
CHOOSE = "choose"  # the combo's "choose a folder…" entry


def ltr(text: str) -> str:
    """Embedded left to right: a path, a seq range or a hash keeps its order in Arabic (Qt
    lays out LRE…PDF reliably; a range like 1–1420 turned round inside an isolate)."""
    return f"\u202a{text}\u202c" if text else ""


def when(value: dt.datetime | None) -> str:
    """Local time, as the offices write it: dd/mm/yyyy HH:MM."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return ltr(value.strftime("%d/%m/%Y %H:%M"))


def seq_range(seq_from: int, seq_to: int) -> str:
    if not seq_to:
        return ""
    return ltr(f"{seq_from}–{seq_to}")


class Cell:
    """A table cell with a colour: a red alert, an amber warning."""

    def __init__(self, text: str, colour: QColor | None = None, bold: bool = False) -> None:
        self.text, self.colour, self.bold = text, colour, bold


def table(headers: Sequence[str]) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().hide()
    widget.setAlternatingRowColors(True)
    widget.setShowGrid(False)
    widget.setWordWrap(False)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(48)  # the style's default would force sideways scrolling
    # headings on the side their values start, not centred over a wide last column's far edge
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[str | Cell]]) -> None:
    widget.clearContents()  # a shorter row (a spanned refusal) leaves no stale cells
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = value if isinstance(value, Cell) else Cell(str(value))
            item = QTableWidgetItem(cell.text)
            item.setToolTip(cell.text)
            if cell.colour is not None:
                item.setForeground(QBrush(cell.colour))
            if cell.bold or cell.colour is not None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            widget.setItem(r, c, item)


def select_row(widget: QTableWidget, row: int) -> None:
    """Select a whole row. Not ``selectRow``: right to left, it looks for the first column at
    the viewport's edge, which misses while the table is still being laid out (nothing gets
    selected)."""
    widget.selectionModel().select(
        widget.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def panel(title: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("panel")
    layout = QVBoxLayout(frame)
    layout.setSpacing(4)
    if title:
        label = QLabel(title)
        label.setObjectName("panelTitle")
        layout.addWidget(label)
    return frame, layout


def fingerprint_label(text: str = "", size: int = 13) -> QLabel:
    """A fingerprint people compare with paper: big, monospaced, left to right, selectable."""
    label = QLabel(text)
    label.setObjectName("fingerprint")
    label.setStyleSheet(f"font-size: {size}pt; font-weight: 600;")
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class FolderChooser(QComboBox):
    """The removable drives found now, then "choose a folder…" (any folder, a network share)."""

    def __init__(self, choose_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose_text = choose_text
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reload()

    def reload(self, extra: Path | None = None) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        drives = removable_drives()
        for drive in drives:
            self.addItem(ltr(str(drive)), str(drive))
        if extra is not None and extra not in drives:
            self.addItem(ltr(str(extra)), str(extra))
        self.addItem(self.choose_text, CHOOSE)
        index = self.findData(str(extra) if extra is not None else current)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def set_folder(self, folder: Path) -> None:
        self.reload(folder)

    def folder(self, title: str) -> Path | None:
        """The chosen folder; asks for one when "choose a folder…" is selected."""
        data = self.currentData()
        if data and data != CHOOSE:
            return Path(str(data))
        chosen = QFileDialog.getExistingDirectory(self, title)
        if not chosen:
            return None
        self.set_folder(Path(chosen))
        return Path(chosen)
