"""The staff screens on a demo municipality of 300 staff, as the docs show them.

Saved as PNG when BALADIYA_SCREENSHOTS names a folder (docs/screenshots); otherwise the test
only checks that each screen renders."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import authenticate
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.ui.main_window import MainWindow
from baladiya_desktop.ui.pages import default_registry
from baladiya_desktop.ui.screenshot import SIZE, settle
from baladiya_desktop.ui.session import UiSession
from tests.exchange.test_staff_mapping import messy_workbook

pytestmark = pytest.mark.slow


def _save(widget: QWidget, name: str, tmp_path: Path) -> None:
    folder = os.environ.get("BALADIYA_SCREENSHOTS")
    out = Path(folder) / name if folder else tmp_path / name
    out.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(out), "PNG")


def test_staff_screens(qtbot: Any, run_cli: Any, runner: Any, language: Any,
                       tmp_path: Path) -> None:  # fmt: skip
    db = tmp_path / "demo.db"
    made = run_cli("--db", db, "demo", "--municipality", "LY-M010", "--admin", "admin",
                   "--staff", "300", "--seed", "7")  # fmt: skip
    assert made.code == 0, made.err
    target = Target.resolve(db)
    ctx = open_station(target)
    session = UiSession(target, ctx.as_user(authenticate(ctx, "admin", "secret12")), runner,
                        language)  # fmt: skip
    window = MainWindow(session, default_registry())
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    assert window.show_page("staff")
    settle(runner)
    page = window.page("staff")
    qtbot.waitUntil(lambda: page.model.total == 300, timeout=10_000)  # type: ignore[union-attr]
    settle(runner)
    _save(window, "staff-list-ar.png", tmp_path)

    dialog = page.open_employee(page.model.rows[3].id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.choices is not None,
                    timeout=10_000)  # fmt: skip
    dialog.fields["birth_date"].setText("31/02/1985")
    dialog.fields["national_number"].setText("11985012345")
    dialog.save()
    settle(runner)
    assert dialog.errors["birth_date"].isVisible()
    _save(dialog, "staff-form-ar.png", tmp_path)
    dialog.reject()

    wizard = page.import_xlsx(messy_workbook(tmp_path / "كشف العاملين.xlsx"))  # type: ignore[union-attr]
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.report_page.isComplete, timeout=20_000)
    settle(runner)
    _save(wizard, "staff-import-ar.png", tmp_path)
    wizard.reject()

    assert window.show_page("staff_dashboard")
    settle(runner)
    dashboard = window.page("staff_dashboard")
    qtbot.waitUntil(lambda: dashboard.board is not None, timeout=10_000)  # type: ignore[union-attr]
    settle(runner)
    _save(window, "staff-dashboard-ar.png", tmp_path)
    ctx.engine.dispose()
