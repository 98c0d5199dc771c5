"""The test vectors of docs/bundle-format.md, recomputed by the app from the values in the
document: the format-1 data bundle and a bundle of every kind of format 2."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from baladiya_desktop.core.audit import canonical_json, entry_hash
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.station import GENESIS_HASH, public_key_of
from baladiya_desktop.sync import container, crypto, vectors
from baladiya_desktop.sync.enrollment import read_enrollment
from baladiya_desktop.sync.ingest import _check_history
from baladiya_desktop.sync.payload import PayloadReader
from baladiya_desktop.sync.relay import read_records
from baladiya_desktop.sync.station_import import _chain, _follow_chain
from baladiya_desktop.sync.tables import RowCodec, travelling_tables
from baladiya_desktop.sync.update_bundle import version_tuple
from tests.sync import make_vectors

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


# Format 2: every kind -------------------------------------------------------------------------

BUNDLES = ("data", "sibling", "reply", "receipt", "reference", "enrollment", "update")


def _blocks() -> dict[str, dict[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    found = {}
    for name, body in re.findall(r"<!-- vector:([a-z-]+):begin -->\s*```\n(.*?)```\s*"
                                 r"<!-- vector:\1:end -->", text, re.S):
        found[name] = dict(line.split(" = ", 1) for line in body.strip().splitlines())
    return found


def _private(keys: dict[str, str], name: str) -> bytes:
    return bytes.fromhex(keys[f"{name}.private"])


def _public(keys: dict[str, str], name: str) -> bytes:
    return bytes.fromhex(keys[f"{name}.public"])


def _entries(v: dict[str, str]) -> dict[str, bytes]:
    """The payload's entries as the block spells them out."""
    entries = {}
    for name in v["zip_entries"].split(","):
        if name.endswith(".jsonl"):
            lines = [v[f"{name}.{n}"] for n in range(1, 1000) if f"{name}.{n}" in v]
            entries[name] = "".join(line + "\n" for line in lines).encode()
        elif name.endswith(".json"):
            entries[name] = v[name].encode()
        else:
            entries[name] = bytes.fromhex(v[name])
    return entries


def test_the_document_holds_the_generated_vectors_and_columns() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert make_vectors.render_document(text) == text, \
        "docs/bundle-format.md is stale: run python -m tests.sync.make_vectors"
    assert set(_blocks()) == {"keys", "canonical-json", *BUNDLES}


def test_the_documented_keys_are_derived_by_the_app() -> None:
    keys = _blocks()["keys"]
    names = {k.rsplit(".", 1)[0] for k in keys}
    assert len(names) == 8
    for name in names:
        private = _private(keys, name)
        public = public_key_of(private) if "sign" in name else crypto.encryption_public(private)
        assert public.hex() == keys[f"{name}.public"]
        assert crypto.b64(public) == keys[f"{name}.public_b64"]
        assert len(keys[f"{name}.public_b64"]) == 43 and "=" not in keys[f"{name}.public_b64"]
        assert crypto.key_id(public) == keys[f"{name}.key_id"]
        assert crypto.fingerprint(public) == keys[f"{name}.fingerprint"]


def test_canonical_json_is_as_documented() -> None:
    v = _blocks()["canonical-json"]
    output = canonical_json(json.loads(v["input"])).encode()
    assert output.hex() == v["output"]
    assert hashlib.sha256(output).hexdigest() == v["output_sha256"]
    assert b'\\u001f' in output and b"\x7f" in output and "\u2028".encode() in output
    assert output.index('"！":'.encode()) < output.index('"😀":'.encode())  # code points


