"""The QR text of a printout, signed by the station, and ``verify`` that reads it back.

Format (one line, fields separated by ``|``, binary fields base64url without padding)::

    BLD1|<form>|<key>|<municipality code>|<station id>|<content hash>|<printed, unix s>|<sig>

``key`` is the record id, or the scope of a list form (e.g. a date range); ``content hash``
is the first 16 bytes of SHA-256 over ``canonical_json(content)``; ``sig`` is the station's
Ed25519 signature over everything before the last ``|``. About 210 characters.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.reports.registry import Content, find_form

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

TAG = "BLD1"
SEP = "|"
# "signed": a list printed by another station; its data can be compared only there.
Status = Literal["genuine", "signed", "changed", "not_genuine", "unknown_record"]
_B64 = re.compile(r"^[A-Za-z0-9_-]+$")


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64u(text: str, size: int) -> bytes:
    """Strict decode: only the canonical spelling of exactly ``size`` bytes is accepted (the
    last character's spare bits would otherwise let an edited text decode the same)."""
    if not _B64.match(text):
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if len(data) != size or b64u(data) != text:
        raise ValueError("wrong length or spelling")
    return data


def content_hash(content: Content) -> str:
    return b64u(hashlib.sha256(canonical_json(content).encode("utf-8")).digest()[:16])


def make_qr_text(
    *,
    form: str,
    key: str,
    municipality: str | None,
    station_id: uuid.UUID,
    digest: str,
    printed_at: dt.datetime,
    signing_key: bytes,
) -> str:
    fields = [
        TAG,
        form,
        key,
        municipality or "",
        b64u(station_id.bytes),
        digest,
        str(int(printed_at.timestamp())),
    ]
    if any(SEP in f for f in fields):
        raise ValueError(f"a QR field contains {SEP!r}: {fields}")
    body = SEP.join(fields)
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(body.encode("utf-8"))
    return f"{body}{SEP}{b64u(signature)}"


@dataclass(frozen=True)
class QrFields:
    form: str
    key: str
    municipality: str
    station_id: uuid.UUID
    digest: str
    printed_at: dt.datetime
    body: str
    signature: bytes


def parse_qr_text(text: str) -> QrFields:
    """Read the fields; ``ValueError`` for anything that is not exactly our format."""
    parts = text.strip().split(SEP)
    if len(parts) != 8 or parts[0] != TAG:
        raise ValueError("not a Baladiya QR text")
    _, form, key, municipality, station, digest, printed, sig = parts
    if not form or not key or not printed.isdigit() or printed != str(int(printed)):
        raise ValueError("empty or malformed field")
    _unb64u(digest, 16)
    return QrFields(
        form=form,
        key=key,
        municipality=municipality,
        station_id=uuid.UUID(bytes=_unb64u(station, 16)),
        digest=digest,
        printed_at=dt.datetime.fromtimestamp(int(printed), dt.UTC),
        body=SEP.join(parts[:7]),
        signature=_unb64u(sig, 64),
    )


StationKeys = Mapping[uuid.UUID, bytes]


def trusted_station_keys(ctx: AppContext, others: StationKeys | None = None) -> dict[
    uuid.UUID, bytes
]:
    """Stations whose printouts this database can vouch for, by id: their public keys.

    This station, and ``others``: at the ministry, the enrolled stations (``sync.printouts``
    passes them, since reports do not read sync's tables).
    """
    return {**(others or {}), ctx.station.id: ctx.station.public_key}


@dataclass(frozen=True)
class VerifyResult:
    status: Status
    message_ar: str
    message_en: str
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Genuine: the signature holds and nothing is known to have changed."""
        return self.status in ("genuine", "signed")


def _not_genuine(ar: str, en: str, details: dict[str, Any] | None = None) -> VerifyResult:
    return VerifyResult("not_genuine", ar, en, details or {})


def verify(ctx: AppContext, qr_text: str, *, others: StationKeys | None = None) -> VerifyResult:
    """Is this printout genuine, and does the data still say what it printed?

    ``others`` are the public keys of other stations whose printouts this database may
    check (the ministry's enrolled stations).
    """
    try:
        qr = parse_qr_text(qr_text)
    except (ValueError, binascii.Error):
        return _not_genuine(
            "رمز التحقق غير صالح: ليس رمزاً صادراً عن منظومة بلدية أو عُدّل نصه.",
            "Invalid verification code: not issued by Baladiya, or its text was edited.",
        )
    details: dict[str, Any] = {
        "form": qr.form,
        "record": qr.key,
        "municipality": qr.municipality or None,
        "station": str(qr.station_id),
        "printed_at": qr.printed_at.isoformat(),
    }
    public = trusted_station_keys(ctx, others).get(qr.station_id)
    if public is None:
        return _not_genuine(
            "المستند مطبوع من محطة غير معروفة لهذه القاعدة؛ لا يمكن التحقق من أصالته هنا.",
            "Printed by a station this database does not know; it cannot be checked here.",
            details,
        )
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(qr.signature, qr.body.encode("utf-8"))
    except InvalidSignature:
        return _not_genuine(
            "التوقيع لا يطابق: المستند ليس أصلياً أو عُدّل رمز التحقق.",
            "The signature does not match: the printout is not genuine or its code was edited.",
            details,
        )
    spec = find_form(qr.form)
    if spec is None:
        return VerifyResult(
            "unknown_record",
            f"النموذج «{qr.form}» غير معروف في هذه النسخة من المنظومة.",
            f"The form '{qr.form}' is unknown to this version of the app.",
            details,
        )
    details["title"] = spec.title_ar
    when = qr.printed_at.astimezone().strftime("%d/%m/%Y %H:%M")
    elsewhere = qr.station_id != ctx.station.id
    if elsewhere and not spec.needs_id:
        return VerifyResult(
            "signed",
            f"المستند أصلي: وقّعته محطة البلدية ({qr.municipality}) عند طباعته في {when}. "
            "بيانات القوائم والتقارير لا تُقارن إلا في البلدية نفسها.",
            f"The printout is genuine: signed by the municipality's station "
            f"({qr.municipality}) when printed on {when}. Lists and reports can be compared "
            "with the data only at the municipality itself.",
            details,
        )
    try:
        now = content_hash(spec.content(ctx, qr.key))
    except UserError:
        return VerifyResult(
            "unknown_record",
            "المستند أصلي، لكن السجل الذي طُبع منه لم يعد موجوداً هنا.",
            "The printout is genuine, but its record no longer exists here.",
            details,
        )
    if now != qr.digest and elsewhere:
        return VerifyResult(
            "changed",
            f"المستند أصلي، لكن بيانات سجله لدى هذه القاعدة تختلف عما طُبع في {when}: ربما "
            "عُدّل السجل بعد الطباعة، أو لم تصل آخر تعديلاته بعد.",
            f"The printout is genuine, but the data held here differs from what was printed "
            f"on {when}: the record may have changed since, or its latest changes have not "
            "arrived yet.",
            details,
        )
    if now != qr.digest:
        return VerifyResult(
            "changed",
            f"المستند أصلي، لكن بياناته تغيّرت بعد طباعته في {when}.",
            f"The printout is genuine, but its data changed after it was printed on {when}.",
            details,
        )
    return VerifyResult(
        "genuine",
        f"المستند أصلي ولم تتغيّر بياناته منذ طباعته في {when}.",
        f"The printout is genuine and its data is unchanged since {when}.",
        details,
    )
