"""The rules the scan applies (entry grade per qualification, rule values) and the salary
tables the cost is read from. Everyone with access sees them; only the administrator edits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.settlement import rules_admin, salary
from baladiya_desktop.domain.settlement.salary_grid import read_grid
from baladiya_desktop.exchange.workbook_file import OpenWorkbook
from baladiya_desktop.ui.kit.tables import fit_columns
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.settlement.common import date_text, grades_text, pick
from baladiya_desktop.ui.settlement.dialogs import FormDialog, date_edit, date_of
from baladiya_desktop.ui.widgets import InlineError


def import_salary_table(ctx: object, path: Path, name: str, effective: dt.date) -> int:
    """Read the grid of the workbook's first sheet and store it; returns the cells stored."""
    with OpenWorkbook(path) as book:
        grid = read_grid(book.worksheets[0].iter_rows(values_only=True))
    salary.save_salary_table(ctx, name, effective, grid.max_increments, grid.amounts)  # type: ignore[arg-type]
    return len(grid.amounts)


class SalaryImportDialog(FormDialog):
    """Name and effective date of a salary table read from an xlsx grid."""

    def __init__(self, session: UiSession, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Import a salary table"), parent)
        self.path = path
        self.form.addRow(QLabel(self.tr("File: {name}").format(name=path.name)))
        self.name = QLineEdit(path.stem)
        self.add_field(self.tr("Table name"), self.name, "name")
        self.effective = date_edit()
        self.add_field(self.tr("Effective from"), self.effective, "effective_from")
        self.form.addRow(
            QLabel(
                self.tr(
                    "Rows: grades 1 to 15; columns: increments 0, 1, 2 …; "
                    "amounts in dinars. Every cell must be filled."
                )
            )
        )
        self.errors["amounts"] = self.general

    def work(self):  # type: ignore[no-untyped-def]
        ctx, path, name = self.session.ctx, self.path, self.name.text()
        effective = date_of(self.effective)
        return lambda: import_salary_table(ctx, path, name, effective)


class RulesTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.editable = session.may(Permission.SETTINGS_MANAGE)
        self.rule_boxes: dict[str, QSpinBox] = {}
        self.entry_boxes: dict[str, QSpinBox] = {}
        self.rules_form = QFormLayout()
        self.entry_form = QFormLayout()
        rules_box = QGroupBox(self.tr("Entitlement rules"))
        rules_box.setLayout(self.rules_form)
        entry_box = QGroupBox(self.tr("Entry grade by qualification"))
        entry_box.setLayout(self.entry_form)
        self.save_button = QPushButton(self.tr("Save the rules"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)
        self.message = InlineError()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(rules_box)
        left_layout.addWidget(entry_box)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.save_button)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        self.tables = QTableWidget(0, 4)
        self.tables.setHorizontalHeaderLabels(
            [
                self.tr("Salary table"),
                self.tr("Effective from"),
                self.tr("Increments"),
                self.tr("Cells"),
            ]
        )
        self.tables.verticalHeader().hide()
        self.tables.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_columns(self.tables, stretch=0)
        self.no_table = QLabel(
            self.tr("No salary table: the cost of every case is shown as unknown.")
        )
        self.no_table.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a salary table from Excel…"))
        self.import_button.clicked.connect(self.choose_file)
        self.import_button.setVisible(self.editable)
        tables_box = QGroupBox(self.tr("Salary tables"))
        tables_layout = QVBoxLayout(tables_box)
        tables_layout.addWidget(self.tables, 1)
        tables_layout.addWidget(self.no_table)
        tables_layout.addWidget(self.import_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(scroll, 1)
        row.addWidget(tables_box, 1)

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: (rules_admin.current(ctx), salary.salary_tables(ctx)), on_done=self._loaded
        )

    def _spin(self, value: int, low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        box.setEnabled(self.editable)
        return box

    def _loaded(self, result: tuple[rules_admin.RuleSettings, list[salary.SalaryTableRow]]) -> None:
        settings, tables = result
        lang = self.session.lang()
        for form in (self.rules_form, self.entry_form):
            while form.rowCount():
                form.removeRow(0)
        self.rule_boxes.clear()
        self.entry_boxes.clear()
        for rule in settings.values:
            self.rule_boxes[rule.code] = self._spin(rule.value, rule.low, rule.high)
            self.rules_form.addRow(
                pick((rule.name_ar, rule.name_en), lang, rule.code), self.rule_boxes[rule.code]
            )
        top = settings.value("max_grade")
        for entry in settings.entry:
            self.entry_boxes[entry.code] = self._spin(entry.grade or 1, 1, top)
            self.entry_form.addRow(
                pick((entry.name_ar, entry.name_en), lang, entry.code), self.entry_boxes[entry.code]
            )
        self.tables.setRowCount(len(tables))
        for r, table in enumerate(tables):
            for c, text in enumerate(
                (
                    table.name,
                    date_text(table.effective_from),
                    grades_text(0, table.max_increments),
                    str(table.cells),
                )
            ):
                self.tables.setItem(r, c, QTableWidgetItem(text))
        self.no_table.setVisible(not tables)

    def save(self) -> None:
        ctx = self.session.ctx
        values = {code: box.value() for code, box in self.rule_boxes.items()}
        entry = {code: box.value() for code, box in self.entry_boxes.items()}
        self.message.clear_message()
        self.session.runner.run(
            lambda: rules_admin.save_rules(ctx, values, entry),
            on_done=self._saved,
            on_error=self._refused,
        )

    def _saved(self, changed: list[str]) -> None:
        self.message.show_message(
            self.tr("Saved: %n change(s). The next scan applies them.", "", len(changed))
        )

    def _refused(self, exc: UserError) -> None:
        self.message.show_message(self.session.runner.message(exc))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Salary table (xlsx)"), "", "Excel (*.xlsx)"
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> SalaryImportDialog:
        dialog = SalaryImportDialog(self.session, path, self)
        dialog.open()  # the tables follow the change set
        return dialog
