"""The case form: the employee, the request, current against proposed, the documents
checklist with attachments, the chronology, the timeline of steps, and the allowed actions."""

from __future__ import annotations

import mimetypes
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.users import User
from baladiya_desktop.domain.settlement import queries, service
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.queries import CaseDetail
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.settlement import SETTLEMENT_TABLES
from baladiya_desktop.ui.settlement.common import (
    date_text,
    grade_text,
    money_text,
    move_label,
    pick,
    status_name,
)
from baladiya_desktop.ui.settlement.dialogs import StepDialog
from baladiya_desktop.ui.widgets import InlineError, value_label

OWNER_TABLE = "settlement_case"



def people(ctx: AppContext) -> dict[str, str]:
    """Each user's full name by login, for the steps' "by" column (a step keeps the login;
    the ministry's steps keep their signer's words and are not in this list)."""
    with ctx.session() as session:
        return {name: full for name, full in session.execute(select(User.username, User.full_name))
                if full}  # fmt: skip

class CaseDialog(QDialog):
    shows = SETTLEMENT_TABLES  # a step taken here, or anywhere, shows at once

    def __init__(
        self, session: UiSession, case_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.detail: CaseDetail | None = None
        self.lists: queries.Lists | None = None
        self.people: dict[str, str] = {}
        self.setWindowTitle(self.tr("Settlement case"))
        self.resize(1100, 760)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.fields: dict[str, QLabel] = {}
        top = QHBoxLayout()
        top.addWidget(
            self._group(
                self.tr("Employee and request"),
                (
                    ("name", self.tr("Employee")),
                    ("national", self.tr("National number")),
                    ("unit", self.tr("Unit")),
                    ("type", self.tr("Settlement type")),
                    ("effect", self.tr("Exact effect requested")),
                    ("request_date", self.tr("Request date")),
                    ("effective", self.tr("Effective date")),
                ),
            ),
            3,
        )
        top.addWidget(self._compare_group(), 2)
        self.documents = QListWidget()
        self.documents.itemChanged.connect(self._document_ticked)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(self.attach)
        docs = QWidget()
        docs_layout = QVBoxLayout(docs)
        docs_layout.addWidget(self.documents, 1)
        docs_layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.chronology = QListWidget()
        self.chronology.setWordWrap(True)
        self.timeline = QTableWidget(0, 5)
        self.timeline.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Step"),
                self.tr("Status after"),
                self.tr("By"),
                self.tr("Reason or decision"),
            ]
        )
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.notes = value_label()
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(docs, self.tr("Documents"))
        self.tabs.addTab(self.chronology, self.tr("Chronology"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.cost = QLabel()
        self.cost.setObjectName("totalsBar")
        self.cost.setWordWrap(True)
        self.error = InlineError()
        self.actions = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print the settlement form…"))
        self.print_button.clicked.connect(self.print_form)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.action_buttons: dict[str, QPushButton] = {}
        bottom = QHBoxLayout()
        bottom.addLayout(self.actions)
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.cost)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        follow(self, session, refresh=self.reload)
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _group(self, title: str, rows: tuple[tuple[str, str], ...]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for key, label in rows:
            self.fields[key] = value_label()
            self.fields[key].setWordWrap(True)
            form.addRow(label, self.fields[key])
        return box

    def _compare_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Current and proposed"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Current")), 0, 1)
        grid.addWidget(QLabel(self.tr("Proposed")), 0, 2)
        for row, (key, label) in enumerate(
            (
                ("grade", self.tr("Grade")),
                ("increments", self.tr("Increments")),
                ("title", self.tr("Job title")),
            ),
            start=1,
        ):
            grid.addWidget(QLabel(label), row, 0)
            for col, side in ((1, "current"), (2, "proposed")):
                self.fields[f"{side}_{key}"] = value_label()
                grid.addWidget(self.fields[f"{side}_{key}"], row, col)
        self.fields["decision"] = value_label()
        grid.addWidget(QLabel(self.tr("Decision")), 4, 0)
        grid.addWidget(self.fields["decision"], 4, 1, 1, 2)
        return box

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, case_id = self.session.ctx, self.case_id
        self.session.runner.run(
            lambda: (queries.case_detail(ctx, case_id), queries.lists(ctx), people(ctx)),
            on_done=self._show,
            on_error=self._load_refused,
        )

    def _show(self, result: tuple[CaseDetail, queries.Lists, dict[str, str]]) -> None:
        self.detail, self.lists, self.people = result
        case, row, lang = self.detail.case, self.detail.row, self.session.lang()
        self.title.setText(
            self.tr("Case {number} — {status}").format(
                number=case.case_number, status=status_name(case.status, lang)
            )
        )
        values = {
            "name": row.full_name,
            "national": row.national_number or "—",
            "unit": row.unit_name or "—",
            "type": pick(self.lists.case_types.get(case.case_type), lang, case.case_type),
            "effect": case.requested_effect,
            "request_date": date_text(case.request_date),
            "effective": date_text(case.effective_date),
            "current_grade": grade_text(case.current_grade),
            "proposed_grade": grade_text(case.proposed_grade),
            "current_increments": str(case.current_increments),
            "proposed_increments": str(case.proposed_increments),
            "current_title": case.current_title or "—",
            "proposed_title": case.proposed_title or "—",
            "decision": (
                self.tr("No. {number} of {date}").format(
                    number=case.decision_number, date=date_text(case.decision_date)
                )
                if case.decision_number
                else "—"
            ),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self._show_documents(lang)
        self.chronology.clear()
        for item in self.detail.chronology:
            self.chronology.addItem(item.get("ar" if lang == "ar" else "en", ""))
        self._show_timeline(lang)
        self.notes.setText(case.notes or "—")
        cost = row.cost
        if cost.known:
            self.cost.setText(
                self.tr(
                    "Cost ({table}): monthly difference {monthly}; arrears for %n month(s) "
                    "since the effective date: {arrears}",
                    "",
                    cost.months,
                ).format(
                    table=cost.table_name,
                    monthly=money_text(cost.monthly_difference),
                    arrears=money_text(cost.arrears),
                )
            )
        else:
            why = cost.reason(self.session.lang())
            self.cost.setText(self.tr("Cost: unknown — {why}").format(why=why))
        self._show_actions(case.status, lang)

    def _show_documents(self, lang: str) -> None:
        assert self.detail is not None and self.lists is not None
        editable = self.detail.case.status in (wf.DRAFT, wf.DOCUMENTS) and self.session.may(
            wf.MOVES["complete_documents"].permission
        )
        self.documents.blockSignals(True)
        self.documents.clear()
        for doc in self.detail.documents:
            name = pick(self.lists.documents.get(doc.doc_type), lang, doc.doc_type)
            marks = [self.tr("required") if doc.required else self.tr("optional")]
            if doc.attachment_id is not None:
                marks.append(self.tr("file attached"))
            joined = ("، " if lang == "ar" else ", ").join(marks)
            item = QListWidgetItem(f"{name} ({joined})")
            item.setData(Qt.ItemDataRole.UserRole, doc.doc_type)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if doc.received else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        self.documents.blockSignals(False)
        self.attach_button.setEnabled(editable)

    def _show_timeline(self, lang: str) -> None:
        assert self.detail is not None
        steps = self.detail.steps
        self.timeline.setRowCount(len(steps))
        for r, step in enumerate(steps):
            move = wf.MOVES.get(step.action)
            detail = step.reason
            if step.decision_number:
                decision = self.tr("Decision {number} of {date}").format(
                    number=step.decision_number, date=date_text(step.decision_date)
                )
                detail = f"{decision} — {step.reason}" if step.reason else decision
            for c, text in enumerate(
                (
                    date_text(step.step_date),
                    move_label(move, lang) if move else step.action,
                    status_name(step.to_status, lang),
                    self.people.get(step.by_user) or step.by_user,  # the person, not the login
                    detail or "—",
                )
            ):
                self.timeline.setItem(r, c, QTableWidgetItem(text))

    def _show_actions(self, status: str, lang: str) -> None:
        for button in self.action_buttons.values():
            self.actions.removeWidget(button)
            button.deleteLater()
        self.action_buttons.clear()
        for move in wf.actions_from(status):
            if not self.session.may(move.permission):
                continue  # the service refuses anyway; the button is not offered
            if move.action.startswith("ministry_"):
                continue  # the ministry's decision arrives in its reply, not from a button here
            button = QPushButton(move_label(move, lang))
            if not move.needs_reason:  # the forward move; refusals and returns stay plain
                button.setObjectName("primary")
            button.clicked.connect(lambda _c=False, m=move: self.take(m))
            self.actions.addWidget(button)
            self.action_buttons[move.action] = button

    # --- actions --------------------------------------------------------------------------

    def take(self, move: wf.Move) -> QDialog | None:
        """Take a step; a dialog asks the date, and the reason or decision when needed."""
        dialog = StepDialog(self.session, self.case_id, move, self)
        dialog.accepted.connect(self.reload)  # the change set reloads it only when on screen
        dialog.open()
        return dialog

    def _document_ticked(self, item: QListWidgetItem) -> None:
        ctx, case_id = self.session.ctx, self.case_id
        doc = str(item.data(Qt.ItemDataRole.UserRole))
        received = item.checkState() == Qt.CheckState.Checked
        self.session.runner.run(
            lambda: service.mark_document(ctx, case_id, doc, received),
            on_done=lambda _r: self.reload(),
            on_error=self._refused,
        )

    def attach(self) -> None:
        item = self.documents.currentItem()
        if item is None:
            self.error.show_message(self.tr("Choose the document in the list first."))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a scanned document"))
        if path:
            self.attach_file(str(item.data(Qt.ItemDataRole.UserRole)), Path(path))

    def attach_file(self, doc_type: str, path: Path) -> None:
        """Store the file as an attachment of the case and mark the document received."""
        ctx, case_id = self.session.ctx, self.case_id
        title = self.documents.currentItem().text() if self.documents.currentItem() else doc_type
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"

        def work() -> None:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise UserError(
                    f"تعذرت قراءة الملف: {exc.strerror}", f"Could not read the file: {exc.strerror}"
                ) from exc
            attachment = staff_service.add_attachment(
                ctx, OWNER_TABLE, case_id, title, path.name, data, media
            )
            service.mark_document(ctx, case_id, doc_type, True, attachment)

        self.session.runner.run(work, on_done=lambda _r: self.reload(), on_error=self._refused)

    def print_form(self) -> None:
        print_form(
            self.session, self, "settlement-case", str(self.case_id), on_error=self._refused
        )

    def _load_refused(self, exc: UserError) -> None:
        self.error.show_message(self.session.runner.message(exc))

    def _refused(self, exc: UserError) -> None:
        self.error.show_message(self.session.runner.message(exc))
        self.reload()  # the checklist shows what is stored, not the refused tick
