"""Writes the format-2 test vectors and the record columns into docs/bundle-format.md.

Every value comes from the app's own code (container, sealing, signatures, canonical JSON, the
audit chain, version vectors, the travelling tables) with fixed keys, ephemeral keys, nonces,
ids and times, so the output never changes unless the format does::

    .venv/bin/python -m tests.sync.make_vectors           # rewrite the generated blocks
    .venv/bin/python -m tests.sync.make_vectors --check   # exit 1 if the document is stale

``tests/sync/test_vectors.py`` recomputes each vector from the document; the independent
reader (``tests/sync/independent_reader.py``) checks them without the app.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import sys
import uuid
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import BigInteger, Boolean, Column, Date, Integer, Uuid

from baladiya_desktop.core.audit import canonical_json, entry_hash
from baladiya_desktop.core.base import UTCDateTime
from baladiya_desktop.core.limits import max_length
from baladiya_desktop.core.station import GENESIS_HASH, public_key_of
from baladiya_desktop.sync import container, crypto, vectors
from baladiya_desktop.sync.tables import travelling_tables

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
APP_VERSION = "0.1.0"
SCHEMA = "0011"
MUNICIPALITY = "LY-M010"
STATION_A = "01943b2a-0a00-7a00-8a00-00000000000a"
STATION_B = "01943b2a-0b00-7b00-8b00-00000000000b"
STATION_C = "01943b2a-0c00-7c00-8c00-00000000000c"
MINISTRY_STATION = "01943b2a-0f00-7f00-8f00-00000000000f"
ZIP_TIME = (2025, 1, 1, 0, 0, 0)
ALG = "X25519-HKDF-SHA256-AES256GCM"
# A hybrid logical clock: milliseconds since 1970 << 16 | counter. 2025-01-01T08:00:00Z.
CLOCK = 1_735_718_400_000 << 16

Section = dict[str, str]


def _private(label: str) -> bytes:
    return hashlib.sha256(label.encode()).digest()


SIGN_KEYS = ("station_a_sign", "station_b_sign", "station_c_sign", "ministry_sign_1",
             "ministry_sign_2")
ENCRYPT_KEYS = ("station_a_encrypt", "station_b_encrypt", "ministry_encrypt")
PRIVATE = {name: _private(f"baladiya test vector {name}") for name in SIGN_KEYS + ENCRYPT_KEYS}


def public(name: str) -> bytes:
    if name in SIGN_KEYS:
        return public_key_of(PRIVATE[name])
    return crypto.encryption_public(PRIVATE[name])


def _x25519(private: bytes, peer: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).exchange(
        X25519PublicKey.from_public_bytes(peer))


def stored_zip(entries: list[tuple[str, bytes]]) -> bytes:
    """A zip of stored entries with fixed metadata, the same bytes on every platform."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 3
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(canonical_json(row).encode("utf-8") + b"\n" for row in rows)


def org_unit(unit_id: str, code: str, name: str, station: str, version: int,
             updated_at: str, updated_by: str = "admin") -> dict[str, Any]:
    """An org_unit row as a bundle carries it: every column, JSON values."""
    return {
        "code": code, "decision_date": None, "decision_number": "", "deleted": False,
        "effective_from": "2025-01-01", "effective_to": None, "id": unit_id,
        "municipality_code": MUNICIPALITY, "name_ar": name, "name_en": "", "notes": "",
        "parent_id": None, "search_key": name, "sort_order": 3, "station_id": station,
        "status": "proposed", "unit_type": "office", "updated_at": updated_at,
        "updated_by": updated_by, "version": version,
    }


