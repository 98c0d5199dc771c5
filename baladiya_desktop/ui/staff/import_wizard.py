"""The staff import wizard: the file and sheet → how each heading was understood (and the
clerk's corrections) → a dry run's report, rows refused with their reasons → the import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.exchange import OpenWorkbook, write_rejects_report
from baladiya_desktop.exchange.mappings.staff import (
    SheetPreview,
    StaffImportResult,
    import_staff,
    preview_sheet,
)
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(value: Any) -> QTableWidgetItem:
    return QTableWidgetItem("" if value is None else str(value))


class FilePage(QWizardPage):
    def __init__(self, wizard: StaffImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the workbook"))
        self.setSubTitle(self.tr("An .xlsx file with one row per employee under a header row. "
                                 "Title rows above the header are fine."))  # fmt: skip
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: self.choose())
        self.sheet = QComboBox()
        self.error = InlineError()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File")))
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Sheet")))
        layout.addWidget(self.sheet)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def choose(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import staff"), str(Path.home()), "Excel (*.xlsx)"
            )
            path = Path(chosen) if chosen else None
        if path is None:
            return
        self.error.clear_message()
        self.path.setText(str(path))
        self.sheet.clear()

        def names() -> list[str]:
            with OpenWorkbook(path) as book:
                return [ws.title for ws in book.worksheets]

        self.owner.session.runner.run(names, on_done=self._sheets, on_error=self._refused)

    def _sheets(self, names: list[str]) -> None:
        self.sheet.addItems(names)
        self.completeChanged.emit()

    def _refused(self, error: UserError) -> None:
        self.path.clear()
        self.error.show_message(error.message(self.owner.session.lang()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text()) and self.sheet.count() > 0


class MappingPage(QWizardPage):
    def __init__(self, wizard: StaffImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.preview: SheetPreview | None = None
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each heading of the sheet and the register field it fills. "
                "Choose a field for a heading that was not recognised."
            )
        )
        self.where = QLabel()
        self.headings = _table([self.tr("Heading in the sheet"), self.tr("Register field")])
        self.headings.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sample = _table([])
        self.error = InlineError()
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.headings, 2)
        layout.addWidget(QLabel(self.tr("First rows")))
        layout.addWidget(self.sample, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.preview = None
        self.error.clear_message()
        path, sheet = Path(self.owner.file_page.path.text()), self.owner.file_page.sheet
        name = sheet.currentText() or None
        self.owner.session.runner.run(
            lambda: preview_sheet(path, sheet=name), on_done=self._show, on_error=self._refused
        )

    def _refused(self, error: UserError) -> None:
        self.error.show_message(error.message(self.owner.session.lang()))
        self.completeChanged.emit()

    def _show(self, preview: SheetPreview) -> None:
        self.preview = preview
        self.where.setText(self.tr("Sheet «{sheet}», header on row {row}.").format(
            sheet=preview.sheet, row=preview.header_row))  # fmt: skip
        titles = {c.key: c.title_ar for c in preview.columns}
        self.headings.setRowCount(0)
        for position, heading in enumerate(preview.headings):
            if not heading:
                continue
            row = self.headings.rowCount()
            self.headings.insertRow(row)
            self.headings.setItem(row, 0, _cell(heading))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for key, title in titles.items():
                combo.addItem(title, key)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(position))))
            self.headings.setCellWidget(row, 1, combo)
        width = len(preview.headings)
        self.sample.setColumnCount(width)
        self.sample.setHorizontalHeaderLabels(list(preview.headings))
        self.sample.setRowCount(len(preview.sample))
        for r, cells in enumerate(preview.sample):
            for c in range(min(width, len(cells))):
                self.sample.setItem(r, c, _cell(cells[c]))
        self.completeChanged.emit()

    def overrides(self) -> dict[str, str | None]:
        """The clerk's choices where they differ from what was recognised."""
        chosen: dict[str, str | None] = {}
        if self.preview is None:
            return chosen
        found = {self.preview.headings[p]: k for p, k in self.preview.mapping.items()}
        for row in range(self.headings.rowCount()):
            heading = self.headings.item(row, 0).text()
            combo = self.headings.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            if combo.currentData() != found.get(heading):
                chosen[heading] = combo.currentData()
        return chosen

    def isComplete(self) -> bool:
        return self.preview is not None


