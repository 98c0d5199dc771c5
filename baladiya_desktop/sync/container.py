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
import struct
from dataclasses import dataclass
from typing import Any

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.sync.crypto import sign, verify
from baladiya_desktop.sync.errors import refused

MAGIC = b"BLDBNDL\n"
FORMAT_VERSION = 1
HEADER = struct.Struct(">8sHI")
SIGNATURE_SIZE = 64
MAX_MANIFEST = 1 << 20
MAX_BUNDLE = 1 << 31
KINDS = ("data", "enrollment", "receipt", "reference", "update")


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


def encode(manifest: dict[str, Any], payload: bytes, signing_key: bytes) -> bytes:
    """The bundle's bytes: ``manifest`` gains the payload's hash and size before signing."""
    manifest = {**manifest, "format": FORMAT_VERSION,
                "payload": {**manifest.get("payload", {}), "size": len(payload),
                            "sha256": hashlib.sha256(payload).hexdigest()}}
    body = canonical_json(manifest).encode("utf-8")
    signed = HEADER.pack(MAGIC, FORMAT_VERSION, len(body)) + body
    return signed + sign(signing_key, signed) + payload


def decode(data: bytes) -> Bundle:
    """Parse a bundle strictly; anything malformed is refused with a reason."""
    if len(data) > MAX_BUNDLE:
        raise refused("الملف أكبر من الحد المسموح لحزمة.", "the file is too large for a bundle.")
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
        manifest = json.loads(data[HEADER.size:end].decode("utf-8"))
    except (ValueError, RecursionError):
        raise refused("بيان الحزمة تالف.", "the bundle's manifest is damaged.") from None
    if not isinstance(manifest, dict) or manifest.get("kind") not in KINDS or \
            not isinstance(manifest.get("bundle_id"), str) or \
            not isinstance(manifest.get("payload"), dict):
        raise refused("بيان الحزمة ناقص أو غير صالح.", "the bundle's manifest is incomplete.")
    if manifest.get("format") != version:
        raise refused("إصدار تنسيق الحزمة لا يطابق بيانها.",
                      "the bundle's format version does not match its manifest.")
    return Bundle(manifest, data[:end], data[end:end + SIGNATURE_SIZE],
                  data[end + SIGNATURE_SIZE:])
