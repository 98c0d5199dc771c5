"""Small dialogs of the sync screens: the ministry's key the first time, a reviewed conflict,
and the notice on a page meant for the other kind of station."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.ui.kit.buttons import button_box
from baladiya_desktop.ui.sync.common import fingerprint_label


class FirstKeyDialog(QDialog):
    """The first reference bundle brings the key every later bundle is checked against:
    the clerk compares its fingerprint with the ministry's letter before trusting it."""

    def __init__(self, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The ministry's key"))
        intro = QLabel(
            self.tr(
                "This is the first reference bundle this station receives. Its ministry key "
                "fingerprint is:"
            )
        )
        intro.setWordWrap(True)
        shown = fingerprint_label(fingerprint or self.tr("(not readable)"), size=15)
        ask = QLabel(
            self.tr(
                "Compare it with the fingerprint in the ministry's letter. To have it checked, "
                "type the letter's fingerprint below; leave it empty to accept the key as shown."
            )
        )
        ask.setWordWrap(True)
        self.expected = QLineEdit()
        self.expected.setPlaceholderText(self.tr("Fingerprint from the ministry's letter"))
        buttons = button_box(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, shown, ask, self.expected, buttons):
            layout.addWidget(widget)
        self.resize(560, 0)


class ReviewDialog(QDialog):
    """A person says what was done about the losing state of a conflict; ``above``: what
    they look at while deciding (both states side by side)."""

    def __init__(self, parent: QWidget | None = None, above: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflict reviewed"))
        self.above = above
        label = QLabel(
            self.tr("What was done about it (kept, re-entered, contacted the municipality…):")
        )
        label.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(90)
        buttons = button_box(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reviewed"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if above is not None:
            layout.addWidget(above, 1)
        layout.addWidget(label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        if above is not None:
            self.resize(900, 620)
        else:
            self.resize(480, 0)


class NotHere(QWidget):
    """Shown if a page is opened on the wrong kind of database (the navigation hides it)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)
