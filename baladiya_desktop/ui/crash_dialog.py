"""At the start after a crash: the reports, and a button that puts them on a USB stick.

The station has no internet; the helpdesk gets the reports on the same stick as the bundles.
Each file is written and read back (``sync.usb.write_verified``), so a stick pulled early
never carries half a report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import StorageError
from baladiya_desktop.sync.usb import write_verified
from baladiya_desktop.ui.sync.common import GREEN, RED, FolderChooser

STICK_FOLDER = "baladiya-crash-reports"


def save_reports(reports: list[Path], folder: Path) -> Path:
    """Copy ``reports`` into ``folder``/baladiya-crash-reports; StorageError if refused."""
    target = folder / STICK_FOLDER
    try:
        target.mkdir(exist_ok=True)
        contents = [(report.name, report.read_bytes()) for report in reports]
    except OSError as exc:
        raise StorageError(
            f"تعذر الحفظ في {folder}: {exc.strerror or exc}. تأكد أن الذاكرة موصولة وغير "
            "محمية من الكتابة وفيها مساحة كافية.",
            f"Could not save to {folder}: {exc.strerror or exc}. Check the stick is plugged in, "
            "not write-protected and has space.",
        ) from exc
    for name, data in contents:
        write_verified(target, name, data)
    return target


class CrashReportsDialog(QDialog):
    def __init__(self, reports: list[Path], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports, self.lang = reports, lang
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("The program closed unexpectedly"))
        text = QLabel(
            self.tr(
                "The program closed unexpectedly last time. Your saved data is safe. A report "
                "was written; it holds no names or personal data. To help the ministry's "
                "helpdesk fix the fault, save it to a USB stick and send it with your next "
                "data bundle."
            )
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems([report.name for report in reports])
        self.list.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # file names
        self.destination = FolderChooser(self.tr("Choose a folder…"))
        self.save_button = QPushButton(self.tr("Save to the stick"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Save to")))
        where.addWidget(self.destination, 1)
        where.addWidget(self.save_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addLayout(where)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def save(self) -> None:
        folder = self.destination.folder(self.tr("Where to save the reports"))
        if folder is not None:
            self.save_to(folder)

    def save_to(self, folder: Path) -> bool:
        try:
            self.saved_to = save_reports(self.reports, folder)
        except StorageError as exc:
            self._say(exc.message(self.lang), ok=False)
            return False
        self._say(
            self.tr(
                "Saved %n report(s) to {folder}. Give the stick to the helpdesk.",
                "",
                len(self.reports),
            ).format(folder=f"\u202a{self.saved_to}\u202c"),
            ok=True,
        )
        return True

    def _say(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {(GREEN if ok else RED).name()};")
        self.status.show()