def _bundle(section: Section, manifest: dict[str, Any], entries: list[tuple[str, bytes]],
            signed_by: str, *, sealed_to: str | None = None, ephemeral: str = "",
            nonce: bytes = b"", version: int = container.FORMAT_VERSION) -> bytes:
    """Fill ``section`` with one bundle's parts and return its bytes."""
    plaintext = stored_zip(entries)
    section["format"] = str(version)
    section["signed_by"] = signed_by
    section["bundle_id"] = manifest["bundle_id"]
    section["zip_entries"] = ",".join(name for name, _data in entries)
    for name, data in entries:
        if name.endswith(".jsonl"):
            for number, line in enumerate(data.decode("utf-8").splitlines(), start=1):
                section[f"{name}.{number}"] = line
        elif name.endswith(".json"):
            section[name] = data.decode("utf-8")
        else:
            section[name] = data.hex()
    section["plaintext"] = plaintext.hex()
    payload = plaintext
    if sealed_to is not None:
        recipient = public(sealed_to)
        ephemeral_private = _private(ephemeral)
        sealed = crypto.seal(recipient, plaintext, manifest["bundle_id"].encode(),
                             ephemeral_private=ephemeral_private, nonce=nonce)
        shared = _x25519(ephemeral_private, recipient)
        section["sealed_to"] = sealed_to
        section["ephemeral_private"] = ephemeral_private.hex()
        section["ephemeral_public"] = sealed.ephemeral_public.hex()
        section["nonce"] = nonce.hex()
        section["shared_secret"] = shared.hex()
        section["aes_key"] = crypto._derive(shared, sealed.ephemeral_public, recipient).hex()
        manifest["payload"]["sealed"] = {
            "alg": ALG, "ephemeral": crypto.b64(sealed.ephemeral_public),
            "nonce": crypto.b64(nonce), "recipient": crypto.key_id(recipient)}
        payload = sealed.ciphertext
    data = container.encode(manifest, payload, PRIVATE[signed_by], version=version)
    size = int.from_bytes(data[10:14], "big")
    section["manifest"] = data[14:14 + size].decode("utf-8")
    section["signature"] = data[14 + size:78 + size].hex()
    section["bundle_sha256"] = hashlib.sha256(data).hexdigest()
    section["bundle"] = data.hex()
    return data


def _base(kind: str, bundle_id: str, created_at: str) -> dict[str, Any]:
    return {"kind": kind, "bundle_id": bundle_id, "created_at": created_at,
            "app_version": APP_VERSION, "schema": SCHEMA, "payload": {"encoding": "zip"}}


def keys_section() -> Section:
    section: Section = {}
    for name in SIGN_KEYS + ENCRYPT_KEYS:
        pub = public(name)
        section[f"{name}.private"] = PRIVATE[name].hex()
        section[f"{name}.public"] = pub.hex()
        section[f"{name}.public_b64"] = crypto.b64(pub)
        section[f"{name}.key_id"] = crypto.key_id(pub)
        section[f"{name}.fingerprint"] = crypto.fingerprint(pub)
    return section


CANONICAL_INPUT = (
    '{ "b": [1, -2, 0, 9223372036854775807, true, false, null], "a": "quote \\" backslash '
    '\\\\ slash \\/ newline \\n tab \\t cr \\r bs \\b ff \\f unit-sep \\u001F del \\u007f '
    'arabic \\u0633\\u0644\\u0627\\u0645 line-sep \\u2028 emoji \\ud83d\\ude00", '
    '"\\uff01": "fullwidth !", "\\ud83d\\ude00": "emoji key", "A": {"z": [], "y": {}} }')


def canonical_section() -> Section:
    output = canonical_json(json.loads(CANONICAL_INPUT)).encode("utf-8")
    return {"input": CANONICAL_INPUT, "output": output.hex(),
            "output_sha256": hashlib.sha256(output).hexdigest()}


def _audit_entries(section: Section) -> tuple[list[dict[str, Any]], str]:
    """Two chained audit entries from the genesis hash, with text that needs escaping."""
    unit = org_unit("01943b2a-1000-7000-8000-000000000001", "DIWAN",
                    'ديوان "البلدية"\nالمركزي', STATION_A, CLOCK + 1,
                    "2025-01-01T08:00:00+00:00")
    edited = {**unit, "notes": "tab\there, unit-sep \x1f, del \x7f",
              "version": CLOCK + (5 * 60_000 << 16) + 2,
              "updated_at": "2025-01-01T08:05:00.123456+00:00", "updated_by": "مدير"}
    raw = [
        (1, dt.datetime(2025, 1, 1, 8, 0, tzinfo=dt.UTC), "admin", "org.unit.add", "org_unit",
         unit["id"], None, canonical_json(unit)),
        (2, dt.datetime(2025, 1, 1, 8, 5, 0, 123456, tzinfo=dt.UTC), "مدير", "org.unit.update",
         "org_unit", unit["id"], canonical_json(unit), canonical_json(edited)),
    ]
    entries, head = [], GENESIS_HASH
    for seq, at, username, action, table, record, before, after in raw:
        digest = entry_hash(head, seq, at, username, action, table, record, before, after)
        body = canonical_json([seq, at.isoformat(), username, action, table, record, before,
                               after])
        section[f"audit.{seq}.prev_hash"] = head
        section[f"audit.{seq}.hash_input"] = (head + body).encode("utf-8").hex()
        section[f"audit.{seq}.hash"] = digest
        entries.append({"seq": seq, "at": at.isoformat(), "username": username,
                        "action": action, "table_name": table, "record_id": record,
                        "before": before, "after": after, "prev_hash": head, "hash": digest})
        head = digest
    return entries, head


