"""Bad input and faults: each is refused with a clear message and changes nothing.

Every test takes a snapshot of the ministry's database (row counts and a hash of every
table's rows) before the refused import and compares it afterwards. They run with the
ministry on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.sync import container
from tests.sync.conftest import World, ok, refused
from tests.sync.helpers import (
    employee_record,
    forge_data,
    raw_container,
    records_zip,
    zip_bytes,
)


def _import_refused(world: World, data: bytes, *fragments: str, name: str = "bad.bld") -> None:
    path = world.usb / name
    path.write_bytes(data)
    before = world.snap()
    refused(world.m("ministry", "import", path), *fragments)
    assert world.snap() == before


def _first_bundle(world: World) -> bytes:
    return Path(world.export()["path"]).read_bytes()


@pytest.mark.parametrize("where", ["magic", "version", "length", "manifest", "signature",
                                   "payload-start", "payload-middle", "payload-end"])
def test_a_flipped_bit_anywhere_is_refused(world: World, where: str) -> None:
    data = bytearray(_first_bundle(world))
    size = int.from_bytes(data[10:14], "big")
    offset = {"magic": 3, "version": 9, "length": 12, "manifest": 14 + size // 2,
              "signature": 14 + size + 10, "payload-start": 14 + size + 64,
              "payload-middle": (14 + size + 64 + len(data)) // 2,
              "payload-end": len(data) - 1}[where]
    data[offset] ^= 0x10
    _import_refused(world, bytes(data))


@pytest.mark.parametrize("keep", [0, 7, 13, 40, -100, -1])
def test_a_truncated_file_is_refused(world: World, keep: int) -> None:
    data = _first_bundle(world)
    _import_refused(world, data[:keep])


@pytest.mark.parametrize("change", [{"municipality": "LY-M003"}, {"seq_to": 5},
                                    {"seq_from": 0}, {"records": 1}])
def test_a_manifest_edited_after_signing_is_refused(world: World, change: dict[str, object]
                                                    ) -> None:
    bundle = container.decode(_first_bundle(world))
    body = canonical_json({**bundle.manifest, **change}).encode()
    header = container.HEADER.pack(container.MAGIC, bundle.manifest["format"], len(body))
    _import_refused(world, header + body + bundle.signature + bundle.payload,
                    "the signature is invalid")


def test_a_payload_swapped_from_another_bundle_is_refused(world: World) -> None:
    first = container.decode(_first_bundle(world))
    world.s("users", "list")
    second = container.decode(_first_bundle(world))
    _import_refused(world, first.signed_part + first.signature + second.payload,
                    "does not match the manifest")
    # Even re-signed by the station itself, another bundle's ciphertext does not open under
    # this bundle's id (it is the associated data of the encryption).
    keys = world.keys()
    sealed = first.manifest["payload"]["sealed"]
    forged = container.encode({**second.manifest, "payload": {"encoding": "zip",
                                                             "sealed": sealed}},
                              first.payload, keys.signing_key)
    _import_refused(world, forged, "cannot be decrypted")


def test_an_unknown_station_is_refused(world: World) -> None:
    keys = world.keys()
    stranger = type(keys)(uuid.uuid4(), keys.municipality, keys.signing_key, keys.recipient,
                          keys.recipient_id)
    _import_refused(world, forge_data(stranger, records_zip([])), "not enrolled")


def test_a_revoked_station_is_refused(world: World) -> None:
    data = _first_bundle(world)
    ok(world.m("ministry", "revoke", str(world.keys().station_id)))
    _import_refused(world, data, "revoked")
    stations = ok(world.m("ministry", "stations", "--enrolled"))
    assert [s["revoked"] for s in stations] == [True]


def test_a_station_of_another_municipality_cannot_speak_for_this_one(world: World) -> None:
    other = world.new_station("misrata", "LY-M003")
    ours, theirs = world.keys(), world.keys(other)
    # Signed by the other station's key, claiming to be ours: the signature does not hold.
    _import_refused(world, forge_data(ours, records_zip([]), signing_key=theirs.signing_key),
                    "the signature is invalid")
    # Its own station id, but our municipality in the manifest.
    _import_refused(world, forge_data(theirs, records_zip([]), municipality=ours.municipality),
                    "claims a municipality other than its station's")
    # Its own manifest, but records of our municipality inside: those rows are rejected.
    before = world.snap()
    data = forge_data(theirs, records_zip([employee_record(ours, 1)]), seq_to=1)
    (world.usb / "mixed.bld").write_bytes(data)
    result = ok(world.m("ministry", "import", world.usb / "mixed.bld"))[0]
    assert result["inserted"] == 0 and len(result["rejected"]) == 1
    assert "another municipality" in result["rejected"][0]["reason"]
    after = world.snap()
    assert after["employee"] == before["employee"]


def test_a_bundle_from_a_newer_format_or_schema_is_refused(world: World) -> None:
    keys = world.keys()
    _import_refused(world, forge_data(keys, records_zip([]),
                                      version=container.FORMAT_VERSION + 1),
                    "newer version of the app")
    _import_refused(world, forge_data(keys, records_zip([]), schema="9999"),
                    "schema is newer")


def test_a_replayed_or_stale_bundle_changes_nothing(world: World) -> None:
    first = world.export()
    world.s("users", "list")
    from tests.sync.test_trip import add_unit

    add_unit(world.station, "LATE-1")
    second = world.export()
    assert second["seq_from"] == first["seq_from"] and second["seq_to"] > first["seq_to"]
    assert ok(world.m("ministry", "import", second["path"]))[0]["status"] == "applied"
    before = world.snap()
    again = ok(world.m("ministry", "import", second["path"]))[0]
    assert again["status"] == "duplicate"
    assert world.snap() == before
    late = ok(world.m("ministry", "import", first["path"]))[0]  # arrives after the newer one
    assert late["status"] == "stale" and late["inserted"] == late["updated"] == 0
    assert late["history_alert"] == ""
    assert world.snap() == before


def test_a_gap_in_the_sequence_is_refused(world: World) -> None:
    keys = world.keys()
    _import_refused(world, forge_data(keys, records_zip([]), seq_from=50, seq_to=60),
                    "Re-export from seq 1", "فجوة")


def test_a_zip_bomb_is_refused(world: World) -> None:
    keys = world.keys()
    bomb = zip_bytes([("records.jsonl", b" " * (256 << 20))])
    assert len(bomb) < 1 << 20
    _import_refused(world, forge_data(keys, bomb), "decompression bomb")
    # The same compressed data claimed by many entries (overlapping entries).
    _import_refused(world, forge_data(keys, _overlapping_zip()), "overlap")


def _overlapping_zip() -> bytes:
    """Two central-directory entries that point at the same local file (a bomb's shape)."""
    first, second = "blobs/" + "a" * 64, "blobs/" + "b" * 64
    base = zip_bytes([(first, b"0" * 100_000)])
    cd_offset, end = base.index(b"PK\x01\x02"), base.rindex(b"PK\x05\x06")
    central = base[cd_offset:end]
    twin = central.replace(first.encode(), second.encode())
    eocd = bytearray(base[end:])
    eocd[8:10] = eocd[10:12] = (2).to_bytes(2, "little")
    eocd[12:16] = (len(central) + len(twin)).to_bytes(4, "little")
    return base[:cd_offset] + central + twin + bytes(eocd)


@pytest.mark.parametrize("name", ["../../evil", "/etc/x", "blobs/../../x", "..\\evil",
                                  "records.jsonl\n", "C:/x", "blobs/" + "0" * 63 + "/"])
def test_a_path_that_escapes_the_folder_is_refused(world: World, name: str) -> None:
    keys = world.keys()
    _import_refused(world, forge_data(keys, zip_bytes([("records.jsonl", b""), (name, b"x")])),
                    "a name not allowed inside the payload")


def test_damaged_content_inside_a_valid_signature_is_refused(world: World) -> None:
    keys = world.keys()
    _import_refused(world, forge_data(keys, b"not a zip"), "not a valid archive")
    _import_refused(world, forge_data(keys, zip_bytes([("records.jsonl", b"{oops\n")])),
                    "a damaged line in records.jsonl")
    _import_refused(world, forge_data(keys, zip_bytes([("records.jsonl", b"[1]\n")])),
                    "an invalid line")
    _import_refused(world, forge_data(keys, zip_bytes([("records.jsonl", b'{"t":1}\n')])),
                    "a damaged record")
    blob = zip_bytes([("records.jsonl", b""), ("blobs/" + "a" * 64, b"not that hash")])
    _import_refused(world, forge_data(keys, blob), "a damaged attachment")
    manifest = {"kind": "data", "bundle_id": "x", "station_id": str(keys.station_id),
                "municipality": keys.municipality,
                "seq_from": None, "seq_to": [], "format": container.FORMAT_VERSION,
                "payload": {}}
    _import_refused(world, raw_container(manifest, b"", keys.signing_key), "incomplete")


def test_a_record_that_refers_to_nothing_is_refused_alone(world: World) -> None:
    keys = world.keys()
    orphan = employee_record(keys, 7)
    orphan["v"]["unit_id"] = str(uuid.uuid4())
    good = employee_record(keys, 8)
    before = world.snap()
    (world.usb / "orphan.bld").write_bytes(forge_data(keys, records_zip([orphan, good])))
    result = ok(world.m("ministry", "import", world.usb / "orphan.bld"))[0]
    assert result["inserted"] == 1
    assert [r["id"] for r in result["rejected"]] == [orphan["v"]["id"]]
    assert "org_unit record that exists nowhere" in result["rejected"][0]["reason"]
    assert world.snap()["employee"][0] == before["employee"][0] + 1


def test_the_json_of_a_refusal_says_why(world: World) -> None:
    data = bytearray(_first_bundle(world))
    data[-1] ^= 1
    (world.usb / "x.bld").write_bytes(bytes(data))
    result = world.m("ministry", "import", world.usb / "x.bld")
    answer = json.loads(result.out)
    assert answer[0]["status"] == "refused" and "damaged" in answer[0]["reason_en"]
    assert "رُفضت الحزمة" in answer[0]["reason"]
