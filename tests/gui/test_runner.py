from __future__ import annotations

import threading

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.progress import CancelToken, ProgressSink


def test_results_arrive_on_the_gui_thread(qtbot, runner):
    seen: list[tuple[int, bool]] = []
    runner.run(
        lambda: threading.current_thread() is threading.main_thread(),
        on_done=lambda on_main: seen.append((1, on_main)),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == [(1, False)]  # the work ran on the worker thread...
    assert not runner.busy  # ...and the callback ran here, on the GUI thread


def test_user_error_goes_to_on_error_in_the_current_language(qtbot, runner):
    errors: list[str] = []

    def refuse() -> None:
        raise ValidationError("رسالة عربية", "English message")

    runner.run(refuse, on_error=lambda exc: errors.append(runner.message(exc)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert errors == ["رسالة عربية"]


def test_a_bug_goes_to_the_crash_handler(qtbot, runner, crashes):
    runner.run(lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(crashes), timeout=5_000)
    assert isinstance(crashes.pop(), ZeroDivisionError)  # expected: taken out, not a failure


def test_cancel_stops_long_work_and_shows_nothing(qtbot, runner):
    started = threading.Event()
    outcome: list[str] = []

    def work(sink: ProgressSink, cancel: CancelToken) -> str:
        for step in range(1000):
            sink(step, 1000, "…")
            started.set()
            cancel.check()
            threading.Event().wait(0.01)
        return "finished"

    future = runner.run_long(
        work, "Long work", on_done=outcome.append, on_cancel=lambda: outcome.append("cancelled")
    )
    assert started.wait(5)
    # the dialog's cancel button sets the token; reach it the way the button does
    dialogs = [w for w in qtbot_top_levels() if w.metaObject().className() == "QProgressDialog"]
    dialogs[0].canceled.emit()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert outcome == ["cancelled"]
    assert future.exception() is not None


def qtbot_top_levels():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_long_work_finishes_when_the_window_it_started_from_closes(qtbot, runner):
    from PySide6.QtWidgets import QApplication, QWidget

    window = QWidget()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)
    release = threading.Event()
    outcome: list[str] = []
    runner.run_long(lambda sink, cancel: release.wait(5) and "done", "Work", on_done=outcome.append)
    window.deleteLater()  # the progress dialog's parent goes, the work goes on
    qtbot.wait(50)
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert outcome == ["done"] and not runner.busy


def test_long_work_drops_the_result_of_a_closed_page(qtbot, runner):
    from PySide6.QtWidgets import QLabel, QWidget

    page = QWidget()  # a page in the window's stack, as the main window removes them
    label = QLabel(page)
    release = threading.Event()
    runner.run_long(lambda sink, cancel: release.wait(5) and "done", "Work", on_done=label.setText)
    page.deleteLater()
    qtbot.wait(50)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)  # and no error for the dead label
