"""One project's page (facts, warnings, the progress timeline and its reports with photos),
the progress dialog and the new-project dialog."""

from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.limits import limits_of
from baladiya_desktop.core.money import format_lyd, parse_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators.models import FocusArea
from baladiya_desktop.domain.projects import queries, service
from baladiya_desktop.domain.projects.models import ProgressUpdate, Project
from baladiya_desktop.domain.projects.queries import ProjectDetail
from baladiya_desktop.domain.projects.service import Photo, ProjectInput
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.drafts import Binding, DraftKeeper
from baladiya_desktop.ui.indicators.charts import chart_view, progress_chart
from baladiya_desktop.ui.kit import dates
from baladiya_desktop.ui.kit.buttons import button_box
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError, value_label


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


# What the project views show: the projects, their plans and progress, the focus areas.
PROJECT_TABLES = frozenset({"project", "project_milestone", "project_progress", "focus_area"})


class ProjectView(QWidget):
    back = Signal()
    shows = PROJECT_TABLES

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.detail: ProjectDetail | None = None
        self.project_id: uuid.UUID | None = None
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #c62828; font-weight: bold;")
        back = QPushButton(self.tr("Back to the list"))
        back.clicked.connect(self.back.emit)
        self.progress_button = QPushButton(self.tr("Add a progress report…"))
        self.progress_button.setObjectName("primary")
        self.progress_button.clicked.connect(self.add_progress)
        self.progress_button.setVisible(session.may(Permission.PROJECTS_WRITE))
        self.print_button = QPushButton(self.tr("Print the status sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        facts_panel = QFrame()
        facts_panel.setObjectName("panel")
        facts_panel.setLayout(self.facts)
        self.chart_box = QVBoxLayout()
        chart_panel = QFrame()
        chart_panel.setObjectName("panel")
        chart_title = QLabel(self.tr("Progress over time (dashed: as planned)"))
        chart_title.setObjectName("panelTitle")
        chart_layout = QVBoxLayout(chart_panel)
        chart_layout.addWidget(chart_title)
        chart_layout.addLayout(self.chart_box, 1)
        self.updates = QTableWidget(0, 6)
        self.updates.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Physical"),
                self.tr("Financial"),
                self.tr("Spent"),
                self.tr("Note / reason"),
                self.tr("Photos"),
            ]
        )
        self.updates.verticalHeader().hide()
        self.updates.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.updates.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.progress_button)
        bar.addWidget(self.print_button)
        bar.addWidget(back)
        top = QHBoxLayout()
        top.addWidget(facts_panel, 2)
        top.addWidget(chart_panel, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.warning)
        layout.addLayout(top, 3)
        layout.addWidget(self.updates, 2)
        follow(self, session, refresh=self.reload)

    def reload(self) -> None:
        if self.project_id is not None:  # the project asked for last, not the one shown
            self.load(self.project_id)

    def load(self, project_id: uuid.UUID) -> None:
        self.project_id = project_id
        ctx = self.session.ctx
        self.session.runner.run(lambda: queries.detail(ctx, project_id), on_done=self._shown)

    def _shown(self, detail: ProjectDetail) -> None:
        self.detail = detail
        p, r = detail.project, detail.row
        self.title.setText(p.name)
        warn = (
            [
                self.tr("Behind schedule: {done}% done, {due}% planned by now").format(
                    done=r.physical_pct, due=r.expected_pct
                )
            ]
            if r.behind
            else []
        )
        if r.over_budget:
            warn.append(
                self.tr("Over budget: {spent} spent of {budget}").format(
                    spent=format_lyd(r.spent), budget=format_lyd(r.budget)
                )
            )
        self.warning.setText("  ·  ".join(warn))
        self.warning.setVisible(bool(warn))
        while self.facts.rowCount():
            self.facts.removeRow(0)
        lang = self.session.lang()
        status = service.STATUS_AR.get(p.status, p.status) if lang == "ar" else p.status

        def day(d: dt.date | None) -> str:
            return d.strftime("%d/%m/%Y") if d else "—"

        for text, value in (
            (self.tr("Status:"), status),
            (self.tr("Locality:"), p.locality or "—"),
            (self.tr("Contractor:"), p.contractor or "—"),
            (self.tr("Contract:"), f"{p.contract_number or '—'} · {day(p.contract_date)}"),
            (
                self.tr("Dates:"),
                self.tr("from {start} to {end}").format(
                    start=day(p.start_date), end=day(p.planned_end)
                )
                + (f" ({day(p.actual_end)})" if p.actual_end else ""),
            ),
            (self.tr("Budget:"), format_lyd(p.budget)),
            (self.tr("Spent:"), format_lyd(p.spent)),
            (self.tr("Progress:"), f"{p.physical_pct}% / {p.financial_pct}%"),
        ):
            self.facts.addRow(text, value_label(value))
        if p.stop_reason:
            self.facts.addRow(self.tr("Stopped because:"), value_label(p.stop_reason))
        self._chart(detail)
        self.updates.setRowCount(len(detail.updates))
        for n, u in enumerate(reversed(detail.updates)):
            cells = [
                day(u.update_date),
                f"{u.physical_pct}%",
                f"{u.financial_pct}%",
                format_lyd(u.spent),
                " — ".join(t for t in (u.note, u.reason) if t),
                str(len(detail.photos.get(u.id, []))),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.updates.setItem(n, c, item)

    def _chart(self, detail: ProjectDetail) -> None:
        p = detail.project
        start = p.start_date or (
            detail.updates[0].update_date if detail.updates else dt.date.today()
        )
        end = p.planned_end or dt.date.today()
        last = max([end, *(u.update_date for u in detail.updates)])
        points = [
            (float((u.update_date - start).days), float(u.physical_pct)) for u in detail.updates
        ]
        plan = [(0.0, 0.0), (float((end - start).days), 100.0)]
        chart = progress_chart(
            points, plan, (start.strftime("%d/%m/%Y"), last.strftime("%d/%m/%Y"))
        )
        while self.chart_box.count():
            item = self.chart_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.chart_box.addWidget(chart_view(chart))

    def add_progress(self) -> None:
        if self.detail is not None:
            ProgressDialog(self.session, self.detail, self).open()  # followed by the view

    def print_sheet(self) -> None:
        if self.detail is not None:
            print_form(self.session, self, "project-sheet", str(self.detail.project.id))


class ProgressDialog(QDialog):
    """A dated progress report: percentages, spending, a note, the reason if progress fell,
    and site photos."""

    photos_changed = Signal()

    def __init__(
        self, session: UiSession, detail: ProjectDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.detail = session, detail
        self.photos: list[Path] = []
        self.setWindowTitle(self.tr("Progress report"))
        p = detail.project
        self.date = dates.date_edit(dt.date.today())
        self.physical, self.financial = QSpinBox(), QSpinBox()
        for spin, value in ((self.physical, p.physical_pct), (self.financial, p.financial_pct)):
            spin.setRange(0, 100)
            spin.setSuffix("%")
            spin.setValue(value)
        self.spent = QLineEdit(format_lyd(p.spent, currency=False))
        self.note = QLineEdit()
        self.reason = QLineEdit()
        limits = limits_of(ProgressUpdate)
        self.note.setMaxLength(limits["note"])
        self.reason.setMaxLength(limits["reason"])
        self.reason.setPlaceholderText(self.tr("Required when progress goes backwards"))
        self.photo_label = QLabel(self.tr("No photos"))
        add_photo = QPushButton(self.tr("Add photos…"))
        add_photo.clicked.connect(self.choose_photos)
        self.error = InlineError()
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Physical progress:"), self.physical)
        form.addRow(self.tr("Financial progress:"), self.financial)
        form.addRow(self.tr("Spent so far (LYD):"), self.spent)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Reason:"), self.reason)
        photos = QHBoxLayout()
        photos.addWidget(self.photo_label, 1)
        photos.addWidget(add_photo)
        form.addRow(self.tr("Site photos:"), photos)
        buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        photos = Binding(
            lambda: [str(f) for f in self.photos], self._restore_photos, (self.photos_changed,)
        )
        fields = {
            "date": self.date,
            "physical": self.physical,
            "financial": self.financial,
            "spent": self.spent,
            "note": self.note,
            "reason": self.reason,
            "photos": photos,
        }
        self.drafts = DraftKeeper(self, session, "projects.progress", fields, p.id)
        self.drafts.start()

    def choose_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Site photos"), "", "Images (*.jpg *.jpeg *.png)"
        )
        self._set_photos([Path(p) for p in paths])

    def _set_photos(self, photos: list[Path]) -> None:
        self.photos = photos
        self.photo_label.setText(self.tr("{count} photos").format(count=len(self.photos)))
        self.photos_changed.emit()

    def _restore_photos(self, saved: object) -> None:
        if not isinstance(saved, list):
            raise TypeError(saved)
        # A photo moved or deleted since is left out rather than failing the save.
        self._set_photos([Path(p) for p in saved if isinstance(p, str) and Path(p).is_file()])

    def save(self) -> None:
        try:
            spent = parse_lyd(self.spent.text() or "0")
        except UserError as exc:
            self.error.show_message(exc.message(self.session.lang()))
            return
        ctx, pid = self.session.ctx, self.detail.project.id
        on = self.date.date().toPython()
        physical, financial = self.physical.value(), self.financial.value()
        note, reason, files = self.note.text(), self.reason.text(), list(self.photos)

        def work() -> uuid.UUID:
            photos = [
                Photo(f.name, f.read_bytes(), mimetypes.guess_type(f.name)[0] or "image/jpeg")
                for f in files
            ]
            return service.add_progress(
                ctx, pid, on, physical, financial, spent, note, reason, photos
            )

        self.session.runner.run(
            work,
            on_done=lambda _r: self.accept(),
            on_error=lambda e: self.error.show_message(e.message(self.session.lang())),
        )


class ProjectDialog(QDialog):
    """A new project in the register (the rest is filled in on its page or by import)."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New project"))
        self.name = QLineEdit()
        self.name.setMaxLength(limits_of(Project)["name"])
        self.sector = QComboBox()
        with session.ctx.session() as db:
            for area in db.scalars(select(FocusArea).order_by(FocusArea.rank)):
                self.sector.addItem(
                    area.name_ar if session.lang() == "ar" else area.name_en, area.code
                )
        self.budget = QLineEdit()
        self.start = dates.date_edit(dt.date.today())
        self.end = dates.date_edit(dt.date.today() + dt.timedelta(days=365))
        self.error = InlineError()
        form = QFormLayout()
        form.addRow(self.tr("Project name:"), self.name)
        form.addRow(self.tr("Focus area:"), self.sector)
        form.addRow(self.tr("Budget (LYD):"), self.budget)
        form.addRow(self.tr("Start:"), self.start)
        form.addRow(self.tr("Planned end:"), self.end)
        buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fields = {
            "name": self.name,
            "sector": self.sector,
            "budget": self.budget,
            "start": self.start,
            "end": self.end,
        }
        self.drafts = DraftKeeper(self, session, "projects.project", fields)
        self.drafts.start()

    def save(self) -> None:
        try:
            budget = parse_lyd(self.budget.text() or "0")
        except UserError as exc:
            self.error.show_message(exc.message(self.session.lang()))
            return
        data = ProjectInput(
            name=self.name.text(),
            sector=str(self.sector.currentData()),
            budget=budget,
            start_date=self.start.date().toPython(),
            planned_end=self.end.date().toPython(),
        )
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: service.save_project(ctx, data),
            on_done=lambda _r: self.accept(),
            on_error=lambda e: self.error.show_message(e.message(self.session.lang())),
        )
