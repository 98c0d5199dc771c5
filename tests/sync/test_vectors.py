"""The test vectors of docs/bundle-format.md, recomputed from the values in the document."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from baladiya_desktop.core.station import public_key_of
from baladiya_desktop.sync import container, crypto

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
RAW = serialization.Encoding.Raw


def _vectors() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"<!-- vectors:begin -->\s*```\n(.*?)```", text, re.S)
    assert block is not None, "the vectors block is missing from docs/bundle-format.md"
    return dict(line.split(" = ", 1) for line in block.group(1).strip().splitlines())


def test_the_documented_bundle_is_recomputed_byte_for_byte() -> None:
    v = _vectors()
    h = bytes.fromhex
    station, ministry = h(v["station_signing_private"]), h(v["ministry_encryption_private"])
    ephemeral, nonce = h(v["ephemeral_private"]), h(v["nonce"])
    ministry_public = X25519PrivateKey.from_private_bytes(ministry).public_key().public_bytes(
        RAW, serialization.PublicFormat.Raw)
    assert public_key_of(station).hex() == v["station_signing_public"]
    assert ministry_public.hex() == v["ministry_encryption_public"]

    sealed = crypto.seal(ministry_public, h(v["plaintext"]), v["bundle_id"].encode(),
                         ephemeral_private=ephemeral, nonce=nonce)
    shared = X25519PrivateKey.from_private_bytes(ephemeral).exchange(
        X25519PrivateKey.from_private_bytes(ministry).public_key())
    assert sealed.ephemeral_public.hex() == v["ephemeral_public"]
    assert shared.hex() == v["shared_secret"]
    assert crypto._derive(shared, sealed.ephemeral_public, ministry_public).hex() == v["aes_key"]
    assert sealed.ciphertext.hex() == v["ciphertext"]

    manifest = json.loads(v["manifest"])
    assert manifest["payload"]["sealed"]["ephemeral"] == crypto.b64(sealed.ephemeral_public)
    assert manifest["payload"]["sealed"]["nonce"] == crypto.b64(nonce)
    assert manifest["payload"]["sealed"]["recipient"] == crypto.key_id(ministry_public)
    unsigned = {k: val for k, val in manifest.items() if k != "format"}
    unsigned["payload"] = {k: val for k, val in manifest["payload"].items()
                           if k not in ("size", "sha256")}
    data = container.encode(unsigned, sealed.ciphertext, station, version=manifest["format"])
    assert len(data) == int(v["bundle_size"])
    assert hashlib.sha256(data).hexdigest() == v["bundle_sha256"]

    body = v["manifest"].encode()
    assert data[:14] == b"BLDBNDL\n" + (1).to_bytes(2, "big") + len(body).to_bytes(4, "big")
    assert data[14:14 + len(body)] == body
    assert data[14 + len(body):78 + len(body)].hex() == v["signature"]
    assert data[78 + len(body):] == sealed.ciphertext

    bundle = container.decode(data)
    assert bundle.signed_by(public_key_of(station))
    bundle.check_payload()
    opened = crypto.open_sealed(ministry, crypto.Sealed(
        bundle.payload, sealed.ephemeral_public, nonce), v["bundle_id"].encode())
    assert opened.hex() == v["plaintext"]
