"""Small dialogs of the settlement screens: open cases from the scan, take a workflow step."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.domain.settlement import service
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.scan import ScanRow
from baladiya_desktop.ui.drafts import DraftKeeper
from baladiya_desktop.ui.kit import dates
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.settlement.common import move_label, pick
from baladiya_desktop.ui.widgets import InlineError, with_error


def date_edit(day: dt.date | None = None) -> QDateEdit:
    return dates.date_edit(day)


def date_of(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


class FormDialog(QDialog):
    """A form, errors beside the fields, OK and Cancel; ``work()`` runs on the runner."""

    def __init__(self, session: UiSession, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.errors: dict[str, InlineError] = {}
        self.general = InlineError()
        self.result_value: Any = None
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.general)
        self.body.addWidget(buttons)

    def add_field(self, label: str, widget: QWidget, name: str = "") -> None:
        if name:
            self.errors[name] = InlineError()
            widget = with_error(widget, self.errors[name])
        self.form.addRow(label, widget)

    def keep_draft(self, form: str, record: object, fields: dict[str, QWidget]) -> None:
        """Autosave what is typed; the fields are filled already, so recording starts now."""
        self.drafts = DraftKeeper(self, self.session, form, fields, record)
        self.drafts.start()

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear_message()
        self.ok_button.setEnabled(False)
        self.session.runner.run(self.work(), on_done=self._done, on_error=self._refused)

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _refused(self, exc: UserError) -> None:
        self.ok_button.setEnabled(True)
        self.errors.get(exc.field or "", self.general).show_message(
            self.session.runner.message(exc)
        )


class OpenCasesDialog(FormDialog):
    """The type and the exact effect for the employees chosen on the scan; one case each."""

    def __init__(
        self,
        session: UiSession,
        rows: list[ScanRow],
        case_types: dict[str, tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, self.tr("Open settlement cases"), parent)
        self.rows = rows
        lang = session.lang()
        self.count = QLabel(self.tr("Employees chosen: {n}").format(n=len(rows)))
        self.form.addRow(self.count)
        self.case_type = QComboBox()
        for code, names in case_types.items():
            self.case_type.addItem(pick(names, lang, code), code)
        self.add_field(self.tr("Settlement type"), self.case_type, "case_type")
        self.effect = QLineEdit(
            self.tr("Settle the grade, the legal period in grade having been served")
        )
        self.add_field(self.tr("Exact effect requested"), self.effect, "requested_effect")
        self.form.addRow(
            QLabel(
                self.tr(
                    "Each case adds its employee's grades to the effect, "
                    "e.g. (from grade 7 to grade 9)."
                )
            )
        )
        fields: dict[str, QWidget] = {"case_type": self.case_type, "effect": self.effect}
        self.keep_draft("settlement.open_cases", None, fields)

    def requests(self) -> list[service.CaseRequest]:
        effect = self.effect.text().strip()
        code = str(self.case_type.currentData())
        suffix = self.tr("(from grade {a} to grade {b})")
        return [
            service.CaseRequest(
                r.employee_id,
                code,
                f"{effect} {suffix.format(a=r.recorded_grade or '-', b=r.entitled_grade)}"
                if effect
                else "",
            )
            for r in self.rows
        ]

    def work(self) -> Callable[[], list[uuid.UUID]]:
        ctx, requests = self.session.ctx, self.requests()
        return lambda: service.open_cases(ctx, requests)


class StepDialog(FormDialog):
    """One move of the workflow, asking the reason or the decision when the move needs them."""

    def __init__(
        self, session: UiSession, case_id: uuid.UUID, move: wf.Move, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, move_label(move, session.lang()), parent)
        self.case_id, self.move = case_id, move
        self.step_date = date_edit()
        self.add_field(self.tr("Date of the step"), self.step_date, "step_date")
        self.decision_number = QLineEdit()
        self.decision_date = date_edit()
        if move.needs_decision:
            self.add_field(self.tr("Decision number"), self.decision_number, "decision_number")
            self.add_field(self.tr("Decision date"), self.decision_date, "decision_date")
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        if move.needs_reason:
            self.add_field(self.tr("Reason"), self.reason, "reason")
        fields: dict[str, QWidget] = {"step_date": self.step_date}
        if move.needs_decision:
            fields |= {"decision_number": self.decision_number, "decision_date": self.decision_date}
        if move.needs_reason:
            fields["reason"] = self.reason
        self.keep_draft("settlement.step", f"{case_id}/{move.action}", fields)

    def work(self) -> Callable[[], str]:
        ctx, case_id, action = self.session.ctx, self.case_id, self.move.action
        reason = self.reason.toPlainText()
        number = self.decision_number.text()
        decided = date_of(self.decision_date) if self.move.needs_decision else None
        day = date_of(self.step_date)
        return lambda: service.advance(
            ctx,
            case_id,
            action,
            reason=reason,
            decision_number=number,
            decision_date=decided,
            step_date=day,
        )
