"""The QR text of printed forms: format, signature, and what ``verify`` says of it."""

from __future__ import annotations

import datetime as dt
import uuid
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.keystore import station_private_keys
from baladiya_desktop.core.station import new_signing_key
from baladiya_desktop.core.users import set_role
from baladiya_desktop.reports.registry import get_form
from baladiya_desktop.reports.verification import (
    TAG,
    make_qr_text,
    parse_qr_text,
    trusted_station_keys,
    verify,
)
from tests.reports.pdftools import render_page


def read_qr(pdf: Path, tmp: Path) -> str:
    """The text of the QR code on the first page, as a phone would read it."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    image = Image.open(render_page(pdf, 1, tmp, dpi=150))
    found = [code.text for code in zxingcpp.read_barcodes(image)]
    assert len(found) == 1, found
    return str(found[0])


def embedded_fonts(pdf: Path) -> set[str]:
    """Names of the TrueType fonts used, each checked to be embedded."""
    names = set()
    for page in PdfReader(str(pdf)).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            if font["/Subtype"] != "/TrueType":
                continue  # reportlab always lists Helvetica, never used to draw
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


def edit_one_char(text: str, index: int) -> str:
    old = text[index]
    new = "B" if old != "B" else "C"
    return text[:index] + new + text[index + 1 :]


@pytest.fixture
def printed(admin: AppContext, tmp_path: Path) -> str:
    return get_form("users-list").build(admin, None, tmp_path / "u.pdf").qr


def test_qr_text_is_compact_and_parses(printed: str, admin: AppContext) -> None:
    assert printed.startswith(f"{TAG}|users-list|all|LY-M001|")
    assert len(printed) < 300
    fields = parse_qr_text(printed)
    assert fields.station_id == admin.station.id
    assert verify(admin, printed).status == "genuine"


def test_verify_needs_no_user(printed: str, ctx: AppContext) -> None:
    result = verify(ctx, printed)
    assert result.status == "genuine" and result.ok
    assert result.details["form"] == "users-list" and result.details["record"] == "all"
    assert "أصلي" in result.message_ar and "genuine" in result.message_en


@pytest.mark.parametrize("where", [5, 20, 40, 60, 80, -30, -1])
def test_one_edited_character_is_not_genuine(printed: str, ctx: AppContext, where: int) -> None:
    edited = edit_one_char(printed, where % len(printed))
    assert edited != printed
    result = verify(ctx, edited)
    assert result.status == "not_genuine", (where, edited)
    assert result.message_ar and result.message_en


@pytest.mark.parametrize(
    "text",
    ["", "hello", "BLD1|x", "BLD2" + "|a" * 7, "BLD1|||||||", "BLD1|a|b|c|%%%|d|1|e", "\x00|" * 9],
)
def test_malformed_text_is_not_genuine(ctx: AppContext, text: str) -> None:
    assert verify(ctx, text).status == "not_genuine"


def test_changed_record_after_printing(printed: str, admin: AppContext) -> None:
    set_role(admin, "guest", "staff_officer")
    result = verify(admin, printed)
    assert result.status == "changed"
    assert "تغيّرت" in result.message_ar and "changed" in result.message_en
    set_role(admin, "guest", "viewer")  # back as printed: the paper matches again
    assert verify(admin, printed).status == "genuine"


def test_signed_by_another_key_or_station(printed: str, admin: AppContext) -> None:
    fields = parse_qr_text(printed)
    forged = make_qr_text(
        form="users-list",
        key="all",
        municipality="LY-M001",
        station_id=fields.station_id,
        digest=fields.digest,
        printed_at=fields.printed_at,
        signing_key=new_signing_key(),
    )
    assert verify(admin, forged).status == "not_genuine"
    elsewhere = make_qr_text(
        form="users-list",
        key="all",
        municipality="LY-M001",
        station_id=uuid.uuid4(),
        digest=fields.digest,
        printed_at=fields.printed_at,
        signing_key=new_signing_key(),
    )
    result = verify(admin, elsewhere)
    assert result.status == "not_genuine" and "unknown" not in result.status
    assert list(trusted_station_keys(admin)) == [admin.station.id]


def test_unknown_form_and_record(admin: AppContext) -> None:
    key = station_private_keys(admin).signing
    when = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
    signed = partial(
        make_qr_text,
        municipality="LY-M001",
        station_id=admin.station.id,
        digest="A" * 22,
        printed_at=when,
        signing_key=key,
    )
    gone = verify(admin, signed(form="station-card", key=str(uuid.uuid4())))
    assert gone.status == "unknown_record" and "لم يعد موجوداً" in gone.message_ar
    assert verify(admin, signed(form="no-such-form", key="1")).status == "unknown_record"
    assert verify(admin, signed(form="users-list", key="all")).status == "changed"
