"""Why a bundle was refused, in words a clerk and the ministry's IT staff understand."""

from __future__ import annotations

from baladiya_desktop.core.errors import UserError


class BundleRefused(UserError):
    """The bundle is not taken in; nothing was changed."""


def refused(ar: str, en: str) -> BundleRefused:
    return BundleRefused(f"رُفضت الحزمة: {ar}", f"Bundle refused: {en}")
