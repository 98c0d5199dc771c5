"""The print preview: the PDF exactly as it will come out, then print it or save a copy.

The form is already a PDF (``reports/``), so the preview shows that file with QtPdf and
printing draws its pages onto the printer; screen, printer and saved copy are the same pages.
Pages are sent to the printer one per turn of the event loop, so the window stays alive and
the clerk can cancel a long printout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QPoint, QRect, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.ui.look import icon

MAX_PRINT_DPI = 300  # a printer's 600 or 1200 dpi only makes bigger images, not sharper forms
ZOOM_STEP = 1.25
ZOOM_OUT = 1 / ZOOM_STEP


class PagePrinter(QObject):
    """Draws a PDF's pages onto a printer, one page per event-loop turn."""

    progressed = Signal(int, int)  # pages sent, pages in all
    finished = Signal(bool)  # True when every page went out, False when cancelled or failed

    def __init__(self, document: QPdfDocument, printer: QPrinter, parent: QObject) -> None:
        super().__init__(parent)
        self.document, self.printer = document, printer
        self.pages = document.pageCount()
        self.sent = 0
        self.error = ""
        self._painter: QPainter | None = None
        self._stopped = False

    def start(self) -> None:
        self._match_paper(0)
        self._painter = QPainter()
        if not self._painter.begin(self.printer):
            self.error = "begin"
            self._end(False)
            return
        QTimer.singleShot(0, self._next)

    def cancel(self) -> None:
        self._stopped = True

    def _match_paper(self, page: int) -> None:
        """Print on the paper the form was laid out for (A4 portrait, landscape, A3)."""
        points = self.document.pagePointSize(page)
        wide = points.width() > points.height()
        # A page size is named upright (A4, A3); a wide page is that size turned.
        upright = QSizeF(points.height(), points.width()) if wide else QSizeF(points)
        layout = QPageLayout(
            QPageSize(upright, QPageSize.Unit.Point),
            QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # the form carries its own margins
        )
        self.printer.setFullPage(True)
        self.printer.setPageLayout(layout)

    def _next(self) -> None:
        painter = self._painter
        if painter is None:
            return
        if self._stopped:
            self._end(False)
            return
        if self.sent > 0:
            self._match_paper(self.sent)
            if not self.printer.newPage():
                self.error = "newPage"
                self._end(False)
                return
        self._draw(painter, self.sent)
        self.sent += 1
        self.progressed.emit(self.sent, self.pages)
        if self.sent < self.pages:
            QTimer.singleShot(0, self._next)
        else:
            self._end(True)

    def _draw(self, painter: QPainter, page: int) -> None:
        dpi = min(self.printer.resolution(), MAX_PRINT_DPI)
        points = self.document.pagePointSize(page)
        pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = self.document.render(page, pixels)
        if image.isNull():  # too large for memory: half the resolution still prints
            image = self.document.render(page, pixels / 2)
        area = QSizeF(painter.viewport().size())
        fitted = QSizeF(image.size()).scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(QPoint(0, 0), fitted.toSize()), image)

    def _end(self, whole: bool) -> None:
        if self._painter is not None and self._painter.isActive():
            self._painter.end()
        self._painter = None
        self.finished.emit(whole)


class PrintPreview(QDialog):
    """Shows a printed form; the folder holding it is removed when the window closes."""

    printed = Signal(bool)

    def __init__(
        self,
        pdf: Path,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        *,
        owned_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf, self.suggested_name, self.owned_folder = pdf, suggested_name, owned_folder
        self.job: PagePrinter | None = None
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.page_label = QLabel()
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)

        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button = QPushButton(icon("save"), self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.choose_copy)
        zoom_in = QPushButton(self.tr("Zoom in"))
        zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        zoom_out = QPushButton(self.tr("Zoom out"))
        zoom_out.clicked.connect(lambda: self.zoom(ZOOM_OUT))
        fit = QPushButton(self.tr("Fit width"))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for widget in (self.print_button, self.save_button, zoom_in, zoom_out, fit):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.choose_printer)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.zoom(ZOOM_OUT))
        self.finished.connect(self._release)
        self._show_page(0)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _show_page(self, page: int) -> None:
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=page + 1, pages=self.page_count)
        )

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    # --- printing -------------------------------------------------------------------------

    def choose_printer(self) -> None:
        if self.job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()

    def print_to(self, printer: QPrinter) -> PagePrinter:
        """Send every page to ``printer`` in the background of the event loop."""
        job = PagePrinter(self.document, printer, self)
        self.job = job
        progress = QProgressDialog(
            self.tr("Sending the pages to the printer…"), self.tr("Cancel"), 0, job.pages, self
        )
        progress.setWindowTitle(self.tr("Print"))
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.canceled.connect(job.cancel)
        job.progressed.connect(lambda sent, _all: progress.setValue(sent))
        job.finished.connect(lambda whole: self._printed(whole, progress))
        self.print_button.setEnabled(False)
        job.start()
        return job

    def _printed(self, whole: bool, progress: QProgressDialog) -> None:
        progress.hide()
        progress.deleteLater()
        failed = bool(self.job and self.job.error)
        self.job = None
        self.print_button.setEnabled(True)
        if failed:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Print"),
                self.tr(
                    "The printer could not be used. Check that it is switched on and connected, "
                    "or save the form as a PDF and print it from another computer."
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.open()
        self.printed.emit(whole)

    # --- saving ---------------------------------------------------------------------------

    def choose_copy(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the form as PDF"),
            str(Path.home() / self.suggested_name),
            "PDF (*.pdf)",
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, target: Path) -> bool:
        """Copy the form to ``target``; say clearly why when the disk refuses."""
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.pdf, target)
        except OSError as exc:
            target.unlink(missing_ok=True)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Save as PDF"),
                self.tr(
                    "The form could not be saved to {path}: the disk may be full or "
                    "write-protected. Choose another place.\n({reason})"
                ).format(path=target, reason=exc.strerror or exc),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.open()
            return False
        return True

    def _release(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.document.close()
        if self.owned_folder is not None:
            shutil.rmtree(self.owned_folder, ignore_errors=True)
