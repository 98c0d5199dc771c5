"""A bundle reader written from docs/bundle-format.md alone.

It imports nothing from the app: only the standard library and ``cryptography``. It parses the
container, checks the signature, follows a key chain, opens sealed payloads, reads the zip,
checks records against the documented columns (integers as 64-bit integers, never doubles),
recomputes the audit chain and reads the document's test vectors. Where it disagrees with the
app, one of them is wrong about the format.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import re
import struct
import zipfile
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"BLDBNDL\n"
KINDS = ("data", "enrollment", "receipt", "reference", "update", "sibling")
INT64 = (1 << 63) - 1
GENESIS = "0" * 64
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
HEX64 = re.compile(r"[0-9a-f]{64}")
ENTRY = re.compile(r"content\.json|records\.jsonl|audit\.jsonl|blobs/[0-9a-f]{64}")
B64URL = re.compile(r"[A-Za-z0-9_-]*")
ALG = "X25519-HKDF-SHA256-AES256GCM"

# The manifest fields each kind carries besides the common ones ("Kinds" in the document).
COMMON = ("kind", "bundle_id", "created_at", "app_version", "schema", "format", "payload")
FIELDS = {
    "enrollment": ("municipality", "station_id"),
    "reference": ("signer", "version"),
    "data": ("municipality", "station_id", "seq_from", "seq_to", "records", "counts", "audit"),
    "receipt": ("signer", "station_id", "municipality", "acked_seq", "for_bundle"),
    "sibling": ("municipality", "station_id", "to", "records", "counts", "incarnation", "knows",
                "since", "encrypt_key", "request"),
    "update": ("signer", "version"),
}
DATA_V2 = ("incarnation", "knows", "since", "encrypt_key", "request")
REPLY_CONTENT = ("relayed", "since", "ministry_knows", "station_knows", "incarnation")
RECEIPT_CONTENT = ("station_id", "municipality", "bundle_id", "status", "acked_seq",
                   "acked_audit_seq", "confirmed_at", "counts", "rejected", "decisions",
                   "history_alert")


class Refused(Exception):
    """The bundle breaks the documented format."""


# Encodings -----------------------------------------------------------------------------------


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64url(text: Any) -> bytes:
    """base64url without padding, and nothing but its alphabet."""
    if not isinstance(text, str) or not B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise Refused(f"not base64url without padding: {text!r}")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if b64url(data) != text:  # stray bits in the last character
        raise Refused(f"not canonical base64url: {text!r}")
    return data


def key_id(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:32]


def fingerprint(public: bytes) -> str:
    digest = hashlib.sha256(public).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, 64, 4))


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and UUID.fullmatch(value) is not None


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}


def _string(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def canonical_json(value: Any) -> str:
    """The document's canonical JSON, written out rule by rule."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical_json(v) for v in value) + "]"
    if isinstance(value, dict):
        items = sorted(value.items())  # Python compares str by code point, as documented
        return "{" + ",".join(_string(k) + ":" + canonical_json(v) for k, v in items) + "}"
    raise Refused(f"{type(value).__name__} has no place in the format")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise Refused("a key twice in one object")
    return result


def _no_float(text: str) -> Any:
    raise Refused(f"a number that is not an integer: {text}")


