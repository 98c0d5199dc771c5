"""Test helpers for bundles: forge them from chosen parts, snapshot a database, read keys.

A forged bundle is built exactly as the app builds one (same container, same sealing), but from
a manifest and a payload the test chooses, signed with the key the test chooses: that is how a
zip bomb or an escaping path gets past the signature to reach the payload reader.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, select, text

from baladiya_desktop import __version__
from baladiya_desktop.core import keystore
from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.core.database import sqlite_url
from baladiya_desktop.core.ids import natural_id, new_id
from baladiya_desktop.core.migrate import head_revision
from baladiya_desktop.core.station import GENESIS_HASH, Station
from baladiya_desktop.sync import container, crypto
from baladiya_desktop.sync.models import TrustedKey


@dataclass(frozen=True)
class StationKeys:
    """What a forger needs from a station database: who it is and its keys."""

    station_id: uuid.UUID
    municipality: str
    signing_key: bytes
    recipient: bytes  # the ministry's encryption key the station trusts
    recipient_id: str


def station_keys(db: Path) -> StationKeys:
    engine = create_engine(sqlite_url(db))
    try:
        with engine.connect() as con:
            station = con.execute(select(Station.id, Station.municipality_code,
                                         Station.signing_key_wrapped.label("wrapped"))).one()
            key = con.execute(select(TrustedKey.key_id, TrustedKey.public_key).where(
                TrustedKey.purpose == "encrypt", TrustedKey.retired.is_(False))
                .order_by(TrustedKey.added_at.desc())).first()
    finally:
        engine.dispose()
    assert key is not None, "the station has not imported the ministry's reference bundle"
    signing = keystore.unwrap(station.wrapped, station.id, keystore.SIGN)
    return StationKeys(station.id, station.municipality_code or "", signing,
                       bytes(key.public_key), key.key_id)


def zip_bytes(entries: Iterable[tuple[str, bytes]], *,
              compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip with exactly these names (no normalisation: ``../x`` stays ``../x``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)
    return buffer.getvalue()


def jsonl(rows: Iterable[dict[str, Any]]) -> bytes:
    return b"".join(canonical_json(r).encode() + b"\n" for r in rows)


def records_zip(records: Iterable[dict[str, Any]],
                audit: Iterable[dict[str, Any]] = ()) -> bytes:
    return zip_bytes([("records.jsonl", jsonl(records)), ("audit.jsonl", jsonl(audit))])


def raw_container(manifest: dict[str, Any], payload: bytes, signing_key: bytes, *,
                  version: int = container.FORMAT_VERSION) -> bytes:
    """The container bytes by hand, so that a test can write any format version."""
    body = canonical_json(manifest).encode()
    signed = struct.pack(">8sHI", container.MAGIC, version, len(body)) + body
    return signed + crypto.sign(signing_key, signed) + payload


def forge_data(keys: StationKeys, plaintext: bytes, *, signing_key: bytes | None = None,
               seq_from: int = 1, seq_to: int = 1, bundle_id: str | None = None,
               audit: dict[str, Any] | None = None, version: int = container.FORMAT_VERSION,
               **manifest: Any) -> bytes:
    """A data bundle of ``keys``' station with this plaintext payload, sealed to the ministry
    and signed (by the station's key unless ``signing_key`` says otherwise)."""
    bundle_id = bundle_id or str(new_id())
    sealed = crypto.seal(keys.recipient, plaintext, bundle_id.encode())
    fields: dict[str, Any] = {
        "kind": "data", "bundle_id": bundle_id, "created_at": dt.datetime.now(dt.UTC).isoformat(),
        "app_version": __version__, "schema": head_revision(),
        "municipality": keys.municipality, "station_id": str(keys.station_id),
        "seq_from": seq_from, "seq_to": seq_to, "records": 0, "counts": {},
        "audit": audit or {"from": 1, "to": max(seq_to, 0), "head": GENESIS_HASH},
        "payload": {"encoding": "zip", "sealed": {
            "alg": "X25519-HKDF-SHA256-AES256GCM", "recipient": keys.recipient_id,
            "ephemeral": crypto.b64(sealed.ephemeral_public),
            "nonce": crypto.b64(sealed.nonce)}},
    }
    fields.update(manifest)
    fields["format"] = version
    fields["payload"] = {**fields["payload"], "size": len(sealed.ciphertext),
                         "sha256": hashlib.sha256(sealed.ciphertext).hexdigest()}
    return raw_container(fields, sealed.ciphertext, signing_key or keys.signing_key,
                         version=version)


def employee_record(keys: StationKeys, n: int, *, version: int = 1,
                    station_id: uuid.UUID | None = None,
                    municipality: str | None = None) -> dict[str, Any]:
    """One employee row as a data bundle carries it (``{"t": table, "v": values}``)."""
    national = f"2{n:011d}"
    return {"t": "employee", "v": {
        "id": str(natural_id(keys.municipality, "employee", national)),
        "municipality_code": municipality or keys.municipality,
        "station_id": str(station_id or keys.station_id), "version": version,
        "updated_at": "2025-01-01T00:00:00+00:00", "updated_by": "admin", "deleted": False,
        "first_name": "سالم", "father_name": "علي", "grandfather_name": "محمد",
        "family_name": f"التجريبي{n % 997}", "mother_name": "", "full_name":
        f"سالم علي محمد التجريبي{n % 997}", "search_key": f"سالم علي محمد التجريبي{n % 997}",
        "national_number": national, "other_id_kind": "", "other_id": "",
        "other_id_reason": "", "sex": "M", "birth_date": "1980-01-01", "birth_place": "",
        "nationality": "ليبي", "marital_status": "", "phone": "", "qualification": "",
        "qualification_field": "", "qualification_year": None,
        "qualification_institution": "", "hire_date": "2010-01-01",
        "employment_type": "permanent", "status": "at_work", "unit_id": None, "post_id": None,
        "job_title": "", "grade": 7 + n % 5, "increments": 0, "grade_date": None,
        "last_increment_date": None, "employee_number": f"{n:06d}", "financial_number": "",
        "notes": "",
    }}


def snapshot(url: str) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of all its rows: equal snapshots, unchanged data."""
    engine = create_engine(url)
    found: dict[str, tuple[int, str]] = {}
    try:
        with engine.connect() as con:
            for table in sorted(inspect(con).get_table_names()):
                rows = sorted(repr(tuple(bytes(v) if isinstance(v, memoryview) else v
                                         for v in row))
                              for row in con.execute(text(f'SELECT * FROM "{table}"')))
                found[table] = (len(rows), hashlib.sha256("\n".join(rows).encode())
                                .hexdigest())
    finally:
        engine.dispose()
    return found


def count(url: str, table: str, where: str = "1=1") -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            return int(con.execute(text(f'SELECT count(*) FROM "{table}" WHERE {where}'))
                       .scalar_one())
    finally:
        engine.dispose()
