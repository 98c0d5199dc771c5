"""The QR text of a printout, signed by the station, and ``verify`` that reads it back.

Format (one line, fields separated by ``|``, binary fields base64url without padding)::

    BLD2|<form>|<key>|<municipality code>|<station id>|<content hash>|<printed, unix s>|
        <summary>|<sig>

``key`` is the record id (a UUID written ``*`` + its 16 bytes in base64url) or the scope of a
list form (e.g. a date range); ``content hash`` is the first 16 bytes of SHA-256 over
``canonical_json(content)``; ``summary`` is what the paper certifies (``reports.summary``:
compact JSON, which may itself contain ``|``); ``sig`` is the station's Ed25519 signature over
everything before the last ``|``. At most about 300 bytes, so the printed code scans well.

Papers printed before the summary carry ``BLD1`` and no summary (the same fields otherwise,
the key written out); they are still read, and show no content.
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
from baladiya_desktop.reports import summary as facts
from baladiya_desktop.reports.registry import Content, FormSpec, find_form
from baladiya_desktop.reports.verify_flags import (
    Flag,
    Revocations,
    backdated_flag,
    future_flag,
    revocation_flag,
)

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

TAG = "BLD2"
OLD_TAG = "BLD1"  # papers printed before the summary: still read
SEP = "|"
UUID_KEY = "*"  # a record id, written short: "*" and its 16 bytes in base64url
QR_BUDGET = 300  # bytes of QR text: version 13 at level M, read well at 28 mm
_SIGNATURE_CHARS = 86
# "signed": a list printed by another station; its data can be compared only there.
# "flagged": the signature holds, but the paper must not be accepted (see ``flags``).
Status = Literal["genuine", "signed", "changed", "not_genuine", "unknown_record", "flagged"]
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


def _key_field(key: str) -> str:
    try:
        record = uuid.UUID(key)
    except ValueError:
        return key
    return UUID_KEY + b64u(record.bytes) if str(record) == key else key


def _key_of(field: str) -> str:
    if field.startswith(UUID_KEY):
        return str(uuid.UUID(bytes=_unb64u(field[len(UUID_KEY) :], 16)))
    return field


def make_qr_text(
    *,
    form: str,
    key: str,
    municipality: str | None,
    station_id: uuid.UUID,
    digest: str,
    printed_at: dt.datetime,
    summary: facts.Summary = facts.Summary(),  # noqa: B008  (frozen, never mutated)
    signing_key: bytes,
) -> str:
    """The signed QR text; ``summary`` is shortened to keep it within ``QR_BUDGET`` bytes."""
    fields = [
        TAG,
        form,
        _key_field(key),
        municipality or "",
        b64u(station_id.bytes),
        digest,
        str(int(printed_at.timestamp())),
    ]
    if any(SEP in f for f in fields) or key.startswith(UUID_KEY):
        raise ValueError(f"a QR field contains {SEP!r}: {fields}")
    head = SEP.join(fields)
    room = QR_BUDGET - len(head.encode("utf-8")) - 2 - _SIGNATURE_CHARS
    body = SEP.join([head, facts.encode(facts.fit(summary, room))])
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
    summary: dict[str, str] | None = None  # None: an old (BLD1) paper, which carries none

    @property
    def old_format(self) -> bool:
        return self.summary is None


def parse_qr_text(text: str) -> QrFields:
    """Read the fields; ``ValueError`` for anything that is not exactly our format."""
    text = text.strip()
    if text.startswith(OLD_TAG + SEP):
        parts = text.split(SEP)
        if len(parts) != 8:
            raise ValueError("not a Baladiya QR text")
        summary = None
    elif text.startswith(TAG + SEP):
        parts = text.split(SEP, 7)  # the summary may hold "|"; the signature never does
        if len(parts) != 8 or SEP not in parts[7]:
            raise ValueError("not a Baladiya QR text")
        summary_text, sig = parts[7].rsplit(SEP, 1)
        parts[7:] = [sig]
        summary = facts.decode(summary_text)
    else:
        raise ValueError("not a Baladiya QR text")
    _, form, key, municipality, station, digest, printed, sig = parts
    if not form or not key or not printed.isdigit() or printed != str(int(printed)):
        raise ValueError("empty or malformed field")
    if summary is not None and key.startswith(UUID_KEY):
        key = _key_of(key)
    elif key.startswith(UUID_KEY):
        raise ValueError("a short record id in an old paper")
    _unb64u(digest, 16)
    return QrFields(
        form=form,
        key=key,
        municipality=municipality,
        station_id=uuid.UUID(bytes=_unb64u(station, 16)),
        digest=digest,
        printed_at=dt.datetime.fromtimestamp(int(printed), dt.UTC),
        body=text.rsplit(SEP, 1)[0],
        signature=_unb64u(sig, 64),
        summary=summary,
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
    flags: tuple[Flag, ...] = ()

    @property
    def ok(self) -> bool:
        """Genuine: the signature holds, nothing is known to have changed, nothing flagged."""
        return self.status in ("genuine", "signed")


def _not_genuine(ar: str, en: str, details: dict[str, Any] | None = None) -> VerifyResult:
    return VerifyResult("not_genuine", ar, en, details or {})


def verify(
    ctx: AppContext,
    qr_text: str,
    *,
    others: StationKeys | None = None,
    revoked: Revocations | None = None,
    now: dt.datetime | None = None,
) -> VerifyResult:
    """Is this printout genuine, what does it certify, and does the data still say so?

    ``others`` are the public keys of other stations whose printouts this database may
    check (the ministry's enrolled stations); ``revoked`` the stations whose keys were
    revoked (``sync.printouts`` reads both).
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
        "old_format": qr.old_format,
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
    details["title_en"] = spec.title_en
    flags = _flags(ctx, qr, revoked, now)
    result = _compare(ctx, spec, qr, details)
    if not flags:
        return result
    details["data_status"] = result.status
    return VerifyResult("flagged", result.message_ar, result.message_en, details, flags)


def _flags(
    ctx: AppContext, qr: QrFields, revoked: Revocations | None, now: dt.datetime | None
) -> tuple[Flag, ...]:
    found = [
        revocation_flag(qr.station_id, qr.printed_at, revoked),
        future_flag(qr.printed_at, now or dt.datetime.now(dt.UTC)),
        backdated_flag(ctx, qr.printed_at, qr.digest) if qr.station_id == ctx.station.id else None,
    ]
    return tuple(flag for flag in found if flag is not None)


def _compare(
    ctx: AppContext, spec: FormSpec, qr: QrFields, details: dict[str, Any]
) -> VerifyResult:
    """The paper's content beside the record's, and the verdict on the data."""
    when = qr.printed_at.astimezone().strftime("%d/%m/%Y %H:%M")
    old_ar = old_en = ""
    if qr.old_format:
        old_ar = (
            " هذه ورقة بالصيغة القديمة: رمزها لا يحمل محتواها، فلا يظهر هنا ما تشهد به؛ "
            "قارن الورقة بالقيم الحالية للسجل."
        )
        old_en = (
            " This paper has the old format: its code carries no content, so what it "
            "certifies is not shown here; compare it with the record's current values."
        )
    details["content"] = facts.lines(spec.summary, qr.summary, None)
    details["changed_fields"] = []
    elsewhere = qr.station_id != ctx.station.id
    if elsewhere and not spec.needs_id:
        return VerifyResult(
            "signed",
            f"المستند أصلي: وقّعته محطة البلدية ({qr.municipality}) عند طباعته في {when}. "
            "بيانات القوائم والتقارير لا تُقارن إلا في البلدية نفسها." + old_ar,
            f"The printout is genuine: signed by the municipality's station "
            f"({qr.municipality}) when printed on {when}. Lists and reports can be compared "
            "with the data only at the municipality itself." + old_en,
            details,
        )
    try:
        current = spec.content(ctx, qr.key)
    except UserError:
        return VerifyResult(
            "unknown_record",
            "المستند أصلي، لكن السجل الذي طُبع منه لم يعد موجوداً هنا." + old_ar,
            "The printout is genuine, but its record no longer exists here." + old_en,
            details,
        )
    content = facts.lines(spec.summary, qr.summary, current)
    changed = [line for line in content if line["changed"]]
    details["content"] = content
    details["changed_fields"] = [line["key"] for line in changed]
    if content_hash(current) == qr.digest:
        return VerifyResult(
            "genuine",
            f"المستند أصلي ولم تتغيّر بياناته منذ طباعته في {when}." + old_ar,
            f"The printout is genuine and its data is unchanged since {when}." + old_en,
            details,
        )
    if changed:
        what_ar = "تغيّر: " + "، ".join(line["label_ar"] for line in changed) + "."
        what_en = "Changed: " + ", ".join(line["label_en"] for line in changed) + "."
    elif qr.old_format:
        what_ar = what_en = ""
    else:
        what_ar = "ما تغيّر ليس مما يحمله رمز الورقة: قارن الورقة بالسجل كاملاً."
        what_en = "What changed is not among what the code carries: compare the whole paper."
    if elsewhere:
        return VerifyResult(
            "changed",
            f"المستند أصلي، لكن بيانات سجله لدى هذه القاعدة تختلف عما طُبع في {when}: ربما "
            f"عُدّل السجل بعد الطباعة، أو لم تصل آخر تعديلاته بعد. {what_ar}" + old_ar,
            f"The printout is genuine, but the data held here differs from what was printed "
            f"on {when}: the record may have changed since, or its latest changes have not "
            f"arrived yet. {what_en}" + old_en,
            details,
        )
    return VerifyResult(
        "changed",
        f"المستند أصلي، لكن بياناته تغيّرت بعد طباعته في {when}. {what_ar}" + old_ar,
        f"The printout is genuine, but its data changed after it was printed on {when}. "
        f"{what_en}" + old_en,
        details,
    )
