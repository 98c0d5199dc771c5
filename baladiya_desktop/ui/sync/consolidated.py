"""عرض موحد: the ministry's view across municipalities — staff, settlement, revenue.

Each block is a table beside a chart (drawn right to left by ``ui.staff.charts``) and can be
saved to Excel with the exchange engine's right-to-left writer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.core.reference import load_list
from baladiya_desktop.domain.revenue.monthly import percent
from baladiya_desktop.domain.revenue.summary import Summary, summary
from baladiya_desktop.domain.settlement.queries import (
    CostTotal,
    list_cases,
    status_counts,
    total_cost,
)
from baladiya_desktop.domain.staff.queries import counts_by
from baladiya_desktop.domain.staff.references import EMPLOYMENT_TYPES
from baladiya_desktop.exchange import Column, money_column, write_workbook
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.revenue.common import money, month_names
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.settlement.common import status_name
from baladiya_desktop.ui.staff.charts import bar_chart
from baladiya_desktop.ui.sync.common import fill, ltr, table


@dataclass
class Consolidated:
    grade: list[tuple[str, int]]
    employment: list[tuple[str, int]]  # (Arabic or English name, count)
    statuses: dict[str, int]
    cost: CostTotal
    revenue: Summary


def load_consolidated(ctx: AppContext, year: int, lang: str) -> Consolidated:
    """Every municipality at once: ``municipality=None`` is the ministry's whole picture."""
    with ctx.session() as session:
        kinds = {
            i.code: (i.name_ar if lang == "ar" else i.name_en or i.name_ar)
            for i in load_list(session, EMPLOYMENT_TYPES)
        }
    grade = sorted(
        counts_by(ctx, "grade", municipality=None),
        key=lambda kv: int(kv[0]) if kv[0].isdigit() else 99,
    )
    employment = sorted(
        ((kinds.get(k, k), n) for k, n in counts_by(ctx, "employment_type", municipality=None)),
        key=lambda kv: -kv[1],
    )
    cases = list_cases(ctx, municipality=None)
    return Consolidated(
        grade,
        employment,
        status_counts(cases),
        total_cost(cases),
        summary(ctx, year, municipality=None),
    )


class Block(QFrame):
    """A titled table beside its chart, with a button to save the table to Excel."""

    def __init__(self, title: str, headers: Sequence[str], on_export: Any) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.title = title
        heading = QLabel(title)
        heading.setObjectName("panelTitle")
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.hide()
        export = QPushButton(icon("folder"), self.tr("Export to Excel…"))
        export.clicked.connect(on_export)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(export)
        self.table = table(headers)
        self.table.setMinimumWidth(280)
        self.table.setMaximumWidth(340)
        self.row = QHBoxLayout()  # the table first: at the right in Arabic
        self.row.addWidget(self.table)
        self.chart: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(self.row, 1)
        self.setFixedHeight(330)  # the table scrolls; the page shows two blocks at once

    def set_chart(self, chart: QWidget) -> None:
        if self.chart is not None:
            self.row.removeWidget(self.chart)
            self.chart.deleteLater()
        self.chart = chart
        self.row.addWidget(chart, 1)