@pytest.mark.parametrize("kind", BUNDLES)
def test_every_documented_bundle_is_recomputed_byte_for_byte(kind: str) -> None:
    blocks = _blocks()
    keys, v = blocks["keys"], blocks[kind]
    h = bytes.fromhex
    plaintext, data = h(v["plaintext"]), h(v["bundle"])
    reader = PayloadReader(plaintext)
    entries = _entries(v)
    assert reader.names == set(entries)
    assert {name: reader.read(name) for name in entries} == entries
    manifest = json.loads(v["manifest"])
    assert manifest["kind"] == ("receipt" if kind == "reply" else kind)
    assert manifest["bundle_id"] == v["bundle_id"] and manifest["format"] == int(v["format"])
    payload = plaintext
    if "sealed_to" in v:
        recipient = _public(keys, v["sealed_to"])
        sealed = crypto.seal(recipient, plaintext, v["bundle_id"].encode(),
                             ephemeral_private=h(v["ephemeral_private"]), nonce=h(v["nonce"]))
        shared = X25519PrivateKey.from_private_bytes(h(v["ephemeral_private"])).exchange(
            X25519PrivateKey.from_private_bytes(_private(keys, v["sealed_to"])).public_key())
        assert sealed.ephemeral_public.hex() == v["ephemeral_public"]
        assert shared.hex() == v["shared_secret"]
        assert crypto._derive(shared, sealed.ephemeral_public, recipient).hex() == v["aes_key"]
        assert manifest["payload"]["sealed"] == {
            "alg": "X25519-HKDF-SHA256-AES256GCM", "recipient": crypto.key_id(recipient),
            "ephemeral": crypto.b64(sealed.ephemeral_public), "nonce": crypto.b64(h(v["nonce"]))}
        payload = sealed.ciphertext
    else:
        assert "sealed" not in manifest["payload"]
    unsigned = {k: val for k, val in manifest.items() if k != "format"}
    unsigned["payload"] = {k: val for k, val in manifest["payload"].items()
                           if k not in ("size", "sha256")}
    rebuilt = container.encode(unsigned, payload, _private(keys, v["signed_by"]),
                               version=manifest["format"])
    assert rebuilt == data
    assert hashlib.sha256(data).hexdigest() == v["bundle_sha256"]

    bundle = container.decode(data)
    assert bundle.manifest == manifest and bundle.signature.hex() == v["signature"]
    assert bundle.signed_part[14:].decode() == v["manifest"]
    assert bundle.signed_by(_public(keys, v["signed_by"]))
    bundle.check_payload()
    if "sealed_to" in v:
        opened = crypto.open_sealed(_private(keys, v["sealed_to"]), crypto.Sealed(
            bundle.payload, crypto.unb64(manifest["payload"]["sealed"]["ephemeral"]),
            crypto.unb64(manifest["payload"]["sealed"]["nonce"])), v["bundle_id"].encode())
        assert opened == plaintext
    else:
        assert bundle.payload == plaintext


def _rows(plaintext: bytes) -> list[dict[str, Any]]:
    """Every record of the payload through the app's strict row reader: none refused."""
    values = []
    for table, rows in read_records(PayloadReader(plaintext)).items():
        good, bad = RowCodec(travelling_tables()[table]).values_many(rows)
        assert bad == {}, bad
        values += good
    return values


def test_the_data_vector_carries_vectors_beyond_doubles_and_a_chained_history() -> None:
    v = _blocks()["data"]
    manifest = json.loads(v["manifest"])
    (row,) = _rows(bytes.fromhex(v["plaintext"]))
    assert row["version"] > 2**53 and float(row["version"]) != row["version"]
    assert f'"version":{row["version"]}' in v["records.jsonl.1"]
    knows, since = vectors.decode(manifest["knows"]), vectors.decode(manifest["since"])
    assert all(isinstance(x, str) for x in manifest["knows"].values())
    assert knows[row["station_id"]] == row["version"] == since[row["station_id"]]
    assert manifest["station_id"] == str(row["station_id"])

    entries = [json.loads(v[f"audit.jsonl.{n}"]) for n in (1, 2)]
    head = GENESIS_HASH
    for entry in entries:
        n = entry["seq"]
        assert entry["prev_hash"] == head == v[f"audit.{n}.prev_hash"]
        body = canonical_json([entry[k] for k in ("seq", "at", "username", "action",
                                                  "table_name", "record_id", "before",
                                                  "after")])
        assert (head + body).encode().hex() == v[f"audit.{n}.hash_input"]
        head = entry_hash(head, n, dt.datetime.fromisoformat(entry["at"]), entry["username"],
                          entry["action"], entry["table_name"], entry["record_id"],
                          entry["before"], entry["after"])
        assert head == entry["hash"] == v[f"audit.{n}.hash"]
    start = SimpleNamespace(audit_seq=0, audit_head=GENESIS_HASH)
    assert _check_history(start, entries, manifest["audit"]) == (2, head, "")  # type: ignore[arg-type]
    assert manifest["audit"] == {"from": 1, "to": 2, "head": head}
    # One character of history changed: the ministry raises the alert.
    edited = [entries[0], {**entries[1], "username": "admin"}]
    assert _check_history(start, edited, manifest["audit"])[2]  # type: ignore[arg-type]


