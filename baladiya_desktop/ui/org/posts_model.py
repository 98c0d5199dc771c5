"""The approved posts of one unit: approved, filled, vacant and surplus per title."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from baladiya_desktop.domain.org.queries import PostRow

AnyIndex = QModelIndex | QPersistentModelIndex


class PostsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PostRow] = []
        self.headers = [
            self.tr("Post title"),
            self.tr("Job group"),
            self.tr("Grades"),
            self.tr("Approved"),
            self.tr("Filled"),
            self.tr("Vacant"),
            self.tr("Surplus"),
        ]

    def set_rows(self, rows: list[PostRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
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

    def totals(self) -> tuple[int, int, int, int]:
        rows = self.rows
        return (
            sum(p.approved for p in rows),
            sum(p.filled for p in rows),
            sum(p.vacant for p in rows),
            sum(p.surplus for p in rows),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        post, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            grades = (
                str(post.grade_min)
                if post.grade_min == post.grade_max
                else f"{post.grade_min} – {post.grade_max}"
            )
            title = post.title + (self.tr(" (head)") if post.is_head else "")
            return (
                title,
                post.job_group or "—",
                grades,
                post.approved,
                post.filled,
                post.vacant,
                post.surplus,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 5 and post.vacant:
                return QBrush(QColor("#1d6b3a"))
            if column == 6 and post.surplus:
                return QBrush(QColor("#b3261e"))
        return None
