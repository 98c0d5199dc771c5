"""The bundle file: magic, format version, signed manifest, payload. See docs/bundle-format.md.

    offset  size  field
    0       8     magic  b"BLDBNDL\\n"
    8       2     format version, big endian (1)
    10      4     manifest length N, big endian (at most 1 MiB)
    14      N     manifest: canonical JSON, UTF-8 (no personal data)
    14+N    64    Ed25519 signature over bytes 0 .. 14+N
    78+N    ...   payload; its SHA-256 and size are in the manifest, so the signature covers it
"""

from __future__ import annotations

import hashlib
import json
import math
import stat
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.sync.crypto import sign, verify
from baladiya_desktop.sync.errors import BundleRefused, refused

MAGIC = b"BLDBNDL\n"
FORMAT_VERSION = 2  # 2: version vectors, replies that relay, sibling bundles; 1 is still read
HEADER = struct.Struct(">8sHI")
SIGNATURE_SIZE = 64
MAX_MANIFEST = 1 << 20
MAX_BUNDLE = 1 << 31
# A manifest is a few dozen fields (version vectors: up to 10,000 each); beyond these bounds it
# is an attack on whatever reads it next (a database column, a recursive walk, a file name).
MAX_MANIFEST_DEPTH = 16
MAX_MANIFEST_KEYS = 50_000
MAX_INT = (1 << 63) - 1
KINDS = ("data", "enrollment", "receipt", "reference", "update", "sibling")


@dataclass(frozen=True)
class Bundle:
    manifest: dict[str, Any]
    signed_part: bytes
    signature: bytes
    payload: bytes

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    def signed_by(self, public_raw: bytes) -> bool:
        return verify(public_raw, self.signature, self.signed_part)

    def check_payload(self) -> None:
        declared = self.manifest.get("payload", {})
        if len(self.payload) != declared.get("size") or \
                hashlib.sha256(self.payload).hexdigest() != declared.get("sha256"):
            raise refused("محتوى الحزمة لا يطابق بصمته في البيان: الملف تالف أو مُعدّل.",
                          "the payload does not match the manifest's hash: the file is "
                          "damaged or altered.")


def encode(manifest: dict[str, Any], payload: bytes, signing_key: bytes, *,
           version: int = FORMAT_VERSION) -> bytes:
    """The bundle's bytes: ``manifest`` gains the payload's hash and size before signing."""
    manifest = {**manifest, "format": version,
                "payload": {**manifest.get("payload", {}), "size": len(payload),
                            "sha256": hashlib.sha256(payload).hexdigest()}}
    body = canonical_json(manifest).encode("utf-8")
    signed = HEADER.pack(MAGIC, version, len(body)) + body
    return signed + sign(signing_key, signed) + payload


def _too_large() -> BundleRefused:
    return refused("الملف أكبر من الحد المسموح لحزمة.", "the file is too large for a bundle.")


def read_bundle(path: Path) -> bytes:
    """The bytes of the bundle file at ``path``, for ``decode``: every reader of a bundle file
    goes through here.

    The file is measured before it is read, so a huge file is refused without taking the
    memory it would need; a missing file, a folder, a device or a pipe, or one that cannot be
    read, is refused with a message that says so. Raises ``UserError`` (``BundleRefused`` for
    a file too large).
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserError(f"الملف {path} غير موجود. تأكد من اسمه ومن أن الذاكرة موصولة.",
                        f"The file {path} does not exist. Check its name and that the stick "
                        "is plugged in.") from None
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"{path} مجلد وليس ملف حزمة. اختر ملف الحزمة (.bld) داخله.",
                        f"{path} is a folder, not a bundle file. Choose the bundle file "
                        "(.bld) in it.")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"{path} ليس ملفاً عادياً، فلا يمكن أن يكون حزمة.",
                        f"{path} is not an ordinary file, so it cannot be a bundle.")
    if info.st_size > MAX_BUNDLE:
        raise _too_large()
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BUNDLE + 1)  # the file may have grown since it was measured
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if len(data) > MAX_BUNDLE:
        raise _too_large()
    return data


def _unreadable(path: Path, exc: OSError) -> UserError:
    reason = exc.strerror or str(exc)
    return UserError(f"تعذرت قراءة الملف {path}: {reason}. تأكد أن الذاكرة موصولة وأن الملف "
                     "غير محمي، ثم أعد المحاولة.",
                     f"Could not read {path}: {reason}. Check the stick is plugged in and the "
                     "file is not protected, then try again.")


def _damaged() -> BundleRefused:
    return refused("بيان الحزمة تالف.", "the bundle's manifest is damaged.")


def _bounded_int(text: str) -> int:
    value = int(text)
    if not -MAX_INT <= value <= MAX_INT:
        raise ValueError("integer out of range")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # two readers could disagree on which value counts
        raise ValueError("a key twice")
    return result


def _check_bounds(manifest: Any) -> None:
    """Depth, key count, finite numbers and no NUL in any string, walked without recursion."""
    keys = 0
    stack: list[tuple[Any, int]] = [(manifest, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            keys += len(value)
            if depth > MAX_MANIFEST_DEPTH or keys > MAX_MANIFEST_KEYS:
                raise _damaged()
            for key, item in value.items():
                if "\0" in key:
                    raise _damaged()
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            if depth > MAX_MANIFEST_DEPTH:
                raise _damaged()
            stack.extend((item, depth + 1) for item in value)
        elif (isinstance(value, str) and "\0" in value) or \
                (isinstance(value, float) and not math.isfinite(value)):
            raise _damaged()


def _canonical_uuid(value: Any) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def decode(data: bytes) -> Bundle:
    """Parse a bundle strictly; anything malformed is refused with a reason."""
    if len(data) > MAX_BUNDLE:
        raise _too_large()
    if len(data) < HEADER.size or data[:8] != MAGIC:
        raise refused("الملف ليس حزمة مزامنة من برنامج بلدية.",
                      "the file is not a Baladiya sync bundle.")
    _magic, version, size = HEADER.unpack_from(data)
    if version > FORMAT_VERSION:
        raise refused("الحزمة من إصدار أحدث من البرنامج. حدّث البرنامج ثم أعد المحاولة.",
                      "the bundle was written by a newer version of the app. Update the app.")
    if version < 1 or size > MAX_MANIFEST or len(data) < HEADER.size + size + SIGNATURE_SIZE:
        raise refused("الحزمة مقطوعة أو تالفة.", "the bundle is truncated or damaged.")
    end = HEADER.size + size
    try:
        manifest = json.loads(data[HEADER.size:end].decode("utf-8"), parse_int=_bounded_int,
                              parse_constant=_no_constant, object_pairs_hook=_unique_keys)
    except (ValueError, RecursionError):
        raise _damaged() from None
    _check_bounds(manifest)
    # The id names rows (VARCHAR(40)), files and the encryption's associated data.
    if not isinstance(manifest, dict) or manifest.get("kind") not in KINDS or \
            not _canonical_uuid(manifest.get("bundle_id")) or \
            not isinstance(manifest.get("payload"), dict):
        raise refused("بيان الحزمة ناقص أو غير صالح.", "the bundle's manifest is incomplete.")
    if manifest.get("format") != version:
        raise refused("إصدار تنسيق الحزمة لا يطابق بيانها.",
                      "the bundle's format version does not match its manifest.")
    return Bundle(manifest, data[:end], data[end:end + SIGNATURE_SIZE],
                  data[end + SIGNATURE_SIZE:])
