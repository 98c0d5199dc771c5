"""The structure as a Qt tree: one item per unit, drag a unit onto another to re-parent it.

The model never moves anything itself: a drop only emits ``move_requested``; the page asks
for confirmation (and the decision, for an approved unit), runs the service and reloads.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from baladiya_desktop.core.text import search_key
from baladiya_desktop.domain.org.queries import UnitNode
from baladiya_desktop.reports.forms.org_palette import type_hex

AnyIndex = QModelIndex | QPersistentModelIndex
MIME = "application/x-baladiya-org-unit"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
NODE_ROLE = Qt.ItemDataRole.UserRole + 3


class _Item:
    __slots__ = ("children", "key", "node", "parent", "row")

    def __init__(self, node: UnitNode, parent: _Item | None, row: int) -> None:
        self.node, self.parent, self.row = node, parent, row
        self.key = ""  # the search key, made on first search (most trees are never searched)
        self.children = [_Item(child, self, n) for n, child in enumerate(node.children)]


class OrgTreeModel(QAbstractItemModel):
    move_requested = Signal(object, object)  # unit id, new parent id (None: top level)

    def __init__(self, type_names: dict[str, str] | None = None) -> None:
        super().__init__()
        self.roots: list[_Item] = []
        self.by_id: dict[uuid.UUID, _Item] = {}
        self.type_names = type_names or {}
        self.editable = False
        self.headers = [self.tr("Unit"), self.tr("Code"), self.tr("Filled / approved")]

    def set_roots(self, roots: list[UnitNode], type_names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        if type_names is not None:
            self.type_names = type_names
        self.roots = [_Item(node, None, n) for n, node in enumerate(roots)]
        self.by_id = {}
        stack = list(self.roots)
        while stack:
            item = stack.pop()
            self.by_id[item.node.id] = item
            stack.extend(item.children)
        self.endResetModel()

    # --- structure ----------------------------------------------------------------------

    def item(self, index: AnyIndex) -> _Item | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._children(parent)
        if 0 <= row < len(siblings) and 0 <= column < len(self.headers):
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        item = self.item(index)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent)

    def _children(self, parent: AnyIndex) -> list[_Item]:
        item = self.item(parent)
        return self.roots if item is None else item.children

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def index_of(self, unit_id: uuid.UUID) -> QModelIndex:
        item = self.by_id.get(unit_id)
        return QModelIndex() if item is None else self.createIndex(item.row, 0, item)

    def node(self, unit_id: uuid.UUID) -> UnitNode | None:
        item = self.by_id.get(unit_id)
        return None if item is None else item.node

    # --- data ---------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        node, column = item.node, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return node.name_ar
            if column == 1:
                return node.code
            return f"{node.filled} / {node.approved}" if node.posts else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.type_names.get(node.unit_type, node.unit_type)} — {node.code}"
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(type_hex(node.unit_type)[1])
        if role == Qt.ItemDataRole.ForegroundRole and node.status == "closed":
            return QBrush(QColor("#8a8a8a"))
        if role == ID_ROLE:
            return node.id
        if role == NODE_ROLE:
            return node
        if role == SEARCH_ROLE:
            if not item.key:
                item.key = search_key(f"{node.name_ar} {node.name_en} {node.code}")
            return item.key
        return None

    # --- drag and drop ------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if index.isValid():
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        items = [self.item(i) for i in indexes if i.isValid()]
        if items and items[0] is not None:
            data.setData(MIME, str(items[0].node.id).encode())
        return data

    def _dropped(self, data: QMimeData) -> _Item | None:
        if not data.hasFormat(MIME):
            return None
        try:
            unit_id = uuid.UUID(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return None
        return self.by_id.get(unit_id)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        moved = self._dropped(data)
        if moved is None or not self.editable:
            return False
        target = self.item(parent)
        while target is not None:  # never onto itself or one of its own sub-units
            if target is moved:
                return False
            target = target.parent
        return True

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moved = self._dropped(data)
        target = self.item(parent)
        assert moved is not None
        new_parent = target.node.id if target is not None else None
        if new_parent != moved.node.parent_id:
            self.move_requested.emit(moved.node.id, new_parent)
        return False  # nothing moves until the service has done it; then the tree reloads


class OrgFilterProxy(QSortFilterProxyModel):
    """Search by the Arabic key: a unit matches by any part of its name or its code, and its
    ancestors stay visible so the match is shown in its place."""

    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(search_key(text))
