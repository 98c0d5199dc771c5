"""Check a printout: the QR scanner types the code into the field (or it is pasted), Enter.

A USB QR scanner behaves as a keyboard ending with Enter, so the field keeps the focus and
the code stays selected after each check: the next scan replaces it. What the paper certifies
(signed into its code) is shown beside the record's current values, so the clerk compares
it with the paper in hand; reasons not to accept it stand above, in red.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.municipalities import municipality_name
from baladiya_desktop.reports.verification import VerifyResult, verify
from baladiya_desktop.sync.printouts import enrolled_keys, revocations
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
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet(f"color: {RED.name()}; font-weight: bold;")
        self.flags.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flags.hide()
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
        self.content_title = QLabel(self.tr("What the paper certifies"))
        self.content_title.setObjectName("sectionTitle")
        self.content = QTableWidget(0, 3)
        self.content.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("On the paper"), self.tr("In the record now")]
        )
        self.content.verticalHeader().hide()
        self.content.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.content.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.content.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.content.setWordWrap(True)
        header = self.content.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        card = QVBoxLayout(self.result)
        card.addWidget(self.verdict)
        card.addWidget(self.flags)
        card.addWidget(self.message)
        card.addLayout(details)
        card.addWidget(self.content_title)
        card.addWidget(self.content)
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
            result = verify(ctx, text, others=enrolled_keys(ctx), revoked=revocations(ctx))
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
            "flagged": (self.tr("Do not accept this paper"), RED),
        }
        text, color = verdicts[result.status]
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {color.name()};")
        arabic = self.session.lang() == "ar"
        self.flags.setText(
            "\n".join(f.message_ar if arabic else f.message_en for f in result.flags)
        )
        self.flags.setVisible(bool(result.flags))
        self.message.setText(result.message_ar if arabic else result.message_en)
        self._show_content(result.details.get("content") or [], arabic)
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

    def _show_content(self, rows: list[dict[str, Any]], arabic: bool) -> None:
        """One line per fact: the paper's value beside the record's; a changed line in bold
        amber, so the difference is seen before it is read."""
        self.content.setRowCount(len(rows))
        bold = QFont(self.content.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            paper, current = row["paper_text"], row["current_text"]
            cells = [
                row["label_ar"] if arabic else row["label_en"],
                paper if paper is not None else self.tr("not on the code"),
                current if current is not None else self.tr("not held here"),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row["changed"]:
                    item.setFont(bold)
                    item.setForeground(AMBER)
                self.content.setItem(r, c, item)
        self.content.resizeRowsToContents()
        height = self.content.horizontalHeader().height() + 2 * self.content.frameWidth()
        height += sum(self.content.rowHeight(r) for r in range(len(rows)))
        self.content.setFixedHeight(height)  # the whole summary, no inner scroll bar
        self.content_title.setVisible(bool(rows))
        self.content.setVisible(bool(rows))
