"""Hostile or unlucky bundle files: a clear refusal and exit 1, never a traceback; and in a run
of imports each bundle stands alone, so a receipt that cannot be written hides nothing.

The CLI tests run with the ministry on SQLite and on PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

import errno
import json
import os
import pathlib
import random
import resource
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.sync import container, usb
from baladiya_desktop.sync.errors import BundleRefused
from baladiya_desktop.sync.tables import travelling_tables
from tests.sync.conftest import World, db_args, ok, refused
from tests.sync.helpers import forge_data, raw_container, records_zip

ANY_KEY = bytes(range(32))


def _full_stick(monkeypatch: pytest.MonkeyPatch, stick: Path) -> None:
    """Writing a file in ``stick`` fails as on a full USB stick; other folders work."""
    real_open = pathlib.Path.open

    def full(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode and self.parent == stick:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", full)


def _folder(world: World, name: str) -> Path:
    path = world.folder / name
    path.mkdir()
    return path


def _two_bundles(world: World) -> tuple[str, str]:
    first = world.export()["path"]
    world.s("users", "list")  # a login: the next bundle carries one more audit entry
    return first, world.export()["path"]


# --- 1. each bundle of a run stands alone -------------------------------------------------

def test_a_receipt_that_cannot_be_written_hides_no_applied_import(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _two_bundles(world)
    stick, good = _folder(world, "full-stick"), _folder(world, "good-stick")
    _full_stick(monkeypatch, stick)
    result = world.m("ministry", "import", first, second, "--receipts", stick)
    assert result.code == 1, result.err
    items = json.loads(result.out)
    assert [(i["file"], i["status"]) for i in items] == [(first, "applied"),
                                                         (second, "applied")]
    for item in items:
        assert item["receipt"] is None
        assert "No space left on device" in item["receipt_error_en"]
        assert "تعذرت الكتابة" in item["receipt_error"]
    assert "receipts could not be written" in result.err and "لم تُكتب" in result.err
    assert "refused" not in result.err
    assert list(stick.iterdir()) == []
    station = ok(world.m("ministry", "stations", "--enrolled"))[0]
    assert station["applied_seq"] == items[1]["acked_seq"]
    # The message's advice works: the same files again, on a stick that works, give the
    # receipts and change no data.
    before = _data(world)
    again = ok(world.m("ministry", "import", first, second, "--receipts", good))
    assert [i["status"] for i in again] == ["duplicate", "duplicate"]
    assert [Path(i["receipt"]).parent for i in again] == [good, good]
    assert all("receipt_error" not in i for i in again)
    assert _data(world) == before


def _data(world: World) -> dict[str, tuple[int, str]]:
    """The snapshot of the tables that travel (a receipt may log itself elsewhere)."""
    return {t: v for t, v in world.snap().items() if t in travelling_tables()}


def test_a_refused_bundle_and_a_lost_receipt_are_both_reported(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    first = world.export()["path"]
    junk = world.usb / "junk.bld"
    junk.write_bytes(b"not a bundle at all")
    stick = _folder(world, "full-stick")
    _full_stick(monkeypatch, stick)
    result = world.m("ministry", "import", junk, first, "--receipts", stick)
    assert result.code == 1
    items = json.loads(result.out)
    assert [i["status"] for i in items] == ["refused", "applied"]
    assert "not a Baladiya sync bundle" in items[0]["reason_en"]
    assert items[1]["receipt"] is None and items[1]["receipt_error_en"]
    assert "1 bundle(s) refused" in result.err
    assert "1 bundle(s) imported, but their receipts could not be written" in result.err


def test_without_json_the_lost_receipt_is_in_the_text(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    first = world.export()["path"]
    stick = _folder(world, "full-stick")
    _full_stick(monkeypatch, stick)
    result = world.run(*db_args(world.url), "--user", "boss", "ministry", "import", first,
                       "--receipts", stick)
    assert result.code == 1
    assert "applied" in result.out and "No space left on device" in result.out


# --- 2. the bundle id is a canonical UUID; receipts stay in their folder -------------------

@pytest.mark.parametrize("bundle_id", [
    str(uuid.uuid4()) + "-and-more-than-forty",
    str(uuid.uuid4()) + "/../../a",
    str(uuid.uuid4()).upper(),
    uuid.uuid4().hex,
    "{" + str(uuid.uuid4()) + "}",
    "urn:uuid:" + str(uuid.uuid4()),
    "",
    "x" * 5000,
])
def test_a_bundle_id_that_is_not_a_canonical_uuid_is_refused(bundle_id: str) -> None:
    manifest = {"kind": "data", "bundle_id": bundle_id, "format": container.FORMAT_VERSION,
                "payload": {}}
    with pytest.raises(BundleRefused, match="manifest is incomplete"):
        container.decode(raw_container(manifest, b"", ANY_KEY))
    good = {**manifest, "bundle_id": str(new_id())}
    assert container.decode(raw_container(good, b"", ANY_KEY)).bundle_id == good["bundle_id"]


def test_a_long_bundle_id_is_refused_at_the_ministry(world: World) -> None:
    keys = world.keys()
    path = world.usb / "long.bld"
    path.write_bytes(forge_data(keys, records_zip([]), bundle_id=str(uuid.uuid4()) + "-x" * 8))
    before = world.snap()
    refused(world.m("ministry", "import", path), "manifest is incomplete")
    assert world.snap() == before


def test_a_bundle_id_cannot_put_a_receipt_outside_its_folder(world: World) -> None:
    keys = world.keys()
    receipts = _folder(world, "receipts")
    # The folder the old file name would have walked through, had it existed.
    (receipts / f"baladiya-receipt-{keys.municipality}-{str(keys.station_id)[:8]}-000001-"
     ).mkdir()
    path = world.usb / "escape.bld"
    path.write_bytes(forge_data(keys, records_zip([]), bundle_id=str(uuid.uuid4()) + "/../../a"))
    before = world.snap()
    refused(world.m("ministry", "import", path, "--receipts", receipts),
            "manifest is incomplete")
    assert world.snap() == before
    assert not [p for p in world.folder.iterdir() if p.name.startswith("a.bld")]


def test_a_receipt_is_named_by_its_own_bundle_id(world: World) -> None:
    receipts = _folder(world, "receipts")
    item = ok(world.m("ministry", "import", world.export()["path"], "--receipts", receipts))[0]
    receipt = Path(item["receipt"])
    assert receipt.parent == receipts
    own = container.decode(receipt.read_bytes()).manifest
    keys = world.keys()
    assert own["for_bundle"] == item["bundle_id"] != own["bundle_id"]
    assert receipt.name == (f"baladiya-receipt-{keys.municipality}-{str(keys.station_id)[:8]}-"
                            f"{item['acked_seq']:06d}-{own['bundle_id'][-8:]}.bld")


@pytest.mark.parametrize("municipality", ["../../x", "LY/M010", "ly-m010", "", "A" * 17,
                                          "LY-M010\x00"])
def test_a_bundle_file_name_takes_checked_parts_only(municipality: str) -> None:
    station, bundle = uuid.uuid4(), str(new_id())
    assert usb.bundle_file_name("receipt", "LY-M010", station, 7, bundle) == \
        f"baladiya-receipt-LY-M010-{str(station)[:8]}-000007-{bundle[-8:]}.bld"
    with pytest.raises(ValueError):
        usb.bundle_file_name("receipt", municipality, station, 7, bundle)
    with pytest.raises(ValueError):
        usb.bundle_file_name("receipt", "LY-M010", station, 7, bundle + "/../../a")
    with pytest.raises(ValueError):
        usb.bundle_file_name("receipt", "LY-M010", "../" + str(station), 7, bundle)


@pytest.mark.parametrize("name", ["../x.bld", "sub/x.bld", "/tmp/x.bld", "..", ""])
def test_a_verified_write_stays_in_its_folder(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    with pytest.raises(ValueError):
        usb.write_verified(folder, name, b"data")
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == \
        ["stick"]


# --- 3. manifest bounds ----------------------------------------------------------------------

def _decode(**fields: Any) -> container.Bundle:
    manifest = {"kind": "data", "bundle_id": str(new_id()), "format": container.FORMAT_VERSION,
                "payload": {}, **fields}
    return container.decode(raw_container(manifest, b"", ANY_KEY))


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = {"k": value}
    return value


@pytest.mark.parametrize("fields", [
    {"records": 1 << 63},
    {"records": -(1 << 63)},
    {"seq_to": 10 ** 30},
    {"counts": {"employee": 1 << 64}},
    {"audit": {"to": [1, 2, -(1 << 70)]}},
    {"payload": {"size": 1 << 63}},
    {"created_at": "2025-01-01\x00T00:00"},
    {"counts": {"employee\x00": 1}},
    {"deep": _nested(container.MAX_MANIFEST_DEPTH)},
    {"wide": {str(n): n for n in range(container.MAX_MANIFEST_KEYS)}},
    {"size": float("inf")},
    {"size": float("nan")},
])
def test_a_manifest_out_of_bounds_is_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(BundleRefused, match="manifest is damaged"):
        _decode(**fields)


def test_a_manifest_at_the_bounds_is_read() -> None:
    limit = (1 << 63) - 1
    # Exactly the limits: 11 keys at the top, 1 in counts, 15 in deep, the rest in wide.
    depth = container.MAX_MANIFEST_DEPTH - 1
    bundle = _decode(records=limit, seq_from=-limit, counts={"employee": 0},
                     deep=_nested(depth), note="عربي\ttab", ratio=0.5,
                     wide={str(n): n for n in range(container.MAX_MANIFEST_KEYS - 12 - depth)})
    assert bundle.manifest["records"] == limit and bundle.manifest["seq_from"] == -limit


def test_a_manifest_with_a_key_twice_is_refused() -> None:
    body = (b'{"bundle_id":"%s","format":%d,"kind":"data","kind":"receipt","payload":{}}'
            % (str(new_id()).encode(), container.FORMAT_VERSION))
    signed = container.HEADER.pack(container.MAGIC, container.FORMAT_VERSION, len(body)) + body
    with pytest.raises(BundleRefused, match="manifest is damaged"):
        container.decode(signed + bytes(64))


@pytest.mark.parametrize("fields", [{"seq_to": 1 << 64}, {"records": 1 << 63},
                                    {"counts": {"employee": -(1 << 63)}},
                                    {"municipality": "LY-M010\x00"}])
def test_a_signed_manifest_out_of_bounds_is_refused_at_the_ministry(
        world: World, fields: dict[str, Any]) -> None:
    path = world.usb / "bounds.bld"
    path.write_bytes(forge_data(world.keys(), records_zip([]), **fields))
    before = world.snap()
    refused(world.m("ministry", "import", path), "manifest is damaged")
    refused(world.m("bundle", "inspect", path), "manifest is damaged")
    assert world.snap() == before


# --- 4. a bundle is measured before it is read --------------------------------------------

def _sparse(path: Path, size: int = 3 << 30) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)  # a hole: no disk used
    return path


def _peak_rss_mib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def test_read_bundle_refuses_a_huge_file_without_reading_it(tmp_path: Path) -> None:
    huge = _sparse(tmp_path / "huge.bld")
    peak, start = _peak_rss_mib(), time.monotonic()
    with pytest.raises(BundleRefused, match="too large"):
        container.read_bundle(huge)
    assert time.monotonic() - start < 1 and _peak_rss_mib() - peak < 256
    edge = _sparse(tmp_path / "edge.bld", container.MAX_BUNDLE + 1)
    with pytest.raises(BundleRefused, match="too large"):
        container.read_bundle(edge)


def test_read_bundle_says_what_is_wrong_with_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small = tmp_path / "small.bld"
    small.write_bytes(b"BLDBNDL\nabc")
    assert container.read_bundle(small) == b"BLDBNDL\nabc"
    with pytest.raises(UserError, match="does not exist") as missing:
        container.read_bundle(tmp_path / "missing.bld")
    assert "غير موجود" in missing.value.message_ar
    with pytest.raises(UserError, match="is a folder"):
        container.read_bundle(tmp_path)
    fifo = tmp_path / "pipe.bld"
    os.mkfifo(fifo)  # opening it would wait for a writer forever
    with pytest.raises(UserError, match="not an ordinary file"):
        container.read_bundle(fifo)
    real_open = pathlib.Path.open

    def denied(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if self == small:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", denied)
    with pytest.raises(UserError, match=r"Could not read .*Permission denied"):
        container.read_bundle(small)


def test_a_huge_file_is_refused_quickly_by_every_command(world: World) -> None:
    huge = _sparse(world.usb / "huge.bld")
    peak, start = _peak_rss_mib(), time.monotonic()
    answer = world.m("ministry", "import", huge)
    assert answer.code == 1 and "too large" in json.loads(answer.out)[0]["reason_en"]
    refused(world.m("bundle", "inspect", huge), "too large")
    refused(world.m("ministry", "enroll", huge, "--fingerprint", "00"), "too large")
    refused(world.s("bundle", "import", huge), "too large")
    assert time.monotonic() - start < 20 and _peak_rss_mib() - peak < 256


# --- 5. files that are not bundles at all ----------------------------------------------------

def _not_a_bundle(folder: Path, kind: str) -> tuple[Path, str]:
    path = folder / f"{kind}.bld"
    rng = random.Random(kind)
    if kind == "folder":
        path.mkdir()
        return path, "is a folder"
    data = {"empty": b"", "zeros": bytes(4096), "random": rng.randbytes(70_000),
            "magic-then-random": container.MAGIC + rng.randbytes(70_000),
            "truncated-header": container.MAGIC + b"\x00"}[kind]
    path.write_bytes(data)
    return path, ("Bundle refused" if kind == "magic-then-random"
                  else "not a Baladiya sync bundle")


@pytest.mark.parametrize("kind", ["folder", "empty", "zeros", "random", "magic-then-random",
                                  "truncated-header"])
def test_a_file_that_is_no_bundle_is_refused_clearly(world: World, kind: str) -> None:
    path, reason = _not_a_bundle(world.usb, kind)
    before = world.snap()
    for run in (world.m("bundle", "inspect", path), world.s("bundle", "inspect", path),
                world.s("bundle", "import", path)):
        assert run.code == 1, (run.out, run.err)
        assert "خطأ" in run.err and reason in run.err, run.err
        assert "Traceback" not in run.err
    answer = world.m("ministry", "import", path)
    assert answer.code == 1 and "Traceback" not in answer.err
    item = json.loads(answer.out)[0]
    assert item["status"] == "refused" and reason in item["reason_en"], item
    assert world.snap() == before
