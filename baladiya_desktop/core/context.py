"""The application context: made once at start, passed down; no module-level state."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from baladiya_desktop.core.database import writer_engine
from baladiya_desktop.core.errors import AuthenticationError, PermissionDenied
from baladiya_desktop.core.paths import StationPaths
from baladiya_desktop.core.permissions import ROLE_TITLES_AR, Permission, role_may
from baladiya_desktop.core.station import StationInfo
from baladiya_desktop.core.users import CurrentUser
from baladiya_desktop.core.writes import Tx, write_transaction


@dataclass(frozen=True)
class AppContext:
    url: str
    engine: Engine
    paths: StationPaths
    station: StationInfo
    user: CurrentUser | None = None
    # The ministry officer's key passphrase, given once per session (core.keystore).
    key_passphrase: str | None = field(default=None, repr=False, compare=False)
    _reader: sessionmaker[Session] = field(init=False, repr=False, compare=False)
    _writer: sessionmaker[Session] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_reader", sessionmaker(self.engine, expire_on_commit=False))
        object.__setattr__(
            self, "_writer", sessionmaker(writer_engine(self.engine), expire_on_commit=False)
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def as_user(self, user: CurrentUser | None) -> AppContext:
        return dataclasses.replace(self, user=user)

    def with_key_passphrase(self, passphrase: str | None) -> AppContext:
        return dataclasses.replace(self, key_passphrase=passphrase)

    def session(self) -> Session:
        """A session for reading; writes go through :meth:`write`."""
        return self._reader()

    def require_user(self) -> CurrentUser:
        if self.user is None:
            raise AuthenticationError(
                "يجب تسجيل الدخول أولاً (--user مع كلمة المرور).",
                "Log in first (--user with the password).",
            )
        return self.user

    def require(self, permission: Permission) -> CurrentUser:
        user = self.require_user()
        if not role_may(user.role, permission):
            raise PermissionDenied(
                f"دورك ({ROLE_TITLES_AR[user.role]}) لا يسمح بهذه العملية ({permission.value}).",
                f"Your role ({user.role.value}) does not allow this ({permission.value}).",
            )
        return user

    def write(self, permission: Permission | None, action: str) -> AbstractContextManager[Tx]:
        """One write transaction as the current user, refused without ``permission``."""
        user = self.require(permission) if permission else self.require_user()
        return self.write_as(user.username, action)

    @contextmanager
    def write_as(self, username: str, action: str) -> Iterator[Tx]:
        """A write on behalf of ``username`` with no permission check: bookkeeping only
        (setting up the station, counting failed logins)."""
        with write_transaction(self._writer, self.station.id, username, action) as tx:
            yield tx

