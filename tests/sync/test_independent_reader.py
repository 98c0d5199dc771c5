"""A reader written from docs/bundle-format.md alone reads the document's vectors and bundles the
app has just written.

The reader (``tests/sync/independent_reader.py``) imports nothing from the app. Only the last
test uses the app: through its CLI, to write real bundles, and to read the keys the reader
needs from the test databases.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import create_engine, text

from tests.sync import independent_reader as r
from tests.sync.conftest import World, ok

DOC = (Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md").read_text(
    encoding="utf-8")
VECTORS = r.vectors(DOC)
COLUMNS = r.load_columns(DOC)
KEYS = VECTORS["keys"]
BUNDLES = ("data", "sibling", "reply", "receipt", "reference", "enrollment", "update")


def _key(name: str, part: str = "public") -> bytes:
    return bytes.fromhex(KEYS[f"{name}.{part}"])


def _open(v: dict[str, str]) -> r.Opened:
    private = _key(v["sealed_to"], "private") if "sealed_to" in v else None
    return r.read_bundle(bytes.fromhex(v["bundle"]), _key(v["signed_by"]), private)


def test_the_keys_block_follows_the_documented_encodings() -> None:
    names = {k.rsplit(".", 1)[0] for k in KEYS}
    for name in names:
        private = _key(name, "private")
        if "sign" in name:
            public = Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
        else:
            public = X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
        assert public == _key(name)
        assert r.unb64url(KEYS[f"{name}.public_b64"]) == public
        assert r.key_id(public) == KEYS[f"{name}.key_id"]
        assert r.fingerprint(public) == KEYS[f"{name}.fingerprint"]


def test_canonical_json_written_from_the_rules() -> None:
    v = VECTORS["canonical-json"]
    output = r.canonical_json(r.parse_json(v["input"].encode())).encode()
    assert output.hex() == v["output"]
    assert hashlib.sha256(output).hexdigest() == v["output_sha256"]


@pytest.mark.parametrize("kind", BUNDLES)
def test_every_vector_is_read_from_the_document_alone(kind: str) -> None:
    v = VECTORS[kind]
    data = bytes.fromhex(v["bundle"])
    assert hashlib.sha256(data).hexdigest() == v["bundle_sha256"]
    opened = _open(v)
    c = opened.container
    assert c.manifest_bytes.decode() == v["manifest"]
    assert r.canonical_json(c.manifest) == v["manifest"]  # canonical as written
    assert c.signature.hex() == v["signature"] and c.version == int(v["format"])
    assert opened.plaintext.hex() == v["plaintext"]
    assert list(opened.entries) == v["zip_entries"].split(",")
    for name, data_ in opened.entries.items():
        if name.endswith(".jsonl"):
            lines = [r.canonical_json(line) for line in opened.lines(name)]
            assert lines == [v[f"{name}.{n}"] for n in range(1, len(lines) + 1)]
        elif name.endswith(".json"):
            assert data_.decode() == v[name] == r.canonical_json(opened.content())
        else:
            assert data_.hex() == v[name]
    if "sealed_to" in v:
        sealed = c.manifest["payload"]["sealed"]
        ephemeral = bytes.fromhex(v["ephemeral_private"])
        shared = X25519PrivateKey.from_private_bytes(ephemeral).exchange(
            X25519PrivateKey.from_private_bytes(_key(v["sealed_to"], "private")).public_key())
        assert shared.hex() == v["shared_secret"]
        assert r.derive(shared, r.unb64url(sealed["ephemeral"]), _key(v["sealed_to"])).hex() \
            == v["aes_key"]
        assert r.unb64url(sealed["nonce"]).hex() == v["nonce"]
    for line in opened.lines("records.jsonl"):
        row = r.check_record(COLUMNS, line)
        assert row["version"] > 2**53  # read as the integer it is, not a double
    # Another key does not verify it.
    with pytest.raises(r.Refused, match="signature"):
        r.read_bundle(data, _key("station_b_sign"), _key("station_b_encrypt", "private"))


def test_the_data_vector_carries_a_chained_history_and_vectors() -> None:
    v = VECTORS["data"]
    opened = _open(v)
    manifest = opened.manifest
    entries = opened.lines("audit.jsonl")
    head = r.GENESIS
    for entry in entries:
        n = entry["seq"]
        body = r.canonical_json([entry[k] for k in r.AUDIT_FIELDS])
        assert (head + body).encode().hex() == v[f"audit.{n}.hash_input"]
        assert r.entry_hash(head, entry) == entry["hash"] == v[f"audit.{n}.hash"]
        head = entry["hash"]
    assert r.follow_audit(0, r.GENESIS, entries, manifest["audit"]) == (2, head, "")
    # An entry sent again is skipped; a rewritten one is named.
    assert r.follow_audit(1, entries[0]["hash"], entries, manifest["audit"])[2] == ""
    changed = [entries[0], {**entries[1], "after": entries[1]["after"].replace("del", "DEL")}]
    assert r.follow_audit(0, r.GENESIS, changed, manifest["audit"])[2] == "rewritten at entry 2"
    assert r.follow_audit(1, "f" * 64, entries, manifest["audit"])[2] == \
        "rewritten before entry 1"
    knows, since = r.parse_vector(manifest["knows"]), r.parse_vector(manifest["since"])
    (line,) = opened.lines("records.jsonl")
    assert knows[manifest["station_id"]] == line["v"]["version"] == since[line["v"]["station_id"]]
    # The record's version: a JSON number a double cannot hold.
    assert float(line["v"]["version"]) != line["v"]["version"]


def test_the_reply_vector_relays_a_record_and_says_what_the_station_will_hold() -> None:
    reply = _open(VECTORS["reply"])
    content = reply.content()
    assert all(field in content for field in r.RECEIPT_CONTENT + r.REPLY_CONTENT)
    (line,) = reply.lines("records.jsonl")
    assert line["v"]["station_id"] != content["station_id"]
    assert content["relayed"] == reply.manifest["relayed"] == 1
    since = r.parse_vector(content["since"])
    ministry = r.parse_vector(content["ministry_knows"])
    station = r.parse_vector(content["station_knows"])
    assert station == {o: max(since.get(o, 0), ministry.get(o, 0)) for o in {*since, *ministry}}
    assert r.advance(since, since, station) == station
    # A row of a writer refused here leaves that writer's number where it was.
    writer = line["v"]["station_id"]
    assert r.advance(since, since, station, {writer})[writer] == since[writer]
    plain = _open(VECTORS["receipt"])
    assert plain.container.version == 1 and "sealed" not in plain.manifest["payload"]
    assert all(field in plain.content() for field in r.RECEIPT_CONTENT)


def test_the_reference_vector_is_followed_from_the_first_key() -> None:
    v = VECTORS["reference"]
    c = r.parse_container(bytes.fromhex(v["bundle"]))
    content = r.parse_json(r.read_zip(c.payload)["content.json"])
    first = {KEYS["ministry_sign_1.key_id"]: _key("ministry_sign_1")}
    reach = r.follow_chain(first, content["sign_keys"])
    signer = c.manifest["signer"]
    assert reach[signer] == _key("ministry_sign_2")
    assert signer not in r.ended(content) and KEYS["ministry_sign_1.key_id"] in r.ended(content)
    assert r.verify(reach[signer], c.signature, c.signed)
    assert (b"endorse:" + reach[signer]).hex() == v["endorsement.message"]
    # Nothing is reached from a key the station retired, nor through a revoked endorser.
    assert signer not in r.follow_chain(first, content["sign_keys"],
                                        {KEYS["ministry_sign_2.key_id"]})
    revoked = [{**content["sign_keys"][0], "revoked": True}, content["sign_keys"][1]]
    assert signer not in r.follow_chain(first, revoked)
    with pytest.raises(r.Refused, match="damaged"):
        r.follow_chain(first, [{**content["sign_keys"][0], "key_id": "0" * 32}])
    stations = {s["station_id"]: s for s in content["stations"]}
    station_a = r.parse_json(VECTORS["data"]["manifest"].encode())["station_id"]
    assert r.unb64url(stations[station_a]["public_key"]) == _key("station_a_sign")
    assert content["revoked"] == [s for s, item in stations.items() if item["revoked"]]


def test_the_enrollment_and_update_vectors() -> None:
    enrollment = _open(VECTORS["enrollment"])
    content = enrollment.content()
    public = r.unb64url(content["public_key"])
    assert r.verify(public, enrollment.container.signature, enrollment.container.signed)
    assert content["fingerprint"] == r.fingerprint(public)
    assert content["station_id"] == enrollment.manifest["station_id"]
    update = _open(VECTORS["update"])
    info = update.content()
    installer = update.entries[f"blobs/{info['sha256']}"]
    assert len(installer) == info["size"] and info["version"] == update.manifest["version"]


def test_the_format_1_vector_is_assembled_and_opened() -> None:
    block = re.search(r"<!-- vectors:begin -->\s*```\n(.*?)```", DOC, re.S)
    assert block is not None
    v = dict(line.split(" = ", 1) for line in block.group(1).strip().splitlines())
    manifest = v["manifest"].encode()
    data = (r.MAGIC + (1).to_bytes(2, "big") + len(manifest).to_bytes(4, "big") + manifest
            + bytes.fromhex(v["signature"]) + bytes.fromhex(v["ciphertext"]))
    assert hashlib.sha256(data).hexdigest() == v["bundle_sha256"]
    c = r.parse_container(data)
    assert c.version == 1 and r.verify(bytes.fromhex(v["station_signing_public"]),
                                       c.signature, c.signed)
    r.check_payload(c)
    plaintext = r.open_payload(c, bytes.fromhex(v["ministry_encryption_private"]))
    assert plaintext.hex() == v["plaintext"]
    assert r.json_lines(r.read_zip(plaintext)["records.jsonl"])[0]["t"] == "org_unit"
    # Its manifest is of the format-1 era: a ministry now refuses a seq beyond the history.
    with pytest.raises(r.Refused, match="audit range"):
        r.check_manifest(c)


def test_what_the_document_refuses_the_reader_refuses() -> None:
    v = VECTORS["reply"]
    data = bytes.fromhex(v["bundle"])
    for bad in ("eaYx7t4b-cmPEgMs3q3Q56B5OY_HhriMyEbsia-FpRo=", "ab+c", "a", "eaYx!"):
        with pytest.raises(r.Refused):
            r.unb64url(bad)
    with pytest.raises(r.Refused, match="not a bundle"):
        r.parse_container(b"PK\x03\x04" + data[4:])
    with pytest.raises(r.Refused, match="newer"):
        r.parse_container(data[:8] + b"\x00\x03" + data[10:])
    with pytest.raises(r.Refused, match="truncated"):
        r.parse_container(data[:100])
    forged = data.replace(b'"acked_seq":2', b'"acked_seq":3', 1)
    with pytest.raises(r.Refused, match="signature"):
        r.read_bundle(forged, _key(v["signed_by"]), _key(v["sealed_to"], "private"))
    line = r.parse_json(v["records.jsonl.1"].encode())
    for column, value in (("version", str(line["v"]["version"])), ("version", 1.5),
                          ("deleted", 0), ("sort_order", 2**31), ("id", line["v"]["id"].upper()),
                          ("code", "x" * 33), ("effective_from", "01/01/2025"),
                          ("updated_at", "1899-12-31T00:00:00+00:00"), ("updated_by", None)):
        with pytest.raises(r.Refused):
            r.check_record(COLUMNS, {"t": "org_unit", "v": {**line["v"], column: value}})
    with pytest.raises(r.Refused, match="not an integer"):
        r.parse_json(b'{"version": 1.1375220414624e17}')
    with pytest.raises(r.Refused, match="twice"):
        r.parse_json(b'{"a": 1, "a": 2}')


# Bundles the app has just written ------------------------------------------------------------


def _station(db: Path) -> tuple[bytes, bytes]:
    """A station's public signing key and its private encryption key, read by the app from
    its test database (the reader needs the one to verify and the other to open a reply)."""
    from baladiya_desktop.core import keystore
    from baladiya_desktop.core.database import sqlite_url

    engine = create_engine(sqlite_url(db))
    try:
        with engine.connect() as con:
            sid, public, wrapped = con.execute(
                text("SELECT id, public_key, encryption_key FROM station")).one()
    finally:
        engine.dispose()
    station_id = sid if isinstance(sid, uuid.UUID) else uuid.UUID(hex=str(sid))
    return bytes(public), keystore.unwrap(bytes(wrapped), station_id, keystore.ENCRYPT)


def _ministry_private(world: World, kid: str) -> bytes:
    """The ministry's private encryption key ``kid``, read by the app."""
    from baladiya_desktop.sync.keys import ministry_private_key

    with world.ministry() as ctx, ctx.session() as session:
        private = ministry_private_key(ctx, session, kid)
    assert private is not None
    return private


