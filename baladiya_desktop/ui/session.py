"""What the windows share once the station is open: context, runner, language, lock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import ROLE_TITLES_AR, ROLE_TITLES_EN, Permission, Role
from baladiya_desktop.core.permissions import role_may as _role_may
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import CurrentUser
from baladiya_desktop.ui.i18n import Language
from baladiya_desktop.ui.runner import Runner


@dataclass
class UiSession:
    target: Target
    ctx: AppContext
    runner: Runner
    language: Language
    lock: Any = None  # the instance lock (a FileLock), held for the life of the window

    def lang(self) -> str:
        return self.language.code

    @property
    def user(self) -> CurrentUser:
        return self.ctx.require_user()

    def may(self, permission: Permission | None) -> bool:
        return permission is None or (
            self.ctx.user is not None and _role_may(self.ctx.user.role, permission)
        )

    def role_title(self, role: Role) -> str:
        return (ROLE_TITLES_AR if self.lang() == "ar" else ROLE_TITLES_EN)[role]

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
