"""Long revenue work through the runner, with progress and cancel: Excel in and out, PDFs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from baladiya_desktop.domain.revenue.queries import ReceiptFilter
from baladiya_desktop.exchange.mappings.revenue import (
    RevenueImportResult,
    export_receipts,
    export_summary,
    import_receipts_file,
)
from baladiya_desktop.exchange.report import write_rejects_report
from baladiya_desktop.reports.registry import FormOptions
from baladiya_desktop.ui.kit.buttons import button_box
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.revenue.common import month_names
from baladiya_desktop.ui.session import UiSession


def _while_alive(parent: QWidget, then: Callable[[Any], None]) -> Callable[[Any], None]:
    """A result handler that does nothing once ``parent`` is gone (the page was closed)."""

    def call(result: Any) -> None:
        if shiboken6.isValid(parent):
            then(result)

    return call


def import_receipts_dialog(session: UiSession, parent: QWidget) -> None:
    """Import a workbook of receipts; the lists follow the change set."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RevenueTransfer", "Import receipts"),
        "",
        "Excel (*.xlsx)",
    )
    if not path:
        return
    ctx = session.ctx

    def finished(result: RevenueImportResult) -> None:
        report = result.result
        text = report.summary(session.lang())
        if result.books_created:
            text += "\n" + QCoreApplication.translate(
                "RevenueTransfer", "Books created from the file: {books}"
            ).format(books="، ".join(result.books_created))
        if report.rejected:
            lines = [f"{e.row}: {e.reason_ar}" for e in report.rejected[:12]]
            text += "\n\n" + "\n".join(lines)
            answer = QMessageBox.question(
                parent,
                QCoreApplication.translate("RevenueTransfer", "Import receipts"),
                text
                + "\n\n"
                + QCoreApplication.translate(
                    "RevenueTransfer", "Save the refused rows with their reasons to a workbook?"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                out, _ = QFileDialog.getSaveFileName(
                    parent,
                    QCoreApplication.translate("RevenueTransfer", "Refused rows"),
                    "refused.xlsx",
                    "Excel (*.xlsx)",
                )
                if out:
                    write_rejects_report(Path(out), report)
            return
        QMessageBox.information(
            parent, QCoreApplication.translate("RevenueTransfer", "Import receipts"), text
        )

    session.runner.run_long(
        lambda sink, cancel: import_receipts_file(ctx, Path(path), progress=sink, cancel=cancel),
        QCoreApplication.translate("RevenueTransfer", "Importing receipts…"),
        on_done=_while_alive(parent, finished),
    )


def export_receipts_file(session: UiSession, parent: QWidget, path: str, f: ReceiptFilter) -> None:
    ctx = session.ctx
    session.runner.run_long(
        lambda sink, cancel: export_receipts(ctx, path, f, progress=sink, cancel=cancel),
        QCoreApplication.translate("RevenueTransfer", "Exporting receipts…"),
        on_done=_while_alive(
            parent,
            lambda n: QMessageBox.information(
                parent,
                QCoreApplication.translate("RevenueTransfer", "Export receipts"),
                QCoreApplication.translate(
                    "RevenueTransfer", "%n receipt(s) written to {path}", None, n
                ).format(path=path),
            ),
        ),
    )


def export_summary_file(session: UiSession, parent: QWidget, year: int) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RevenueTransfer", "Export summary"),
        f"revenue-{year}.xlsx",
        "Excel (*.xlsx)",
    )
    if not path:
        return
    ctx = session.ctx
    session.runner.run_long(
        lambda sink, cancel: export_summary(ctx, path, year),
        QCoreApplication.translate("RevenueTransfer", "Exporting summary…"),
        on_done=_while_alive(
            parent,
            lambda _n: QMessageBox.information(
                parent,
                QCoreApplication.translate("RevenueTransfer", "Export summary"),
                QCoreApplication.translate("RevenueTransfer", "Written to {path}").format(
                    path=path
                ),
            ),
        ),
    )


class MonthDialog(QDialog):
    def __init__(self, parent: QWidget, day: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RevenueTransfer", "Monthly revenue report"))
        self.month = QComboBox()
        for n, name in enumerate(month_names(), start=1):
            self.month.addItem(name, n)
        self.month.setCurrentIndex(day.month - 1)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(day.year)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("RevenueTransfer", "Month"), self.month)
        form.addRow(QCoreApplication.translate("RevenueTransfer", "Year"), self.year)
        buttons = button_box(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> dt.date:
        return dt.date(self.year.value(), int(self.month.currentData()), 1)


def print_monthly_report(session: UiSession, parent: QWidget, day: dt.date) -> None:
    dialog = MonthDialog(parent, day)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    first = dialog.chosen()
    print_form(
        session,
        parent,
        "revenue-monthly",
        options=FormOptions(date_from=first),
        suggested_name=f"revenue-{first:%Y-%m}.pdf",
    )


def print_book_register(session: UiSession, parent: QWidget) -> None:
    print_form(session, parent, "revenue-books", suggested_name="receipt-books.pdf")
