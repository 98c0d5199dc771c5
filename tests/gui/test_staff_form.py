"""The employee form: validation beside each field in Arabic, Ctrl+S, Esc, history, attachments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from baladiya_desktop.domain.staff import queries, service
from baladiya_desktop.ui.staff.form import EmployeeDialog
from tests.gui.test_staff_list import seed


def _dialog(qtbot: Any, session: Any, emp_id: Any = None) -> EmployeeDialog:
    dialog = EmployeeDialog(session, emp_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=10_000)
    if emp_id is not None:
        qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10_000)
    return dialog


def _type(dialog: EmployeeDialog, **values: str) -> None:
    for key, text in values.items():
        widget = dialog.fields[key]
        assert isinstance(widget, QLineEdit)
        widget.setText(text)


GOOD = {"first_name": "أحمد", "father_name": "عبد الله", "grandfather_name": "محمد",
        "family_name": "الورفلي", "national_number": "١١٩٨٥٠١٢٣٤٥٦", "birth_date": "02/04/1985",
        "hire_date": "03/01/2010", "grade": "٨"}  # fmt: skip


def test_validation_shows_beside_the_field_in_arabic(qtbot: Any, make_session: Any) -> None:
    dialog = _dialog(qtbot, make_session())
    _type(dialog, **{**GOOD, "national_number": "219850123456"})  # says female
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = dialog.errors["national_number"]
    assert error.isVisible() and "أنثى" in error.text() and "ذكر" in error.text()
    assert dialog.isVisible()
    _type(dialog, **{**GOOD, "birth_date": "31/02/1985"})
    dialog.save()
    assert "غير موجود في التقويم" in dialog.errors["birth_date"].text()
    _type(dialog, **{**GOOD, "grade": "16"})
    dialog.save()
    assert "خارج جدول الدرجات" in dialog.errors["grade"].text()


def test_save_registers_through_the_service(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    seed(session.ctx, 5)
    dialog = _dialog(qtbot, session)
    _type(dialog, **GOOD)
    unit = dialog.fields["unit_code"]
    assert isinstance(unit, QComboBox)
    unit.setCurrentIndex(unit.findData("HR"))
    post = dialog.fields["post_title"]
    assert isinstance(post, QComboBox) and post.findData("كاتب") > 0
    post.setCurrentIndex(post.findData("كاتب"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    emp = queries.get(session.ctx, saved.args[0])
    assert (emp.national_number, emp.grade, emp.full_name) == (
        "119850123456", 8, "أحمد عبد الله محمد الورفلي")  # fmt: skip
    assert emp.post_id is not None


def test_service_refusal_lands_beside_the_field(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    dialog = _dialog(qtbot, session)
    _type(dialog, **GOOD)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    again = _dialog(qtbot, session)
    _type(again, **GOOD)
    again.save()  # the same national number: the service refuses it
    qtbot.waitUntil(lambda: again.errors["national_number"].isVisible(), timeout=10_000)
    assert "مسجل من قبل" in again.errors["national_number"].text()


def test_enter_moves_on_and_escape_cancels(qtbot: Any, make_session: Any) -> None:
    dialog = _dialog(qtbot, make_session())
    first = dialog.fields["first_name"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.fields["father_name"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_history_and_attachments(qtbot: Any, make_session: Any, tmp_path: Path) -> None:
    session = make_session()
    seed(session.ctx, 3)
    emp_id = queries.page(session.ctx, queries.StaffFilter())[0].id
    emp = queries.get(session.ctx, emp_id)
    dialog = _dialog(qtbot, session, emp_id)
    assert dialog.fields["national_number"].text() == emp.national_number  # type: ignore[attr-defined]
    _type(dialog, grade=str((emp.grade or 1) % 15 + 1))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    dialog = _dialog(qtbot, session, emp_id)
    qtbot.waitUntil(lambda: dialog.history.table.rowCount() == 1, timeout=10_000)
    assert dialog.history.table.item(0, 1).text() == "الدرجة"
    scan = tmp_path / "قرار التعيين.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    dialog.attachments.add_file(scan)
    qtbot.waitUntil(lambda: dialog.attachments.table.rowCount() == 1, timeout=10_000)
    dialog.tabs.setCurrentWidget(dialog.attachments)
    dialog.attachments.table.setCurrentCell(0, 0)
    copy = tmp_path / "copy.pdf"
    dialog.attachments.save_copy(copy)
    qtbot.waitUntil(copy.exists, timeout=10_000)
    assert copy.read_bytes() == b"%PDF-1.4 scanned"
    assert queries.attachments(session.ctx, emp_id)[0].file_name == scan.name
    assert service  # the form writes only through the service