def _records(opened: r.Opened) -> list[dict[str, Any]]:
    return [r.check_record(COLUMNS, line) for line in opened.lines("records.jsonl")]


def test_bundles_the_app_writes_are_read_by_the_independent_reader(sqlite_world: World) -> None:
    world = sqlite_world
    # The reference bundle, trusted from the fingerprint the ministry prints for its letter.
    ref = ok(world.m("ministry", "reference-bundle", "--out", world.usb))
    c = r.parse_container(Path(ref["path"]).read_bytes())
    content = r.parse_json(r.read_zip(c.payload)["content.json"])
    link = {k["key_id"]: k for k in content["sign_keys"]}[c.manifest["signer"]]
    ministry_sign = r.unb64url(link["public"])
    assert r.fingerprint(ministry_sign) == ref["fingerprint"]
    reference = r.read_bundle(Path(ref["path"]).read_bytes(), ministry_sign)
    assert r.follow_chain({}, content["sign_keys"]) == {}
    assert c.manifest["signer"] not in r.ended(content)
    assert reference.manifest["version"] == content["version"]

    # A station's data bundle: its signature, its records, its whole audit chain.
    exported = world.export()
    data = Path(exported["path"]).read_bytes()
    station_sign, _ = _station(world.station)
    recipient = r.parse_container(data).manifest["payload"]["sealed"]["recipient"]
    assert recipient == content["encrypt_key"]["key_id"]
    ministry_private = _ministry_private(world, recipient)
    bundle = r.read_bundle(data, station_sign, ministry_private)
    manifest = bundle.manifest
    assert manifest["kind"] == "data" and bundle.container.version == 2
    rows = _records(bundle)
    assert len(rows) == manifest["records"] == exported["records"] > 0
    assert {t: sum(1 for line in bundle.lines("records.jsonl") if line["t"] == t)
            for t in manifest["counts"]} == manifest["counts"]
    assert all(row["version"] > 2**53 for row in rows)
    entries = bundle.lines("audit.jsonl")
    assert manifest["audit"]["from"] == 1 and entries[0]["prev_hash"] == r.GENESIS
    assert r.follow_audit(0, r.GENESIS, entries, manifest["audit"])[2] == ""
    knows = r.parse_vector(manifest["knows"])
    assert knows[manifest["station_id"]] >= max(row["version"] for row in rows)
    assert r.unb64url(manifest["encrypt_key"]) and r.canonical_json(manifest) == \
        bundle.container.manifest_bytes.decode()
    ok(world.m("ministry", "import", exported["path"], "--receipts", world.usb))

    # A second station of the office: the ministry's reply relays the first one's records.
    second = world.new_station("second")
    sent = world.export(second)
    answer = ok(world.m("ministry", "import", sent["path"], "--receipts", world.usb))[0]
    second_sign, second_private = _station(second)
    reply = r.read_bundle(Path(answer["receipt"]).read_bytes(), ministry_sign, second_private)
    content = reply.content()
    assert reply.manifest["kind"] == "receipt" and reply.container.version == 2
    assert all(field in content for field in r.RECEIPT_CONTENT + r.REPLY_CONTENT)
    relayed = _records(reply)
    assert len(relayed) == content["relayed"] == reply.manifest["relayed"] >= len(rows)
    assert {str(row["station_id"]) for row in relayed} >= {manifest["station_id"]}
    assert content["station_id"] == reply.manifest["station_id"]
    assert r.parse_vector(content["since"]) == r.parse_vector(
        r.read_bundle(Path(sent["path"]).read_bytes(), second_sign, ministry_private)
        .manifest["knows"])
    since, ministry = (r.parse_vector(content["since"]),
                       r.parse_vector(content["ministry_knows"]))
    assert r.parse_vector(content["station_knows"]) == {
        o: max(since.get(o, 0), ministry.get(o, 0)) for o in {*since, *ministry}}
