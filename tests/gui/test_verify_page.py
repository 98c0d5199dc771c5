"""The verify page: a scanned or pasted QR text, and what the paper is worth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from baladiya_desktop.reports.registry import get_form
from baladiya_desktop.ui.pages import default_registry
from baladiya_desktop.ui.pages.verify import VerifyPage


def _page(qtbot: Any, session: Any) -> VerifyPage:
    page = VerifyPage(session)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    return page


def _scan(qtbot: Any, page: VerifyPage, text: str) -> None:
    """As a USB scanner does: the text typed into the field, then Enter."""
    page.last = None
    page.code.clear()
    page.code.setFocus()
    page.code.insert(text)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last is not None, timeout=10_000)


def test_every_role_finds_the_page(make_session: Any) -> None:
    spec = default_registry().get("verify")
    assert spec is not None
    for user in ("admin", "clerk", "cashier", "guest"):
        assert spec.shown_to(make_session(user))


def test_genuine_then_forged_then_empty(qtbot: Any, make_session: Any, tmp_path: Path) -> None:
    session = make_session()
    printed = get_form("station-card").build(session.ctx, None, tmp_path / "card.pdf")
    page = _page(qtbot, session)

    _scan(qtbot, page, printed.qr)
    assert page.last is not None and page.last.status == "genuine"
    assert page.verdict.text() == "أصلي، ولم تتغيّر بياناته"
    assert "المستند أصلي" in page.message.text()
    assert "بطاقة" in page.fields["title"].text()
    assert page.code.hasSelectedText()  # the next scan replaces this one

    body, signature = printed.qr.rsplit("|", 1)
    _scan(qtbot, page, f"{body}|{signature[:-2]}AA")
    assert page.last is not None and page.last.status == "not_genuine"
    assert page.verdict.text() == "غير أصلي"

    _scan(qtbot, page, "ليس رمزاً")
    assert page.last is not None and page.last.status == "not_genuine"

    page.code.clear()
    page.check()
    assert page.error.isVisible() and "امسح الرمز" in page.error.text()
