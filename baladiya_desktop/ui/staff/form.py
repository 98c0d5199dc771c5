"""The employee form: keyboard first (Enter moves on, Ctrl+S saves, Esc cancels), each
field's problem shown under it in the interface language, before and after saving."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.dates import parse_date
from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import UserError, ValidationError
from baladiya_desktop.core.limits import limits_of
from baladiya_desktop.core.national_number import validate_national_number
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.staff import queries, service
from baladiya_desktop.domain.staff.display import Choices, choices
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.domain.staff.rules import EmployeeInput, check_employee
from baladiya_desktop.ui.drafts import DraftKeeper
from baladiya_desktop.ui.kit.buttons import button_box
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.staff.tabs import AttachmentsTab, HistoryTab
from baladiya_desktop.ui.widgets import InlineError, with_error

TEXT_FIELDS = ("first_name", "father_name", "grandfather_name", "family_name", "mother_name",
               "national_number", "birth_place", "phone", "qualification_field",
               "job_title", "employee_number", "financial_number")  # fmt: skip
DATE_FIELDS = ("birth_date", "hire_date", "grade_date")
# Typing stops at the register's limit; not the national number, typed with spaces at times.
_LIMITS = {k: n for k, n in limits_of(Employee).items()
           if k in TEXT_FIELDS and k != "national_number"}  # fmt: skip
CODE_FIELDS = {"marital_status": "marital_status", "qualification": "qualification_level",
               "employment_type": "employment_type", "status": "employee_status"}  # fmt: skip
# Where a service error about one of these lands in the form.
ERROR_FIELD = {
    "unit": "unit_code",
    "post": "post_title",
    "last_increment_date": "grade_date",
    "other_id_kind": "national_number",
    "qualification_year": "qualification",
}


class _EnterMovesOn(QObject):
    """Enter in a one-line field goes to the next field, as clerks expect from paper forms."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit | QComboBox):
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                watched.focusNextChild()  # type: ignore[attr-defined]
                return True
        return False


