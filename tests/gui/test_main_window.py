from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from baladiya_desktop.core.settings import LANGUAGE, get_setting
from baladiya_desktop.ui.main_window import MainWindow
from baladiya_desktop.ui.pages import default_registry
from tests.gui.conftest import VIEWER, VIEWER_PASSWORD


def _window(qtbot, session) -> MainWindow:
    window = MainWindow(session, default_registry())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    return window


def _nav(window: MainWindow) -> list[str]:
    return [window.nav.item(i).data(256) for i in range(window.nav.count())]


def test_admin_sees_every_page(qtbot, make_session):
    window = _window(qtbot, make_session())
    names = _nav(window)
    assert names[0] == "home" and names[-1] == "settings"
    assert {"org", "users", "backups"} <= set(names)
    for name in names:
        assert window.show_page(name)
        qtbot.waitUntil(lambda: not window.session.runner.busy, timeout=10_000)
        assert window.stack.currentWidget() is window.page(name)


def test_viewer_does_not_see_users_or_backups(qtbot, make_session):
    window = _window(qtbot, make_session(VIEWER, VIEWER_PASSWORD))
    names = _nav(window)
    assert {"home", "org", "settings"} <= set(names)
    assert not {"users", "backups"} & set(names)
    assert not window.show_page("users")
    assert not window.show_page("backups")


def test_arabic_is_right_to_left_with_the_status_bar_filled(qtbot, make_session):
    window = _window(qtbot, make_session())
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    texts = [label.text() for label in window.status_labels]
    assert texts[0] == "البلدية: أبوسليم"
    assert texts[1] == "المحطة: مكتب الوكيل"
    assert "مدير النظام" in texts[2]
    assert texts[3].startswith("آخر نسخة احتياطية:")
    assert window.nav.item(_nav(window).index("users")).text() == "المستخدمون"


def test_home_page_shows_real_data(qtbot, make_session):
    session = make_session()
    window = _window(qtbot, session)
    home = window.page("home")
    assert home.municipality.text().strip("\u200f") == "أبوسليم"
    assert home.values["active_users"].text().strip("\u200f") == "4"


def test_language_switch_to_english_and_back(qtbot, make_session):
    session = make_session()
    window = _window(qtbot, session)
    window.show_page("settings")
    settings = window.page("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settings.apply_language()
    qtbot.waitUntil(lambda: session.lang() == "en", timeout=10_000)
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.nav.item(_nav(window).index("users")).text() == "Users"
    assert window.title.text() == "Settings"
    assert window.status_labels[1].text() == "Station: مكتب الوكيل"
    assert get_setting(session.ctx, LANGUAGE) == "en"
    settings = window.page("settings")
    settings.language.setCurrentIndex(settings.language.findData("ar"))
    settings.apply_language()
    qtbot.waitUntil(lambda: session.lang() == "ar", timeout=10_000)
    assert window.nav.item(_nav(window).index("users")).text() == "المستخدمون"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
