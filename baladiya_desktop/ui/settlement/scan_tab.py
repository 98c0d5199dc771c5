"""The scan: everyone whose recorded grade differs from the entitlement, and why; the agent
ticks or selects rows and opens their cases at once."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.core.text import search_key
from baladiya_desktop.domain.settlement import queries
from baladiya_desktop.domain.settlement.scan import ScanRow, scan
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.settlement.common import RowsModel, grades_text, search_proxy, table_view
from baladiya_desktop.ui.settlement.dialogs import OpenCasesDialog


class ScanTab(QWidget):
    cases_opened = Signal(list)  # the new case ids

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.model: RowsModel[ScanRow] = RowsModel(
            [
                self.tr("National number"),
                self.tr("Name"),
                self.tr("Unit"),
                self.tr("Recorded → entitled grade"),
                self.tr("Difference"),
                self.tr("Reason"),
            ],
            lambda r: (
                r.national_number or "—",
                r.full_name,
                r.unit_name or "—",
                grades_text(r.recorded_grade, r.entitled_grade),
                f"{r.difference:+d}",
                r.reason(session.lang()),
            ),
            checkable=True,
            search=lambda r: search_key(f"{r.full_name} {r.national_number or ''}"),
        )
        self.model.align_numbers = {3, 4}
        self.proxy = search_proxy(self.model, self)
        self.table = table_view(self.proxy, (11, 17, 13, 14, 5, 40), multi=True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name or national number (Ctrl+F)"))
        self.search.textChanged.connect(self._filter)
        self.summary = QLabel()
        self.rescan_button = QPushButton(self.tr("Scan again"))
        self.rescan_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(self.tr("Open cases…"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_cases)
        self.open_button.setVisible(session.may(Permission.SETTLEMENT_WRITE))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.rescan_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.types: dict[str, tuple[str, str]] = {}
        self.loaded = False

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(search_key(text))

    def refresh(self) -> None:
        ctx = self.session.ctx

        def work(sink: ProgressSink, cancel: CancelToken) -> tuple[list[ScanRow], queries.Lists]:
            return scan(ctx, progress=sink, cancel=cancel), queries.lists(ctx)

        self.summary.setText(self.tr("Scanning the register…"))
        self.session.runner.run_long(work, self.tr("Scanning the register…"), on_done=self._loaded)

    def _loaded(self, result: tuple[list[ScanRow], queries.Lists]) -> None:
        rows, lists = result
        self.types = lists.case_types
        self.model.set_rows(rows)
        self.loaded = True
        self.summary.setText(
            self.tr(
                "{n} employees have a recorded grade that differs from their entitlement."
            ).format(n=len(rows))
        )

    def chosen(self) -> list[ScanRow]:
        """Ticked rows, or else the selected ones."""
        ticked = self.model.checked_rows()
        if ticked:
            return ticked
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.rows[r] for r in sorted(rows)]

    def open_cases(self) -> OpenCasesDialog | None:
        rows = self.chosen()
        if not rows:
            self.summary.setText(self.tr("Tick or select the employees first."))
            return None
        dialog = OpenCasesDialog(self.session, rows, self.types, self)
        dialog.accepted.connect(lambda: self._opened(dialog.result_value))
        dialog.open()
        return dialog

    def _opened(self, ids: list[uuid.UUID]) -> None:
        self.summary.setText(self.tr("%n case(s) opened.", "", len(ids)))
        self.cases_opened.emit(ids)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
