"""Indicator entry per period: values with their evidence, the computed ones refreshed from
the app's data, and the agent's approval that seals the period."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators import computed, values
from baladiya_desktop.domain.indicators.dashboard import (
    PeriodSheet,
    format_value,
    period_sheet,
    recent_periods,
    unit_text,
)
from baladiya_desktop.domain.indicators.evidence import attach_evidence
from baladiya_desktop.domain.indicators.periods import label
from baladiya_desktop.ui.drafts import Binding, DraftKeeper
from baladiya_desktop.ui.indicators import INDICATOR_TABLES
from baladiya_desktop.ui.kit.tables import fit_columns
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError

NAME, VALUE, UNIT, TARGET, NOTE, STATUS = range(6)
LOCKED = QColor("#f1f4f3")


def _save(ctx: AppContext, period: str, edits: dict[str, tuple[str, str]]) -> list[str]:
    """Save each edited value; refused ones come back as messages, the rest are kept."""
    problems = []
    for code, (value, note) in edits.items():
        try:
            values.set_value(ctx, code, period, value, note)
        except UserError as exc:
            problems.append(f"{code}: {exc.message_ar}")
    return problems


class EntryView(QWidget):
    shows = INDICATOR_TABLES

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.sheet: PeriodSheet | None = None
        self.problems: list[str] = []  # values the last save refused
        self.loading = False
        lang = session.lang()
        self.period = QComboBox()
        for kind, count in (("quarterly", 6), ("monthly", 12), ("yearly", 3)):
            for key in reversed(recent_periods(kind, count)):
                self.period.addItem(label(key, lang), key)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Target"),
                self.tr("Evidence (note)"),
                self.tr("Status"),
            ]
        )
        fit_columns(self.table, stretch=NAME)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.itemChanged.connect(self._edited)
        self.error = InlineError()
        may_write = session.may(Permission.INDICATORS_WRITE)
        self.save_button = QPushButton(icon("add"), self.tr("Save values (Ctrl+S)"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.attach_button = QPushButton(self.tr("Attach evidence…"))
        self.attach_button.clicked.connect(self.attach)
        self.compute_button = QPushButton(self.tr("Compute from the app's data"))
        self.compute_button.clicked.connect(self.compute)
        self.approve_button = QPushButton(self.tr("Approve and seal the period"))
        self.approve_button.clicked.connect(self.approve)
        for button in (self.save_button, self.attach_button, self.compute_button):
            button.setVisible(may_write)
        self.approve_button.setVisible(session.may(Permission.INDICATORS_APPROVE))
        self.edits: dict[str, tuple[str, str]] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addWidget(self.state, 1)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.attach_button, self.compute_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # One draft per period: the values typed and not saved, saved as each cell is left
        # (after _edited, which is connected first).
        edits = Binding(self._draft_edits, self._restore_edits, (self.table.itemChanged,))
        self.drafts = DraftKeeper(
            self, session, "indicators.entry", {"edits": edits}, enabled=may_write
        )
        self.refresh()

    def key(self) -> str:
        return str(self.period.currentData())

    def refresh(self) -> None:
        ctx, key = self.session.ctx, self.key()
        self.session.runner.run(lambda: period_sheet(ctx, key), on_done=self._loaded)

    def _loaded(self, sheet: PeriodSheet) -> None:
        self.drafts.hold()  # the sheet's own values are not edits
        self.sheet, self.edits, self.loading = sheet, {}, True
        lang = self.session.lang()
        self.table.setRowCount(len(sheet.rows))
        for r, row in enumerate(sheet.rows):
            locked = sheet.sealed or row.computed or row.status == "approved"
            status = (
                self.tr("Computed")
                if row.computed
                else self.tr("Approved")
                if row.status == "approved"
                else self.tr("Draft")
                if row.status
                else self.tr("Not entered")
            )
            number = "" if row.value is None else f"{row.value / 1000:g}"
            cells = [
                row.name_ar if lang == "ar" else row.name_en,
                number,
                unit_text(row.unit, lang),
                format_value(row.target, row.unit, lang),
                row.note,
                status,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.code)
                if locked or c not in (VALUE, NOTE):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if locked:
                    item.setBackground(LOCKED)
                if c == VALUE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.loading = False
        if sheet.sealed:
            self.state.setText(
                self.tr("Approved and sealed by {user}: read only.").format(user=sheet.sealed_by)
            )
        else:
            self.state.setText(self.tr("Open for entry: the agent approves it when complete."))
        self.approve_button.setEnabled(not sheet.sealed)
        if self.problems:
            self.error.show_message("\n".join(self.problems))
        else:
            self.error.clear_message()
        self.drafts.start(self.key())
        if sheet.sealed:
            self.drafts.discard()  # nothing can be entered any more

    def _edited(self, item: QTableWidgetItem) -> None:
        if self.loading:
            return
        r = item.row()
        code = str(item.data(Qt.ItemDataRole.UserRole))
        value_item, note_item = self.table.item(r, VALUE), self.table.item(r, NOTE)
        self.edits[code] = (
            value_item.text() if value_item else "",
            note_item.text() if note_item else "",
        )

    def _draft_edits(self) -> dict[str, list[str]]:
        return {code: [value, note] for code, (value, note) in sorted(self.edits.items())}

    def _restore_edits(self, saved: object) -> None:
        if not isinstance(saved, dict):
            raise TypeError(saved)
        for r in range(self.table.rowCount()):
            code = self.table.item(r, NAME).data(Qt.ItemDataRole.UserRole)
            cells = saved.get(code)
            if not (isinstance(cells, list) and len(cells) == 2):
                continue
            for column, text in zip((VALUE, NOTE), cells, strict=True):
                item = self.table.item(r, column)
                if isinstance(text, str) and item.flags() & Qt.ItemFlag.ItemIsEditable:
                    item.setText(text)  # through _edited, as if typed

    def save(self) -> None:
        if not self.edits:
            return
        ctx, key, edits = self.session.ctx, self.key(), dict(self.edits)
        self.problems = []
        self.session.runner.run(lambda: _save(ctx, key, edits), on_done=self._saved)

    def _saved(self, problems: list[str]) -> None:
        self.drafts.saved()
        self.problems = problems  # shown by every reload until the next save
        self.refresh()  # the change set reloads the views in sight; this one may be hidden

    def _selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), NAME) if rows else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def attach(self) -> None:
        code = self._selected_code()
        if code is None:
            self.error.show_message(self.tr("Choose the indicator the evidence is for."))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence document"))
        if not path:
            return
        ctx, key, file = self.session.ctx, self.key(), Path(path)
        media = mimetypes.guess_type(path)[0] or "application/octet-stream"
        self.session.runner.run(
            lambda: attach_evidence(ctx, code, key, file.name, file.read_bytes(), media),
            on_done=lambda _r: self.error.show_message(""),
            on_error=lambda exc: self.error.show_message(exc.message(self.session.lang())),
        )

    def compute(self) -> None:
        ctx, key = self.session.ctx, self.key()
        self.session.runner.run(
            lambda: computed.refresh(ctx, key),
            on_done=lambda _r: self.refresh(),
            on_error=lambda e: self.error.show_message(e.message(self.session.lang())),
        )

    def approve(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Approve the period"),
            self.tr(
                "Approve every value of {period}? The period is then sealed and no value can be "
                "changed."
            ).format(period=self.period.currentText()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, key = self.session.ctx, self.key()
        self.session.runner.run(
            lambda: values.approve_period(ctx, key),
            on_done=lambda _r: self.refresh(),
            on_error=lambda e: self.error.show_message(e.message(self.session.lang())),
        )
