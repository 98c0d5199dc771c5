"""The application shell: owns the QApplication, the runner and the windows in turn."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from baladiya_desktop import APP_NAME, __version__
from baladiya_desktop.core.applog import set_up_logging
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import CurrentUser, authenticate
from baladiya_desktop.ui import crash, gc_guard
from baladiya_desktop.ui.i18n import Language
from baladiya_desktop.ui.look import set_up_look
from baladiya_desktop.ui.prompts import Prompter
from baladiya_desktop.ui.runner import Runner
from baladiya_desktop.ui.startup import daily_backup_job, open_with_recovery, take_lock

if TYPE_CHECKING:
    from baladiya_desktop.ui.startup import EarlyStart

log = logging.getLogger(__name__)


class Shell:
    def __init__(
        self, args: argparse.Namespace, env: dict[str, Any], early: EarlyStart | None = None
    ) -> None:
        self.args = args
        self.target: Target = env["target"]
        self.username: str = env["user"]
        self.password: str = env["password"]
        self.shot: Path | None = args.screenshot
        existing = QApplication.instance()
        self.app: QApplication = (
            existing if isinstance(existing, QApplication) else (QApplication(sys.argv[:1]))
        )
        self.app.setApplicationName(APP_NAME)
        self.app.setApplicationVersion(__version__)
        self.app.setOrganizationName("BaladiyaDesktop")
        self.early = early  # the login window already shown, its language and lock
        if early is not None:
            self.language = early.language
        else:
            self.language = Language(self.app)
            self.language.apply(args.lang or "ar")
        set_up_look(self.app)
        gc_guard.install(self.app)
        self.prompter = Prompter(interactive=self.shot is None)
        set_up_logging(self.target.paths.logs_dir)
        self.crash = crash.CrashHandler(
            self.target.paths.crash_dir, self._crash_notice, self.target.paths.logs_dir
        )
        self.runner = Runner(lang=lambda: self.language.code, on_crash=self.crash.handle_exception)
        self.window: QWidget | None = None
        self.lock: Any = early.lock if early is not None else None
        self.session: Any = None

    # --- start ----------------------------------------------------------------------------

    def start(self) -> int:
        log.info("start: version %s, %s", __version__, "screenshot" if self.shot else "window")
        self.crash.install()
        try:
            return self._start()
        finally:
            self.runner.shutdown(wait=True)
            if self.session is not None:
                self.session.release_lock()
            elif self.lock is not None:
                self.lock.release()
            self.crash.uninstall()

    def _start(self) -> int:
        self._tell_previous_crashes()
        lang = self.language.code
        if not self.target.exists():
            return self._first_run()
        if self.early is None:
            locked, self.lock = take_lock(self.target, self.prompter, lang)
            if not locked:
                return 1
        ctx = open_with_recovery(self.target, self.prompter, lang)
        if ctx is None:
            return 1
        if self.args.lang is None:
            self._use_station_language(ctx)
        self.runner.run(lambda: _daily_backup(ctx))
        user = self._login(ctx, self.username)
        if user is None:
            return 0 if self.shot is None else self._quiet_exit(ctx)
        return self._run_main(self._unlock_keys(ctx.as_user(user)))

    def _first_run(self) -> int:
        from baladiya_desktop.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.target, self.runner)
        if self.shot is not None:
            return self._shoot(wizard)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.ctx is None:
            return 0
        locked, self.lock = take_lock(self.target, self.prompter, self.language.code)
        if not locked:
            return 1
        return self._run_main(wizard.ctx)

    def _use_station_language(self, ctx: AppContext) -> None:
        from baladiya_desktop.core.settings import LANGUAGE, get_setting

        try:
            lang = get_setting(ctx, LANGUAGE)
        except UserError:
            return
        if lang != self.language.code:
            self.language.apply(lang)

    # --- login ----------------------------------------------------------------------------

    def _login(self, ctx: AppContext, username: str) -> CurrentUser | None:
        if username and self.password:
            try:
                return authenticate(ctx, username, self.password)
            except UserError as exc:
                if self.shot is not None:
                    self.prompter.error(exc.message(self.language.code))
                    return None
        from baladiya_desktop.ui.login import LoginDialog
        from baladiya_desktop.ui.overview import load_overview

        if self.early is not None:
            dialog = self.early.login
            dialog.attach(ctx, self.runner)
        else:
            municipality = load_overview(ctx).municipality(self.language.code)
            dialog = LoginDialog(ctx, self.runner, municipality, username=username)
        if self.shot is not None:
            self._shoot(dialog)
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user

    def _unlock_keys(self, ctx: AppContext) -> AppContext:
        """Ask the ministry officer once for the key passphrase; say plainly when this PC
        cannot use the station's keys (a copy of the data without them) instead of failing
        at the first bundle or printout."""
        from baladiya_desktop.core import keystore

        problem = keystore.check_station_keys(ctx)
        while isinstance(problem, keystore.PassphraseRequired | keystore.WrongPassphrase):
            typed = self.prompter.ask_key_passphrase(problem.message(self.language.code))
            if typed is None:
                return ctx
            problem = keystore.check_station_keys(ctx.with_key_passphrase(typed))
            if problem is None:
                return ctx.with_key_passphrase(typed)
        if problem is not None:
            self.prompter.error(problem.message(self.language.code))
        return ctx

    def _quiet_exit(self, ctx: AppContext) -> int:
        ctx.engine.dispose()
        return 0 if self.shot is not None and self.shot.is_file() else 1

    # --- main window ----------------------------------------------------------------------

    def _run_main(self, ctx: AppContext) -> int:
        from baladiya_desktop.ui.main_window import MainWindow
        from baladiya_desktop.ui.pages import default_registry
        from baladiya_desktop.ui.session import UiSession

        self.session = UiSession(self.target, ctx, self.runner, self.language, self.lock)
        self.lock = None
        registry = default_registry()
        window = MainWindow(self.session, registry)
        window.logout_requested.connect(self._logout)
        window.quit_requested.connect(self.app.quit)
        self.window = window
        if self.shot is not None:
            if not window.show_page(self.args.page):  # a page this user may not open
                shown = [spec.name for spec in registry if spec.shown_to(self.session)]
                self.prompter.error(
                    f"the page {self.args.page!r} is not open to this user; "
                    f"the user's pages: {', '.join(shown)}"
                )
                window.close()
                return 1
            return self._shoot(window)
        window.show()
        return self.app.exec()

    def _logout(self) -> None:
        from baladiya_desktop.ui.login import LoginDialog
        from baladiya_desktop.ui.overview import load_overview

        window, session = self.window, self.session
        assert window is not None and session is not None
        window.hide()
        ctx = session.ctx.as_user(None).with_key_passphrase(None)
        municipality = load_overview(ctx).municipality(self.language.code)
        dialog = LoginDialog(ctx, self.runner, municipality)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            self.app.quit()
            return
        session.ctx = self._unlock_keys(ctx.as_user(dialog.user))
        window.retranslate()  # pages and menus for the new user's role
        window.show()

    # --- screenshots, crashes, notices ----------------------------------------------------

    def _shoot(self, widget: QWidget) -> int:
        from baladiya_desktop.ui.screenshot import SIZE, save_screenshot

        assert self.shot is not None
        if widget.objectName() == "mainWindow":
            widget.resize(*SIZE)
        ok = save_screenshot(widget, self.runner, self.shot)
        widget.close()
        return 0 if ok else 1

    def _crash_notice(self, report: Path) -> None:
        text = self.prompter.crash_message(str(report))
        if self.prompter.interactive:
            QMessageBox.critical(
                self.window, QCoreApplication.translate("Prompts", "Baladiya Desktop"), text
            )
        else:
            print(text, file=sys.stderr)

    def _tell_previous_crashes(self) -> None:
        reports = crash.unseen_reports(self.target.paths.crash_dir)
        if not reports:
            return
        if self.prompter.interactive:
            from baladiya_desktop.ui.crash_dialog import CrashReportsDialog

            CrashReportsDialog(reports, self.language.code).exec()  # start-up is sequential
        else:
            self.prompter.info(
                self.prompter.previous_crash_message(str(self.target.paths.crash_dir))
            )
        crash.mark_reports_shown(self.target.paths.crash_dir, reports)


def _daily_backup(ctx: AppContext) -> Any:
    """The day's backup on the runner; one made is announced, for the status bar and home page
    (a backup changes no row, so no transaction reports it)."""
    from baladiya_desktop.core.writes import ChangeSet, report_changes

    made = daily_backup_job(ctx)
    if made is not None:
        report_changes(ChangeSet(notes={"backup.daily"}))
    return made
