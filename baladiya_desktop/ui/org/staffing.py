"""الملاك الوظيفي: the staffing table by unit, grade band or job title (approved, filled, vacant,
surplus, staff, holders outside their post's grades), the list of those mismatches, and the
dialog where the staff officer places people without a post in vacant posts."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.bidi import ltr, span
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.org import staffing
from baladiya_desktop.domain.org.staffing import StaffingTable, Unassigned, Vacancy
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError

SURPLUS = QColor("#9a5b00")
MISMATCH = QColor("#b42318")
VACANT = QColor("#1d6b3a")
ID_ROLE = Qt.ItemDataRole.UserRole


def _range(low: int, high: int) -> str:
    return span(low, high) if low != high else str(low)


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: object, color: QColor | None = None, bold: bool = False,
          center: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setToolTip(str(text))
    if color is not None:
        item.setForeground(QBrush(color))
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    if center:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


class StaffingView(QWidget):
    """The staffing table, for the structure page's «الملاك الوظيفي» tab."""

    shows = frozenset({"org_unit", "org_post", "employee"})

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.data = StaffingTable()
        self.last_dialog: PlacementDialog | None = None
        self.summary = QLabel()
        self.summary.setObjectName("panelTitle")
        self.summary.setWordWrap(True)
        self.by = QComboBox()
        self.by.setObjectName("staffingBy")
        for key, text in (("units", self.tr("By unit")), ("bands", self.tr("By grade band")),
                          ("titles", self.tr("By job title"))):
            self.by.addItem(text, key)
        self.by.currentIndexChanged.connect(lambda _i: self._show_lines())
        self.place_button = QPushButton(self.tr("Place staff without a post…"))
        self.place_button.setObjectName("primary")
        self.place_button.clicked.connect(self.place)
        self.place_button.setVisible(
            session.may(Permission.STAFF_WRITE) and session.may(Permission.STAFF_READ))
        print_button = QPushButton(self.tr("Print the staffing table…"))
        print_button.clicked.connect(lambda: print_form(self.session, self, "org-units"))
        self.lines = _table([self.tr("Unit"), self.tr("Approved"), self.tr("Filled"),
                             self.tr("Vacant"), self.tr("Surplus"), self.tr("Staff"),
                             self.tr("Outside the grades")])
        self.lines.setObjectName("staffingLines")
        self.mismatch_title = QLabel()
        self.mismatch_title.setObjectName("panelTitle")
        self.mismatches = _table([self.tr("Employee"), self.tr("Grade"), self.tr("Unit"),
                                  self.tr("Post"), self.tr("Post grades")])
        self.mismatches.setObjectName("gradeMismatches")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.by)
        bar.addStretch(1)
        bar.addWidget(self.place_button)
        bar.addWidget(print_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.mismatch_title)
        lower_layout.addWidget(self.mismatches, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.lines)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.note = QLabel(self.tr(
            "Filled: approved posts with a holder. Surplus: people beyond a post's approved "
            "number or without a post. Filled + surplus = the people in service."))
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        follow(self, session)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: staffing.staffing_table(ctx), on_done=self._loaded)

    def _loaded(self, table: StaffingTable) -> None:
        self.data = table
        total = table.total
        self.summary.setText(self.tr(
            "{approved} approved posts: {filled} filled, {vacant} vacant; {surplus} surplus "
            "staff; {staff} people in service; {mismatched} outside their post's grades."
        ).format(approved=total.approved, filled=total.filled, vacant=total.vacant,
                 surplus=total.surplus, staff=total.staff, mismatched=total.mismatched))
        self._show_lines()
        self.mismatches.setRowCount(len(table.mismatches))
        for row, m in enumerate(table.mismatches):
            cells = (_cell(m.name), _cell(m.grade, MISMATCH, True, True), _cell(m.unit_name),
                     _cell(m.post_title), _cell(_range(m.grade_min, m.grade_max), center=True))
            for column, item in enumerate(cells):
                self.mismatches.setItem(row, column, item)
        if table.named:
            self.mismatch_title.setText(self.tr(
                "Post holders whose grade is outside the post's grades: {n}"
            ).format(n=len(table.mismatches)))
        else:
            self.mismatch_title.setText(self.tr(
                "{n} post holders are outside their post's grades (names for staff readers)."
            ).format(n=total.mismatched))
        self.mismatches.setVisible(table.named and bool(table.mismatches))
        self.place_button.setEnabled(bool(table.unassigned and table.vacancies))

    def _show_lines(self) -> None:
        key = self.by.currentData()
        lines: list[staffing.Line] = getattr(self.data, key)
        heads = {"units": self.tr("Unit"), "bands": self.tr("Grades"),
                 "titles": self.tr("Job title")}
        self.lines.setHorizontalHeaderItem(0, QTableWidgetItem(heads[key]))
        shown = [*lines, self.data.total]
        self.lines.setRowCount(len(shown))
        for row, line in enumerate(shown):
            is_total = line is self.data.total
            label = line.label if key != "bands" else ltr(line.label)
            if key == "units" and not is_total:
                label = "    " * line.depth + label
            values = (line.approved, line.filled, line.vacant, line.surplus, line.staff,
                      line.mismatched)
            colors = (None, None, VACANT if line.vacant else None,
                      SURPLUS if line.surplus else None, None,
                      MISMATCH if line.mismatched else None)
            self.lines.setItem(row, 0, _cell(label, bold=is_total))
            for column, (value, color) in enumerate(zip(values, colors, strict=True), start=1):
                self.lines.setItem(row, column,
                                   _cell(value, color, is_total or bool(color), center=True))

    def place(self) -> None:
        dialog = PlacementDialog(self.session, self.data, self)
        self.last_dialog = dialog
        dialog.open()