class ConsolidatedView(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.data: Consolidated | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(self.refresh)
        hint = QLabel(self.tr("All municipalities together, from the bundles received."))
        hint.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(QLabel(self.tr("Revenue year")))
        top.addWidget(self.year)
        count = self.tr("Staff")
        self.grade = Block(
            self.tr("Staff by grade"), [self.tr("Grade"), count], lambda: self.export("grade")
        )
        self.employment = Block(
            self.tr("Staff by employment type"),
            [self.tr("Employment type"), count],
            lambda: self.export("employment"),
        )
        self.settlement = Block(
            self.tr("Settlement cases by status"),
            [self.tr("Status"), self.tr("Cases")],
            lambda: self.export("settlement"),
        )
        self.revenue = Block(
            self.tr("Revenue collected against target"),
            [self.tr("Month"), self.tr("Collected"), self.tr("Target"), self.tr("Share")],
            lambda: self.export("revenue"),
        )
        self.revenue.table.setMinimumWidth(470)  # four columns, no sideways scrolling
        self.revenue.table.setMaximumWidth(600)
        self.revenue.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.revenue.setFixedHeight(400)
        inner = QWidget()
        blocks = QVBoxLayout(inner)
        blocks.setContentsMargins(0, 0, 0, 0)
        for block in (self.grade, self.employment, self.settlement):
            blocks.addWidget(block)
        blocks.addWidget(self.revenue)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.refresh()

    def refresh(self) -> None:
        ctx, year, lang = self.session.ctx, self.year.value(), self.session.lang()
        self.session.runner.run(lambda: load_consolidated(ctx, year, lang), on_done=self.show_data)

    # --- rows, shared by the tables, the charts and the Excel files -----------------------

    def rows(self, which: str) -> list[list[Any]]:
        data = self.data
        if data is None:
            return []
        none = self.tr("Not recorded")
        if which == "grade":
            return [[g or none, n] for g, n in data.grade]
        if which == "employment":
            return [[k or none, n] for k, n in data.employment]
        if which == "settlement":
            lang = self.session.lang()
            return [
                [status_name(s, lang), n]
                for s, n in sorted(data.statuses.items(), key=lambda kv: -kv[1])
            ]
        names, result = month_names(), data.revenue
        return [
            [
                names[m - 1],
                result.month_total(m),
                result.month_target(m),
                percent(result.month_total(m), result.month_target(m)),
            ]
            for m in range(1, 13)
        ]

    def show_data(self, data: Consolidated) -> None:
        self.data = data
        staff = self.tr("Staff")
        for which, block in (
            ("grade", self.grade),
            ("employment", self.employment),
            ("settlement", self.settlement),
        ):
            rows = self.rows(which)
            fill(block.table, [[str(label), f"{n:,}"] for label, n in rows])
            series = self.tr("Cases") if which == "settlement" else staff
            block.set_chart(
                bar_chart(
                    block.title,
                    [str(r[0]) for r in rows],
                    [(series, [int(r[1]) for r in rows])],
                    horizontal=which != "grade",
                )
            )
        cost = data.cost
        self.settlement.note.setText(
            self.tr(
                "%n case(s); cost known for {known}: monthly difference {monthly}, arrears "
                "{arrears}.",
                "",
                cost.cases,
            ).format(
                known=cost.known,
                monthly=money(cost.monthly_difference),
                arrears=money(cost.arrears),
            )
        )
        self.settlement.note.show()
        months = self.rows("revenue")
        fill(
            self.revenue.table,
            [[m, money(c), money(t), ltr(s)] for m, c, t, s in months],
        )
        thousands = max([int(r[1]) for r in months] + [int(r[2]) for r in months]) >= 10**8
        scale, unit = (10**6, self.tr("thousand LYD")) if thousands else (10**3, self.tr("LYD"))
        chart = bar_chart(
            self.tr("Collected against target by month ({unit})").format(unit=unit),
            [str(r[0]) for r in months],
            [
                (self.tr("Collected"), [round(int(r[1]) / scale) for r in months]),
                (self.tr("Target"), [round(int(r[2]) / scale) for r in months]),
            ],
        )
        for series in chart.chart().series():  # 24 bars: the numbers are in the table
            series.setLabelsVisible(False)
        self.revenue.set_chart(chart)
        self.revenue.note.setText(
            self.tr("Year {year}: collected {got} of {target} ({share}).").format(
                year=data.revenue.year,
                got=money(data.revenue.year_total()),
                target=money(data.revenue.year_target()),
                share=ltr(percent(data.revenue.year_total(), data.revenue.year_target())),
            )
        )
        self.revenue.note.show()

    # --- Excel ----------------------------------------------------------------------------

    def export(self, which: str) -> None:
        if self.data is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save to Excel"), f"ministry-{which}.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.export_to(which, Path(path))

    def export_to(self, which: str, path: Path) -> None:
        columns, rows, lines = self.sheet(which)
        self.session.runner.run_long(
            lambda sink, cancel: write_workbook(
                path,
                columns,
                rows,
                title_lines=lines,
                total=len(rows),
                progress=sink,
                cancel=cancel,
            ),
            self.tr("Saving to Excel"),
        )

    def sheet(self, which: str) -> tuple[list[Column], list[dict[str, Any]], list[str]]:
        today = f"{dt.date.today():%d/%m/%Y}"
        lines = [f"جميع البلديات — استخرج بتاريخ {today}"]
        if which == "revenue":
            columns = [
                Column("month", "الشهر", "Month"),
                money_column("collected", "المحصّل", "Collected"),
                money_column("target", "المستهدف", "Target"),
                Column("share", "نسبة التحقيق", "Share"),
            ]
            rows = [
                dict(zip(("month", "collected", "target", "share"), r, strict=True))
                for r in self.rows("revenue")
            ]
            return (
                columns,
                rows,
                [f"الإيرادات المحصلة مقابل المستهدف لسنة {self.year.value()}", *lines],
            )
        titles = {
            "grade": ("الدرجة", "Grade", "العاملون حسب الدرجة"),
            "employment": ("نوع التوظيف", "Employment type", "العاملون حسب نوع التوظيف"),
            "settlement": ("الحالة", "Status", "حالات التسوية حسب الحالة"),
        }
        name_ar, name_en, title = titles[which]
        columns = [Column("name", name_ar, name_en), Column("count", "العدد", "Count")]
        rows = [{"name": str(label), "count": int(n)} for label, n in self.rows(which)]
        if which == "settlement" and self.data is not None:
            cost = self.data.cost
            lines.append(
                f"الفرق الشهري: {format_lyd(cost.monthly_difference)} — المتأخرات: "
                f"{format_lyd(cost.arrears)}"
            )
        return columns, rows, [title, *lines]
