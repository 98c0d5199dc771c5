from __future__ import annotations

from baladiya_desktop.core.permissions import Role
from baladiya_desktop.core.users import list_users
from baladiya_desktop.ui.pages.user_dialogs import AddUserDialog
from baladiya_desktop.ui.pages.users import UsersPage


def _page(qtbot, session) -> UsersPage:
    page = UsersPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)
    return page


def test_users_page_adds_a_user_through_the_service(qtbot, make_session):
    session = make_session()
    page = _page(qtbot, session)
    dialog = AddUserDialog(session, page)
    qtbot.addWidget(dialog)
    dialog.username.setText("fatma")
    dialog.full_name.setText("فاطمة الورفلي")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.STAFF_OFFICER.value))
    dialog.password.setText("secret22")
    dialog.confirm.setText("secret22")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit()
    users = {u.username: u for u in list_users(session.ctx)}
    assert users["fatma"].role is Role.STAFF_OFFICER
    assert users["fatma"].full_name == "فاطمة الورفلي"
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10_000)


def test_add_user_refusal_is_shown_beside_the_field(qtbot, make_session):
    session = make_session()
    dialog = AddUserDialog(session)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")  # taken
    dialog.password.setText("secret22")
    dialog.confirm.setText("secret22")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    assert "مستخدم من قبل" in dialog.errors["username"].text()
    assert dialog.windowTitle() == "إضافة مستخدم"
    assert dialog.save_button.text() == "حفظ"  # a base-class string, its own context


def test_search_filters_with_the_arabic_key(qtbot, make_session):
    page = _page(qtbot, make_session())
    page.search.setText("وكيل البلديه")  # typed with ه, still finds "وكيل البلدية"
    assert page.proxy.rowCount() == 1
    page.focus_search()


def test_the_users_list_and_the_audit_extract_print_from_the_page(qtbot, make_session):
    from PySide6.QtCore import QDate

    from baladiya_desktop.ui.print_preview import PrintPreview

    page = _page(qtbot, make_session())
    page.print_button.click()
    qtbot.waitUntil(lambda: len(page.findChildren(PrintPreview)) == 1, timeout=30_000)
    assert "المستخدمين" in page.findChildren(PrintPreview)[0].windowTitle()

    page.print_audit()
    dialog = page.range_dialog
    dialog.date_from.setDate(QDate.currentDate().addDays(1))
    dialog.date_to.setDate(QDate.currentDate())
    dialog._check()  # a range that ends before it starts is refused in the dialog
    assert dialog.isVisible() and "بعد" in dialog.error.text()
    dialog.date_from.setDate(QDate.currentDate().addDays(-7))
    dialog._check()
    qtbot.waitUntil(lambda: len(page.findChildren(PrintPreview)) == 2, timeout=30_000)
    assert "التدقيق" in page.findChildren(PrintPreview)[1].windowTitle()