class PlacementDialog(QDialog):
    """Place people without a post in vacant approved posts, one at a time, through the
    staff service (each placement filed in the person's service history)."""

    def __init__(self, session: UiSession, table: StaffingTable,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = table
        self.setWindowTitle(self.tr("Place staff without a post"))
        self.resize(1320, 600)
        self.people = _table([self.tr("Employee"), self.tr("Grade"), self.tr("Unit"),
                              self.tr("Recorded title")])
        self.people.setObjectName("unassignedPeople")
        self.posts = _table([self.tr("Post"), self.tr("Unit"), self.tr("Grades"),
                             self.tr("Vacant")])
        self.posts.setObjectName("vacantPosts")
        self.every_post = QCheckBox(self.tr("Show posts outside the person's grade too"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 12/2026"))
        self.day = QDateEdit()
        self.day.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.error = InlineError()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.place_button = QPushButton(self.tr("Place in the post"))
        self.place_button.setObjectName("primary")
        self.place_button.clicked.connect(self.submit)
        left, right = QWidget(), QWidget()
        left_layout, right_layout = QVBoxLayout(left), QVBoxLayout(right)
        left_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.people_title = QLabel()
        self.people_title.setObjectName("panelTitle")
        self.posts_title = QLabel(self.tr("Vacant posts"))
        self.posts_title.setObjectName("panelTitle")
        left_layout.addWidget(self.people_title)
        left_layout.addWidget(self.people, 1)
        right_layout.addWidget(self.posts_title)
        right_layout.addWidget(self.posts, 1)
        right_layout.addWidget(self.every_post)
        split = QSplitter()
        split.addWidget(left)  # first: on the right in a right-to-left window
        split.addWidget(right)
        split.setSizes([780, 540])  # the names need the room
        form = QFormLayout()
        form.addRow(self.tr("Decision number (optional)"), self.number)
        form.addRow(self.tr("Decision date"), self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.done_label, 1)
        actions.addWidget(self.place_button)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.people.currentCellChanged.connect(lambda *_: self._show_posts())
        self.posts.currentCellChanged.connect(lambda *_: self._update())
        self.every_post.toggled.connect(lambda _on: self._show_posts())
        self._show_people()

    def person(self) -> Unassigned | None:
        item = self.people.item(self.people.currentRow(), 0)
        found: Unassigned | None = item.data(ID_ROLE) if item is not None else None
        return found

    def vacancy(self) -> Vacancy | None:
        item = self.posts.item(self.posts.currentRow(), 0)
        found: Vacancy | None = item.data(ID_ROLE) if item is not None else None
        return found

    def _show_people(self) -> None:
        people = self.table.unassigned
        self.people_title.setText(self.tr("Staff without a post: {n}").format(n=len(people)))
        self.people.setRowCount(len(people))
        for row, p in enumerate(people):
            first = _cell(p.name)
            first.setData(ID_ROLE, p)
            grade = "—" if p.grade is None else p.grade
            for column, item in enumerate((first, _cell(grade, center=True), _cell(p.unit_name),
                                           _cell(p.job_title or "—"))):
                self.people.setItem(row, column, item)
        if people:
            self.people.setCurrentCell(0, 0)
        self._show_posts()

    def _fits(self, person: Unassigned | None, vacancy: Vacancy) -> bool:
        if person is None or person.grade is None or self.every_post.isChecked():
            return True
        return vacancy.grade_min <= person.grade <= vacancy.grade_max

    def _show_posts(self) -> None:
        person = self.person()
        shown = [v for v in self.table.vacancies if self._fits(person, v)]
        if person is not None:  # the person's own unit first
            shown.sort(key=lambda v: (v.unit_id != person.unit_id, v.unit_name, v.title))
        self.posts.setRowCount(len(shown))
        for row, v in enumerate(shown):
            first = _cell(v.title)
            first.setData(ID_ROLE, v)
            for column, item in enumerate((first, _cell(v.unit_name),
                                           _cell(_range(v.grade_min, v.grade_max), center=True),
                                           _cell(v.vacant, VACANT, True, True))):
                self.posts.setItem(row, column, item)
        if shown:
            self.posts.setCurrentCell(0, 0)
        self._update()

    def _update(self) -> None:
        self.place_button.setEnabled(self.person() is not None and self.vacancy() is not None)

    def submit(self) -> None:
        person, vacancy = self.person(), self.vacancy()
        if person is None or vacancy is None:
            return
        self.error.clear_message()
        ctx = self.session.ctx
        value = self.day.date()
        decision = staff_service.Decision(
            dt.date(value.year(), value.month(), value.day()), self.number.text().strip())
        person_id: uuid.UUID = person.person_id
        post_id: uuid.UUID = vacancy.post_id

        def work() -> StaffingTable:
            staff_service.place_in_post(ctx, person_id, post_id, decision)
            return staffing.staffing_table(ctx)

        self.place_button.setEnabled(False)
        self.session.runner.run(
            work,
            on_done=lambda table: self._placed(table, person, vacancy),
            on_error=self._failed,
        )

    def _placed(self, table: StaffingTable, person: Unassigned, vacancy: Vacancy) -> None:
        self.table = table
        self.done_label.setText(self.tr("{name} placed in «{post}», {unit}.").format(
            name=person.name, post=vacancy.title, unit=vacancy.unit_name))
        self._show_people()

    def _failed(self, error: Any) -> None:
        self._update()
        if isinstance(error, UserError):
            self.error.show_message(error.message(self.session.lang()))
        else:
            self.session.runner.show_error(error)
