"""The self-assessment form: the agent scores each criterion 1–5 with its evidence; the
weighted maturity per focus area and overall, against the previous quarter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators import assessment
from baladiya_desktop.domain.indicators.assessment import Maturity
from baladiya_desktop.domain.indicators.dashboard import previous, recent_periods
from baladiya_desktop.domain.indicators.framework import criteria, focus_areas
from baladiya_desktop.domain.indicators.models import Criterion
from baladiya_desktop.domain.indicators.periods import label, parse_period
from baladiya_desktop.ui.indicators import INDICATOR_TABLES
from baladiya_desktop.ui.kit.tables import fit_columns
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError


@dataclass(frozen=True)
class AssessmentData:
    period: str
    before: str
    framework: list[Criterion]
    areas: dict[str, tuple[str, str]]
    scores: dict[str, tuple[int, str]]
    now: Maturity
    then: Maturity


def load(ctx: AppContext, period: str) -> AssessmentData:
    before = previous(parse_period(period)).key
    with ctx.session() as session:
        framework = criteria(session)
        session.expunge_all()
        areas = {a.code: (a.name_ar, a.name_en) for a in focus_areas(session)}
    return AssessmentData(
        period,
        before,
        framework,
        areas,
        assessment.scores_of(ctx, period),
        assessment.maturity(ctx, period),
        assessment.maturity(ctx, before),
    )


def _save(ctx: AppContext, period: str, marks: dict[str, tuple[int, str]]) -> list[str]:
    problems = []
    for code, (score, evidence) in marks.items():
        try:
            assessment.score(ctx, period, code, score, evidence)
        except UserError as exc:
            problems.append(f"{code}: {exc.message_ar}")
    return problems


def _score(value: object) -> str:
    return "—" if value is None else f"{value:.2f}"


class AssessmentView(QWidget):
    shows = INDICATOR_TABLES

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.problems: list[str] = []  # marks the last save refused
        self.session = session
        self.data: AssessmentData | None = None
        self.period = QComboBox()
        for key in reversed(recent_periods("quarterly", 6)):
            self.period.addItem(label(key, session.lang()), key)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Criterion"), self.tr("Weight"), self.tr("Score (1–5)"), self.tr("Evidence")]
        )
        fit_columns(self.table, stretch=0)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary = QTableWidget(0, 3)
        self.summary.setHorizontalHeaderLabels([self.tr("Focus area"), "", ""])
        fit_columns(self.summary, stretch=0)
        self.summary.verticalHeader().hide()
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overall = QLabel()
        self.overall.setObjectName("panelTitle")
        self.error = InlineError()
        self.save_button = QPushButton(self.tr("Save the assessment (Ctrl+S)"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(session.may(Permission.INDICATORS_APPROVE))
        side = QFrame()
        side.setObjectName("panel")
        side_layout = QVBoxLayout(side)
        title = QLabel(self.tr("Weighted maturity score"))
        title.setObjectName("panelTitle")
        side_layout.addWidget(title)
        side_layout.addWidget(self.overall)
        side_layout.addWidget(self.summary, 1)
        hint = QLabel(
            self.tr(
                "A criterion's score is the weighted average of its "
                "sub-criteria; unscored parts are left out, not counted as "
                "zero."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        side_layout.addWidget(hint)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 5)
        body.addWidget(side, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        self.refresh()

    def refresh(self) -> None:
        ctx, key = self.session.ctx, str(self.period.currentData())
        self.session.runner.run(lambda: load(ctx, key), on_done=self._loaded)

    def _loaded(self, data: AssessmentData) -> None:
        self.data = data
        ar = self.session.lang() == "ar"
        parents = {c.parent for c in data.framework}
        self.rows: list[tuple[str, QSpinBox, QLineEdit]] = []
        self.table.setRowCount(len(data.framework))
        bold = QFont(self.font())
        bold.setBold(True)
        may = self.session.may(Permission.INDICATORS_APPROVE)
        for r, c in enumerate(sorted(data.framework, key=lambda c: c.code)):
            name = QTableWidgetItem(
                ("" if not c.parent else "    ") + f"{c.code}  {c.name_ar if ar else c.name_en}"
            )
            weight = QTableWidgetItem(f"{c.weight / 1000:g}")
            weight.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for item in (name, weight):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if not c.parent:
                    item.setFont(bold)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, weight)
            if c.code in parents:  # computed from its sub-criteria
                value = data.now.by_criterion.get(c.code)
                item = QTableWidgetItem(_score(value))
                item.setFont(bold)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, 2, item)
                self.table.setCellWidget(r, 3, None)
                continue
            score, evidence = data.scores.get(c.code, (0, ""))
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setValue(score)
            spin.setEnabled(may)
            text = QLineEdit(evidence)
            text.setCursorPosition(0)  # the start of the text in a right-to-left field
            text.setPlaceholderText(self.tr("Minutes, report or document the score rests on"))
            text.setEnabled(may)
            self.table.setCellWidget(r, 2, spin)
            self.table.setCellWidget(r, 3, text)
            self.rows.append((c.code, spin, text))
        for column, width in ((1, 60), (2, 90), (3, 210)):
            self.table.horizontalHeader().resizeSection(column, width)
        self._summary(data, ar)
        if self.problems:
            self.error.show_message("\n".join(self.problems))
        else:
            self.error.clear_message()

    def _summary(self, data: AssessmentData, ar: bool) -> None:
        lang = self.session.lang()
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Focus area"), label(data.before, lang), label(data.period, lang)]
        )
        areas = [a for a in data.areas if a in data.now.by_area]
        self.summary.setRowCount(len(areas))
        for r, code in enumerate(areas):
            name_ar, name_en = data.areas[code]
            cells = [
                name_ar if ar else name_en,
                _score(data.then.by_area.get(code)),
                _score(data.now.by_area.get(code)),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.summary.setItem(r, c, item)
        for column in (1, 2):
            self.summary.horizontalHeader().resizeSection(column, 105)
        self.overall.setText(
            self.tr("Overall: {now} (previous quarter {then})").format(
                now=_score(data.now.overall), then=_score(data.then.overall)
            )
        )

    def save(self) -> None:
        if self.data is None:
            return
        marks = {
            code: (spin.value(), text.text())
            for code, spin, text in self.rows
            if spin.value()
            and (spin.value(), text.text().strip()) != self.data.scores.get(code, (0, ""))
        }
        if not marks:
            return
        ctx, key = self.session.ctx, self.data.period
        self.problems = []
        self.session.runner.run(lambda: _save(ctx, key, marks), on_done=self._saved)

    def _saved(self, problems: list[str]) -> None:
        self.problems = problems  # shown by every reload until the next save
        self.refresh()  # the change set reloads the views in sight; this one may be hidden