def data_section() -> Section:
    section: Section = {}
    entries, head = _audit_entries(section)
    unit = org_unit("01943b2a-1000-7000-8000-000000000001", "DIWAN",
                    'ديوان "البلدية"\nالمركزي', STATION_A, CLOCK + (5 * 60_000 << 16) + 2,
                    "2025-01-01T08:05:00.123456+00:00", "مدير")
    unit["notes"] = "tab\there, unit-sep \x1f, del \x7f"
    knows = {STATION_A: unit["version"], STATION_B: CLOCK - 99}
    since = {STATION_A: unit["version"], STATION_B: CLOCK - 99}
    manifest = _base("data", "01943b2a-d000-7000-8000-0000000000d2",
                     "2025-01-01T08:30:00.250000+00:00")
    manifest.update({
        "municipality": MUNICIPALITY, "station_id": STATION_A, "records": 1,
        "counts": {"org_unit": 1}, "incarnation": 0, "knows": vectors.encode(_uuids(knows)),
        "since": vectors.encode(_uuids(since)),
        "encrypt_key": crypto.b64(public("station_a_encrypt")), "request": False,
        "seq_from": 1, "seq_to": 2, "audit": {"from": 1, "to": 2, "head": head}})
    _bundle(section, manifest, [("records.jsonl", jsonl([{"t": "org_unit", "v": unit}])),
                                ("audit.jsonl", jsonl(entries))],
            "station_a_sign", sealed_to="ministry_encrypt", ephemeral="ephemeral data",
            nonce=bytes(range(0x70, 0x7c)))
    return section


def _uuids(vector: dict[str, int]) -> vectors.Vector:
    return {uuid.UUID(k): v for k, v in vector.items()}


def sibling_section() -> Section:
    section: Section = {}
    unit = org_unit("01943b2a-1000-7000-8000-000000000003", "GUARD", "الحرس البلدي", STATION_A,
                    CLOCK + (20 * 60_000 << 16), "2025-01-01T08:20:00+00:00")
    manifest = _base("sibling", "01943b2a-d000-7000-8000-0000000000d3",
                     "2025-01-01T08:40:00+00:00")
    manifest.update({
        "municipality": MUNICIPALITY, "station_id": STATION_A, "to": STATION_B, "records": 1,
        "counts": {"org_unit": 1}, "incarnation": 0,
        "knows": vectors.encode(_uuids({STATION_A: unit["version"], STATION_B: CLOCK - 7})),
        "since": vectors.encode(_uuids({STATION_A: CLOCK + 2, STATION_B: CLOCK - 7})),
        "encrypt_key": crypto.b64(public("station_a_encrypt")), "request": False})
    _bundle(section, manifest, [("records.jsonl", jsonl([{"t": "org_unit", "v": unit}]))],
            "station_a_sign", sealed_to="station_b_encrypt", ephemeral="ephemeral sibling",
            nonce=bytes(range(0x80, 0x8c)))
    return section


def reply_section() -> Section:
    section: Section = {}
    unit = org_unit("01943b2a-1000-7000-8000-000000000002", "REVENUE", "قسم الإيرادات",
                    STATION_B, CLOCK - 7, "2024-12-31T23:59:59.999000+00:00", "revenue")
    since = {STATION_A: CLOCK + (5 * 60_000 << 16) + 2, STATION_B: CLOCK - 99}
    ministry_knows = {STATION_A: since[STATION_A], STATION_B: CLOCK - 7}
    station_knows = vectors.merged(_uuids(since), _uuids(ministry_knows))
    content = {
        "station_id": STATION_A, "municipality": MUNICIPALITY,
        "bundle_id": "01943b2a-d000-7000-8000-0000000000d2", "status": "applied",
        "acked_seq": 2, "acked_audit_seq": 2, "confirmed_at": "2025-01-02T09:00:00+00:00",
        "counts": {"inserted": 1, "updated": 0, "unchanged": 0, "conflicts": 0,
                   "rejected": 0},
        "rejected": [], "history_alert": "",
        "decisions": [{"kind": "settlement", "case_id": "01943b2a-5000-7000-8000-000000000005",
                       "case_number": "2025/7", "approved": True, "decision_number": "12",
                       "decision_date": "2025-01-02", "reason": "", "by": "boss"}],
        "relayed": 1, "since": vectors.encode(_uuids(since)),
        "ministry_knows": vectors.encode(_uuids(ministry_knows)),
        "station_knows": vectors.encode(station_knows), "incarnation": 0,
    }
    manifest = _base("receipt", "01943b2a-d000-7000-8000-0000000000d4",
                     "2025-01-02T09:00:00.500000+00:00")
    manifest.update({"signer": crypto.key_id(public("ministry_sign_2")),
                     "station_id": STATION_A, "municipality": MUNICIPALITY, "acked_seq": 2,
                     "for_bundle": content["bundle_id"], "relayed": 1})
    _bundle(section, manifest, [("content.json", canonical_json(content).encode("utf-8")),
                                ("records.jsonl", jsonl([{"t": "org_unit", "v": unit}]))],
            "ministry_sign_2", sealed_to="station_a_encrypt", ephemeral="ephemeral reply",
            nonce=bytes(range(0x90, 0x9c)))
    return section