def parse_json(data: bytes) -> Any:
    """Strict JSON: integers stay exact (Python ints), no float, no NaN, no key twice."""
    try:
        return json.loads(data.decode("utf-8"), parse_float=_no_float,
                          parse_constant=_no_float, object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise Refused(f"not JSON: {exc}") from None


# The container -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Container:
    version: int
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signed: bytes
    signature: bytes
    payload: bytes


def _bounds(manifest: Any) -> None:
    keys = 0
    stack = [(manifest, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list) and depth > 16:
            raise Refused("nested more than 16 deep")
        if isinstance(value, dict):
            keys += len(value)
            if keys > 50_000:
                raise Refused("more than 50,000 keys")
            if any("\0" in key for key in value):
                raise Refused("a NUL in a key")
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str) and "\0" in value:
            raise Refused("a NUL in a string")
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > INT64:
            raise Refused("an integer beyond 64 bits")


def parse_container(data: bytes) -> Container:
    """The checks of "The container", in the document's order."""
    if len(data) > 1 << 31:
        raise Refused("larger than 2 GiB")
    if len(data) < 14 or data[:8] != MAGIC:
        raise Refused("not a bundle")
    version, size = struct.unpack(">HI", data[8:14])
    if version > 2:
        raise Refused("newer format")
    if version < 1 or size > 1 << 20 or len(data) < 78 + size:
        raise Refused("truncated or damaged")
    body = data[14:14 + size]
    manifest = parse_json(body)
    _bounds(manifest)
    if not isinstance(manifest, dict) or manifest.get("kind") not in KINDS or \
            not is_uuid(manifest.get("bundle_id")) or not isinstance(manifest.get("payload"),
                                                                     dict):
        raise Refused("incomplete manifest")
    if manifest.get("format") != version:
        raise Refused("format differs from the header")
    return Container(version, manifest, body, data[:14 + size], data[14 + size:78 + size],
                     data[78 + size:])


def check_manifest(c: Container) -> None:
    """The fields the document lists for the bundle's kind, present and of the right type."""
    m = c.manifest
    missing = [f for f in COMMON + FIELDS[m["kind"]] if f not in m]
    if m["kind"] == "data" and c.version == 2:
        missing += [f for f in DATA_V2 if f not in m]
    if m["kind"] == "receipt" and "sealed" in m["payload"] and "relayed" not in m:
        missing.append("relayed")
    if missing:
        raise Refused(f"{m['kind']} manifest lacks {missing}")
    payload = m["payload"]
    if payload.get("encoding") != "zip" or not isinstance(payload.get("size"), int) or \
            not HEX64.fullmatch(str(payload.get("sha256"))):
        raise Refused("payload description")
    for name in ("station_id", "to"):
        if name in m and not is_uuid(m[name]):
            raise Refused(f"{name} is not a canonical UUID")
    for name in ("knows", "since"):
        if name in m:
            parse_vector(m[name])
    if "signer" in m and not re.fullmatch(r"[0-9a-f]{32}", str(m["signer"])):
        raise Refused("signer is not a key id")
    if m["kind"] == "data":
        audit = m["audit"]
        if not (isinstance(audit, dict) and HEX64.fullmatch(str(audit.get("head")))
                and m["seq_to"] <= audit["to"]):
            raise Refused("audit range")


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def check_payload(c: Container) -> None:
    payload = c.manifest["payload"]
    if len(c.payload) != payload.get("size") or \
            hashlib.sha256(c.payload).hexdigest() != payload.get("sha256"):
        raise Refused("the payload does not match the manifest")


def derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=b"baladiya-bundle-v1").derive(shared)


def open_payload(c: Container, private: bytes) -> bytes:
    """The plaintext of a sealed payload, with the recipient's raw X25519 private key."""
    sealed = c.manifest["payload"].get("sealed")
    if not isinstance(sealed, dict) or sealed.get("alg") != ALG:
        raise Refused("not sealed as documented")
    key = X25519PrivateKey.from_private_bytes(private)
    recipient = key.public_key().public_bytes_raw()
    if sealed.get("recipient") != key_id(recipient):
        raise Refused("sealed to another key")
    ephemeral, nonce = unb64url(sealed.get("ephemeral")), unb64url(sealed.get("nonce"))
    if len(ephemeral) != 32 or len(nonce) != 12:
        raise Refused("ephemeral key or nonce of the wrong size")
    try:
        shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        return AESGCM(derive(shared, ephemeral, recipient)).decrypt(
            nonce, c.payload, c.manifest["bundle_id"].encode("ascii"))
    except (InvalidTag, ValueError):
        raise Refused("the payload does not open") from None


