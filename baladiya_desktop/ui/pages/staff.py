"""سجل العاملين: the register as a list, searched as you type, filtered, opened by a double
click; import, export and the printed forms from its tool bar."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.staff.display import Choices, choices
from baladiya_desktop.domain.staff.queries import StaffFilter
from baladiya_desktop.exchange.mappings.staff import export_staff
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.kit.tables import fit_columns
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.staff.model import StaffModel

SEARCH_DELAY_MS = 200  # typing pauses shorter than this do not query
XLSX = "Excel (*.xlsx)"


class StaffPage(QWidget):
    # The register, and the units and code lists its filters offer.
    shows = frozenset({"employee", "service_event", "org_unit", "org_post", "reference_item"})

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.may_write = session.may(Permission.STAFF_WRITE)
        self.model = StaffModel(session)
        self.dialogs: list[QWidget] = []
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Search by any name part, national number or employee number (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self.timer.start)
        self.unit = self._combo(self.tr("All units"))
        self.grade = self._combo(self.tr("All grades"))
        for grade in range(1, 16):
            self.grade.addItem(str(grade), grade)
        self.kind = self._combo(self.tr("All employment types"))
        self.status = self._combo(self.tr("All statuses"))
        self.count = QLabel()
        self.count.setObjectName("statCaption")

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, stretch=1)  # the name takes the rest
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.model.total_changed.connect(self._show_count)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.unit, self.grade, self.kind, self.status):
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        self.new_button = self._button(self.tr("New employee…"), "add", self.new_item, True)
        self.open_button = self._button(self.tr("Open"), "edit", self.open_selected)
        self.import_button = self._button(self.tr("Import from Excel…"), "import", self.import_xlsx)
        self.export_button = self._button(self.tr("Export to Excel…"), "export", self.export_xlsx)
        self.card_button = self._button(self.tr("Print data card…"), "print", self.print_card)
        self.list_button = self._button(
            self.tr("Print list by unit…"), "print", lambda: self.print_form("staff-list", None)
        )
        for button in (self.new_button, self.open_button, self.import_button, self.export_button,
                       self.card_button, self.list_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        self.new_button.setVisible(self.may_write)
        self.import_button.setVisible(self.may_write)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        for combo in (self.unit, self.grade, self.kind, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        follow(self, session)
        self.refresh()

    def _combo(self, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        return combo

    def _button(self, text: str, name: str, slot: Any, primary: bool = False) -> QPushButton:
        button = QPushButton(icon(name), text)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(slot)
        return button

    def _choices(self, found: Choices) -> None:
        self.model.choices = found
        for combo, items in (
            (self.unit, [(u.id, u.name_ar) for u in found.units]),
            (self.kind, found.options("employment_type", self.session.lang())),
            (self.status, found.options("employee_status", self.session.lang())),
        ):
            combo.blockSignals(True)
            chosen = combo.currentData()
            while combo.count() > 1:  # the first item is "all"
                combo.removeItem(1)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        self.model.layoutChanged.emit()  # codes now show their Arabic names

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("{count} employees").format(count=f"{total:,}"))

    # --- page protocol ------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filters' choices (a unit added) and the rows under the filter applied."""
        ctx = self.session.ctx
        self.session.runner.run(lambda: choices(ctx), on_done=self._choices)
        self.model.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> StaffFilter:
        return StaffFilter(
            text=self.search.text(), unit_id=self.unit.currentData(),
            grade=self.grade.currentData(), employment_type=self.kind.currentData() or "",
            status=self.status.currentData() or "",
        )  # fmt: skip

    def apply_filter(self) -> None:
        self.timer.stop()
        self.model.reload(self.current_filter())

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return None if not rows else rows[0].data(Qt.ItemDataRole.UserRole)

    # --- actions ------------------------------------------------------------------------

    def new_item(self) -> None:
        if self.may_write:
            self.open_employee(None)

    def open_selected(self) -> None:
        emp_id = self.selected_id()
        if emp_id is not None:
            self.open_employee(emp_id)

    def open_employee(self, emp_id: uuid.UUID | None) -> Any:
        from baladiya_desktop.ui.staff.form import EmployeeDialog

        dialog = EmployeeDialog(self.session, emp_id, self)  # the list follows the change set
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.open()
        return dialog

    def import_xlsx(self, path: Path | None = None) -> Any:
        from baladiya_desktop.ui.staff.import_wizard import StaffImportWizard

        wizard = StaffImportWizard(self.session, self, path)
        self.dialogs.append(wizard)
        wizard.open()
        return wizard

    def _save_path(self, title: str, name: str, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kind)
        return Path(chosen) if chosen else None

    def export_xlsx(self, path: Path | None = None) -> None:
        path = path or self._save_path(self.tr("Export the register"), "سجل العاملين.xlsx", XLSX)
        if path is None:
            return
        ctx, target = self.session.ctx, path
        self.session.runner.run_long(
            lambda sink, cancel: export_staff(ctx, target, progress=sink, cancel=cancel),
            self.tr("Exporting the register…"),
            on_done=lambda count: QMessageBox.information(
                self, self.tr("Staff register"),
                self.tr("Exported %n employee(s) to:\n{path}", "", count).format(path=target),
            ),
        )  # fmt: skip

    def print_card(self) -> None:
        emp_id = self.selected_id()
        if emp_id is not None:
            self.print_form("staff-card", str(emp_id))

    def print_form(self, name: str, record: str | None) -> None:
        print_form(self.session, self, name, record)
