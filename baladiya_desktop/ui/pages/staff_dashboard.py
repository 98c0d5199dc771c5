"""لوحة العاملين: the register at a glance, staff by grade, qualification, employment type and
unit, and posts filled against approved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.staff import queries
from baladiya_desktop.domain.staff.display import Choices, choices
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.staff.charts import bar_chart
from baladiya_desktop.ui.widgets import value_label

TOP_UNITS = 6  # the largest units; the printed list by unit has them all


@dataclass
class Board:
    choices: Choices
    grade: list[tuple[str, int]]
    qualification: list[tuple[str, int]]
    employment_type: list[tuple[str, int]]
    unit: list[tuple[str, int]]
    sex: dict[str, int]
    posts: list[tuple[str, int, int]]


def load_board(ctx: AppContext) -> Board:
    def counts(dimension: str) -> list[tuple[str, int]]:
        return queries.counts_by(ctx, dimension, in_service=True)

    return Board(choices(ctx), counts("grade"), counts("qualification"),
                 counts("employment_type"), counts("unit"), dict(counts("sex")),
                 queries.posts_filled(ctx))  # fmt: skip


class StaffDashboardPage(QWidget):
    shows = frozenset({"employee", "service_event", "org_unit", "org_post", "reference_item"})

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.board: Board | None = None
        self.cards: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        for key, title in (
            ("staff", self.tr("Staff in service")),
            ("women", self.tr("Women")),
            ("senior", self.tr("Grade 11 and above")),
            ("vacant", self.tr("Vacant approved posts")),
        ):
            frame = QFrame()
            frame.setObjectName("statCard")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(10, 2, 10, 2)
            inner.setSpacing(0)
            value = value_label("…")
            value.setObjectName("statValue")
            value.setStyleSheet("font-size: 15pt;")
            caption = QLabel(title)
            caption.setObjectName("statCaption")
            inner.addWidget(value)
            inner.addWidget(caption)
            self.cards[key] = value
            cards.addWidget(frame)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.grid.setContentsMargins(0, 0, 0, 0)
        charts = QWidget()
        charts.setLayout(self.grid)
        scroll = QScrollArea()  # a municipality with many units scrolls, nothing is squeezed
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(charts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addWidget(scroll, 1)
        follow(self, session)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: load_board(ctx), on_done=self.show_board)

    def show_board(self, board: Board) -> None:
        self.board = board
        total = sum(n for _k, n in board.grade)
        women = board.sex.get("F", 0)
        share = f"{100 * women / total:.0f}%" if total else "—"
        self.cards["staff"].setText(f"{total:,}")
        self.cards["women"].setText(f"{women:,} ({share})")
        self.cards["senior"].setText(f"{sum(n for g, n in board.grade if g and int(g) >= 11):,}")
        self.cards["vacant"].setText(f"{sum(max(0, a - f) for _u, a, f in board.posts):,}")
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        none = self.tr("Not recorded")
        names = board.choices
        by_grade = sorted(board.grade, key=lambda kv: int(kv[0]) if kv[0] else 99)
        ranks = {code: n for n, (code, _name) in enumerate(names.lists["qualification_level"])}
        quals = sorted(board.qualification, key=lambda kv: ranks.get(kv[0], 99))
        kinds = sorted(board.employment_type, key=lambda kv: -kv[1])
        units = sorted(board.unit, key=lambda kv: -kv[1])[:TOP_UNITS]
        posts = sorted(board.posts, key=lambda p: -p[1])[:TOP_UNITS]
        staff = self.tr("Staff")
        charts = (
            bar_chart(self.tr("Staff by grade"), [g or none for g, _ in by_grade],
                      [(staff, [n for _, n in by_grade])]),
            bar_chart(self.tr("Staff by qualification"),
                      [names.name("qualification_level", q) if q else none for q, _ in quals],
                      [(staff, [n for _, n in quals])], horizontal=True),
            bar_chart(self.tr("Staff by employment type"),
                      [names.name("employment_type", k) for k, _ in kinds],
                      [(staff, [n for _, n in kinds])], horizontal=True),
            bar_chart(self.tr("Largest units"), [u or none for u, _ in units],
                      [(staff, [n for _, n in units])], horizontal=True),
            bar_chart(self.tr("Posts filled against approved"), [u for u, _a, _f in posts],
                      [(self.tr("Approved"), [a for _u, a, _f in posts]),
                       (self.tr("Filled"), [f for _u, _a, f in posts])], horizontal=True),
        )  # fmt: skip
        for view, (row, column, span) in zip(
            charts, ((0, 0, 4), (1, 0, 5), (0, 4, 3), (0, 7, 3), (1, 5, 5)), strict=True
        ):
            self.grid.addWidget(view, row, column, 1, span)
        self.grid.setRowStretch(0, 1)
        self.grid.setRowStretch(1, 1)
