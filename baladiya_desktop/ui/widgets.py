"""Small shared widgets: the red inline error line and the page header."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


class InlineError(QLabel):
    """A red line under a form that says what is wrong; hidden when there is nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # stays one line high: a form's spare height goes below the fields, not into errors
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def heading(text: str, name: str = "pageTitle") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


class ValueLabel(QLabel):
    """A value beside a form label, read in the interface's direction even when it starts
    with letters of the other script (an Arabic name in the English interface, a user name or
    a date in the Arabic one), which would otherwise flip its order and alignment."""

    def setText(self, text: str) -> None:
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        super().setText(("\u200f" if rtl else "\u200e") + text)


def value_label(text: str = "") -> QLabel:
    label = ValueLabel()
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def with_error(field: QWidget, error: InlineError) -> QWidget:
    """A field with its error line right under it, as one row of a form."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box