def read_zip(plaintext: bytes) -> dict[str, bytes]:
    """Every entry of the payload, by name, refusing what the document refuses."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(plaintext))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, struct.error):
        raise Refused("not a zip") from None
    if len(infos) > 200_000:
        raise Refused("too many entries")
    budget = min(4 << 30, max(64 << 20, 100 * len(plaintext)))
    entries: dict[str, bytes] = {}
    for info in infos:
        if not ENTRY.fullmatch(info.filename) or info.filename in entries:
            raise Refused(f"entry name {info.filename!r}")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or \
                info.flag_bits & 0x1:
            raise Refused("compression method or zip encryption")
        if info.file_size > max(1 << 20, 200 * info.compress_size) or info.file_size > budget:
            raise Refused("an entry expands like a bomb")
        budget -= info.file_size
        data = archive.read(info)
        if len(data) != info.file_size:
            raise Refused("entry size")
        if info.filename.startswith("blobs/") and \
                hashlib.sha256(data).hexdigest() != info.filename[6:]:
            raise Refused("an attachment does not hash to its name")
        entries[info.filename] = data
    return entries


def json_lines(data: bytes) -> list[dict[str, Any]]:
    if not data:
        return []
    if not data.endswith(b"\n"):
        raise Refused("a JSON-lines entry ends with LF")
    lines = []
    for line in data[:-1].split(b"\n"):
        value = parse_json(line)
        if not isinstance(value, dict):
            raise Refused("a line that is not a JSON object")
        lines.append(value)
    return lines


def parse_vector(raw: Any) -> dict[str, int]:
    """A version vector: canonical UUID keys, 1–19 ASCII digits (or a JSON integer)."""
    if not isinstance(raw, dict) or len(raw) > 10_000:
        raise Refused("a vector is an object of at most 10,000 origins")
    vector = {}
    for origin, value in raw.items():
        if not is_uuid(origin):
            raise Refused(f"vector key {origin!r}")
        if isinstance(value, str) and re.fullmatch(r"[0-9]{1,19}", value):
            number = int(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            raise Refused(f"vector value {value!r}")
        if not 0 <= number <= INT64:
            raise Refused("vector value out of range")
        vector[origin] = number
    return vector


def advance(held: dict[str, int], since: dict[str, int], knows: dict[str, int],
            refused: frozenset[str] | set[str] = frozenset()) -> dict[str, int]:
    result = dict(held)
    for origin, version in knows.items():
        if origin not in refused and since.get(origin, 0) <= held.get(origin, 0) < version:
            result[origin] = version
    return result


# Records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    type: str  # uuid, datetime, date, bool, int32, int64, text(N)
    presence: str  # required | null | default=<json>
    references: str = ""


def load_columns(doc: str) -> dict[str, dict[str, Column]]:
    """The appendix of the document: table → column → its rule."""
    block = re.search(r"<!-- generated:columns:begin -->\s*```\n(.*?)```", doc, re.S)
    if block is None:
        raise Refused("the document has no column appendix")
    tables: dict[str, dict[str, Column]] = {}
    for line in block.group(1).strip().splitlines():
        parts = line.split(" ")
        table, column = parts[0].split(".")
        ref = parts[4] if len(parts) == 5 and parts[3] == "->" else ""
        tables.setdefault(table, {})[column] = Column(parts[1], parts[2], ref)
    return tables


def _year(value: dt.date) -> None:
    if not 1900 <= value.year <= 2200:
        raise Refused("year outside 1900–2200")


def _value(rule: Column, value: Any) -> Any:
    kind = rule.type
    if kind == "uuid":
        if not is_uuid(value):
            raise Refused("not a canonical UUID")
        return value
    if kind in ("int32", "int64"):
        limit = (1 << 31) - 1 if kind == "int32" else INT64
        if type(value) is not int or not -limit <= value <= limit:
            raise Refused(f"not an {kind}")
        return value
    if kind == "bool":
        if type(value) is not bool:
            raise Refused("not a boolean")
        return value
    if kind == "date":
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise Refused("not a date")
        _year(dt.date.fromisoformat(value))
        return value
    if kind == "datetime":
        if not isinstance(value, str):
            raise Refused("not a date and time")
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise Refused("not a date and time") from None
        _year(parsed)
        return value
    match = re.fullmatch(r"text\((\d+)\)", kind)
    assert match, kind
    if not isinstance(value, str) or len(value) > int(match.group(1)) or "\0" in value or \
            re.search("[\ud800-\udfff]", value):
        raise Refused(f"not text of at most {match.group(1)} characters")
    return value


def check_record(columns: dict[str, dict[str, Column]], line: dict[str, Any]
                 ) -> dict[str, Any]:
    """One line of ``records.jsonl`` read as the document says: every column, its value."""
    table, values = line.get("t"), line.get("v")
    if table not in columns or not isinstance(values, dict):
        raise Refused(f"unknown table {table!r}")
    row: dict[str, Any] = {}
    for name, rule in columns[table].items():
        value = values.get(name)
        if value is None:
            if rule.presence == "required":
                raise Refused(f"{table}.{name} is missing")
            row[name] = json.loads(rule.presence[8:]) if rule.presence.startswith(
                "default=") else None
            continue
        try:
            row[name] = _value(rule, value)
        except Refused as exc:
            raise Refused(f"{table}.{name}: {exc}") from None
    if row["version"] <= 0:
        raise Refused("a version is above 0")
    return row


# The audit history ---------------------------------------------------------------------------

AUDIT_FIELDS = ("seq", "at", "username", "action", "table_name", "record_id", "before", "after")


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    body = canonical_json([entry[k] for k in AUDIT_FIELDS])
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def follow_audit(seq: int, head: str, entries: list[dict[str, Any]], audit: dict[str, Any]
                 ) -> tuple[int, str, str]:
    """Where the chain stands after the bundle's entries, and why it broke ("" if it held)."""
    for entry in entries:
        at = entry.get("seq")
        if type(at) is not int or any(k not in entry for k in AUDIT_FIELDS):
            return seq, head, "a damaged audit entry"
        if at < seq:
            continue
        if at == seq:
            if at > 0 and entry.get("hash") != head:
                return seq, head, f"rewritten before entry {at}"
            continue
        recomputed = entry_hash(head, entry)
        if at != seq + 1 or entry.get("prev_hash") != head or entry.get("hash") != recomputed:
            return seq, head, f"rewritten at entry {at}"
        seq, head = at, recomputed
    if seq != audit.get("to") or head != audit.get("head"):
        return seq, head, "the audit head does not match"
    return seq, head, ""