class ReportPage(QWizardPage):
    """A dry run: what the import would do, and every refused row with its reason."""

    def __init__(self, wizard: StaffImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.result: StaffImportResult | None = None
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been saved yet. Rows that cannot be taken are "
                                 "listed with their row number in the sheet."))  # fmt: skip
        self.summary = QLabel()
        self.summary.setObjectName("statValue")
        self.summary.setWordWrap(True)
        self.table = _table([self.tr("Row"), self.tr("Reason")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, 70)
        self.table.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the report…"))
        self.save_button.clicked.connect(lambda: self.save_report())
        self.error = InlineError()
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.result = None
        self.error.clear_message()
        self.save_button.setEnabled(False)
        self.owner.run_import(dry_run=True, done=self._show, failed=self._refused)

    def _refused(self, error: UserError) -> None:
        self.error.show_message(error.message(self.owner.session.lang()))

    def _show(self, outcome: StaffImportResult) -> None:
        self.result = outcome
        result = outcome.result
        self.summary.setText(self.tr(
            "To add: {imported} · to update: {updated} · unchanged: {unchanged} · "
            "skipped: {skipped} · refused: {refused}").format(
            imported=result.imported, updated=result.updated, unchanged=result.unchanged,
            skipped=result.skipped, refused=result.rejected_rows))  # fmt: skip
        lines = [(e.row, e.reason_ar) for e in result.rejected]
        lines += [(c.row, outcome.change_text(c)) for c in outcome.changes]
        lines.sort(key=lambda line: line[0])
        self.table.setRowCount(len(lines))
        for r, (row, reason) in enumerate(lines):
            self.table.setItem(r, 0, _cell(row))
            self.table.setItem(r, 1, _cell(reason))
        self.table.resizeRowsToContents()
        self.save_button.setEnabled(bool(result.rejected))
        self.completeChanged.emit()

    def save_report(self, path: Path | None = None) -> None:
        if self.result is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the refused rows"),
                str(Path.home() / "الصفوف المرفوضة.xlsx"), "Excel (*.xlsx)")  # fmt: skip
            path = Path(chosen) if chosen else None
        if path is None:
            return
        result, target = self.result.result, path
        self.owner.session.runner.run(lambda: write_rejects_report(target, result))

    def isComplete(self) -> bool:
        return self.result is not None and (
            self.result.result.imported + self.result.result.updated > 0
        )


class DonePage(QWizardPage):
    def __init__(self, wizard: StaffImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.done = False
        self.setTitle(self.tr("Importing"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.done = False
        self.summary.setText(self.tr("Importing…"))
        self.owner.run_import(dry_run=False, done=self._show, failed=self._refused)

    def _show(self, outcome: StaffImportResult) -> None:
        self.done = True
        self.summary.setText(outcome.result.summary(self.owner.session.lang()))
        self.owner.imported.emit()
        self.completeChanged.emit()

    def _refused(self, error: UserError) -> None:
        self.summary.setText(error.message(self.owner.session.lang()))

    def isComplete(self) -> bool:
        return self.done


class StaffImportWizard(QWizard):
    imported = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None,
                 path: Path | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import staff from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(900, 620)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.report_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        if path is not None:
            self.file_page.choose(path)

    def run_import(self, *, dry_run: bool, done: Any, failed: Any) -> None:
        """The import (or its dry run) off the GUI thread, with progress and cancel."""
        ctx = self.session.ctx
        path = Path(self.file_page.path.text())
        sheet = self.file_page.sheet.currentText() or None
        overrides = self.mapping_page.overrides()
        title = self.tr("Checking the rows…") if dry_run else self.tr("Importing staff…")
        self.session.runner.run_long(
            lambda sink, cancel: import_staff(ctx, path, sheet=sheet, overrides=overrides,
                                              dry_run=dry_run, progress=sink, cancel=cancel),
            title, on_done=done, on_error=failed,
        )  # fmt: skip
