"""What every command shares: the target database, the acting user, output, passwords."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import AuthenticationError, UserError
from baladiya_desktop.core.keystore import ENV_PASSPHRASE
from baladiya_desktop.core.maintenance import (
    check_administrator_before_upgrade,
    require_administrator,
)
from baladiya_desktop.core.records import to_json_value
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import authenticate
from baladiya_desktop.domain.bootstrap import open_station

Handler = Callable[["Cli"], int]


class UsageError(Exception):
    """Wrong use of the command line: exit 2."""


@dataclass
class Cli:
    """One run of the command: parsed options and lazily read secrets."""

    args: argparse.Namespace
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    _stdin_lines: list[str] | None = None
    _opened: list[AppContext] = field(default_factory=list)

    @property
    def as_json(self) -> bool:
        return bool(self.args.json)

    def target(self) -> Target:
        url = self.args.database_url or os.environ.get("BALADIYA_DATABASE_URL")
        db = self.args.db or os.environ.get("BALADIYA_DB")
        if url and self.args.db:
            raise UsageError("use --db or --database-url, not both")
        if self.args.db:
            return Target.resolve(db=self.args.db)
        return Target.resolve(db=db, url=url)

    def _stdin_line(self, index: int) -> str | None:
        if self._stdin_lines is None:
            self._stdin_lines = [line.rstrip("\r\n") for line in self.stdin.readlines()]
        return self._stdin_lines[index] if index < len(self._stdin_lines) else None

    def password(self, what_ar: str = "كلمة المرور", what_en: str = "Password") -> str:
        """The acting user's password: first line of stdin, or BALADIYA_PASSWORD."""
        if self.args.password_stdin:
            value = self._stdin_line(0)
        else:
            value = os.environ.get("BALADIYA_PASSWORD")
        if not value:
            raise AuthenticationError(
                f"{what_ar} غير معطاة: ضعها في المتغير BALADIYA_PASSWORD أو مرّرها مع "
                "--password-stdin.",
                f"{what_en} missing: set BALADIYA_PASSWORD or pass it with --password-stdin.",
            )
        return value

    def new_password(self) -> str:
        """A password being set: BALADIYA_NEW_PASSWORD, the second stdin line, or a prompt."""
        value = os.environ.get("BALADIYA_NEW_PASSWORD")
        if not value and self.args.password_stdin:
            value = self._stdin_line(1)
        if not value and self.stdin.isatty():
            value = getpass.getpass("New password / كلمة المرور الجديدة: ")
        if not value:
            raise UserError(
                "كلمة المرور الجديدة غير معطاة: ضعها في BALADIYA_NEW_PASSWORD أو في السطر الثاني "
                "مع --password-stdin.",
                "New password missing: set BALADIYA_NEW_PASSWORD or give it as the second line "
                "with --password-stdin.",
            )
        return value

    def key_passphrase(self, *, prompt: bool = False) -> str | None:
        """The ministry's key passphrase: BALADIYA_KEY_PASSPHRASE, or the line after the
        password with --password-stdin; with ``prompt``, asked on a terminal."""
        value = os.environ.get(ENV_PASSPHRASE)
        if not value and self.args.password_stdin:
            value = self._stdin_line(1)
        if not value and prompt and self.stdin.isatty():
            value = getpass.getpass("Key passphrase / عبارة المرور للمفاتيح: ")
        return value or None

    def username(self) -> str:
        name = self.args.user or os.environ.get("BALADIYA_USER")
        if not name:
            raise AuthenticationError(
                "حدّد المستخدم بالخيار --user أو بالمتغير BALADIYA_USER.",
                "Say who you are with --user or BALADIYA_USER.",
            )
        return str(name)

    def open(self) -> AppContext:
        """The station database, without a user (for commands that need none)."""
        ctx = open_station(self.target())
        self._opened.append(ctx)
        if ctx.station.is_ministry:
            ctx = ctx.with_key_passphrase(self.key_passphrase())
        return ctx

    def close(self) -> None:
        """Close the connections the command opened (they matter on PostgreSQL)."""
        for ctx in self._opened:
            ctx.engine.dispose()
        self._opened.clear()

    def login(self) -> AppContext:
        """The station database as the acting user, password checked."""
        ctx = self.open()
        user = authenticate(ctx, self.username(), self.password())
        return ctx.as_user(user)

    def login_admin(self) -> AppContext:
        """The station database as an administrator. The credentials are checked before
        opening, which upgrades an older schema: a refused user leaves the file as it was."""
        username, password = self.username(), self.password()
        check_administrator_before_upgrade(self.target(), username, password)
        ctx = self.open()
        admin = ctx.as_user(authenticate(ctx, username, password))
        require_administrator(admin)
        return admin

    def emit(self, data: Any, text: str | Callable[[], str]) -> None:
        """The result: JSON on stdout with --json, else the human text."""
        if self.as_json:
            json.dump(to_json_value(data), self.stdout, ensure_ascii=False, indent=2)
            self.stdout.write("\n")
        else:
            self.stdout.write((text() if callable(text) else text).rstrip("\n") + "\n")

    def say(self, message: str) -> None:
        """A message for people: standard error, so --json output stays clean."""
        self.stderr.write(message.rstrip("\n") + "\n")
