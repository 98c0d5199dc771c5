"""Signatures (Ed25519) and encryption to the ministry (X25519 + HKDF-SHA256 + AES-256-GCM)."""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from baladiya_desktop.core.station import key_fingerprint
from baladiya_desktop.sync.errors import refused

HKDF_INFO = b"baladiya-bundle-v1"
SEAL_ALG = "X25519-HKDF-SHA256-AES256GCM"  # the one sealing a manifest may name
RAW = serialization.Encoding.Raw


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


_B64URL = re.compile(r"[A-Za-z0-9_-]*")


def unb64(text: str) -> bytes:
    """base64url without padding, strictly: another alphabet, padding or stray characters are
    refused, not skipped."""
    try:
        if not isinstance(text, str) or not _B64URL.fullmatch(text):
            raise ValueError(text)
        return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except (ValueError, TypeError):
        raise refused("قيمة مرمّزة غير صالحة في بيان الحزمة.",
                      "an encoded value in the manifest is malformed.") from None


def sign(private_raw: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign(message)


def verify(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def new_encryption_key() -> tuple[bytes, bytes]:
    """A new X25519 key pair as (private, public) raw bytes."""
    private = X25519PrivateKey.generate()
    return (
        private.private_bytes(RAW, serialization.PrivateFormat.Raw,
                              serialization.NoEncryption()),
        private.public_key().public_bytes(RAW, serialization.PublicFormat.Raw),
    )


def encryption_public(private_raw: bytes) -> bytes:
    """The X25519 public key of a raw private key."""
    return X25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes(
        RAW, serialization.PublicFormat.Raw)


def fingerprint(public_raw: bytes) -> str:
    return key_fingerprint(public_raw)


def key_id(public_raw: bytes) -> str:
    """A short stable name of a public key, used in manifests."""
    return hashlib.sha256(public_raw).hexdigest()[:32]


@dataclass(frozen=True)
class Sealed:
    ciphertext: bytes
    ephemeral_public: bytes
    nonce: bytes


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public,
        info=HKDF_INFO,
    ).derive(shared)


def seal(recipient_public: bytes, plaintext: bytes, associated: bytes,
         *, ephemeral_private: bytes | None = None, nonce: bytes | None = None) -> Sealed:
    """Encrypt to a recipient's X25519 key with a fresh ephemeral key (the test vectors fix
    the ephemeral key and nonce; nothing else should)."""
    ephemeral = (X25519PrivateKey.from_private_bytes(ephemeral_private)
                 if ephemeral_private else X25519PrivateKey.generate())
    ephemeral_public = ephemeral.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _derive(shared, ephemeral_public, recipient_public)
    nonce = nonce or os.urandom(12)
    return Sealed(AESGCM(key).encrypt(nonce, plaintext, associated), ephemeral_public, nonce)


def open_sealed(recipient_private: bytes, sealed: Sealed, associated: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(recipient_private)
    recipient_public = private.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_public))
        key = _derive(shared, sealed.ephemeral_public, recipient_public)
        return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, associated)
    except (InvalidTag, ValueError):
        raise refused("تعذر فك تشفير محتوى الحزمة: إما أنها تالفة أو مشفرة لمفتاح آخر.",
                      "the payload cannot be decrypted: damaged, or encrypted to another "
                      "key.") from None
