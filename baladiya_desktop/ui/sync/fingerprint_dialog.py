"""The ministry's key is trusted only after the clerk types its fingerprint from the letter.

The first reference bundle brings the key every later bundle is checked against. The dialog
does not show the bundle's fingerprint to be nodded at: the clerk types the letter's sixteen
groups, each box turns green when it matches the bundle and red when it does not, and Import
stays disabled until all sixteen match. The service checks the typed fingerprint again.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.ui.sync.common import GREEN, RED

GROUPS, WIDTH, PER_ROW = 16, 4, 4


def _groups(fingerprint: str) -> list[str]:
    digits = re.sub(r"[^0-9A-F]", "", fingerprint.upper())
    return [digits[i : i + WIDTH] for i in range(0, GROUPS * WIDTH, WIDTH)]


class LetterFingerprintDialog(QDialog):
    """Sixteen boxes for the letter's fingerprint, compared with ``bundle_fingerprint``."""

    def __init__(self, bundle_fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The ministry's key: check it against the letter"))
        self._expected = _groups(bundle_fingerprint)
        intro = QLabel(
            self.tr(
                "This is the first reference bundle this station receives. Nothing from the "
                "ministry is trusted before its key matches the ministry's official letter. "
                "Type the sixteen groups of the fingerprint printed in the letter, in order."
            )
        )
        intro.setWordWrap(True)
        grid_box = QWidget()
        grid_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # read as printed
        grid = QGridLayout(grid_box)
        validator = QRegularExpressionValidator(QRegularExpression("[0-9A-Fa-f]{0,4}"), self)
        self.boxes: list[QLineEdit] = []
        for index in range(GROUPS):
            box = QLineEdit()
            box.setMaxLength(WIDTH)
            box.setValidator(validator)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setStyleSheet("font-size: 15pt; font-weight: 600;")
            box.setAccessibleName(self.tr("Group {n} of 16").format(n=index + 1))
            box.textEdited.connect(lambda _text, i=index: self._typed(i))
            grid.addWidget(box, index // PER_ROW, index % PER_ROW)
            self.boxes.append(box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, grid_box, self.status, self.buttons):
            layout.addWidget(widget)
        self._check()
        self.resize(560, 0)

    def typed(self) -> str:
        """The fingerprint as typed, in groups: what the import checks again."""
        return " ".join(box.text().upper() for box in self.boxes)

    def matches(self) -> bool:
        return len(self._expected) == GROUPS and all(
            box.text().upper() == want for box, want in zip(self.boxes, self._expected,
                                                            strict=False))

    def accept(self) -> None:
        if self.matches():  # Enter in a box must not get past the check either
            super().accept()

    def _typed(self, index: int) -> None:
        if len(self.boxes[index].text()) == WIDTH and index + 1 < GROUPS:
            self.boxes[index + 1].setFocus()
        self._check()

    def _check(self) -> None:
        wrong = []
        done = 0
        for index, box in enumerate(self.boxes):
            text = box.text().upper()
            want = self._expected[index] if index < len(self._expected) else None
            if len(text) < WIDTH:
                box.setStyleSheet("font-size: 15pt; font-weight: 600;")
            elif text == want:
                done += 1
                box.setStyleSheet(f"font-size: 15pt; font-weight: 600; color: {GREEN.name()};")
            else:
                wrong.append(index + 1)
                box.setStyleSheet(f"font-size: 15pt; font-weight: 600; color: {RED.name()};")
        if wrong:
            self.status.setText(
                self.tr(
                    "Group {n} does not match the key in this bundle. Check what you typed; if "
                    "it is as in the letter, do not import this bundle and call the ministry."
                ).format(n=wrong[0])
            )
            self.status.setStyleSheet(f"color: {RED.name()};")
        else:
            self.status.setText(
                self.tr("{done} of 16 groups match the letter.").format(done=done)
            )
            self.status.setStyleSheet("")
        self.import_button.setEnabled(self.matches())
