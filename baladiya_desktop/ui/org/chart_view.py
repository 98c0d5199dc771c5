"""The org chart on screen: boxes laid out right to left, zoom (Ctrl+wheel, buttons), pan by
dragging, a click on a box folds or unfolds its branch. The geometry is the printed chart's
(``reports.forms.org_layout``), so the screen and the paper agree."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from baladiya_desktop.domain.org.queries import UnitNode
from baladiya_desktop.reports.forms.org_layout import Geometry, layout_chart
from baladiya_desktop.reports.forms.org_palette import type_hex

GEOMETRY = Geometry(
    box_w=176.0, box_h=84.0, h_gap=18.0, v_gap=40.0, stack_gap=12.0, indent=16.0, max_stack=4
)
ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.2, 0.08, 4.0


class UnitBox(QGraphicsItem):
    """One unit: its name, type, filled of approved; a + or − when it has a branch."""

    def __init__(
        self, node: UnitNode, type_name: str, width: float, height: float, hidden: int
    ) -> None:
        super().__init__()
        self.node, self.type_name, self.hidden = node, type_name, hidden
        self.rect = QRectF(0, 0, width, height)
        self.setToolTip(f"{node.name_ar}\n{type_name} — {node.code}")
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if node.children else Qt.CursorShape.ArrowCursor
        )

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 16)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        fill, edge = (QColor(c) for c in type_hex(self.node.unit_type))
        rect = self.rect
        pen = QPen(edge, 2.0 if self.node.status == "approved" else 1.2)
        if self.node.status != "approved":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRectF(rect.right() - 5, rect.top() + 1, 4, rect.height() - 2), edge)
        painter.setPen(QColor("#1b1f24"))
        font = QFont(painter.font())
        font.setPointSizeF(9.5)
        font.setBold(True)
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(rect.adjusted(8, 4, -10, -30), int(flags), self.node.name_ar)
        font.setBold(False)
        font.setPointSizeF(7.5)
        painter.setFont(font)
        painter.setPen(QColor("#4a5058"))
        filled = QCoreApplication.translate("OrgChart", "{filled} of {approved} filled").format(
            filled=self.node.filled, approved=self.node.approved
        )
        painter.drawText(
            rect.adjusted(8, rect.height() - 30, -10, -16),
            int(Qt.AlignmentFlag.AlignCenter),
            self.type_name,
        )
        painter.drawText(
            rect.adjusted(8, rect.height() - 17, -10, -3),
            int(Qt.AlignmentFlag.AlignCenter),
            "\u200f" + filled,
        )
        if self.node.children:
            self._fold_mark(painter, edge)

    def _fold_mark(self, painter: QPainter, edge: QColor) -> None:
        centre = QRectF(self.rect.center().x() - 6, self.rect.bottom() + 1, 12, 12)
        painter.setPen(QPen(edge, 1.4))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(centre)
        mid = centre.center()
        painter.drawLine(int(mid.x() - 4), int(mid.y()), int(mid.x() + 4), int(mid.y()))
        if self.hidden:
            painter.drawLine(int(mid.x()), int(mid.y() - 4), int(mid.x()), int(mid.y() + 4))


class OrgChartView(QGraphicsView):
    unit_clicked = Signal(object)  # unit id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orgChart")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#fbfbfc"))
        self.roots: list[UnitNode] = []
        self.type_names: dict[str, str] = {}
        self.collapsed: set[uuid.UUID] = set()
        self.boxes: dict[uuid.UUID, UnitBox] = {}
        self._press: QPoint | None = None

    def set_roots(self, roots: list[UnitNode], type_names: dict[str, str]) -> None:
        known = {n.id for r in roots for n in r.walk()}
        self.collapsed &= known
        self.roots, self.type_names = roots, type_names
        self.rebuild()

    def rebuild(self) -> None:
        scene = self.scene()
        scene.clear()
        self.boxes = {}
        by_id = {n.id: n for r in self.roots for n in r.walk()}
        chart = layout_chart(
            [r.id for r in self.roots],
            lambda key: [c.id for c in by_id[key].children],
            collapsed=self.collapsed,
            geometry=GEOMETRY,
        )
        path = QPainterPath()
        for (x1, y1), (x2, y2) in chart.lines:
            path.moveTo(x1, y1)
            path.lineTo(x2, y2)
        scene.addPath(path, QPen(QColor("#6b7280"), 1.3))
        for placed in chart.boxes:
            node = by_id[placed.key]
            box = UnitBox(
                node,
                self.type_names.get(node.unit_type, node.unit_type),
                placed.w,
                placed.h,
                placed.hidden_children,
            )
            box.setPos(placed.x, placed.y)
            scene.addItem(box)
            self.boxes[node.id] = box
        scene.setSceneRect(QRectF(-40, -40, chart.width + 80, chart.height + 80))

    def box_count(self) -> int:
        return len(self.boxes)

    def toggle(self, unit_id: uuid.UUID) -> None:
        """Fold or unfold the branch under a unit."""
        if unit_id in self.collapsed:
            self.collapsed.discard(unit_id)
        else:
            self.collapsed.add(unit_id)
        self.rebuild()

    def expand_all(self) -> None:
        self.collapsed.clear()
        self.rebuild()

    # --- zoom and pan -------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        here = event.position().toPoint()
        if self._press is not None and (here - self._press).manhattanLength() < 5:
            item = self.itemAt(here)
            while item is not None and not isinstance(item, UnitBox):
                item = item.parentItem()
            if isinstance(item, UnitBox):
                self.unit_clicked.emit(item.node.id)
                if item.node.children:
                    self.toggle(item.node.id)
        self._press = None
