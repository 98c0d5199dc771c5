"""The employee form's other tabs: the service file (read only) and scanned attachments."""

from __future__ import annotations

import mimetypes
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.staff import queries, service
from baladiya_desktop.domain.staff.models import Attachment
from baladiya_desktop.domain.staff.queries import EventRow
from baladiya_desktop.ui.session import UiSession


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class HistoryTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kinds = {
            "hire": self.tr("Hired"), "grade": self.tr("Grade"),
            "increment": self.tr("Increments"), "post": self.tr("Post"),
            "unit": self.tr("Unit"), "status": self.tr("Status"),
            "type": self.tr("Employment type"), "title": self.tr("Job title"),
        }  # fmt: skip
        self.table = _table([self.tr("Date"), self.tr("Change"), self.tr("From"), self.tr("To"),
                             self.tr("Decision no."), self.tr("By")])  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def load(self, emp_id: uuid.UUID) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: queries.history(ctx, emp_id), on_done=self._show)

    def _show(self, events: list[EventRow]) -> None:
        _fill(self.table, [
            [e.event_date.strftime("%d/%m/%Y"), self.kinds.get(e.kind, e.kind), e.from_value,
             e.to_value, e.decision_number, e.by]
            for e in events
        ])  # fmt: skip


class AttachmentsTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.emp_id: uuid.UUID | None = None
        self.items: list[Attachment] = []
        self.table = _table([self.tr("Title"), self.tr("File"), self.tr("Size"),
                             self.tr("Added")])  # fmt: skip
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        add = QPushButton(self.tr("Add a file…"))
        add.clicked.connect(lambda: self.add_file())
        add.setVisible(session.may(Permission.STAFF_WRITE))
        opened = QPushButton(self.tr("Open"))
        opened.clicked.connect(self.open_selected)
        copy = QPushButton(self.tr("Save a copy…"))
        copy.clicked.connect(lambda: self.save_copy())
        bar = QHBoxLayout()
        for button in (add, opened, copy):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def load(self, emp_id: uuid.UUID) -> None:
        self.emp_id = emp_id
        ctx = self.session.ctx
        self.session.runner.run(lambda: queries.attachments(ctx, emp_id), on_done=self._show)

    def _show(self, items: list[Attachment]) -> None:
        self.items = items
        _fill(self.table, [
            [a.title, a.file_name, f"{a.size / 1024:,.0f} KB",
             a.updated_at.astimezone().strftime("%d/%m/%Y")]
            for a in items
        ])  # fmt: skip

    def add_file(self, path: Path | None = None) -> None:
        if self.emp_id is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a scanned document"))
            path = Path(chosen) if chosen else None
        if path is None:
            return
        data = path.read_bytes()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        ctx, emp_id, name = self.session.ctx, self.emp_id, path.name
        self.session.runner.run(
            lambda: service.add_attachment(ctx, "employee", emp_id, path.stem, name, data, kind),
            on_done=lambda _id: self.load(emp_id),
        )

    def _selected(self) -> Attachment | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def open_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        ctx, item_id = self.session.ctx, item.id

        def show(found: tuple[str, bytes]) -> None:
            folder = Path(tempfile.mkdtemp(prefix="baladiya-"))
            target = folder / found[0]
            target.write_bytes(found[1])
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        self.session.runner.run(lambda: queries.attachment_data(ctx, item_id), on_done=show)

    def save_copy(self, path: Path | None = None) -> None:
        item = self._selected()
        if item is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a copy"), str(Path.home() / item.file_name)
            )
            path = Path(chosen) if chosen else None
        if path is None:
            return
        ctx, item_id, target = self.session.ctx, item.id, path
        self.session.runner.run(
            lambda: queries.attachment_data(ctx, item_id),
            on_done=lambda found: target.write_bytes(found[1]),
        )