def receipt_section() -> Section:
    """A plain receipt (format 1), still written for a station that sent no encryption key."""
    section: Section = {}
    content = {
        "station_id": STATION_C, "municipality": MUNICIPALITY,
        "bundle_id": "01943b2a-d000-7000-8000-0000000000c1", "status": "duplicate",
        "acked_seq": 40, "acked_audit_seq": 41, "confirmed_at": "2025-01-02T09:10:00+00:00",
        "counts": {"inserted": 0, "updated": 0, "unchanged": 0, "conflicts": 0,
                   "rejected": 1},
        "rejected": [{"table": "employee", "id": "01943b2a-e000-7000-8000-00000000000e",
                      "reason": "قيمة غير صالحة / invalid value: grade: not an integer"}],
        "decisions": [], "history_alert": "",
    }
    manifest = _base("receipt", "01943b2a-d000-7000-8000-0000000000d5",
                     "2025-01-02T09:10:00+00:00")
    manifest.update({"signer": crypto.key_id(public("ministry_sign_1")),
                     "station_id": STATION_C, "municipality": MUNICIPALITY, "acked_seq": 40,
                     "for_bundle": content["bundle_id"]})
    _bundle(section, manifest, [("content.json", canonical_json(content).encode("utf-8"))],
            "ministry_sign_1", version=1)
    return section


def reference_section() -> Section:
    section: Section = {}
    old, new = public("ministry_sign_1"), public("ministry_sign_2")
    endorsement = crypto.sign(PRIVATE["ministry_sign_1"], b"endorse:" + new)
    section["endorsement.message"] = (b"endorse:" + new).hex()
    section["endorsement.signature"] = endorsement.hex()

    def station(sid: str, name: str, sign: str, encrypt: str | None, revoked: bool
                ) -> dict[str, Any]:
        return {"station_id": sid, "municipality": MUNICIPALITY, "name": name,
                "public_key": crypto.b64(public(sign)),
                "encryption_key": crypto.b64(public(encrypt)) if encrypt else None,
                "revoked": revoked}

    content = {
        "version": 7, "issued_at": "2025-01-02T10:00:00+00:00",
        "ministry": {"name": "وزارة الحكم المحلي", "station_id": MINISTRY_STATION},
        "sign_keys": [
            {"key_id": crypto.key_id(old), "public": crypto.b64(old), "retired_from": 7},
            {"key_id": crypto.key_id(new), "public": crypto.b64(new),
             "endorsed_by": crypto.key_id(old), "signature": crypto.b64(endorsement)}],
        "encrypt_key": {"key_id": crypto.key_id(public("ministry_encrypt")),
                        "public": crypto.b64(public("ministry_encrypt"))},
        "revoked": [STATION_C],
        "municipalities": [{"code": MUNICIPALITY, "name_ar": "بلدية الاختبار",
                            "name_en": "Test municipality", "region": "الغربية",
                            "district": "طرابلس", "ministry_code": "10"}],
        "aliases": [{"code": MUNICIPALITY, "alias": "الاختبار"}],
        "unit_types": [{"code": "office", "name_ar": "مكتب", "name_en": "Office", "rank": 4}],
        "lists": {"qualification": [{"code": "bachelor", "name_ar": "بكالوريوس",
                                     "name_en": "Bachelor", "rank": 5, "extra": {}}]},
        "stations": [station(STATION_A, "مكتب العميد", "station_a_sign", "station_a_encrypt",
                             False),
                     station(STATION_B, "الإيرادات", "station_b_sign", "station_b_encrypt",
                             False),
                     station(STATION_C, "حاسوب مسروق", "station_c_sign", None, True)],
        "header_lines": ["دولة ليبيا", "وزارة الحكم المحلي"],
    }
    manifest = _base("reference", "01943b2a-d000-7000-8000-0000000000d6",
                     "2025-01-02T10:00:00+00:00")
    manifest.update({"version": 7, "signer": crypto.key_id(new)})
    _bundle(section, manifest, [("content.json", canonical_json(content).encode("utf-8"))],
            "ministry_sign_2")
    return section


