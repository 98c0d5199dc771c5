"""The one way the GUI runs database work: one worker thread, results on the GUI thread.

    runner.run(lambda: users.list_users(ctx), on_done=self._show)
    runner.run_long(lambda sink, cancel: work(ctx, sink, cancel), self.tr("Importing…"),
                    on_done=self._imported)

A :class:`UserError` goes to ``on_error`` (or a message box in the user's language);
:class:`Cancelled` is shown as nothing; anything else is a bug for the crash handler.

Each job collects the change sets of the writes it commits; after its callback, the merged set
is emitted by ``runner.changes.applied`` for the views that show those tables (ui/changes.py),
even when the job failed or was cancelled after some of its writes had committed.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from sqlalchemy.exc import OperationalError

from baladiya_desktop.core.database import storage_error_from
from baladiya_desktop.core.errors import Cancelled, StorageError, UserError
from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.ui.changes import ChangeHub

if TYPE_CHECKING:
    from baladiya_desktop.core.writes import ChangeSet

log = logging.getLogger(__name__)
T = TypeVar("T")
Done = Callable[[Any], None]
ErrorHandler = Callable[[UserError], None]


def environment_error(exc: OperationalError) -> StorageError:
    """A database the OS would not let us use (locked, disk full, gone): the user's to fix."""
    known = storage_error_from(exc)
    if known is not None:
        return known
    return StorageError(
        "تعذر الوصول إلى قاعدة البيانات. تأكد أن القرص غير ممتلئ وأن الملف غير مفتوح في "
        f"برنامج آخر، ثم أعد المحاولة.\n({exc.orig})",
        "The database could not be used. Check that the disk is not full and that no other "
        f"program holds the file, then try again.\n({exc.orig})",
    )


