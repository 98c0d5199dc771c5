"""The structure's workbook and printouts from the window: export, template, import with its
row report, and the two printed forms. All of it runs in the runner with progress and cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.exchange.mappings.org import (
    OrgImportResult,
    export_structure,
    import_structure_file,
    write_structure_template,
)
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.session import UiSession

XLSX = "Excel (*.xlsx)"


class ImportReportDialog(QDialog):
    """The refused rows of an import, and the choice to import the good rows only."""

    def __init__(self, result: OrgImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(820, 460)
        self.good_rows_chosen = False
        lang_ar = self.layoutDirection().name == "RightToLeft"
        summary = QLabel(result.summary("ar" if lang_ar else "en"))
        summary.setWordWrap(True)
        rejected = result.rejected()
        self.table = QTableWidget(len(rejected), 3)
        self.table.setObjectName("rejectedRows")
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Reason")])
        for n, (sheet, error) in enumerate(rejected):
            reason = error.reason_ar if lang_ar else error.reason_en
            for column, text in enumerate((sheet, str(error.row), reason)):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.good_button = None
        if rejected and not result.written:
            note = QLabel(
                self.tr(
                    "Nothing was imported, because some rows were refused. Correct "
                    "them in the file, or import only the good rows."
                )
            )
            note.setWordWrap(True)
            self.good_button = buttons.addButton(
                self.tr("Import the good rows"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.good_button.clicked.connect(self._choose_good_rows)
        else:
            note = QLabel("")
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _choose_good_rows(self) -> None:
        self.good_rows_chosen = True
        self.accept()


class OrgTransfer(QObject):
    """Export, template, import and print for the structure page."""

    def __init__(self, session: UiSession, owner: QWidget) -> None:
        super().__init__(owner)
        self.session, self.owner = session, owner
        self.last_report: ImportReportDialog | None = None

    def _save_path(self, title: str, name: str, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.owner, title, str(Path.home() / name), kind)
        return Path(chosen) if chosen else None

    def export(self, path: Path | None = None) -> None:
        path = path or self._save_path(
            self.tr("Export the structure"), "الهيكل التنظيمي.xlsx", XLSX
        )
        if path is None:
            return
        ctx = self.session.ctx
        self.session.runner.run_long(
            lambda sink, cancel: export_structure(ctx, path, progress=sink, cancel=cancel),
            self.tr("Exporting the structure…"),
            on_done=lambda counts: self._told(
                self.tr("Exported {units} and {posts} to:\n{path}").format(
                    units=self.tr("%n unit(s)", "", counts[0]),
                    posts=self.tr("%n post(s)", "", counts[1]),
                    path=path,
                )
            ),
        )

    def template(self, path: Path | None = None) -> None:
        path = path or self._save_path(
            self.tr("Save the empty template"), "نموذج الهيكل التنظيمي.xlsx", XLSX
        )
        if path is None:
            return
        self.session.runner.run_long(
            lambda sink, cancel: write_structure_template(path),
            self.tr("Writing the template…"),
            on_done=lambda _r: self._told(
                self.tr("The template was saved to:\n{path}").format(path=path)
            ),
        )

    def import_file(self, path: Path | None = None, good_rows: bool = False) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.owner, self.tr("Import the structure"), str(Path.home()), XLSX
            )
            path = Path(chosen) if chosen else None
        if path is None:
            return
        ctx, source = self.session.ctx, path
        self.session.runner.run_long(
            lambda sink, cancel: import_structure_file(
                ctx, source, good_rows=good_rows, progress=sink, cancel=cancel
            ),
            self.tr("Importing the structure…"),
            on_done=lambda result: self._imported(result, source),
        )

    def _imported(self, result: OrgImportResult, path: Path) -> None:
        dialog = ImportReportDialog(result, self.owner)
        self.last_report = dialog
        dialog.accepted.connect(lambda: self._maybe_good_rows(dialog, path))
        dialog.open()

    def _maybe_good_rows(self, dialog: ImportReportDialog, path: Path) -> None:
        if dialog.good_rows_chosen:
            self.import_file(path, good_rows=True)

    def print_form(self, name: str) -> None:
        print_form(self.session, self.owner, name)

    def _told(self, text: str) -> None:
        QMessageBox.information(self.owner, self.tr("Organizational structure"), text)
