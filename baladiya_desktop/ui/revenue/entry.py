"""Receipt entry built for speed: the next serial proposed, Enter saves and opens the next.

Enter moves from field to field; in the amount (and in the fields after it) Enter saves.
After a save the book, date, category and method stay, the serial moves on, the cursor goes
back to the payer. Amounts accept Arabic-Indic digits and either separator habit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import UserError, ValidationError
from baladiya_desktop.core.money import format_lyd, parse_lyd
from baladiya_desktop.domain.revenue import queries, service
from baladiya_desktop.domain.revenue.categories import categories
from baladiya_desktop.domain.revenue.rules import ReceiptInput
from baladiya_desktop.ui.drafts import DraftKeeper
from baladiya_desktop.ui.revenue.common import (
    Tab,
    button,
    category_combo,
    date_edit,
    from_qdate,
    method_names,
    money,
)
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.text import ref_name
from baladiya_desktop.ui.widgets import InlineError, heading, with_error

SAVE_ON_ENTER = ("amount", "method", "reference", "notes")


class EntryTab(Tab):
    def __init__(self, session: UiSession) -> None:
        super().__init__(session)
        self.books: dict[str, queries.BookRow] = {}
        self.errors: dict[str, InlineError] = {}
        self.saving = False
        self.book = QComboBox()
        self.book.setEditable(True)
        self.book.setObjectName("book")
        self.book.currentTextChanged.connect(self._book_changed)
        self.serial = QLineEdit()
        self.serial.setObjectName("serial")
        self.book_hint = QLabel()
        self.book_hint.setObjectName("hint")
        self.date = date_edit()
        self.payer = QLineEdit()
        self.payer.setObjectName("payer")
        self.payer_id = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("1,250.500")
        self.amount.textChanged.connect(self._amount_changed)
        self.amount_shown = QLabel()
        self.amount_shown.setObjectName("hint")
        self.method = QComboBox()
        for key, name in method_names().items():
            self.method.addItem(name, key)
        self.reference = QLineEdit()
        self.notes = QLineEdit()
        self.fields: dict[str, QWidget] = {
            "book_number": self.book,
            "serial": self.serial,
            "receipt_date": self.date,
            "payer_name": self.payer,
            "payer_id": self.payer_id,
            "category": self.category,
            "amount": self.amount,
            "method": self.method,
            "reference": self.reference,
            "notes": self.notes,
        }
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        labels = {
            "book_number": self.tr("Receipt book"),
            "serial": self.tr("Receipt number"),
            "receipt_date": self.tr("Date"),
            "payer_name": self.tr("Payer"),
            "payer_id": self.tr("Payer ID (optional)"),
            "category": self.tr("Revenue category"),
            "amount": self.tr("Amount (LYD)"),
            "method": self.tr("Payment method"),
            "reference": self.tr("Cheque or transfer number"),
            "notes": self.tr("Notes"),
        }
        for key, widget in self.fields.items():
            self.errors[key] = InlineError()
            shown: QWidget = widget
            if key == "serial":
                shown = _row(widget, self.book_hint)
            elif key == "amount":
                shown = _row(widget, self.amount_shown)
            form.addRow(labels[key], with_error(shown, self.errors[key]))
            widget.installEventFilter(self)
        self.general = InlineError()
        self.saved = QLabel()
        self.saved.setObjectName("hint")
        self.save_button = button(self.tr("Save and next (Enter)"), self.save, "add", True)
        panel = QFrame()
        panel.setObjectName("panel")
        inner = QVBoxLayout(panel)
        inner.addLayout(form)
        inner.addWidget(self.general)
        bar = QHBoxLayout()
        bar.addWidget(self.saved, 1)
        bar.addWidget(self.save_button)
        inner.addLayout(bar)
        self.recent = QTableWidget(0, 4)
        self.recent.setObjectName("recent")
        self.recent.setHorizontalHeaderLabels(
            [self.tr("Book"), self.tr("Number"), self.tr("Payer"), self.tr("Amount")]
        )
        self.recent.verticalHeader().hide()
        self.recent.horizontalHeader().setMinimumSectionSize(40)
        self.recent.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.recent.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(panel, 3)
        side = QVBoxLayout()
        side.addWidget(heading(self.tr("Entered in this sitting"), "panelTitle"))
        side.addWidget(self.recent, 1)
        layout.addLayout(side, 2)
        self.names: dict[str, str] = {}
        # Not the serial: the next free one is proposed again from the book after a cut.
        kept = {k: w for k, w in self.fields.items() if k != "serial"}
        self.drafts = DraftKeeper(self, session, "revenue.receipt", kept, banner_at=inner)
        self.refresh()

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: (queries.open_books(ctx), categories(ctx)), on_done=self._loaded
        )

    def _loaded(self, data: tuple[list[queries.BookRow], list[Any]]) -> None:
        books, items = data
        self.books = {b.book_number: b for b in books}
        current = self.book.currentText()
        self.book.blockSignals(True)
        self.book.clear()
        for b in books:
            self.book.addItem(f"{b.book_number}", b.book_number)
        self.book.blockSignals(False)
        self.book.setCurrentText(
            current if current in self.books else (books[-1].book_number if books else "")
        )
        self._book_changed(self.book.currentText())
        if self.category.count() == 0:
            combo = category_combo(items)
            for i in range(combo.count()):
                self.category.addItem(combo.itemText(i), combo.itemData(i))
            self.names = {c.code: ref_name(c) for c in items}
            completer = QCompleter(self.category.model(), self.category)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.category.setCompleter(completer)
        if not self.drafts.started:
            self.drafts.start()

    def _book_changed(self, number: str) -> None:
        book = self.books.get(number.strip())
        if book is None:
            self.book_hint.setText(self.tr("Book not registered or closed"))
            return
        self.book_hint.setText(
            self.tr("Book {first}–{last}, collector {name}").format(
                first=book.serial_from, last=book.serial_to, name=book.collector
            )
        )
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: service.next_serial(ctx, book.book_number), on_done=self._propose
        )

    def _propose(self, serial: int | None) -> None:
        self.serial.setText("" if serial is None else str(serial))
        if serial is None:
            self.book_hint.setText(self.tr("The book is full: choose the next book"))

    def _amount_changed(self, text: str) -> None:
        if not text.strip():
            self.amount_shown.clear()
            return
        try:
            self.amount_shown.setText(money(parse_lyd(text)))
        except ValidationError:
            self.amount_shown.setText("…")

    # --- keyboard --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            key = next((k for k, w in self.fields.items() if w is watched), "")
            if key in SAVE_ON_ENTER:
                self.save()
            else:
                self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    # --- saving ----------------------------------------------------------------------

    def receipt(self) -> ReceiptInput:
        digits = normalize_digits(self.serial.text()).strip()
        if not digits.isdigit():
            raise ValidationError("اكتب رقم الإيصال.", "Give the receipt number.", field="serial")
        code = (
            self.category.currentData()
            if self.category.currentText() == self.category.itemText(self.category.currentIndex())
            else self.category.currentText()
        )
        return ReceiptInput(
            book_number=self.book.currentText(),
            serial=int(digits),
            receipt_date=from_qdate(self.date.date()),
            payer_name=self.payer.text(),
            category=code or self.category.currentText(),
            amount=self.amount.text(),
            method=self.method.currentData(),
            reference=self.reference.text(),
            payer_id=self.payer_id.text(),
            notes=self.notes.text(),
        )

    def save(self) -> None:
        if self.saving:
            return
        self._clear_errors()
        try:
            data = self.receipt()
        except UserError as exc:
            self._show_error(exc)
            return
        ctx = self.session.ctx
        self.saving = True
        self.session.runner.run(
            lambda: (service.record_receipt(ctx, data), data)[1],
            on_done=self._saved,
            on_error=self._show_error,
        )

    def _saved(self, data: ReceiptInput) -> None:
        self.saving = False
        amount = data.amount if isinstance(data.amount, int) else parse_lyd(data.amount)
        self.recent.insertRow(0)
        cells = (data.book_number, str(data.serial), data.payer_name, money(amount))
        for column, text in enumerate(cells):
            self.recent.setItem(0, column, QTableWidgetItem(text))
        for column in (0, 1, 3):
            self.recent.resizeColumnToContents(column)
        book = self.books.get(data.book_number)
        if book is not None and data.serial < book.serial_to:
            self.serial.setText(str(data.serial + 1))
        else:
            self._book_changed(data.book_number)
        for field in (self.payer, self.payer_id, self.amount, self.reference, self.notes):
            field.clear()
        self.saved.setText(
            self.tr("Saved receipt {serial}: {amount}").format(
                serial=data.serial, amount=format_lyd(amount)
            )
        )
        self.payer.setFocus()
        self.drafts.saved()

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_message()
        self.general.clear_message()
        self.saved.clear()

    def _show_error(self, exc: UserError) -> None:
        self.saving = False
        text = exc.message(self.session.lang())
        target = self.errors.get(exc.field or "")
        if target is not None:
            target.show_message(text)
            self.fields[exc.field or ""].setFocus()
        else:
            self.general.show_message(text)

    def new_item(self) -> None:
        self.payer.setFocus()

    def today(self) -> dt.date:
        return from_qdate(self.date.date())


def _row(widget: QWidget, hint: QLabel) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(widget, 1)
    line.addWidget(hint, 2)
    return box