class EmployeeDialog(QDialog):
    saved = Signal(object)  # the employee id

    def __init__(self, session: UiSession, emp_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.emp_id = emp_id
        self.choices: Choices | None = None
        self.loaded: Employee | None = None
        self.may_write = session.may(Permission.STAFF_WRITE)
        self.setWindowTitle(self.tr("New employee") if emp_id is None else self.tr("Employee"))
        self.resize(940, 680)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, InlineError] = {}
        self._enter = _EnterMovesOn(self)
        self.tabs = QTabWidget()
        # Scrolls instead of growing: with every field's problem shown, Save would leave a
        # 768-pixel screen.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._data_page())
        self.tabs.addTab(self.scroll, self.tr("Employee data"))
        self.history = HistoryTab(session, self)
        self.attachments = AttachmentsTab(session, self)
        self.tabs.addTab(self.history, self.tr("Service history"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        for index in (1, 2):
            self.tabs.setTabEnabled(index, emp_id is not None)
        self.general = InlineError()
        self.buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.may_write)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        # Starts once the choices (and the employee being edited) are shown.
        self.drafts = DraftKeeper(
            self, session, "staff.employee", self.fields, emp_id, enabled=self.may_write
        )
        ctx = session.ctx
        session.runner.run(lambda: choices(ctx), on_done=self._fill_choices)
        if emp_id is not None:
            session.runner.run(lambda: queries.get(ctx, emp_id), on_done=self._show)
            self.history.load(emp_id)
            self.attachments.load(emp_id)
        self.fields["first_name"].setFocus()

    # --- building -----------------------------------------------------------------------

    def _field(self, key: str, widget: QWidget, form: QFormLayout, label: str) -> None:
        self.fields[key] = widget
        self.errors[key] = error = InlineError()
        # Grows to show a whole reason: a date's explanation takes two lines.
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        widget.setObjectName(key)
        widget.installEventFilter(self._enter)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, k=key: self.errors[k].clear_message())
        form.addRow(label, with_error(widget, self.errors[key]))

    def _line(self, key: str, form: QFormLayout, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        if key in _LIMITS:  # the register's own limit: no typing what the save would refuse
            edit.setMaxLength(_LIMITS[key])
        self._field(key, edit, form, label)
        return edit

    def _data_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        person, job = QFormLayout(), QFormLayout()
        date_hint = self.tr("dd/mm/yyyy")
        self._line("first_name", person, self.tr("First name"))
        self._line("father_name", person, self.tr("Father's name"))
        self._line("grandfather_name", person, self.tr("Grandfather's name"))
        self._line("family_name", person, self.tr("Family name"))
        self._line("mother_name", person, self.tr("Mother's full name"))
        self._line("national_number", person, self.tr("National number"),
                   self.tr("12 digits, starting with 1 or 2"))  # fmt: skip
        sex = QComboBox()
        sex.addItem(self.tr("Male"), "M")
        sex.addItem(self.tr("Female"), "F")
        sex.currentIndexChanged.connect(self._name_marital_status)
        self._field("sex", sex, person, self.tr("Sex"))
        self._line("birth_date", person, self.tr("Date of birth"), date_hint)
        self._line("birth_place", person, self.tr("Place of birth"))
        self._field("marital_status", QComboBox(), person, self.tr("Marital status"))
        self._line("phone", person, self.tr("Phone"), "0912345678")
        self._field("qualification", QComboBox(), person, self.tr("Qualification"))
        self._line("qualification_field", person, self.tr("Field of study"))
        self._line("employee_number", job, self.tr("Employee number"))
        self._line("financial_number", job, self.tr("Financial number"))
        unit = QComboBox()
        unit.currentIndexChanged.connect(self._unit_changed)
        self._field("unit_code", unit, job, self.tr("Unit"))
        self._field("post_title", QComboBox(), job, self.tr("Post in the staffing table"))
        self._line("job_title", job, self.tr("Job title"))
        self._line("grade", job, self.tr("Grade"), self.tr("1 to 15"))
        increments = QSpinBox()
        increments.setRange(0, 30)
        self._field("increments", increments, job, self.tr("Increments"))
        self._line("grade_date", job, self.tr("Grade date"), date_hint)
        self._line("hire_date", job, self.tr("Hire date"), date_hint)
        self._field("employment_type", QComboBox(), job, self.tr("Employment type"))
        self._field("status", QComboBox(), job, self.tr("Status"))
        grid.addLayout(person, 0, 0)  # first: on the right in a right-to-left window
        grid.addLayout(job, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        return page

    def _fill_choices(self, found: Choices) -> None:
        self.choices = found
        for key, list_name in CODE_FIELDS.items():
            combo = self.fields[key]
            assert isinstance(combo, QComboBox)
            combo.clear()
            if key in ("marital_status", "qualification"):
                combo.addItem("—", "")
            for code, name in found.options(list_name, self.session.lang()):
                combo.addItem(name, code)
        self._name_marital_status()
        unit = self.fields["unit_code"]
        assert isinstance(unit, QComboBox)
        unit.clear()
        unit.addItem(self.tr("(no unit)"), "")
        for choice in found.units:
            unit.addItem(choice.name_ar, choice.code)
        if self.loaded is not None:
            self._show(self.loaded)  # which starts the drafts
        elif self.emp_id is None:
            self.drafts.start()

    def _name_marital_status(self) -> None:
        """عزباء, not أعزب, once the person is a woman: the entries follow the sex chosen."""
        combo, sex = self.fields.get("marital_status"), self.fields.get("sex")
        if not isinstance(combo, QComboBox) or not isinstance(sex, QComboBox) or not self.choices:
            return
        names = dict(self.choices.options("marital_status", self.session.lang(), sex.currentData()))
        for index in range(combo.count()):
            code = combo.itemData(index)
            if code in names:
                combo.setItemText(index, names[code])

    def _unit_changed(self) -> None:
        unit, post = self.fields["unit_code"], self.fields["post_title"]
        assert isinstance(unit, QComboBox) and isinstance(post, QComboBox)
        post.clear()
        post.addItem(self.tr("(outside the staffing table)"), "")
        code = unit.currentData()
        for choice in self.choices.units if self.choices else []:
            if choice.code == code:
                for title in choice.posts:
                    post.addItem(title, title)

    # --- reading and writing ------------------------------------------------------------

    def _select(self, key: str, value: Any) -> None:
        combo = self.fields[key]
        assert isinstance(combo, QComboBox)
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _show(self, emp: Employee) -> None:
        self.loaded = emp
        for key in TEXT_FIELDS:
            value = getattr(emp, key)
            self.fields[key].setText("" if value is None else str(value))  # type: ignore[attr-defined]
        self.fields["grade"].setText("" if emp.grade is None else str(emp.grade))  # type: ignore[attr-defined]
        for key in DATE_FIELDS:
            day = getattr(emp, key)
            self.fields[key].setText(day.strftime("%d/%m/%Y") if day else "")  # type: ignore[attr-defined]
        self.fields["increments"].setValue(emp.increments)  # type: ignore[attr-defined]
        self._select("sex", emp.sex)
        for key in CODE_FIELDS:
            self._select(key, getattr(emp, key))
        if self.choices is not None:
            unit = next((u for u in self.choices.units if u.id == emp.unit_id), None)
            self._select("unit_code", unit.code if unit else "")
            self._select("post_title", emp.job_title)
        self.setWindowTitle(self.tr("Employee: {name}").format(name=emp.full_name))
        if self.choices is not None:
            self.drafts.start()

    def _text(self, key: str) -> str:
        return str(self.fields[key].text()).strip()  # type: ignore[attr-defined]

    def _data(self) -> tuple[EmployeeInput | None, dict[str, str]]:
        """The input as typed, or the problems of fields that could not be read."""
        problems: dict[str, str] = {}
        dates: dict[str, dt.date | None] = {}
        for key in DATE_FIELDS:
            text = self._text(key)
            try:
                dates[key] = parse_date(text, field=key).value if text else None
            except UserError as error:
                problems[key] = error.message(self.session.lang())
        national = self._text("national_number")
        if national:
            try:
                validate_national_number(national)
            except UserError as error:
                problems["national_number"] = error.message(self.session.lang())
        grade_text = normalize_digits(self._text("grade"))
        if grade_text and not grade_text.isdigit():
            problems["grade"] = self.tr("Write the grade as a number from 1 to 15.")
        if problems:
            return None, problems
        combos = {k: self.fields[k].currentData() or "" for k in  # type: ignore[attr-defined]
                  ("sex", "unit_code", "post_title", *CODE_FIELDS)}  # fmt: skip
        texts = {k: self._text(k) for k in TEXT_FIELDS}
        data = EmployeeInput(
            **{**texts, "national_number": texts["national_number"] or None},
            **combos, **dates, grade=int(grade_text) if grade_text else None,
            increments=self.fields["increments"].value(),  # type: ignore[attr-defined]
        )  # fmt: skip
        if self.loaded is not None:  # fields the form does not show stay as they are
            data = replace(data, **{k: getattr(self.loaded, k) for k in (
                "other_id_kind", "other_id", "other_id_reason", "nationality",
                "qualification_year", "qualification_institution", "last_increment_date",
                "notes")})  # fmt: skip
        return data, problems

    def show_error(self, error: UserError) -> None:
        """Beside its field when it names one, else under the form."""
        field = ERROR_FIELD.get(error.field or "", error.field or "")
        message = error.message(self.session.lang())
        if field in self.errors:
            self.errors[field].show_message(message)
            self.tabs.setCurrentIndex(0)
            self._focus(field)
        else:
            self.general.show_message(message)

    def _focus(self, key: str) -> None:
        self.fields[key].setFocus()
        self.scroll.ensureWidgetVisible(self.errors[key].parentWidget())  # field and problem

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_message()
        self.general.clear_message()

    def save(self) -> None:
        if not self.may_write:
            return
        self.clear_errors()
        data, problems = self._data()
        for key, message in problems.items():
            self.errors[key].show_message(message)
        if data is None:
            self._focus(next(iter(problems)))
            return
        try:
            check_employee(data)  # the same rules the service applies, shown at once
        except ValidationError as error:
            self.show_error(error)
            return
        ctx, emp_id = self.session.ctx, self.emp_id
        if emp_id is None:
            self.session.runner.run(lambda: service.register(ctx, data), on_done=self._saved,
                                    on_error=self.show_error)  # fmt: skip
        else:
            self.session.runner.run(lambda: (service.update(ctx, emp_id, data), emp_id)[1],
                                    on_done=self._saved, on_error=self.show_error)  # fmt: skip

    def _saved(self, emp_id: uuid.UUID) -> None:
        self.saved.emit(emp_id)
        self.accept()