def enrollment_section() -> Section:
    section: Section = {}
    key = public("station_a_sign")
    content = {"station_id": STATION_A, "municipality": MUNICIPALITY, "name": "مكتب العميد",
               "public_key": crypto.b64(key), "fingerprint": crypto.fingerprint(key),
               "encryption_key": crypto.b64(public("station_a_encrypt"))}
    manifest = _base("enrollment", "01943b2a-d000-7000-8000-0000000000d1",
                     "2024-12-30T12:00:00+00:00")
    manifest.update({"municipality": MUNICIPALITY, "station_id": STATION_A})
    _bundle(section, manifest, [("content.json", canonical_json(content).encode("utf-8"))],
            "station_a_sign")
    return section


def update_section() -> Section:
    section: Section = {}
    installer = b"MZ" + bytes(30) + b"Baladiya Desktop 0.2.0 installer"
    digest = hashlib.sha256(installer).hexdigest()
    content = {"version": "0.2.0", "file_name": "BaladiyaDesktop-0.2.0-setup.exe",
               "sha256": digest, "size": len(installer), "notes": "إصلاحات / fixes"}
    manifest = _base("update", "01943b2a-d000-7000-8000-0000000000d7",
                     "2025-01-03T07:00:00+00:00")
    manifest.update({"version": "0.2.0", "signer": crypto.key_id(public("ministry_sign_2"))})
    _bundle(section, manifest, [("content.json", canonical_json(content).encode("utf-8")),
                                (f"blobs/{digest}", installer)], "ministry_sign_2")
    return section


def build() -> dict[str, Section]:
    """Every vector section by name, in the document's order."""
    return {"keys": keys_section(), "canonical-json": canonical_section(),
            "data": data_section(), "sibling": sibling_section(), "reply": reply_section(),
            "receipt": receipt_section(), "reference": reference_section(),
            "enrollment": enrollment_section(), "update": update_section()}


TITLES = {
    "keys": "Keys (raw private and public keys, their base64url, key ids, fingerprints)",
    "canonical-json": "Canonical JSON (input and output as UTF-8 in hex)",
    "data": "Data bundle, format 2: one record, version vectors, two chained audit entries",
    "sibling": "Sibling bundle: station A to station B",
    "reply": "Reply (format-2 receipt) to station A, relaying one record of station B",
    "receipt": "Plain receipt (format 1) to station C",
    "reference": "Reference bundle after a key rotation (signed by the second key)",
    "enrollment": "Enrollment of station A (self-signed)",
    "update": "Update bundle",
}


def render_vectors(sections: dict[str, Section]) -> str:
    parts = []
    for name, section in sections.items():
        lines = "\n".join(f"{key} = {value}" for key, value in section.items())
        parts.append(f"#### {TITLES[name]}\n\n<!-- vector:{name}:begin -->\n```\n{lines}\n```\n"
                     f"<!-- vector:{name}:end -->\n")
    return "\n".join(parts)


def _type(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, Uuid):
        return "uuid"
    if isinstance(kind, UTCDateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, BigInteger):
        return "int64"
    if isinstance(kind, Integer):
        return "int32"
    limit = max_length(column)
    assert limit is not None, f"{column} has a type the format does not describe"
    return f"text({limit})"


def _presence(column: Column[Any]) -> str:
    default = getattr(column.default, "arg", None)
    if column.default is not None and not callable(default):
        return "default=" + canonical_json(default)
    return "null" if column.nullable else "required"


def render_columns() -> str:
    lines = []
    for name, table in sorted(travelling_tables().items()):
        for column in sorted(table.columns, key=lambda c: c.name):
            line = f"{name}.{column.name} {_type(column)} {_presence(column)}"
            for fk in sorted(column.foreign_keys, key=lambda f: f.target_fullname):
                line += f" -> {fk.column.table.name}.{fk.column.name}"
            lines.append(line)
    return "```\n" + "\n".join(lines) + "\n```\n"


def _replace(text: str, marker: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {marker}:begin -->\n).*?(<!-- {marker}:end -->)", re.S)
    assert pattern.search(text), f"the {marker} markers are missing from {DOC.name}"
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def render_document(text: str) -> str:
    text = _replace(text, "generated:vectors", render_vectors(build()))
    return _replace(text, "generated:columns", render_columns())


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    new = render_document(text)
    if "--check" in argv:
        if new != text:
            print(f"{DOC} is out of date: run python -m tests.sync.make_vectors")
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
