"""Users: argon2id passwords, growing delays after wrong ones, recovery codes, the
administrator's tools.

Wrong passwords slow an account down instead of locking it: a lockout would let anyone at the
PC keep the municipal agent out by typing five wrong passwords. The delay lives in the user
row (``failed_attempts`` and ``locked_until``, read as "not before"), so it survives restarts,
and never exceeds ``MAX_DELAY_SECONDS``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import secrets
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Boolean, Integer, String, Uuid, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from baladiya_desktop.core.base import Base, UTCDateTime, utcnow
from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import AuthenticationError, NotFound, ValidationError
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.permissions import Permission, Role, parse_role

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

FREE_ATTEMPTS = 3  # wrong passwords before the first delay
MAX_DELAY_SECONDS = 60
_MAX_DELAY = dt.timedelta(seconds=MAX_DELAY_SECONDS)
MIN_PASSWORD_LENGTH = 8
# No 0/O, 1/I/L: the code is read off paper and typed back by hand.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH = 5, 5
USERNAME_RE = re.compile(r"^\w[\w.\-]{1,63}$")

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


class User(Base):
    __tablename__ = "users"
    __audit_exclude__ = ("password_hash", "recovery_hash")

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
    # argon2 hash of the administrator's recovery code; the code itself is shown once.
    recovery_hash: Mapped[str | None] = mapped_column(String(200))


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


def _folded(text: str) -> str:
    """Case, spaces and the separators of user names folded away, to compare a password."""
    return re.sub(r"[\s._\-]+", "", text).casefold()


def check_password_rules(password: str, username: str) -> None:
    """The password policy, applied wherever a password is set (CLI, GUI, setup, recovery)."""
    if not password.strip():
        raise ValidationError(
            "كلمة المرور لا يجوز أن تكون فارغة أو مسافات فقط. اكتب "
            f"{MIN_PASSWORD_LENGTH} أحرف على الأقل.",
            f"The password cannot be empty or only spaces: type at least {MIN_PASSWORD_LENGTH} "
            "characters.",
            field="password",
        )
    if len(password.strip()) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"كلمة المرور قصيرة: يجب ألا تقل عن {MIN_PASSWORD_LENGTH} أحرف.",
            f"The password is too short: use at least {MIN_PASSWORD_LENGTH} characters.",
            field="password",
        )
    if username and _folded(password) == _folded(username):
        raise ValidationError(
            "كلمة المرور لا يجوز أن تكون اسم المستخدم نفسه. اختر كلمة أخرى.",
            "The password cannot be the user name: choose another one.",
            field="password",
        )
    if len({ch for ch in password.casefold() if not ch.isspace()}) == 1:
        raise ValidationError(
            "كلمة المرور لا يجوز أن تكون حرفاً واحداً مكرراً. اخلط أحرفاً وأرقاماً مختلفة.",
            "The password cannot be one character repeated: mix different letters and digits.",
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


class LoginDelayed(AuthenticationError):
    """Too many wrong passwords lately: the next attempt is accepted after ``seconds``."""

    def __init__(self, seconds: int) -> None:
        super().__init__(
            f"محاولات دخول خاطئة متكررة: انتظر {seconds} ثانية ثم حاول مرة أخرى.",
            f"Too many wrong passwords: wait {seconds} seconds, then try again.",
        )
        self.seconds = seconds


def delay_after(failures: int) -> int:
    """Seconds before the next attempt after ``failures`` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, 1 << min(failures - FREE_ATTEMPTS, 16))


def _wait_seconds(user: User, now: dt.datetime) -> int:
    """Seconds still to wait; capped, so a lock written by an older version is short too."""
    if user.locked_until is None or user.locked_until <= now:
        return 0
    left = (user.locked_until - now).total_seconds()
    return min(MAX_DELAY_SECONDS, max(1, math.ceil(left)))


