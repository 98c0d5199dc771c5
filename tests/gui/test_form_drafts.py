"""Autosaved drafts in the forms: typed keys reach the draft after a pause, a committed change
at once; after a cut the next form offers it in a banner; Save, Cancel and Discard remove it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QWidget

from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.revenue import service as revenue_service
from baladiya_desktop.domain.staff import queries
from baladiya_desktop.ui.drafts import DraftKeeper
from baladiya_desktop.ui.pages.projects_detail import ProjectDialog
from baladiya_desktop.ui.pages.revenue import RevenuePage
from baladiya_desktop.ui.staff.form import EmployeeDialog
from tests.gui.conftest import ADMIN_PASSWORD
from tests.gui.test_staff_form import GOOD
from tests.gui.test_staff_list import seed

WAIT = 10_000


def type_into(widget: QWidget, text: str) -> None:
    """Key presses as a clerk makes them (QTest.keyClicks knows only ASCII)."""
    widget.setFocus()
    for char in text:
        press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(widget, press)


def fields_of(keeper: DraftKeeper) -> dict[str, Any] | None:
    draft = keeper.store.load(keeper.key)
    return None if draft is None else draft.fields


def employee_dialog(qtbot: Any, session: Any, emp_id: Any = None, *, keep: bool = True,
                    ) -> EmployeeDialog:  # fmt: skip
    dialog = EmployeeDialog(session, emp_id)
    if keep:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.drafts.started, timeout=WAIT)
    return dialog


def cut(widget: QWidget) -> None:
    """The power goes: the form is gone without Save or Cancel."""
    shiboken6.delete(widget)


def choose(dialog: EmployeeDialog, key: str, data: str) -> None:
    combo = dialog.fields[key]
    assert isinstance(combo, QComboBox) and combo.findData(data) >= 0
    combo.setCurrentIndex(combo.findData(data))


def typed_employee(qtbot: Any, session: Any, unit: str = "") -> None:
    """A new employee half typed, its draft written, then a cut."""
    dialog = employee_dialog(qtbot, session, keep=False)
    type_into(dialog.fields["first_name"], "أحمد")
    type_into(dialog.fields["family_name"], "الورفلي")
    choose(dialog, "sex", "F")
    if unit:
        choose(dialog, "unit_code", unit)
        choose(dialog, "post_title", "كاتب")
    qtbot.waitUntil(lambda: (fields_of(dialog.drafts) or {}).get("family_name") == "الورفلي",
                    timeout=WAIT)  # fmt: skip
    cut(dialog)


def test_typing_is_kept_after_a_pause_and_at_once_when_committed(qtbot: Any, make_session: Any,
                                                                ) -> None:  # fmt: skip
    dialog = employee_dialog(qtbot, make_session())
    keeper = dialog.drafts
    type_into(dialog.fields["first_name"], "أحمد")
    assert fields_of(keeper) is None  # not on every key: after a pause
    qtbot.waitUntil(lambda: (fields_of(keeper) or {}).get("first_name") == "أحمد", timeout=WAIT)
    father = dialog.fields["father_name"]
    type_into(father, "عبد الله")
    qtbot.keyClick(father, Qt.Key.Key_Return)  # Enter moves on: the field is left
    assert fields_of(keeper)["father_name"] == "عبد الله"  # type: ignore[index]
    status = dialog.fields["status"]
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.count() - 1)
    saved = fields_of(keeper)
    assert saved is not None and saved["status"] == status.currentData()
    assert saved["first_name"] == "أحمد" and saved["national_number"] == ""


def test_after_a_cut_the_form_offers_the_draft_and_restores_it(qtbot: Any, make_session: Any,
                                                              ) -> None:  # fmt: skip
    session = make_session()
    unit = org_service.add_unit(session.ctx, UnitInput("HR", "إدارة الشؤون الإدارية", "department"))
    org_service.add_post(session.ctx, unit, PostInput("كاتب", 4, 8, 3))
    typed_employee(qtbot, session, unit="HR")
    dialog = employee_dialog(qtbot, session)
    banner = dialog.drafts.banner
    assert banner.isVisible() and dt.date.today().strftime("%d/%m/%Y") in banner.text.text()
    assert dialog.fields["first_name"].text() == ""  # type: ignore[attr-defined]
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert dialog.fields["first_name"].text() == "أحمد"  # type: ignore[attr-defined]
    assert dialog.fields["family_name"].text() == "الورفلي"  # type: ignore[attr-defined]
    assert dialog.fields["sex"].currentData() == "F"  # type: ignore[attr-defined]
    assert dialog.fields["unit_code"].currentData() == "HR"  # type: ignore[attr-defined]
    post = dialog.fields["post_title"]  # filled with the unit's posts before it was restored
    assert isinstance(post, QComboBox) and post.currentData() == "كاتب"
    assert fields_of(dialog.drafts)["first_name"] == "أحمد"  # type: ignore[index]


def test_discard_forgets_the_draft(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    typed_employee(qtbot, session)
    dialog = employee_dialog(qtbot, session)
    with qtbot.waitSignal(dialog.drafts._timer.timeout, timeout=WAIT):  # the pause after typing
        type_into(dialog.fields["phone"], "0912345678")  # while the banner waits: the old stays
    assert fields_of(dialog.drafts)["first_name"] == "أحمد"  # type: ignore[index]
    qtbot.mouseClick(dialog.drafts.banner.discard_button, Qt.MouseButton.LeftButton)
    assert not dialog.drafts.banner.isVisible()
    assert dialog.fields["first_name"].text() == ""  # type: ignore[attr-defined]
    now = fields_of(dialog.drafts)  # what was typed meanwhile is the draft now
    assert now is not None and now["phone"] == "0912345678" and now["first_name"] == ""


def test_cancel_removes_the_draft(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    dialog = employee_dialog(qtbot, session)
    type_into(dialog.fields["first_name"], "أحمد")
    qtbot.keyClick(dialog.fields["first_name"], Qt.Key.Key_Return)
    assert fields_of(dialog.drafts) is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible() and fields_of(dialog.drafts) is None
    assert not employee_dialog(qtbot, session).drafts.banner.isVisible()


def test_saving_removes_the_draft(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    dialog = employee_dialog(qtbot, session)
    for key, text in GOOD.items():
        type_into(dialog.fields[key], text)
    qtbot.waitUntil(lambda: (fields_of(dialog.drafts) or {}).get("grade") == GOOD["grade"],
                    timeout=WAIT)  # fmt: skip
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    assert fields_of(dialog.drafts) is None
    assert not list(session.ctx.paths.drafts_dir.iterdir())


def test_loading_a_record_is_no_edit(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    seed(session.ctx, 2)
    emp_id = queries.page(session.ctx, queries.StaffFilter())[0].id
    dialog = employee_dialog(qtbot, session, emp_id, keep=False)
    national = dialog.fields["national_number"]
    assert isinstance(national, QLineEdit) and national.text()
    qtbot.keyClick(national, Qt.Key.Key_Return)  # left without a change
    assert not dialog.drafts._timer.isActive()  # and no write waits for a pause
    assert not session.ctx.paths.drafts_dir.exists() or not any(
        session.ctx.paths.drafts_dir.iterdir())  # fmt: skip
    phone = dialog.fields["phone"]
    assert isinstance(phone, QLineEdit)
    phone.selectAll()
    type_into(phone, "0923456789")
    qtbot.waitUntil(lambda: fields_of(dialog.drafts) is not None, timeout=WAIT)
    assert dialog.drafts.key.record == str(emp_id)
    assert fields_of(dialog.drafts)["national_number"] == national.text()  # type: ignore[index]
    cut(dialog)
    assert not employee_dialog(qtbot, session).drafts.banner.isVisible()  # a new one: no draft
    again = employee_dialog(qtbot, session, emp_id)
    assert again.drafts.banner.isVisible()
    qtbot.mouseClick(again.drafts.banner.restore_button, Qt.MouseButton.LeftButton)
    assert again.fields["phone"].text() == "0923456789"  # type: ignore[attr-defined]


def test_drafts_are_the_users_own(qtbot: Any, make_session: Any) -> None:
    typed_employee(qtbot, make_session())
    clerk = employee_dialog(qtbot, make_session("clerk", ADMIN_PASSWORD))
    assert not clerk.drafts.banner.isVisible()


def test_a_password_field_is_never_bound(qtbot: Any) -> None:
    from baladiya_desktop.ui.drafts import bind

    secret = QLineEdit()
    qtbot.addWidget(secret)
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    with pytest.raises(ValueError):
        bind(secret)


def receipt_entry(qtbot: Any, session: Any) -> tuple[RevenuePage, Any]:
    page = RevenuePage(session)
    page.show()
    entry = page.tab("entry")
    qtbot.waitUntil(lambda: entry.drafts.started and entry.serial.text() != "", timeout=WAIT)
    return page, entry


def test_receipt_entry_keeps_its_draft_until_saved(qtbot: Any, make_session: Any) -> None:
    session = make_session("cashier", ADMIN_PASSWORD)
    revenue_service.issue_book(session.ctx, "B-7", 1, 50, "سالم", dt.date.today())
    page, entry = receipt_entry(qtbot, session)
    type_into(entry.payer, "مخبز الفجر")
    entry.category.setCurrentIndex(entry.category.findData("LIC-HLT"))  # a choice: at once
    saved = fields_of(entry.drafts)
    assert saved is not None and saved["payer_name"] == "مخبز الفجر"
    category = saved["category"]
    cut(page)
    page, entry = receipt_entry(qtbot, session)
    qtbot.addWidget(page)
    assert entry.drafts.banner.isVisible() and entry.payer.text() == ""
    qtbot.mouseClick(entry.drafts.banner.restore_button, Qt.MouseButton.LeftButton)
    assert entry.payer.text() == "مخبز الفجر" and entry.category.currentText() == category
    assert entry.category.currentData() == "LIC-HLT"
    type_into(entry.amount, "١٢٥٠")
    qtbot.keyClick(entry.amount, Qt.Key.Key_Return)  # saves and opens the next
    qtbot.waitUntil(lambda: entry.serial.text() == "2", timeout=WAIT)
    assert fields_of(entry.drafts) is None


def test_project_dialog_keeps_its_draft_until_cancelled(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    dialog = ProjectDialog(session)
    dialog.show()
    type_into(dialog.name, "صيانة مدرسة الأندلس")
    type_into(dialog.budget, "250000")
    dialog.sector.setCurrentIndex(dialog.sector.count() - 1)
    qtbot.waitUntil(lambda: (fields_of(dialog.drafts) or {}).get("budget") == "250000",
                    timeout=WAIT)  # fmt: skip
    sector = dialog.sector.currentData()
    cut(dialog)
    dialog = ProjectDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.drafts.banner.isVisible()
    qtbot.mouseClick(dialog.drafts.banner.restore_button, Qt.MouseButton.LeftButton)
    assert (dialog.name.text(), dialog.budget.text()) == ("صيانة مدرسة الأندلس", "250000")
    assert dialog.sector.currentData() == sector
    dialog.reject()  # Cancel
    assert fields_of(dialog.drafts) is None


def test_indicator_values_typed_and_not_saved_come_back(qtbot: Any, make_session: Any) -> None:
    from baladiya_desktop.ui.indicators.entry import NOTE, VALUE, EntryView

    session = make_session()
    view = EntryView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.drafts.started and view.table.rowCount() > 0, timeout=WAIT)
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, VALUE).flags() & Qt.ItemFlag.ItemIsEditable)  # fmt: skip
    code = view.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
    view.table.item(row, VALUE).setText("7")  # a cell left after typing
    view.table.item(row, NOTE).setText("سجل الحرس")
    assert fields_of(view.drafts) == {"edits": {code: ["7", "سجل الحرس"]}}
    period = view.period.currentIndex()
    view.period.setCurrentIndex(period + 1)  # another period: its own draft, none yet
    qtbot.waitUntil(lambda: view.drafts.key.record == view.key(), timeout=WAIT)
    assert not view.drafts.banner.isVisible() and not view.edits
    view.period.setCurrentIndex(period)
    qtbot.waitUntil(lambda: view.drafts.banner.isVisible(), timeout=WAIT)
    assert view.table.item(row, VALUE).text() != "7"
    qtbot.mouseClick(view.drafts.banner.restore_button, Qt.MouseButton.LeftButton)
    assert view.table.item(row, VALUE).text() == "7" and view.edits == {code: ("7", "سجل الحرس")}
    view.save()  # saved or refused (shown on the line), the draft is spent
    qtbot.waitUntil(lambda: fields_of(view.drafts) is None, timeout=WAIT)
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=WAIT)
    assert not view.drafts.banner.isVisible()


def _unit(session: Any) -> Any:
    from baladiya_desktop.domain.org.queries import load_units

    org_service.add_unit(session.ctx, UnitInput("HR", "إدارة الشؤون الإدارية", "department"))
    with session.ctx.session() as db:
        return load_units(db)[0]


def _project(session: Any) -> Any:
    from baladiya_desktop.domain.projects import queries as project_queries
    from baladiya_desktop.domain.projects import service as project_service
    from baladiya_desktop.domain.projects.service import ProjectInput

    data = ProjectInput(name="طريق", sector="dev_projects", budget=1_000)
    return project_queries.detail(session.ctx, project_service.save_project(session.ctx, data))


def _dialogs() -> dict[str, tuple[Any, Any, str]]:
    """Per dialog: what it is about (made once), the dialog, and the line the clerk types in."""
    from baladiya_desktop.ui.org.dialogs import CloseDialog, PostDialog, UnitDialog
    from baladiya_desktop.ui.pages.projects_detail import ProgressDialog
    from baladiya_desktop.ui.revenue.books import IssueBookDialog
    from baladiya_desktop.ui.revenue.deposits import DepositDialog

    def nothing(_session: Any) -> None:
        return None

    return {
        "unit": (nothing, lambda s, _: UnitDialog(s, [], {"department": "إدارة"}), "name_ar"),
        "post": (_unit, PostDialog, "title"),
        "close": (_unit, CloseDialog, "on"),
        "deposit": (nothing, lambda s, _: DepositDialog(s, None), "slip"),
        "book": (nothing, lambda s, _: IssueBookDialog(s, None), "collector"),
        "progress": (_project, ProgressDialog, "note"),
    }


@pytest.mark.parametrize("name", list(_dialogs()))
def test_every_wired_dialog_keeps_and_offers_its_draft(qtbot: Any, make_session: Any,
                                                       name: str) -> None:  # fmt: skip
    session = make_session()
    prepare, dialog_of, field = _dialogs()[name]
    about = prepare(session)
    dialog = dialog_of(session, about)
    dialog.show()
    line = getattr(dialog, field)
    line.selectAll()
    type_into(line, "نص مكتوب")
    qtbot.waitUntil(lambda: (fields_of(dialog.drafts) or {}).get(field) == "نص مكتوب",
                    timeout=WAIT)  # fmt: skip
    saved = fields_of(dialog.drafts)
    assert json.loads(json.dumps(dialog.drafts.snapshot())) == saved
    cut(dialog)
    again = dialog_of(session, about)
    qtbot.addWidget(again)
    again.show()
    assert again.drafts.banner.isVisible()
    qtbot.mouseClick(again.drafts.banner.restore_button, Qt.MouseButton.LeftButton)
    assert getattr(again, field).text() == "نص مكتوب"
    again.reject()  # Cancel
    assert fields_of(again.drafts) is None
