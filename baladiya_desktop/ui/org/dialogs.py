"""Dialogs of the structure page: a unit, a post, a move under a decision, a closure.

Each one checks through the service (the only judge of the rules) and shows its Arabic
message beside the field it names, before anything is saved.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from baladiya_desktop.core.dates import format_date, parse_date
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.domain.org import service
from baladiya_desktop.domain.org.queries import PostRow, UnitNode
from baladiya_desktop.domain.org.rules import STATUS_AR, Decision
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.ui.drafts import DraftKeeper
from baladiya_desktop.ui.pages.user_dialogs import _FormDialog
from baladiya_desktop.ui.session import UiSession


def _date(text: str, field: str) -> dt.date | None:
    text = text.strip()
    return parse_date(text, field=field).value if text else None


def _shown(day: dt.date | None) -> str:
    return format_date(day) if day else ""


class _Dialog(_FormDialog):
    """Checks made here (a date that is not a date) show like the service's refusals."""

    def keep_draft(self, form: str, record: object, fields: dict[str, QWidget]) -> None:
        """Autosave what is typed (and the decision, when the dialog asks for one); the fields
        are filled already, so recording starts now."""
        if hasattr(self, "decision_number"):
            fields |= {"decision_number": self.decision_number, "decision_date": self.decision_date}
        self.drafts = DraftKeeper(self, self.session, form, fields, record)
        self.drafts.start()

    def run(self, work: Callable[[], object]) -> None:
        try:
            prepared = work()
        except ValidationError as exc:
            self.clear_errors()
            self.refused(exc)
            return
        self.start(prepared)

    def decision_fields(self, required: bool) -> None:
        self.decision_number = QLineEdit()
        self.decision_date = QLineEdit()
        self.decision_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        note = (
            self.tr("Decision number:") if required else self.tr("Decision number (if approved):")
        )
        self.add_field(note, self.decision_number, "decision_number")
        self.add_field(self.tr("Decision date:"), self.decision_date, "decision_date")

    def decision(self) -> Decision | None:
        number = self.decision_number.text().strip()
        day = _date(self.decision_date.text(), "decision_date")
        if not number and day is None:
            return None
        if day is None:
            raise ValidationError(
                "اكتب تاريخ القرار.", "Give the decision date.", field="decision_date"
            )
        return Decision(number, day)