def _verify(stored: str | None, secret: str) -> bool:
    if not stored:
        return False
    try:
        return _hasher.verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(
    ctx: AppContext, username: str, password: str, *, now: dt.datetime | None = None
) -> CurrentUser:
    """Check a password. After ``FREE_ATTEMPTS`` wrong ones in a row, each further attempt
    must wait a growing delay (refused unchecked while it runs); nobody is ever locked out.

    ``now`` is for tests: the clock the delays are measured by."""
    now = now or utcnow()
    with ctx.session() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise _wrong_credentials()
        if user.disabled:
            raise AuthenticationError(
                "هذا الحساب موقوف. راجع مدير النظام.",
                "This account is disabled. Ask the administrator.",
            )
        wait = _wait_seconds(user, now)
        # A lock from the older version, or a clock set back, holds no longer than the cap.
        too_far = user.locked_until is not None and user.locked_until > now + _MAX_DELAY
        # While the delay runs the password is not looked at, else guessing would go on.
        ok = not wait and _verify(user.password_hash, password)
        result = CurrentUser(user.id, user.username, user.full_name, Role(user.role))
        had_failures = user.failed_attempts > 0 or user.locked_until is not None
    if too_far:
        with ctx.write_as(username, "login.delay_capped") as tx:
            _get(tx.session, username).locked_until = now + _MAX_DELAY
    if wait:
        raise LoginDelayed(wait)
    if ok:
        if had_failures:
            with ctx.write_as(username, "login.reset_failures") as tx:
                row = _get(tx.session, username)
                row.failed_attempts = 0
                row.locked_until = None
        return result
    with ctx.write_as(username, "login.failed") as tx:
        row = _get(tx.session, username)
        row.failed_attempts += 1
        delay = delay_after(row.failed_attempts)
        if delay:
            row.locked_until = now + dt.timedelta(seconds=delay)
            tx.note("login.delayed", {"username": username, "seconds": delay})
    raise _wrong_credentials()


def new_recovery_code() -> str:
    """A random recovery code, e.g. ``7KQ2M-...``: five groups of five, about 124 bits."""
    groups = (
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(RECOVERY_GROUPS)
    )
    return "-".join(groups)


def _normalized_code(code: str) -> str:
    """What is hashed: digits made Western, case, spaces and dashes folded."""
    return re.sub(r"[^0-9A-Z]", "", normalize_digits(code).upper())


def recovery_hash(code: str) -> str:
    return _hasher.hash(_normalized_code(code))


def recover(ctx: AppContext, username: str, code: str, new_password: str) -> str:
    """Set a forgotten password with the recovery code written down at setup.

    The code works once: a new one replaces it and is returned, to be shown once. A wrong code
    changes nothing but is audited, like a wrong password."""
    check_password_rules(new_password, username)
    with ctx.session() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None or user.recovery_hash is None:
            raise _wrong_recovery()
    replacement = new_recovery_code()
    password_hash, replacement_hash = hash_password(new_password), recovery_hash(replacement)
    refused = disabled = False
    with ctx.write_as(username, "users.recover") as tx:
        row = _get(tx.session, username)
        # Checked inside the write, so two uses of one code at once cannot both succeed.
        if not _verify(row.recovery_hash, _normalized_code(code)):
            refused = True
            tx.note("users.recover_refused", {"username": username})
        elif row.disabled:
            disabled = True
        else:
            row.password_hash = password_hash
            row.password_changed_at = utcnow()
            row.failed_attempts = 0
            row.locked_until = None
            row.recovery_hash = replacement_hash
    if refused:
        raise _wrong_recovery()
    if disabled:
        raise AuthenticationError(
            "هذا الحساب موقوف، ولا يعيده رمز الاسترداد. راجع مدير النظام.",
            "This account is disabled; a recovery code does not enable it. Ask the "
            "administrator.",
        )
    return replacement


def issue_recovery_code(ctx: AppContext) -> str:
    """A new recovery code for the logged-in administrator (the paper was lost, or the station
    was set up before recovery codes existed); the old code stops working."""
    me = ctx.require(Permission.USERS_MANAGE)
    code = new_recovery_code()
    hashed = recovery_hash(code)
    with ctx.write(Permission.USERS_MANAGE, "users.recovery_code") as tx:
        _get(tx.session, me.username).recovery_hash = hashed
    return code


def _wrong_recovery() -> AuthenticationError:
    return AuthenticationError(
        "اسم المستخدم أو رمز الاسترداد غير صحيح. لم يتغير شيء.",
        "Wrong user name or recovery code. Nothing was changed.",
    )


def add_user(
    ctx: AppContext, username: str, role: str, password: str, full_name: str = ""
) -> CurrentUser:
    check_username(username)
    parsed = parse_role(role)
    check_password_rules(password, username)
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
    check_password_rules(new_password, username)
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
