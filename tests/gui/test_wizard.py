from __future__ import annotations

import re

from PySide6.QtWidgets import QWizard

from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import authenticate, recover
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.ui.wizard import FirstRunWizard


def test_wizard_creates_the_station_and_its_administrator(qtbot, tmp_path, runner):
    target = Target.resolve(db=tmp_path / "new" / "baladiya.db")
    wizard = FirstRunWizard(target, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # welcome -> station
    page = wizard.station
    page.search.setText("ابوسليم")  # typed without hamza: the Arabic search key finds أبوسليم
    assert page.municipalities.count() >= 1
    page.select_code("LY-M001")
    page.station_name.setText("مكتب الوكيل")
    assert page.isComplete()
    wizard.next()  # station -> administrator
    admin = wizard.admin
    admin.username.setText("admin")
    admin.full_name.setText("علي المبروك")
    admin.password.setText("secret12")
    admin.confirm.setText("different")
    wizard.next()
    assert admin.errors["confirm"].text() == "كلمتا المرور غير متطابقتين."
    assert wizard.currentPage() is admin
    admin.confirm.setText("secret12")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=20_000)
    assert wizard.ctx is not None and wizard.ctx.user is not None
    assert wizard.done_page.fingerprint.text() == wizard.ctx.station.fingerprint
    # The recovery code is shown once; Finish waits until it is written down.
    code = wizard.done_page.recovery_code.text()
    assert re.fullmatch(r"([2-9A-Z]{5}-){4}[2-9A-Z]{5}", code)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.done_page.written.setChecked(True)
    assert finish.isEnabled()
    wizard.ctx.engine.dispose()
    finish.click()

    ctx = open_station(target)
    try:
        assert ctx.station.municipality_code == "LY-M001"
        assert ctx.station.name == "مكتب الوكيل"
        assert authenticate(ctx, "admin", "secret12").full_name == "علي المبروك"
        recover(ctx, "admin", code, "after-recovery-1")
        assert authenticate(ctx, "admin", "after-recovery-1").username == "admin"
    finally:
        ctx.engine.dispose()


def test_wizard_shows_field_errors_beside_the_fields(qtbot, tmp_path, runner):
    wizard = FirstRunWizard(Target.resolve(db=tmp_path / "x.db"), runner)
    qtbot.addWidget(wizard)
    admin = wizard.admin
    admin.username.setText("a b")
    admin.password.setText("123")
    admin.confirm.setText("123")
    assert not admin.check_fields()
    assert "اسم المستخدم" in admin.errors["username"].text()
    assert "قصيرة" in admin.errors["password"].text()
    for weak, rule in (("      ", "مسافات فقط"), ("aaaaaaaa", "مكرراً"), ("Admin.Boss", "اسم")):
        admin.username.setText("admin.boss")
        admin.password.setText(weak)
        admin.confirm.setText(weak)
        assert not admin.check_fields()
        assert rule in admin.errors["password"].text()
    assert not (tmp_path / "x.db").exists()
