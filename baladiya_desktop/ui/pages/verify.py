"""Check a printout: the QR scanner types the code into the field (or it is pasted), Enter.

A USB QR scanner behaves as a keyboard ending with Enter, so the field keeps the focus and
the code stays selected after each check: the next scan replaces it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.municipalities import municipality_name
from baladiya_desktop.reports.verification import VerifyResult, verify
from baladiya_desktop.sync.printouts import enrolled_keys
from baladiya_desktop.ui.overview import format_datetime
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.sync.common import AMBER, GREEN, RED
from baladiya_desktop.ui.widgets import InlineError, value_label


class VerifyPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.last: VerifyResult | None = None
        hint = QLabel(
            self.tr(
                "Scan the QR code printed on a form with the scanner, or paste its text here, "
                "then press Enter. The app says whether the paper is genuine and whether its "
                "data has changed since it was printed."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the code is Latin text
        self.code.setPlaceholderText("BLD1|…")
        self.code.setClearButtonEnabled(True)
        self.code.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("primary")
        self.check_button.clicked.connect(self.check)
        self.error = InlineError()
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)

        self.result = QFrame()
        self.result.setObjectName("panel")
        self.verdict = QLabel()
        self.verdict.setObjectName("panelTitle")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = {name: value_label() for name in
                       ("title", "record", "municipality", "station", "printed_at")}  # fmt: skip
        details = QFormLayout()
        details.addRow(self.tr("Form"), self.fields["title"])
        details.addRow(self.tr("Record"), self.fields["record"])
        details.addRow(self.tr("Municipality"), self.fields["municipality"])
        details.addRow(self.tr("Station"), self.fields["station"])
        details.addRow(self.tr("Printed on"), self.fields["printed_at"])
        card = QVBoxLayout(self.result)
        card.addWidget(self.verdict)
        card.addWidget(self.message)
        card.addLayout(details)
        self.result.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def focus_search(self) -> None:
        self.code.setFocus()
        self.code.selectAll()

    def refresh(self) -> None:
        self.focus_search()

    def check(self) -> None:
        text = self.code.text().strip()
        if not text:
            self.error.show_message(self.tr("Scan the code or paste its text first."))
            return
        self.error.clear_message()
        ctx = self.session.ctx

        def work() -> tuple[VerifyResult, str]:
            result = verify(ctx, text, others=enrolled_keys(ctx))
            code = str(result.details.get("municipality") or "")
            with ctx.session() as session:
                return result, (municipality_name(session, code) or code) if code else ""

        self.session.runner.run(work, on_done=self._show)

    def _show(self, found: tuple[VerifyResult, str]) -> None:
        result, municipality = found
        self.last = result
        verdicts = {
            "genuine": (self.tr("Genuine, and the data is unchanged"), GREEN),
            "signed": (self.tr("Genuine (signed by the municipality's station)"), GREEN),
            "changed": (self.tr("Genuine, but the data has changed since printing"), AMBER),
            "unknown_record": (self.tr("Genuine, but the record is not here"), AMBER),
            "not_genuine": (self.tr("Not genuine"), RED),
        }
        text, color = verdicts[result.status]
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {color.name()};")
        self.message.setText(
            result.message_ar if self.session.lang() == "ar" else result.message_en
        )
        details = result.details
        printed = details.get("printed_at")
        self.fields["title"].setText(str(details.get("title") or details.get("form") or "—"))
        self.fields["record"].setText(str(details.get("record") or "—"))
        self.fields["municipality"].setText(municipality or "—")
        self.fields["station"].setText(str(details.get("station") or "—"))
        self.fields["printed_at"].setText(
            format_datetime(dt.datetime.fromisoformat(printed).astimezone()) if printed else "—"
        )
        self.result.show()
        self.focus_search()