def test_the_reply_vector_relays_a_siblings_record() -> None:
    v = _blocks()["reply"]
    manifest = json.loads(v["manifest"])
    content = json.loads(v["content.json"])
    (row,) = _rows(bytes.fromhex(v["plaintext"]))
    assert manifest["relayed"] == content["relayed"] == 1
    assert str(row["station_id"]) != content["station_id"] == manifest["station_id"]
    since, ministry = vectors.decode(content["since"]), vectors.decode(content["ministry_knows"])
    assert vectors.decode(content["station_knows"]) == vectors.merged(since, ministry)
    assert manifest["for_bundle"] == content["bundle_id"] == _blocks()["data"]["bundle_id"]
    assert json.loads(_blocks()["data"]["manifest"])["knows"] == content["since"]


def test_the_reference_vector_rotates_keys_through_an_endorsement() -> None:
    blocks = _blocks()
    keys, v = blocks["keys"], blocks["reference"]
    content = json.loads(v["content.json"])
    first, second = (_public(keys, "ministry_sign_1"), _public(keys, "ministry_sign_2"))
    message = b"endorse:" + second
    assert message.hex() == v["endorsement.message"]
    assert crypto.sign(_private(keys, "ministry_sign_1"), message).hex() == \
        v["endorsement.signature"]
    links = content["sign_keys"]
    assert crypto.unb64(links[1]["signature"]).hex() == v["endorsement.signature"]
    roots = {crypto.key_id(first): first}
    reach = _follow_chain(roots, _chain(content), set())
    signer = json.loads(v["manifest"])["signer"]
    assert signer == keys["ministry_sign_2.key_id"] and reach[signer] == second
    assert container.decode(bytes.fromhex(v["bundle"])).signed_by(reach[signer])
    # The first key is retired from this very version on.
    assert links[0]["retired_from"] == content["version"] == json.loads(v["manifest"])["version"]
    # Without the endorsement the second key is not reached from the first.
    unsigned = {**content, "sign_keys": [links[0], {**links[1], "signature": ""}]}
    assert signer not in _follow_chain(roots, _chain(unsigned), set())
    # The stations list carries each key in base64url.
    by_id = {s["station_id"]: s for s in content["stations"]}
    assert crypto.unb64(by_id[json.loads(blocks["data"]["manifest"])["station_id"]]
                        ["public_key"]) == _public(keys, "station_a_sign")
    assert content["revoked"] == [s["station_id"] for s in content["stations"] if s["revoked"]]


def test_the_enrollment_and_update_vectors_read_back() -> None:
    blocks = _blocks()
    keys = blocks["keys"]
    enrollment = read_enrollment(bytes.fromhex(blocks["enrollment"]["bundle"]))
    assert enrollment.public_key == _public(keys, "station_a_sign")
    assert enrollment.encryption_key == _public(keys, "station_a_encrypt")
    assert enrollment.fingerprint == keys["station_a_sign.fingerprint"]

    v = blocks["update"]
    content = json.loads(v["content.json"])
    installer = bytes.fromhex(v[f"blobs/{content['sha256']}"])
    assert hashlib.sha256(installer).hexdigest() == content["sha256"]
    assert len(installer) == content["size"]
    assert content["version"] == json.loads(v["manifest"])["version"]
    assert version_tuple(content["version"]) > version_tuple("0.1.0")


def test_a_changed_byte_in_a_vector_is_refused() -> None:
    keys, v = _blocks()["keys"], _blocks()["reply"]
    public = _public(keys, v["signed_by"])
    data = bytes.fromhex(v["bundle"])
    assert container.decode(data).signed_by(public)
    assert not container.decode(data).signed_by(_public(keys, "ministry_sign_1"))
    forged = data.replace(b'"acked_seq":2', b'"acked_seq":3', 1)
    assert forged != data and not container.decode(forged).signed_by(public)
    with pytest.raises(UserError):
        container.decode(data[:-1] + bytes([data[-1] ^ 1])).check_payload()
