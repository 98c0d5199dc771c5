"""Errors sorted by blame.

A :class:`UserError` is something the person can fix (bad input, wrong password, a file that
is not a workbook); it carries a message in Arabic and in English that says what to do.
Anything else that escapes is a bug and goes to the crash handler.
"""

from __future__ import annotations


class UserError(Exception):
    """A refusal the user can act on; the CLI exits 1 and the GUI shows ``message_ar``."""

    def __init__(self, message_ar: str, message_en: str, *, field: str | None = None) -> None:
        super().__init__(message_en)
        self.message_ar = message_ar
        self.message_en = message_en
        self.field = field

    def message(self, lang: str = "ar") -> str:
        """The message for a window: in Arabic, each «input» isolated, so a message that
        quotes a clerk's Latin input first still reads right to left."""
        if lang != "ar":
            return self.message_en
        from baladiya_desktop.core.bidi import isolate_quoted  # bidi imports money, money us

        return isolate_quoted(self.message_ar)

    def __str__(self) -> str:
        return f"{self.message_ar} | {self.message_en}"


class ValidationError(UserError):
    """Input that breaks a rule; ``field`` names the offending field when there is one."""


class PermissionDenied(UserError):
    """The current user's role may not do this."""


class AuthenticationError(UserError):
    """Wrong user name or password, a disabled or locked account."""


class NotFound(UserError):
    """A record the request names does not exist."""


class StorageError(UserError):
    """A known environment fault: not a database, corrupted, locked, newer schema, disk full."""


class Cancelled(Exception):
    """Raised by a cancel token; shown as nothing."""
