"""Entry forms stop typing at the register's limits, so a save is never refused for length."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from baladiya_desktop.ui.pages.projects_detail import ProjectDialog
from baladiya_desktop.ui.staff.form import EmployeeDialog


def test_the_employee_form_stops_at_each_field_limit(qtbot: Any, make_session: Any) -> None:
    dialog = EmployeeDialog(make_session(), None)
    qtbot.addWidget(dialog)
    limits = {key: widget.maxLength() for key, widget in dialog.fields.items()
              if isinstance(widget, QLineEdit)}
    assert limits["job_title"] == 160 and limits["mother_name"] == 120
    assert limits["birth_place"] == 120 and limits["qualification_field"] == 120
    assert limits["family_name"] == 80
    assert limits["national_number"] == 32767  # typed with spaces, normalised on save
    job = dialog.fields["job_title"]
    assert isinstance(job, QLineEdit)
    job.setText("م" * 1000)
    assert len(job.text()) == 160


def test_the_project_dialog_stops_at_the_name_limit(qtbot: Any, make_session: Any) -> None:
    dialog = ProjectDialog(make_session())
    qtbot.addWidget(dialog)
    dialog.name.setText("م" * 1000)
    assert len(dialog.name.text()) == 240