# Key chains ----------------------------------------------------------------------------------


def follow_chain(trusted: dict[str, bytes], chain: list[dict[str, Any]],
                 retired: frozenset[str] | set[str] = frozenset()) -> dict[str, bytes]:
    """The keys reached from ``trusted`` through endorsements, link by link in order."""
    links = []
    for link in chain:
        public = unb64url(link.get("public"))
        if len(public) != 32 or key_id(public) != link.get("key_id") or \
                not isinstance(link.get("revoked", False), bool) or \
                not (link.get("retired_from") is None or type(link["retired_from"]) is int):
            raise Refused("the key chain is damaged")
        links.append((link, public))
    revoked = {link["key_id"] for link, _ in links if link.get("revoked")}
    reach = dict(trusted)
    for link, public in links:
        kid = link["key_id"]
        endorser = reach.get(str(link.get("endorsed_by", "")))
        if kid in reach or kid in retired or link.get("endorsed_by") in revoked or \
                endorser is None:
            continue
        try:
            signature = unb64url(link.get("signature", ""))
        except Refused:
            continue
        if verify(endorser, signature, b"endorse:" + public):
            reach[kid] = public
    return reach


def ended(content: dict[str, Any]) -> set[str]:
    """The keys a reference bundle's own chain says no longer count."""
    version = content["version"]
    return {link["key_id"] for link in content["sign_keys"] if link.get("revoked") or (
        link.get("retired_from") is not None and link["retired_from"] <= version)}


# A whole bundle ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Opened:
    container: Container
    plaintext: bytes
    entries: dict[str, bytes]

    @property
    def manifest(self) -> dict[str, Any]:
        return self.container.manifest

    def content(self) -> Any:
        return parse_json(self.entries["content.json"])

    def lines(self, name: str) -> list[dict[str, Any]]:
        return json_lines(self.entries.get(name, b""))


def read_bundle(data: bytes, signer: bytes, recipient_private: bytes | None = None) -> Opened:
    """Parse, verify against ``signer`` (raw Ed25519), check the payload, open it if sealed."""
    c = parse_container(data)
    check_manifest(c)
    if not verify(signer, c.signature, c.signed):
        raise Refused("the signature does not verify")
    check_payload(c)
    if "sealed" in c.manifest["payload"]:
        if recipient_private is None:
            raise Refused("sealed, and no key to open it")
        plaintext = open_payload(c, recipient_private)
    else:
        plaintext = c.payload
    return Opened(c, plaintext, read_zip(plaintext))


def vectors(doc: str) -> dict[str, dict[str, str]]:
    """Every ``<!-- vector:NAME:begin -->`` block of the document."""
    found = {}
    for name, body in re.findall(r"<!-- vector:([a-z-]+):begin -->\s*```\n(.*?)```\s*"
                                 r"<!-- vector:\1:end -->", doc, re.S):
        found[name] = dict(line.split(" = ", 1) for line in body.strip().splitlines())
    return found
