"""Autosaved drafts of a form: what the clerk typed survives a power cut.

    self.drafts = DraftKeeper(self, session, "staff.employee", self.fields, emp_id)
    ...  # once the record is shown:
    self.drafts.start()

The keeper saves a draft (``core.drafts``) at once on every committed change (a field left,
a choice made, a box ticked, a date changed) and ~700 ms after the last keystroke while
typing. It records only after ``start()``, which the form calls when it has finished showing
its record, so filling a form is never taken for an edit, and it never writes a draft equal to
what was loaded. A draft found at ``start()`` is offered in a banner inside the form (no
message box: no nested event loop). A dialog's draft is discarded when the dialog finishes
(saved, or cancelled); other forms call ``saved()``. Passwords have no place here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from baladiya_desktop.core.drafts import Draft, DraftKey, DraftStore, Fields, JsonValue
from baladiya_desktop.ui.session import UiSession

DEBOUNCE_MS = 700
_KEEP = object()


@dataclass(frozen=True)
class Binding:
    """How a draft reads and fills one field: given for anything that is not a plain widget.
    ``commits`` save at once, ``typing`` after a pause."""

    get: Callable[[], JsonValue]
    set: Callable[[Any], None]
    commits: tuple[SignalInstance, ...] = ()
    typing: tuple[SignalInstance, ...] = ()


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)  # a draft from an older form: this field is left as it is
    return value


def _plain(value: object) -> JsonValue:
    """A combo box's item data as JSON: ids and dates as their text."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


# Two functions rather than one with an if: pyside6-lupdate loses the class of every later
# tr() call in the file after a def nested in an if block.
def _typed_combo(combo: QComboBox) -> Binding:
    """An editable combo box: what is typed counts, whether or not it is in the list."""

    def set_text(value: object) -> None:
        index = combo.findText(_str(value))
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(_str(value))

    line = combo.lineEdit()
    commits = (combo.currentIndexChanged, line.editingFinished)
    return Binding(combo.currentText, set_text, commits, (line.textEdited,))


def _listed_combo(combo: QComboBox) -> Binding:
    """A choice from the list: its data (its text when it has none)."""

    def get() -> JsonValue:
        data = combo.currentData()
        return combo.currentText() if data is None else _plain(data)

    def pick(value: object) -> None:
        for index in range(combo.count()):
            data = combo.itemData(index)
            if (combo.itemText(index) if data is None else _plain(data)) == value:
                combo.setCurrentIndex(index)
                return

    return Binding(get, pick, (combo.currentIndexChanged,))


def _date(edit: QDateEdit) -> Binding:
    def set_date(value: object) -> None:
        day = QDate.fromString(_str(value), Qt.DateFormat.ISODate)
        if day.isValid():
            edit.setDate(day)

    return Binding(lambda: edit.date().toString(Qt.DateFormat.ISODate), set_date,
                   (edit.dateChanged, edit.editingFinished))  # fmt: skip


def bind(widget: QWidget | Binding) -> Binding:
    """The binding of a standard entry widget."""
    if isinstance(widget, Binding):
        return widget
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            raise ValueError("a password field never goes into a draft")
        return Binding(widget.text, lambda v: widget.setText(_str(v)),
                       (widget.editingFinished,), (widget.textEdited,))  # fmt: skip
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return Binding(widget.toPlainText, lambda v: widget.setPlainText(_str(v)),
                       (), (widget.textChanged,))  # fmt: skip
    if isinstance(widget, QComboBox):
        return _typed_combo(widget) if widget.isEditable() else _listed_combo(widget)
    if isinstance(widget, QDateEdit):
        return _date(widget)
    if isinstance(widget, QSpinBox):
        return Binding(widget.value, lambda v: widget.setValue(int(v)),
                       (widget.editingFinished,), (widget.valueChanged,))  # fmt: skip
    if isinstance(widget, QDoubleSpinBox):
        return Binding(widget.value, lambda v: widget.setValue(float(v)),
                       (widget.editingFinished,), (widget.valueChanged,))  # fmt: skip
    if isinstance(widget, QCheckBox):
        return Binding(widget.isChecked, lambda v: widget.setChecked(bool(v)), (widget.toggled,))
    raise TypeError(f"no draft binding for {type(widget).__name__}: give a Binding")


