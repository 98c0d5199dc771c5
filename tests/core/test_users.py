"""Users and roles: passwords, lockout, permissions refused in the service."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from baladiya_desktop.core import users
from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import (
    AuthenticationError,
    PermissionDenied,
    ValidationError,
)
from baladiya_desktop.core.permissions import GRANTS, Permission, Role
from tests.support import PASSWORD, login


def audit_count(ctx: AppContext) -> int:
    with ctx.session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def user_count(ctx: AppContext) -> int:
    with ctx.session() as session:
        return int(session.scalar(select(func.count()).select_from(users.User)) or 0)


def test_password_is_hashed_with_argon2id(ctx: AppContext) -> None:
    with ctx.session() as session:
        stored = session.scalars(select(users.User.password_hash)).first()
    assert stored is not None and stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_wrong_password_is_refused(ctx: AppContext) -> None:
    with pytest.raises(AuthenticationError) as caught:
        users.authenticate(ctx, "admin", "wrong-password")
    assert caught.value.message_ar == "اسم المستخدم أو كلمة المرور غير صحيحة."


def test_unknown_user_gets_the_same_message(ctx: AppContext) -> None:
    with pytest.raises(AuthenticationError) as caught:
        users.authenticate(ctx, "nobody", PASSWORD)
    assert caught.value.message_en == "Wrong user name or password."


def test_disabled_user_cannot_log_in(admin: AppContext) -> None:
    users.set_disabled(admin, "clerk", True)
    with pytest.raises(AuthenticationError) as caught:
        users.authenticate(admin, "clerk", PASSWORD)
    assert "موقوف" in caught.value.message_ar
    users.set_disabled(admin, "clerk", False)
    assert users.authenticate(admin, "clerk", PASSWORD).role is Role.STAFF_OFFICER


@pytest.mark.parametrize("who", ["clerk", "cashier", "guest"])
def test_only_the_administrator_manages_users(ctx: AppContext, who: str) -> None:
    acting = login(ctx, who)
    before_users, before_audit = user_count(ctx), audit_count(ctx)
    with pytest.raises(PermissionDenied):
        users.add_user(acting, "intruder", "admin", "secret99")
    with pytest.raises(PermissionDenied):
        users.list_users(acting)
    with pytest.raises(PermissionDenied):
        users.set_disabled(acting, "admin", True)
    assert (user_count(ctx), audit_count(ctx)) == (before_users, before_audit)


def test_without_login_nothing_is_written(ctx: AppContext) -> None:
    with pytest.raises(AuthenticationError):
        users.add_user(ctx, "x1", "viewer", "secret99")


def test_admin_adds_and_lists_users(admin: AppContext) -> None:
    users.add_user(admin, "fatima", "revenue_officer", "secret99", "فاطمة علي")
    names = {row.username: row for row in users.list_users(admin)}
    assert names["fatima"].role is Role.REVENUE_OFFICER
    assert names["fatima"].full_name == "فاطمة علي"
    assert users.authenticate(admin, "fatima", "secret99").username == "fatima"


@pytest.mark.parametrize(
    ("username", "role", "password", "field"),
    [
        ("a", "viewer", "secret99", "username"),
        ("with space", "viewer", "secret99", "username"),
        ("okname", "king", "secret99", "role"),
        ("okname", "viewer", "123", "password"),
        ("admin", "viewer", "secret99", "username"),  # taken
    ],
)
def test_bad_new_users_are_refused(admin: AppContext, username: str, role: str,
                                   password: str, field: str) -> None:
    before = user_count(admin)
    with pytest.raises(ValidationError) as caught:
        users.add_user(admin, username, role, password)
    assert caught.value.field == field
    assert user_count(admin) == before


def test_last_administrator_cannot_be_disabled(admin: AppContext) -> None:
    users.add_user(admin, "second", "viewer", "secret99")
    users.set_role(admin, "second", "admin")
    second = login(admin, "admin").as_user(users.authenticate(admin, "second", "secret99"))
    users.set_disabled(second, "admin", True)
    with pytest.raises(ValidationError):
        users.set_disabled(second, "second", True)  # oneself


def test_change_password(admin: AppContext) -> None:
    users.change_password(admin, "clerk", "new-secret")
    assert users.authenticate(admin, "clerk", "new-secret").username == "clerk"
    clerk = login(admin, "guest")
    with pytest.raises(PermissionDenied):
        users.change_password(clerk, "clerk", "hijacked")
    users.change_password(clerk, "guest", "guest-new", old_password=PASSWORD)
    assert users.authenticate(admin, "guest", "guest-new").username == "guest"


def test_audit_never_holds_password_hashes(admin: AppContext) -> None:
    users.add_user(admin, "hashcheck", "viewer", "secret99")
    with admin.session() as session:
        texts = [e.after or "" for e in session.scalars(select(AuditEntry))]
    assert texts and not any("argon2" in t or "password_hash" in t for t in texts)


def test_every_role_reads_the_station() -> None:
    for role in Role:
        assert Permission.STATION_READ in GRANTS[role]
    assert Permission.STAFF_READ not in GRANTS[Role.VIEWER]


def test_every_permission_has_an_arabic_title() -> None:
    from baladiya_desktop.core.permissions import PERMISSION_TITLES_AR

    assert set(PERMISSION_TITLES_AR) == set(Permission)
