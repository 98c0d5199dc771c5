"""The employee form fits a 1366×768 screen with every field's problem shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.ui.staff.form import EmployeeDialog

SCREEN = QRect(0, 0, 1366, 768)  # the offices' laptops


def test_the_form_fits_the_screen_with_every_error_shown(qtbot: Any, make_session: Any) -> None:
    dialog = EmployeeDialog(make_session(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=10_000)
    birth = dialog.fields["birth_date"]
    assert isinstance(birth, QLineEdit)
    birth.setText("31/02/1985")
    dialog.save()
    reason = dialog.errors["birth_date"].text()  # the longest: a date's two-line explanation
    assert "غير موجود في التقويم" in reason
    for error in dialog.errors.values():
        error.show_message(reason)
    dialog.general.show_message(reason)
    dialog.move(0, 0)
    qtbot.waitUntil(lambda: all(e.isVisible() for e in dialog.errors.values()), timeout=2_000)
    for _ in range(5):  # nested layouts grow one level per turn of the event loop
        QCoreApplication.processEvents()
        dialog.layout().activate()

    assert dialog.height() <= 700, dialog.height()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isVisible()
    corner = save.mapTo(dialog, QPoint(0, 0)) + dialog.geometry().topLeft()
    assert SCREEN.contains(QRect(corner, save.size())), (corner, save.size())


def test_a_problem_below_the_fold_is_scrolled_into_view(qtbot: Any, make_session: Any) -> None:
    dialog = EmployeeDialog(make_session(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=10_000)
    field = dialog.fields["qualification_field"]  # the last row of its column

    def whole() -> bool:
        return field.visibleRegion().boundingRect() == field.rect()

    assert not whole()
    dialog.show_error(ValidationError("اكتب مجال الدراسة.", "Write the field of study.",
                                      field="qualification_field"))  # fmt: skip
    assert field.hasFocus() and whole()