class Runner(QObject):
    """Runs work on one background thread, so database writes never overlap."""

    _deliver = Signal(object)  # a no-argument callable to run on the GUI thread
    _progress = Signal(int, int, int, str)  # dialog number: Qt objects stay on their thread
    busy_changed = Signal(bool)

    def __init__(
        self,
        *,
        lang: Callable[[], str],
        on_crash: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._on_crash = on_crash
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="baladiya-db")
        self._pending = 0
        self._dialogs: dict[int, QProgressDialog] = {}
        self._next_dialog = 0
        self.changes = ChangeHub(self)
        self._deliver.connect(self._call, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Future[T]:
        """Run ``work`` off the GUI thread; ``on_done(result)`` runs on the GUI thread."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def job() -> T:
            # Here, not at the top: the login window paints before the write path is imported.
            from baladiya_desktop.core.writes import ChangeSet, collect_changes

            with collect_changes() as found:
                try:
                    result = work()
                except BaseException as exc:
                    # partial binds ``exc`` now: the name is cleared when this block ends
                    changes = ChangeSet.merged(found)
                    self._deliver.emit(partial(self._failed, exc, on_error, on_cancel, changes))
                    raise
            self._deliver.emit(partial(self._succeeded, result, on_done, ChangeSet.merged(found)))
            return result

        return self._pool.submit(job)

    def run_long(
        self,
        work: Callable[[ProgressSink, CancelToken], T],
        title: str,
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Future[T]:
        """Like :meth:`run`, with a progress dialog and a cancel button for long work."""
        token = CancelToken()
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, QApplication.activeWindow())
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(400)  # quick work finishes before the dialog shows
        # Not modal: a modal dialog runs processEvents inside setValue, re-entering callbacks.
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # A lambda, not the bound method: PySide watches a bound method's object with a weakref
        # and disconnects when it dies, and the token may die on the worker thread after the
        # dialog is gone (a crash). The lambda lives and dies with the dialog's connection.
        dialog.canceled.connect(lambda: token.cancel())
        self._next_dialog += 1
        number = self._next_dialog
        self._dialogs[number] = dialog

        def sink(done: int, total: int, label: str = "") -> None:
            # Only a number crosses from the worker thread; the dialog is found on the GUI side.
            self._progress.emit(number, done, total, label)

        def finish(then: Callable[..., None] | None) -> Callable[..., None]:
            def inner(*args: Any) -> None:
                # Found by number, not closed over: a handler holding a deleted Qt object is
                # dropped (see alive), and the dialog dies with its window if that closed.
                shown = self._dialogs.pop(number, None)
                if shown is not None and shiboken6.isValid(shown):
                    shown.hide()
                    shown.deleteLater()
                if then is not None and self.alive(then):
                    then(*args)

            return inner

        def error(exc: UserError) -> None:
            finish(None)()
            self.show_error(exc, on_error)

        return self.run(lambda: work(sink, token), finish(on_done), error, finish(on_cancel))

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)

    def message(self, exc: UserError) -> str:
        return exc.message(self._lang())

    def show_error(self, exc: UserError, on_error: ErrorHandler | None = None) -> None:
        if on_error is not None:
            on_error(exc)
            return
        parent: QWidget | None = QApplication.activeWindow()
        # open(), not exec(): a nested event loop here would run other results' callbacks
        # in the middle of this one, and would block a window nobody is watching.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not complete"),
                          self.message(exc), QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        print(f"baladiya: {exc.message_en}", file=sys.stderr)

    # --- on the GUI thread ---------------------------------------------------------------

    def _call(self, callback: Callable[[], None]) -> None:
        callback()

    @staticmethod
    def alive(handler: Callable[..., None] | None) -> bool:
        """False when the handler belongs to a widget deleted while the work ran (a page left
        behind): a bound method's object, or any Qt object a lambda or partial closes over."""
        if handler is None:
            return True
        owners: list[object] = [getattr(handler, "__self__", None)]
        if isinstance(handler, partial):
            owners += [handler.func, *handler.args, *handler.keywords.values()]
            owners.append(getattr(handler.func, "__self__", None))
        for cell in getattr(handler, "__closure__", None) or ():
            try:
                owners.append(cell.cell_contents)
            except ValueError:  # an empty cell
                continue
        return all(shiboken6.isValid(o) for o in owners if isinstance(o, QObject))

    def _settle(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    def _announce(self, changes: ChangeSet) -> None:
        if changes:
            self.changes.applied.emit(changes)

    def _succeeded(self, result: Any, on_done: Done | None, changes: ChangeSet) -> None:
        self._settle()
        try:
            if on_done is not None and self.alive(on_done):
                on_done(result)
        finally:
            self._announce(changes)

    def _failed(
        self,
        exc: BaseException,
        on_error: ErrorHandler | None,
        on_cancel: Callable[[], None] | None,
        changes: ChangeSet,
    ) -> None:
        self._settle()
        try:
            self._report(exc, on_error, on_cancel)
        finally:
            self._announce(changes)

    def _report(
        self,
        exc: BaseException,
        on_error: ErrorHandler | None,
        on_cancel: Callable[[], None] | None,
    ) -> None:
        if not self.alive(on_error):
            on_error = None
        # The kind of failure only: a message may quote a record's values.
        log.info("work ended: %s", type(exc).__name__)
        if isinstance(exc, Cancelled):
            if on_cancel is not None:
                on_cancel()
        elif isinstance(exc, UserError):
            self.show_error(exc, on_error)
        elif isinstance(exc, OperationalError):
            self.show_error(environment_error(exc), on_error)
        else:
            traceback.print_exception(type(exc), exc, exc.__traceback__)
            self._on_crash(exc)

    def _show_progress(self, number: int, done: int, total: int, label: str) -> None:
        dialog = self._dialogs.get(number)
        if dialog is None:
            return  # the work finished before its last progress report arrived
        try:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if label:
                dialog.setLabelText(label)
        except RuntimeError:  # the dialog was closed already
            pass