class DraftBanner(QFrame):
    """The offer of a draft found when the form opened, inside the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreDraft")
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("discardDraft")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(self, draft: Draft) -> None:
        when = draft.saved_at.astimezone().strftime("%d/%m/%Y %H:%M")
        self.text.setText(
            self.tr("An unsaved draft from {time} was found: restore it?").format(time=when)
        )
        self.show()


class DraftKeeper(QObject):
    """Keeps the draft of one form; see the module's docstring."""

    def __init__(
        self,
        owner: QWidget,
        session: UiSession,
        form: str,
        fields: Mapping[str, QWidget | Binding],
        record: object | None = None,
        *,
        enabled: bool = True,
        banner_at: QBoxLayout | None = None,
    ) -> None:
        super().__init__(owner)
        user = session.ctx.user
        self.enabled = enabled and user is not None
        self.store = DraftStore(session.ctx.paths.drafts_dir)
        self._user = "" if user is None else str(user.id)
        self._form, self._record = form, record
        self._bindings = {name: bind(widget) for name, widget in fields.items()}
        self._baseline: Fields | None = None  # the form as loaded
        self._written: Fields | None = None  # what the draft file holds from this sitting
        self._offered: Draft | None = None  # the draft the banner offers, unanswered
        self._recording = False
        self._muted = False  # while the keeper fills the form itself
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)
        for binding in self._bindings.values():
            for signal in binding.commits:
                signal.connect(self._committed)
            for signal in binding.typing:
                signal.connect(self._typed)
        self.banner = DraftBanner(owner)
        self.banner.restore_button.clicked.connect(self.restore)
        self.banner.discard_button.clicked.connect(self.discard_offer)
        layout = banner_at if banner_at is not None else owner.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.banner)
        if isinstance(owner, QDialog):
            owner.finished.connect(self._finished)

    @property
    def key(self) -> DraftKey:
        return DraftKey.of(self._user, self._form, self._record)

    @property
    def started(self) -> bool:
        return self._baseline is not None

    def snapshot(self) -> Fields:
        return {name: binding.get() for name, binding in self._bindings.items()}

    # --- the form's calls ---------------------------------------------------------------

    def start(self, record: object = _KEEP) -> None:
        """The form shows its record (``record`` when the form moved to another): take it
        as the baseline, offer a draft left from before, and record from now on."""
        if record is not _KEEP:
            self._record = record
        self._timer.stop()
        self._baseline, self._written, self._offered = self.snapshot(), None, None
        self.banner.hide()
        self._recording = self.enabled
        if not self.enabled:
            return
        found = self.store.load(self.key)
        if found is None:
            return
        if all(self._baseline.get(k) == v for k, v in found.fields.items() if k in self._bindings):
            self.store.discard(self.key)  # nothing in it that the form does not show already
            return
        self._offered = found
        self.banner.offer(found)

    def hold(self) -> None:
        """Stop recording until the next ``start()`` (the form is about to reload)."""
        self._timer.stop()
        self._recording = False

    def saved(self) -> None:
        """The form saved its record: the draft is spent, and what shows is the new baseline."""
        self._timer.stop()
        self.store.discard(self.key)
        self._written, self._offered = None, None
        self.banner.hide()
        self._baseline = self.snapshot()

    def discard(self) -> None:
        """Forget the draft (the form was cancelled) and stop recording."""
        self.hold()
        self._offered = None
        self.banner.hide()
        self.store.discard(self.key)

    def save_now(self) -> bool:
        """Write the draft if the form differs from what was loaded and from the last draft.
        Nothing is written while the banner awaits an answer, so the old draft stays whole."""
        self._timer.stop()
        if not self._live() or self._offered is not None or self._baseline is None:
            return False
        state = self.snapshot()
        if state == self._written:
            return True
        if state == self._baseline:  # the clerk undid every change
            if self._written is not None:
                self.store.discard(self.key)
                self._written = None
            return True
        if not self.store.save(self.key, state):
            return False  # a full or read-only disk: the form goes on, the store has logged
        self._written = state
        return True

    # --- the banner's buttons -----------------------------------------------------------

    def restore(self) -> None:
        draft, self._offered = self._offered, None
        self.banner.hide()
        if draft is None:
            return
        self._muted = True
        try:
            for name, binding in self._bindings.items():
                if name in draft.fields:
                    with contextlib.suppress(TypeError, ValueError):
                        binding.set(draft.fields[name])
        finally:
            self._muted = False
        self._written = dict(draft.fields)
        self.save_now()

    def discard_offer(self) -> None:
        self._offered = None
        self.banner.hide()
        self.store.discard(self.key)
        self._written = None
        self.save_now()  # what was typed while the banner showed is the draft now

    # --- signals ------------------------------------------------------------------------

    def _live(self) -> bool:
        return self._recording and not self._muted

    def _typed(self, *_args: object) -> None:
        if self._live():
            self._timer.start()

    def _committed(self, *_args: object) -> None:
        if self._live():
            self.save_now()

    def _finished(self, _result: int) -> None:
        self.discard()
