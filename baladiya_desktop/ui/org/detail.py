"""The selected unit's facts beside the tree: type, place, status, decision, totals."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QWidget

from baladiya_desktop.core.dates import format_date
from baladiya_desktop.domain.org.queries import UnitNode
from baladiya_desktop.domain.org.rules import STATUS_AR
from baladiya_desktop.ui.widgets import value_label


class UnitDetail(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        form = QFormLayout(self)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(6)
        self.name = value_label()
        self.name.setObjectName("unitTitle")
        self.values: dict[str, QLabel] = {}
        form.addRow(self.tr("Unit:"), self.name)
        for key, title in (
            ("code", self.tr("Code:")),
            ("type", self.tr("Type:")),
            ("parent", self.tr("Reports to:")),
            ("status", self.tr("Status:")),
            ("decision", self.tr("Decision:")),
            ("posts", self.tr("Approved posts:")),
        ):
            self.values[key] = value_label()
            form.addRow(title, self.values[key])

    def show_unit(
        self, node: UnitNode | None, parent: UnitNode | None, types: dict[str, str]
    ) -> None:
        if node is None:
            self.name.setText("—")
            for label in self.values.values():
                label.setText("")
            return
        self.name.setText(node.name_ar + (f" — {node.name_en}" if node.name_en else ""))
        decision = "—"
        if node.decision_number:
            day = format_date(node.decision_date) if node.decision_date else ""
            decision = self.tr("No. {number} of {date}").format(
                number=node.decision_number, date=day
            )
        vacant = sum(p.vacant for p in node.posts)
        surplus = sum(p.surplus for p in node.posts)
        texts = {
            "code": node.code,
            "type": types.get(node.unit_type, node.unit_type),
            "parent": parent.name_ar if parent else "—",
            "status": STATUS_AR.get(node.status, node.status),
            "decision": decision,
            "posts": self.tr(
                "{approved} approved, {filled} filled, {vacant} vacant, {surplus} surplus"
            ).format(approved=node.approved, filled=node.filled, vacant=vacant, surplus=surplus),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
