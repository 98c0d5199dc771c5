"""The one way a page prints a form: build it in the background, then show the preview.

    print_form(session, self, "staff-card", str(emp_id))

The PDF is written to a private temporary folder with progress and a cancel button; the
preview (``ui.print_preview``) then offers the printer and "save as PDF", and removes the
folder when it closes. Every build is a print in the audit log, with its reference number.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.reports.registry import FormOptions, FormResult, get_form
from baladiya_desktop.ui.print_preview import PrintPreview
from baladiya_desktop.ui.session import UiSession


def print_form(
    session: UiSession,
    parent: QWidget,
    form: str,
    key: str | None = None,
    *,
    options: FormOptions | None = None,
    suggested_name: str | None = None,
    on_preview: Callable[[PrintPreview, FormResult], None] | None = None,
    on_error: Callable[[UserError], None] | None = None,
) -> None:
    """Print ``form`` (for record ``key``) and open its preview over ``parent``."""
    spec = get_form(form)
    folder = Path(tempfile.mkdtemp(prefix="baladiya-print-"))
    target = folder / f"{spec.name}.pdf"
    ctx = session.ctx
    # Held in a list, not closed over: the runner drops callbacks whose Qt objects died,
    # and this one must still remove the folder.
    owner = [parent]

    def work(sink: ProgressSink, cancel: CancelToken) -> FormResult:
        return spec.build(ctx, key, target, options=options, progress=sink, cancel=cancel)

    def tidy() -> None:
        shutil.rmtree(folder, ignore_errors=True)

    def shown(result: FormResult) -> None:
        parent = owner[0]
        if not shiboken6.isValid(parent):  # the page was closed while the form was built
            tidy()
            return
        title = spec.title_ar if session.lang() == "ar" else spec.title_en
        preview = PrintPreview(
            result.path,
            f"{title} — {result.reference}",
            suggested_name or f"{spec.title_ar}.pdf",
            parent,
            owned_folder=folder,
        )
        preview.open()
        if on_preview is not None:
            on_preview(preview, result)

    def failed(exc: UserError) -> None:
        tidy()
        alive = on_error is not None and session.runner.alive(on_error)
        session.runner.show_error(exc, on_error if alive else None)

    session.runner.run_long(
        work,
        QCoreApplication.translate("Printing", "Preparing the printout…"),
        on_done=shown,
        on_error=failed,
        on_cancel=tidy,
    )