class UnitDialog(_Dialog):
    """Add a unit (under ``parent``) or edit ``node``."""

    def __init__(
        self,
        session: UiSession,
        units: list[UnitNode],
        types: dict[str, str],
        node: UnitNode | None = None,
        parent_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.node = node
        self.setWindowTitle(self.tr("Edit unit") if node else self.tr("Add a unit"))
        self.code, self.name_ar, self.name_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.code.setObjectName("unitCode")
        self.name_ar.setObjectName("unitName")
        self.unit_type = QComboBox()
        for code, name in types.items():
            self.unit_type.addItem(name, code)
        self.parent_unit = QComboBox()
        self.parent_unit.addItem(self.tr("— none (top of the structure) —"), None)
        below = {n.id for n in node.walk()} if node else set()
        for unit in units:
            if unit.id not in below:
                self.parent_unit.addItem(f"{unit.name_ar} ({unit.code})", unit.id)
        self.status = QComboBox()
        for code in ("proposed", "approved"):
            self.status.addItem(STATUS_AR[code], code)
        self.unit_decision = QLineEdit()
        self.unit_decision_date = QLineEdit()
        self.unit_decision_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.effective_from = QLineEdit()
        self.effective_from.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.add_field(self.tr("Code:"), self.code, "code")
        self.add_field(self.tr("Arabic name:"), self.name_ar, "name_ar")
        self.add_field(self.tr("English name:"), self.name_en)
        self.add_field(self.tr("Type:"), self.unit_type, "unit_type")
        self.add_field(self.tr("Reports to:"), self.parent_unit, "parent")
        self.add_field(self.tr("Status:"), self.status, "status")
        self.add_field(self.tr("Approving decision number:"), self.unit_decision, "decision_number")
        self.add_field(
            self.tr("Approving decision date:"), self.unit_decision_date, "decision_date"
        )
        self.add_field(self.tr("Effective from:"), self.effective_from, "effective_from")
        if node is not None:
            self._fill(node)
            note = QLabel(
                self.tr(
                    "A change of name, type or place of an approved "
                    "unit needs the decision that made it:"
                )
            )
            self.form.addRow(note)
            # one line, wider in English than the fields: the form's spanning row does not
            # widen the dialog by itself (and a wrapped label there is given one line's height)
            self.setMinimumWidth(max(self.minimumWidth(), note.sizeHint().width() + 48))
            self.decision_fields(required=False)
            self.decision_number.setObjectName("changeDecision")
        else:
            self._select(self.parent_unit, parent_id)
        fields: dict[str, QWidget] = {
            "code": self.code,
            "name_ar": self.name_ar,
            "name_en": self.name_en,
            "unit_type": self.unit_type,
            "parent": self.parent_unit,
            "status": self.status,
            "unit_decision": self.unit_decision,
            "unit_decision_date": self.unit_decision_date,
            "effective_from": self.effective_from,
        }
        self.keep_draft("org.unit", node.id if node else None, fields)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        found = combo.findData(value)
        if found >= 0:
            combo.setCurrentIndex(found)

    def _fill(self, node: UnitNode) -> None:
        self.code.setText(node.code)
        self.name_ar.setText(node.name_ar)
        self.name_en.setText(node.name_en)
        self._select(self.unit_type, node.unit_type)
        self._select(self.parent_unit, node.parent_id)
        if node.status == "closed":
            self.status.addItem(STATUS_AR["closed"], "closed")
        self._select(self.status, node.status)
        self.unit_decision.setText(node.decision_number)
        self.unit_decision_date.setText(_shown(node.decision_date))
        self.effective_from.setText(_shown(node.effective_from))

    def submit(self) -> None:
        ctx, node = self.session.ctx, self.node

        def prepare() -> Callable[[], object]:
            data = UnitInput(
                code=self.code.text(),
                name_ar=self.name_ar.text(),
                name_en=self.name_en.text(),
                unit_type=str(self.unit_type.currentData()),
                parent_id=self.parent_unit.currentData(),
                status=str(self.status.currentData()),
                decision_number=self.unit_decision.text(),
                decision_date=_date(self.unit_decision_date.text(), "decision_date"),
                effective_from=_date(self.effective_from.text(), "effective_from"),
                effective_to=node.effective_to if node else None,
                sort_order=node.sort_order if node else 0,
                notes=node.notes if node else "",
            )
            if node is None:
                return lambda: service.add_unit(ctx, data)
            decision = self.decision()
            return lambda: service.update_unit(ctx, node.id, data, decision)

        self.run(prepare)


class PostDialog(_Dialog):
    def __init__(
        self,
        session: UiSession,
        unit: UnitNode,
        post: PostRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.unit, self.post = unit, post
        self.setWindowTitle(
            (self.tr("Edit post in {unit}") if post else self.tr("Add a post to {unit}")).format(
                unit=unit.name_ar
            )
        )
        self.title, self.job_group = QLineEdit(), QLineEdit()
        self.title.setObjectName("postTitle")
        self.grade_min, self.grade_max, self.approved = QSpinBox(), QSpinBox(), QSpinBox()
        for spin in (self.grade_min, self.grade_max):
            spin.setRange(1, 15)
        self.approved.setRange(0, 9999)
        self.is_head = QCheckBox(self.tr("Head of the unit"))
        self.add_field(self.tr("Post title:"), self.title, "title")
        self.add_field(self.tr("Job group:"), self.job_group)
        self.add_field(self.tr("From grade:"), self.grade_min, "grade_min")
        self.add_field(self.tr("To grade:"), self.grade_max, "grade_max")
        self.add_field(self.tr("Approved posts:"), self.approved, "approved_count")
        self.add_field("", self.is_head)
        if post is not None:
            self.title.setText(post.title)
            self.job_group.setText(post.job_group)
            self.grade_min.setValue(post.grade_min)
            self.grade_max.setValue(post.grade_max)
            self.approved.setValue(post.approved)
            self.is_head.setChecked(post.is_head)
        else:
            self.approved.setValue(1)
        # A new post's draft belongs to its unit: it is not offered when adding to another.
        fields: dict[str, QWidget] = {
            "title": self.title,
            "job_group": self.job_group,
            "grade_min": self.grade_min,
            "grade_max": self.grade_max,
            "approved": self.approved,
            "is_head": self.is_head,
        }
        self.keep_draft("org.post", post.id if post else f"{unit.id}/new", fields)

    def submit(self) -> None:
        ctx = self.session.ctx
        data = PostInput(
            self.title.text(),
            self.grade_min.value(),
            self.grade_max.value(),
            self.approved.value(),
            self.job_group.text(),
            self.is_head.isChecked(),
        )
        if self.post is None:
            unit_id = self.unit.id
            self.run(lambda: lambda: service.add_post(ctx, unit_id, data))
        else:
            post_id = self.post.id
            self.run(lambda: lambda: service.update_post(ctx, post_id, data))


class MoveDialog(_Dialog):
    """Confirm a re-parenting; an approved unit moves only under a decision."""

    def __init__(
        self,
        session: UiSession,
        unit: UnitNode,
        target: UnitNode | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.unit, self.target = unit, target
        self.setWindowTitle(self.tr("Move a unit"))
        where = target.name_ar if target else self.tr("the top of the structure")
        self.form.addRow(
            QLabel(
                self.tr("Move «{unit}» with everything under it to «{target}»?").format(
                    unit=unit.name_ar, target=where
                )
            )
        )
        self.needs_decision = unit.status == "approved"
        if self.needs_decision:
            self.decision_fields(required=True)
        self.save_button.setText(self.tr("Move"))
        self.moved = False
        self.keep_draft("org.move", f"{unit.id}/{target.id if target else 'top'}", {})

    def submit(self) -> None:
        ctx, unit_id = self.session.ctx, self.unit.id
        target = self.target.id if self.target else None

        def prepare() -> Callable[[], object]:
            decision = self.decision() if self.needs_decision else None
            return lambda: service.move_unit(ctx, unit_id, target, decision)

        self.run(prepare)

    def done_ok(self, result: object) -> None:
        self.moved = True
        super().done_ok(result)


class CloseDialog(_Dialog):
    def __init__(self, session: UiSession, unit: UnitNode, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.unit = unit
        self.setWindowTitle(self.tr("Close «{unit}»").format(unit=unit.name_ar))
        self.on = QLineEdit(format_date(dt.date.today()))
        self.add_field(self.tr("Closed from:"), self.on, "effective_to")
        if unit.status == "approved":
            self.decision_fields(required=True)
        self.keep_draft("org.close", unit.id, {"on": self.on})

    def submit(self) -> None:
        ctx, unit_id = self.session.ctx, self.unit.id

        def prepare() -> Callable[[], object]:
            day = _date(self.on.text(), "effective_to") or dt.date.today()
            decision = self.decision() if self.unit.status == "approved" else None
            return lambda: service.close_unit(ctx, unit_id, day, decision)

        self.run(prepare)
