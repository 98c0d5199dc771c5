"""Development projects: the register with its warnings, and each project's page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import search_key
from baladiya_desktop.domain.projects import queries
from baladiya_desktop.domain.projects.queries import ProjectRow
from baladiya_desktop.domain.projects.service import STATUS_AR
from baladiya_desktop.exchange.mappings.projects import export_projects, import_projects
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.pages.projects_detail import PROJECT_TABLES, ProjectView
from baladiya_desktop.ui.session import UiSession

AnyIndex = QModelIndex | QPersistentModelIndex
WARN = QColor("#c62828")


def status_text(status: str, lang: str) -> str:
    return STATUS_AR.get(status, status) if lang == "ar" else status.replace("_", " ")


class ProjectsModel(QAbstractTableModel):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.rows: list[ProjectRow] = []
        self.headers = [
            self.tr("Project"),
            self.tr("Status"),
            self.tr("Progress"),
            self.tr("Planned"),
            self.tr("Budget"),
            self.tr("Spent"),
            self.tr("Planned end"),
            self.tr("Warnings"),
        ]

    def set_rows(self, rows: list[ProjectRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def warnings(self, row: ProjectRow) -> str:
        found = [self.tr("Behind schedule")] if row.behind else []
        if row.over_budget:
            found.append(self.tr("Over budget"))
        return "، ".join(found) if self.lang == "ar" else ", ".join(found)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name,
                status_text(row.status, self.lang),
                f"{row.physical_pct}%",
                "—" if row.expected_pct is None else f"{row.expected_pct}%",
                format_lyd(row.budget),
                format_lyd(row.spent),
                row.planned_end.strftime("%d/%m/%Y") if row.planned_end else "—",
                self.warnings(row),
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and (
            col == 7 or (col == 5 and row.over_budget) or (col == 2 and row.behind)
        ):
            return WARN
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 6):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return search_key(f"{row.name} {status_text(row.status, 'ar')}")
        return None


class ProjectsPage(QWidget):
    shows = PROJECT_TABLES

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        lang = session.lang()
        self.model = ProjectsModel(lang)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search projects (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(
            lambda text: self.proxy.setFilterFixedString(search_key(text))
        )
        self.only = QComboBox()
        self.only.addItem(self.tr("All projects"), "")
        self.only.addItem(self.tr("With a warning"), "warn")
        for status in queries.STATUSES:
            self.only.addItem(status_text(status, lang), status)
        self.only.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("panelTitle")
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 110, 62, 62, 122, 122, 112, 110)):
            if width:
                header.resizeSection(column, width)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self.open_selected)
        may_write = session.may(Permission.PROJECTS_WRITE)
        self.new_button = QPushButton(icon("add"), self.tr("New project…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_item)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export_file)
        for button in (self.new_button, self.import_button):
            button.setVisible(may_write)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.only)
        for button in (self.new_button, self.import_button, self.export_button):
            bar.addWidget(button)
        listing = QWidget()
        inner = QVBoxLayout(listing)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(bar)
        inner.addWidget(self.summary)
        inner.addWidget(self.table, 1)
        self.detail = ProjectView(session)
        self.detail.back.connect(self.show_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(listing)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        follow(self, session)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: queries.projects(ctx), on_done=self._loaded)

    def _loaded(self, rows: list[ProjectRow]) -> None:
        counts = queries.summary(rows)
        wanted = self.only.currentData()
        if wanted == "warn":
            rows = [r for r in rows if r.behind or r.over_budget]
        elif wanted:
            rows = [r for r in rows if r.status == wanted]
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr(
                "{count} projects · under way {running} · behind schedule {behind} · over budget "
                "{over} · spent {spent} of {budget}"
            ).format(
                count=sum(counts[s] for s in queries.STATUSES),
                running=counts["under_way"],
                behind=counts["behind"],
                over=counts["over_budget"],
                spent=format_lyd(counts["spent"]),
                budget=format_lyd(counts["budget"]),
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus()

    def open_selected(self, index: QModelIndex) -> None:
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        self.open_project(row)

    def open_project(self, row: ProjectRow) -> None:
        self.detail.load(row.id)
        self.stack.setCurrentWidget(self.detail)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)  # the list follows the change sets meanwhile

    def new_item(self) -> None:
        from baladiya_desktop.ui.pages.projects_detail import ProjectDialog

        ProjectDialog(self.session, self).open()  # the list follows the change set

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import projects"), "", "Excel (*.xlsx)"
        )
        if not path:
            return
        ctx = self.session.ctx
        self.session.runner.run_long(
            lambda sink, cancel: import_projects(ctx, path, progress=sink, cancel=cancel),
            self.tr("Importing projects…"),
            on_done=self._imported,
        )

    def _imported(self, result: Any) -> None:
        lines = [result.summary(self.session.lang())]
        ar = self.session.lang() == "ar"
        lines += [f"{e.row}: {e.reason_ar if ar else e.reason_en}" for e in result.rejected[:10]]
        QMessageBox.information(self, self.tr("Import projects"), "\n".join(lines))

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export projects"), "projects.xlsx", "Excel (*.xlsx)"
        )
        if path:
            ctx = self.session.ctx
            self.session.runner.run_long(
                lambda sink, cancel: export_projects(ctx, path, progress=sink, cancel=cancel),
                self.tr("Exporting…"),
            )
