"""A reader that takes only what the format document allows: ids present, dates as text,
base64url exactly, one sealing, and a restore that its history shows."""

from __future__ import annotations

import uuid

import pytest

from baladiya_desktop.sync import container, crypto
from baladiya_desktop.sync.errors import BundleRefused
from baladiya_desktop.sync.tables import RowCodec, travelling_tables
from tests.sync.conftest import World, ok, refused
from tests.sync.helpers import StationKeys, employee_record, forge_data, raw_container, records_zip


def test_a_row_without_an_id_or_with_a_number_for_a_date_is_refused() -> None:
    codec = RowCodec(travelling_tables()["employee"])
    keys = StationKeys(uuid.UUID(int=5), "LY-M010", b"", b"", "")
    good = employee_record(keys, 1)["v"]
    no_id = {k: v for k, v in good.items() if k != "id"}
    number_date = {**good, "birth_date": 19800101}
    _rows, bad = codec.values_many([good, no_id, number_date])
    assert 0 not in bad
    assert "id is missing" in bad[1]
    assert "birth_date" in bad[2] and "ISO 8601" in bad[2]


@pytest.mark.parametrize("text", ["ab!!cd", "abc=", "ab+/", "a", " abcd"])
def test_base64url_is_read_exactly(text: str) -> None:
    with pytest.raises(BundleRefused):
        crypto.unb64(text)
    assert crypto.unb64(crypto.b64(bytes(range(40)))) == bytes(range(40))


def test_a_payload_sealed_another_way_is_refused(world: World) -> None:
    keys = world.keys()
    data = forge_data(keys, records_zip([employee_record(keys, 1)]))
    # Signed by the station itself: only the name of the sealing differs.
    bundle = container.decode(data)
    manifest = dict(bundle.manifest)
    manifest["payload"] = {**manifest["payload"], "sealed": {
        **manifest["payload"]["sealed"], "alg": "X25519-HKDF-SHA256-AES128GCM"}}
    forged = raw_container(manifest, bundle.payload, keys.signing_key)
    path = world.usb / "alg.bld"
    path.write_bytes(forged)
    before = world.snap()
    refused(world.m("ministry", "import", path), "not sealed")
    assert world.snap() == before


def test_a_claimed_restore_without_one_in_the_history_is_flagged(world: World) -> None:
    keys = world.keys()
    path = world.usb / "claim.bld"
    path.write_bytes(forge_data(keys, records_zip([employee_record(keys, 2)]), incarnation=1))
    result = ok(world.m("ministry", "import", path))[0]
    assert "claims a restore" in result["history_alert"]
    stations = ok(world.m("ministry", "stations", "--enrolled"))
    assert any("claims a restore" in s["history_alert"] for s in stations)
