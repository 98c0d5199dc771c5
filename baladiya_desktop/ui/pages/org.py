"""الهيكل التنظيمي: the tree with its detail and posts, the org chart, the workbook, printouts.

The tree (right, in Arabic) re-parents by drag and drop after a confirmation (and the decision,
for an approved unit), and Undo moves the unit back. People without ORG_WRITE see the same
page read-only; the service refuses their writes anyway.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.org import queries, service
from baladiya_desktop.domain.org.queries import UnitNode
from baladiya_desktop.domain.org.rules import Decision
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.kit.tables import fit_columns
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.org.chart_view import OrgChartView
from baladiya_desktop.ui.org.detail import UnitDetail
from baladiya_desktop.ui.org.posts_model import PostsModel
from baladiya_desktop.ui.org.staffing import StaffingView
from baladiya_desktop.ui.org.transfer import OrgTransfer
from baladiya_desktop.ui.org.tree_model import ID_ROLE, OrgFilterProxy, OrgTreeModel
from baladiya_desktop.ui.session import UiSession


@dataclass(frozen=True)
class Loaded:
    roots: list[UnitNode]
    types: dict[str, str]


def load_structure(ctx: AppContext) -> Loaded:
    with ctx.session() as session:
        types = {t.code: t.name_ar for t in queries.unit_types(session).values()}
        nodes = queries.load_units(session, ctx.station.municipality_code)
    return Loaded(queries.build_tree(nodes), types)


@dataclass(frozen=True)
class Move:
    unit_id: uuid.UUID
    old_parent: uuid.UUID | None
    decision: Decision | None


class OrgPage(QWidget):
    # The structure, and the register's people in its units and posts.
    shows = frozenset({"org_unit", "org_post", "org_decision", "org_unit_type", "employee"})

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.writable = session.may(Permission.ORG_WRITE)
        self.loaded = Loaded([], {})
        self.undo_stack: list[Move] = []
        self.last_dialog: Any = None
        self.pending_select: uuid.UUID | None = None  # selected when the change set reloads
        self.transfer = OrgTransfer(session, self)

        self.model = OrgTreeModel()
        self.model.editable = self.writable
        self.model.move_requested.connect(self.request_move)
        self.proxy = OrgFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("orgTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        fit_columns(self.tree, stretch=0)  # the name takes what the code and posts leave
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if self.writable:
            self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.tree.setDropIndicatorShown(True)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._selected())
        self.tree.doubleClicked.connect(lambda _i: self.edit_unit())

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search units by name or code (Ctrl+F)"))
        self.search.textChanged.connect(self._search)

        self.detail = UnitDetail()
        self.posts = PostsModel()
        self.posts_table = QTableView()
        self.posts_table.setObjectName("postsTable")
        self.posts_table.setModel(self.posts)
        self.posts_table.verticalHeader().hide()
        self.posts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.posts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.posts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.posts_table, stretch=0)
        self.posts_table.doubleClicked.connect(lambda _i: self.edit_post())

        b = self._button
        self.add_button = b(self.tr("Add unit…"), "add", self.new_item, write=True, primary=True)
        self.edit_button = b(self.tr("Edit…"), "", self.edit_unit, write=True)
        self.close_button = b(self.tr("Close unit…"), "", self.close_unit, write=True)
        self.delete_button = b(self.tr("Delete"), "block", self.delete_unit, write=True)
        self.undo_button = b(self.tr("Undo move"), "", self.undo, write=True)
        self.add_post_button = b(self.tr("Add post…"), "add", self.add_post, write=True)
        self.edit_post_button = b(self.tr("Edit post…"), "", self.edit_post, write=True)
        self.delete_post_button = b(self.tr("Delete post"), "", self.delete_post, write=True)
        self.import_button = b(self.tr("Import…"), "folder", self.transfer.import_file, write=True)
        self.export_button = b(self.tr("Export…"), "", self.transfer.export)
        self.template_button = b(self.tr("Empty template…"), "", self.transfer.template)
        self.print_chart_button = b(
            self.tr("Print chart…"), "", lambda: self.transfer.print_form("org-chart")
        )
        self.print_list_button = b(
            self.tr("Print units list…"), "", lambda: self.transfer.print_form("org-units")
        )
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in (
            self.add_button,
            self.edit_button,
            self.close_button,
            self.delete_button,
            self.undo_button,
        ):
            top.addWidget(button)
        files = QHBoxLayout()
        for button in (
            self.import_button,
            self.export_button,
            self.template_button,
            self.print_chart_button,
            self.print_list_button,
        ):
            files.addWidget(button)
        files.addStretch(1)
        post_bar = QHBoxLayout()
        for button in (self.add_post_button, self.edit_post_button, self.delete_post_button):
            post_bar.addWidget(button)
        post_bar.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(self.posts_table, 1)
        side_layout.addLayout(post_bar)
        split = QSplitter()
        split.addWidget(self.tree)  # first: on the right in a right-to-left window
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 560])  # the tree's names are deep: it gets the larger half

        self.chart = OrgChartView()
        chart_tab = QWidget()
        chart_layout = QVBoxLayout(chart_tab)
        chart_bar = QHBoxLayout()
        for text, slot in (
            (self.tr("Zoom in"), self.chart.zoom_in),
            (self.tr("Zoom out"), self.chart.zoom_out),
            (self.tr("Fit to window"), self.chart.fit),
            (self.tr("Unfold all"), self.chart.expand_all),
        ):
            chart_bar.addWidget(b(text, "", slot))
        chart_bar.addStretch(1)
        chart_layout.addLayout(chart_bar)
        chart_layout.addWidget(self.chart, 1)
        self.chart.unit_clicked.connect(self.select)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("orgTabs")
        structure = QWidget()
        structure_layout = QVBoxLayout(structure)
        structure_layout.addLayout(top)
        structure_layout.addWidget(split, 1)
        self.tabs.addTab(structure, self.tr("Structure"))
        self.tabs.addTab(chart_tab, self.tr("Org chart"))
        self.staffing = StaffingView(session)
        self.tabs.addTab(self.staffing, self.tr("Staffing table"))
        self.tabs.currentChanged.connect(lambda n: self.chart.fit() if n == 1 else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(files)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()
        follow(self, session)
        self.refresh()

    def _button(
        self, text: str, icon_name: str, slot: Any, write: bool = False, primary: bool = False
    ) -> QPushButton:
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(lambda: slot())
        button.setVisible(self.writable or not write)
        return button

    # --- loading ------------------------------------------------------------------------

    def refresh(self, then: Any = None) -> None:
        ctx = self.session.ctx

        def shown(loaded: Loaded) -> None:
            self._show(loaded)
            if then is not None:
                then()

        self.session.runner.run(lambda: load_structure(ctx), on_done=shown)

    def _show(self, loaded: Loaded) -> None:
        selected, self.pending_select = self.pending_select or self.selected_id(), None
        self.loaded = loaded
        self.model.set_roots(loaded.roots, loaded.types)
        self.chart.set_roots(loaded.roots, loaded.types)
        self.tree.expandToDepth(2)
        if selected is not None:
            self.select(selected)
        elif loaded.roots:
            self.select(loaded.roots[0].id)
        self._selected()
        if self.tabs.currentIndex() == 1:
            self.chart.fit()

    def all_units(self) -> list[UnitNode]:
        return [n for root in self.loaded.roots for n in root.walk()]

    # --- selection and search -----------------------------------------------------------

    def selected_id(self) -> uuid.UUID | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected(self) -> UnitNode | None:
        unit_id = self.selected_id()
        return None if unit_id is None else self.model.node(unit_id)

    def select(self, unit_id: uuid.UUID) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(unit_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _selected(self) -> None:
        node = self.selected()
        parent = self.model.node(node.parent_id) if node and node.parent_id else None
        self.detail.show_unit(node, parent, self.loaded.types)
        self.posts.set_rows(node.posts if node else [])
        self._update_buttons()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        if text.strip():
            self.tree.expandAll()
            first = self.proxy.index(0, 0)
            while first.isValid() and self.proxy.rowCount(first) and not self._matches(first):
                first = self.proxy.index(0, 0, first)
            if first.isValid():
                self.tree.setCurrentIndex(first)

    def _matches(self, index: Any) -> bool:
        key = self.proxy.filterRegularExpression().pattern()
        return bool(key) and key.replace("\\", "") in str(index.data(self.proxy.filterRole()))

    def _update_buttons(self) -> None:
        node = self.selected()
        for button in (
            self.edit_button,
            self.close_button,
            self.delete_button,
            self.add_post_button,
        ):
            button.setEnabled(node is not None)
        self.edit_post_button.setEnabled(node is not None)
        self.delete_post_button.setEnabled(node is not None)
        self.undo_button.setEnabled(bool(self.undo_stack))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- units --------------------------------------------------------------------------

    def _open(self, dialog: Any, on_accept: Any = None) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(on_accept or (lambda: self._changed()))
        dialog.open()

    def _changed(self, select: uuid.UUID | None = None) -> None:
        """A write of this page is done: the change set reloads the page, then selects."""
        self.pending_select = select

    def new_item(self) -> None:
        if not self.writable:
            return
        from baladiya_desktop.ui.org.dialogs import UnitDialog

        parent = self.selected_id()
        self._open(
            UnitDialog(
                self.session, self.all_units(), self.loaded.types, parent_id=parent, parent=self
            )
        )

    def edit_unit(self) -> None:
        node = self.selected()
        if node is None or not self.writable:
            return
        from baladiya_desktop.ui.org.dialogs import UnitDialog

        self._open(
            UnitDialog(self.session, self.all_units(), self.loaded.types, node=node, parent=self)
        )

    def close_unit(self) -> None:
        from baladiya_desktop.ui.org.dialogs import CloseDialog

        node = self.selected()
        if node is not None:
            self._open(CloseDialog(self.session, node, self))

    def delete_unit(self) -> None:
        node = self.selected()
        if node is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete a unit"),
            self.tr(
                "Delete «{unit}»? Use this only for a unit entered by mistake; a unit that "
                "existed is closed instead."
            ).format(unit=node.name_ar),
        )
        if answer == QMessageBox.StandardButton.Yes:
            ctx, unit_id = self.session.ctx, node.id
            self.session.runner.run(
                lambda: service.delete_unit(ctx, unit_id), on_done=lambda _r: self._changed()
            )

    def request_move(self, unit_id: uuid.UUID, new_parent: uuid.UUID | None) -> None:
        """A drop in the tree: confirm (with the decision for an approved unit), then move."""
        from baladiya_desktop.ui.org.dialogs import MoveDialog

        unit = self.model.node(unit_id)
        if unit is None:
            return
        target = self.model.node(new_parent) if new_parent else None
        dialog = MoveDialog(self.session, unit, target, self)
        old = unit.parent_id

        def moved() -> None:
            decision = dialog.decision() if dialog.needs_decision else None
            self.undo_stack.append(Move(unit_id, old, decision))
            self._changed(unit_id)

        self._open(dialog, moved)

    def undo(self) -> None:
        """Move the last moved unit back, under the decision it was moved with."""
        if not self.undo_stack or not self.writable:
            return
        move = self.undo_stack.pop()
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: service.move_unit(ctx, move.unit_id, move.old_parent, move.decision),
            on_done=lambda _r: self._changed(move.unit_id),
            on_error=lambda exc: self._undo_failed(move, exc),
        )
        self._update_buttons()

    def _undo_failed(self, move: Move, exc: Any) -> None:
        self.undo_stack.append(move)
        self._update_buttons()
        self.session.runner.show_error(exc)

    # --- posts --------------------------------------------------------------------------

    def selected_post(self) -> Any:
        rows = self.posts_table.selectionModel().selectedRows()
        return self.posts.rows[rows[0].row()] if rows else None

    def add_post(self) -> None:
        from baladiya_desktop.ui.org.dialogs import PostDialog

        node = self.selected()
        if node is not None and self.writable:
            self._open(PostDialog(self.session, node, parent=self))

    def edit_post(self) -> None:
        from baladiya_desktop.ui.org.dialogs import PostDialog

        node, post = self.selected(), self.selected_post()
        if node is not None and post is not None and self.writable:
            self._open(PostDialog(self.session, node, post, parent=self))

    def delete_post(self) -> None:
        post = self.selected_post()
        if post is None:
            return
        ctx, post_id = self.session.ctx, post.id
        self.session.runner.run(
            lambda: service.delete_post(ctx, post_id), on_done=lambda _r: self._changed()
        )
