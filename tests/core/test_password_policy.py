"""The password policy: one rule set wherever a password is set, with a message naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from baladiya_desktop.core import users
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import create_station
from tests.support import MUNICIPALITY, PASSWORD, TEST_USERS

BLANK = ("مسافات فقط", "only spaces")
SHORT = ("قصيرة", "too short")
NAME = ("اسم المستخدم", "the user name")
REPEATED = ("حرفاً واحداً مكرراً", "one character repeated")


@pytest.mark.parametrize(
    ("password", "username", "rule"),
    [
        ("      ", "clerk", BLANK),  # six spaces
        ("\t \u00a0  \n   ", "clerk", BLANK),  # any whitespace, even when long
        ("", "clerk", BLANK),
        ("abc1234", "clerk", SHORT),
        ("  abc12  ", "clerk", SHORT),  # spaces around do not count
        ("aaaaaaaa", "clerk", REPEATED),
        ("AaAa aAaA", "clerk", REPEATED),  # case and spaces folded
        ("Fatima.Ali", "fatima.ali", NAME),
        ("fatima ali", "fatima.ali", NAME),
        ("  FATIMAALI ", "fatima_ali", NAME),
    ],
)
def test_weak_passwords_are_refused_naming_the_rule(
    password: str, username: str, rule: tuple[str, str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        users.check_password_rules(password, username)
    assert caught.value.field == "password"
    assert rule[0] in caught.value.message_ar
    assert rule[1] in caught.value.message_en


@pytest.mark.parametrize(
    ("password", "username"),
    [("secret99", "clerk"), ("fatima.ali2", "fatima.ali"), ("كلمة سر طويلة", "admin"),
     (PASSWORD, "admin"), ("  spaced out  ", "clerk")],
)
def test_good_passwords_pass(password: str, username: str) -> None:
    users.check_password_rules(password, username)


@pytest.mark.parametrize("password", ["      ", "sixchr", "aaaaaaaa", "fatima"])
def test_adding_a_user_applies_the_policy(admin: AppContext, password: str) -> None:
    with pytest.raises(ValidationError) as caught:
        users.add_user(admin, "fatima", "viewer", password)
    assert caught.value.field == "password"
    with admin.session() as session:
        assert session.scalars(select(users.User).where(users.User.username == "fatima")).first() \
            is None


@pytest.mark.parametrize("password", ["      ", "clerk", "CLERK   ", "11111111"])
def test_changing_a_password_applies_the_policy(admin: AppContext, password: str) -> None:
    with pytest.raises(ValidationError):
        users.change_password(admin, "clerk", password)
    assert users.authenticate(admin, "clerk", PASSWORD).username == "clerk"


@pytest.mark.parametrize("password", ["      ", "aaaaaaaa", "Ali.Mabrouk"])
def test_setup_applies_the_policy(tmp_path: Path, password: str) -> None:
    db = tmp_path / "s.db"
    with pytest.raises(ValidationError) as caught:
        create_station(Target.resolve(db), municipality=MUNICIPALITY, station_name="x",
                       admin_username="ali.mabrouk", admin_password=password)
    assert caught.value.field == "password"
    assert not db.exists()


def test_existing_fixture_passwords_pass() -> None:
    for name in ("admin", *TEST_USERS):
        users.check_password_rules(PASSWORD, name)
