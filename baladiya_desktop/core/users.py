"""Users: argon2id passwords, lockout after repeated failures, the administrator's tools."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Boolean, Integer, String, Uuid, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from baladiya_desktop.core.base import Base, UTCDateTime, utcnow
from baladiya_desktop.core.errors import AuthenticationError, NotFound, ValidationError
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.permissions import Permission, Role, parse_role

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 6
USERNAME_RE = re.compile(r"^\w[\w.\-]{1,63}$")

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


class User(Base):
    __tablename__ = "users"
    __audit_exclude__ = ("password_hash",)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    password_changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


@dataclass(frozen=True)
class CurrentUser:
    id: uuid.UUID
    username: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class UserRow:
    username: str
    full_name: str
    role: Role
    disabled: bool
    locked: bool
    created_at: dt.datetime


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"كلمة المرور قصيرة: يجب ألا تقل عن {MIN_PASSWORD_LENGTH} أحرف.",
            f"The password is too short: use at least {MIN_PASSWORD_LENGTH} characters.",
            field="password",
        )


def check_username(username: str) -> None:
    if not USERNAME_RE.match(username):
        raise ValidationError(
            "اسم المستخدم يجب أن يكون من 2 إلى 64 حرفاً أو رقماً، بلا مسافات.",
            "A user name has 2 to 64 letters or digits, without spaces.",
            field="username",
        )


def _wrong_credentials() -> AuthenticationError:
    return AuthenticationError(
        "اسم المستخدم أو كلمة المرور غير صحيحة.",
        "Wrong user name or password.",
    )


def _get(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise NotFound(f"لا يوجد مستخدم باسم «{username}».", f"There is no user '{username}'.")
    return user


def authenticate(ctx: AppContext, username: str, password: str) -> CurrentUser:
    """Check a password; count failures and lock the account after too many."""
    with ctx.session() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise _wrong_credentials()
        now = utcnow()
        if user.disabled:
            raise AuthenticationError(
                "هذا الحساب موقوف. راجع مدير النظام.",
                "This account is disabled. Ask the administrator.",
            )
        if user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise AuthenticationError(
                f"الحساب مقفل بعد محاولات دخول خاطئة متكررة. حاول بعد {minutes} دقيقة.",
                f"The account is locked after repeated wrong passwords. Try in {minutes} min.",
            )
        try:
            _hasher.verify(user.password_hash, password)
            ok = True
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        result = CurrentUser(user.id, user.username, user.full_name, Role(user.role))
        had_failures = user.failed_attempts > 0
    if ok:
        if had_failures:
            with ctx.write_as(username, "login.reset_failures") as tx:
                _get(tx.session, username).failed_attempts = 0
        return result
    with ctx.write_as(username, "login.failed") as tx:
        row = _get(tx.session, username)
        row.failed_attempts += 1
        if row.failed_attempts >= MAX_FAILED_ATTEMPTS:
            row.locked_until = utcnow() + dt.timedelta(minutes=LOCK_MINUTES)
            row.failed_attempts = 0
            tx.note("login.locked", {"username": username, "minutes": LOCK_MINUTES})
    raise _wrong_credentials()


def add_user(
    ctx: AppContext, username: str, role: str, password: str, full_name: str = ""
) -> CurrentUser:
    check_username(username)
    parsed = parse_role(role)
    check_password_rules(password)
    with ctx.write(Permission.USERS_MANAGE, "users.add") as tx:
        exists = tx.session.scalars(select(User.id).where(User.username == username)).first()
        if exists is not None:
            raise ValidationError(
                f"اسم المستخدم «{username}» مستخدم من قبل. اختر اسماً آخر.",
                f"The user name '{username}' is taken. Choose another.",
                field="username",
            )
        user = User(
            username=username, role=parsed.value, full_name=full_name.strip(),
            password_hash=hash_password(password),
        )
        tx.session.add(user)
        tx.session.flush()
        return CurrentUser(user.id, user.username, user.full_name, parsed)


def list_users(ctx: AppContext) -> list[UserRow]:
    ctx.require(Permission.USERS_MANAGE)
    now = utcnow()
    with ctx.session() as session:
        return [
            UserRow(
                u.username, u.full_name, Role(u.role), u.disabled,
                u.locked_until is not None and u.locked_until > now, u.created_at,
            )
            for u in session.scalars(select(User).order_by(User.username))
        ]


def change_password(
    ctx: AppContext, username: str, new_password: str, old_password: str | None = None
) -> None:
    """An administrator sets anyone's password; a user changes their own with the old one."""
    check_password_rules(new_password)
    me = ctx.require_user()
    if me.username == username and old_password is not None:
        authenticate(ctx, username, old_password)
        permission = None
    else:
        permission = Permission.USERS_MANAGE
    with ctx.write(permission, "users.passwd") as tx:
        user = _get(tx.session, username)
        user.password_hash = hash_password(new_password)
        user.password_changed_at = utcnow()
        user.failed_attempts = 0
        user.locked_until = None


def set_disabled(ctx: AppContext, username: str, disabled: bool) -> None:
    me = ctx.require(Permission.USERS_MANAGE)
    if disabled and me.username == username:
        raise ValidationError(
            "لا يمكنك إيقاف حسابك أنت. اطلب ذلك من مدير آخر.",
            "You cannot disable your own account. Ask another administrator.",
        )
    with ctx.write(Permission.USERS_MANAGE, "users.disable" if disabled else "users.enable") as tx:
        user = _get(tx.session, username)
        if disabled and Role(user.role) is Role.ADMIN:
            admins = tx.session.scalars(
                select(User.id).where(User.role == Role.ADMIN.value, User.disabled.is_(False))
            ).all()
            if len(admins) <= 1:
                raise ValidationError(
                    "لا يمكن إيقاف آخر مدير للنظام.",
                    "The last administrator cannot be disabled.",
                )
        user.disabled = disabled


def set_role(ctx: AppContext, username: str, role: str) -> None:
    parsed = parse_role(role)
    with ctx.write(Permission.USERS_MANAGE, "users.role") as tx:
        _get(tx.session, username).role = parsed.value
