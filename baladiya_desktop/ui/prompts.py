"""Messages at start-up: a box for people, standard error when nobody is looking."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox


class Prompter:
    """``interactive=False`` (screenshots, scripts): print and take the safe answer."""

    def __init__(self, interactive: bool) -> None:
        self.interactive = interactive

    def error(self, text: str) -> None:
        if self.interactive:
            QMessageBox.critical(
                None, QCoreApplication.translate("Prompts", "Baladiya Desktop"), text
            )
        else:
            print(text, file=sys.stderr)

    def info(self, text: str) -> None:
        if self.interactive:
            QMessageBox.information(
                None, QCoreApplication.translate("Prompts", "Baladiya Desktop"), text
            )
        else:
            print(text, file=sys.stderr)

    def ask_key_passphrase(self, reason: str) -> str | None:
        """The ministry's key passphrase, once per session; None if not given."""
        if not self.interactive:
            print(reason, file=sys.stderr)
            return None
        text, ok = QInputDialog.getText(
            None,
            QCoreApplication.translate("Prompts", "Baladiya Desktop"),
            reason + "\n\n" + QCoreApplication.translate("Prompts", "Key passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def offer_restore(self, problem: str, latest_when: str | None) -> bool:
        """Ask whether to restore the latest backup; False means quit."""
        if latest_when is None:
            self.error(
                problem
                + "\n\n"
                + QCoreApplication.translate(
                    "Prompts",
                    "No backup was found to restore. The program will close; ask the technical "
                    "support for help.",
                )
            )
            return False
        text = (
            problem
            + "\n\n"
            + QCoreApplication.translate(
                "Prompts",
                "You can restore the latest backup, taken on {when}. The damaged file is kept "
                "beside it.",
            ).format(when=latest_when)
        )
        if not self.interactive:
            print(text, file=sys.stderr)
            return False
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Prompts", "Baladiya Desktop"),
            text,
        )
        restore = box.addButton(
            QCoreApplication.translate("Prompts", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("Prompts", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is restore

    def confirm_upgrade(self, steps: list[str]) -> bool:
        """Say what the upgrade will do before it runs; False means quit without touching it."""
        text = QCoreApplication.translate(
            "Prompts",
            "This version of the program must upgrade the station's database. A backup copy "
            "is taken first, and nothing is lost. The upgrade will add:",
        ) + "\n\n" + "\n".join(f"• {step}" for step in steps)
        if not self.interactive:
            print(text, file=sys.stderr)
            return True
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Prompts", "Baladiya Desktop"),
            text,
        )
        go = box.addButton(
            QCoreApplication.translate("Prompts", "Back up and upgrade"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("Prompts", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is go

    def crash_message(self, report: str) -> str:
        return QCoreApplication.translate(
            "Prompts",
            "Sorry, an unexpected error occurred. Your saved data is safe. A report was "
            "written to:\n{path}\nPlease give this file to the technical support.",
        ).format(path=report)

    def previous_crash_message(self, folder: str) -> str:
        return QCoreApplication.translate(
            "Prompts",
            "The program closed unexpectedly last time. A report was saved in:\n{folder}\n"
            "Please give it to the technical support.",
        ).format(folder=folder)
