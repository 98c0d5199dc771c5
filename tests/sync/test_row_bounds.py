"""A bundle's row that the ministry cannot store is refused alone, with the column and why.

Over-long text, NUL, unpaired surrogates, integers out of their column type's range, UUIDs
not written as the app writes them and dates outside 1900–2200 used to reach the database,
which refused the whole bundle with a traceback (PostgreSQL) or stored them (SQLite).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from baladiya_desktop.core.audit import entry_hash
from baladiya_desktop.core.station import GENESIS_HASH
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.sync.tables import RowCodec, travelling_tables
from tests.sync.conftest import World, ok
from tests.sync.helpers import (
    StationKeys,
    employee_record,
    forge_data,
    jsonl,
    station_keys,
    zip_bytes,
)

STATION = uuid.UUID("0190a000-0000-7000-8000-000000000001")


KEYS = StationKeys(STATION, "LY-M010", b"", b"", "")


def _employee(n: int) -> dict[str, Any]:
    values: dict[str, Any] = employee_record(KEYS, n)["v"]
    return values


BAD: dict[str, tuple[str, Any, str]] = {  # case → column, value, words of the reason
    "long text": ("job_title", "م" * 1000, "longer than 160 characters (1000)"),
    "NUL": ("first_name", "سا\x00لم", "NUL"),
    "surrogate": ("family_name", "ال\ud800زوي", "surrogate"),
    "huge int": ("grade", 2**70, "range"),
    "int above int4": ("grade", 2**31, "range"),
    "int below int4": ("increments", -(2**31), "range"),
    "bigint above int8": ("version", 2**63, "range"),
    "uuid in capitals": ("id", str(uuid.uuid4()).upper(), "canonical"),
    "uuid in braces": ("id", "{" + str(uuid.uuid4()) + "}", "canonical"),
    "uuid not hex": ("id", "not-a-uuid", "UUID"),
    "date too early": ("birth_date", "1899-12-31", "year 1899"),
    "date too late": ("hire_date", "2201-01-01", "year 2201"),
    "datetime too early": ("updated_at", "0001-01-01T00:00:00+00:00", "year 1"),
    "long notes": ("notes", "x" * 4001, "longer than 4000"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_each_bad_value_refuses_its_row_alone(case: str) -> None:
    column, value, words = BAD[case]
    rows = [_employee(n) for n in range(1, 6)]
    rows[2][column] = value
    codec = RowCodec(travelling_tables()["employee"])
    good, bad = codec.values_many(rows)
    assert list(bad) == [2], bad
    assert bad[2].startswith(f"{column}:") and words in bad[2], bad[2]
    assert len(good) == 5 and good[0]["grade"] == rows[0]["grade"]
    with pytest.raises(ValueError, match=column):
        codec.values(rows[2])


def test_values_at_the_bounds_pass() -> None:
    rows = [_employee(n) for n in range(1, 4)]
    rows[0].update(job_title="م" * 160, grade=2**31 - 1, increments=-(2**31 - 1),
                   birth_date="1900-01-01", hire_date="2200-12-31", notes="ن" * 4000)
    rows[1].update(version=2**63 - 1, qualification_year=None)
    codec = RowCodec(travelling_tables()["employee"])
    good, bad = codec.values_many(rows)
    assert bad == {}
    assert good[0]["job_title"] == "م" * 160 and good[1]["version"] == 2**63 - 1
    assert codec.values(rows[0])["grade"] == 2**31 - 1


def test_several_bad_rows_each_get_their_reason() -> None:
    rows = [_employee(n) for n in range(1, 8)]
    rows[1]["job_title"] = "x" * 161
    rows[4]["grade"] = 2**70
    rows[5]["mother_name"] = "a\x00"
    good, bad = RowCodec(travelling_tables()["employee"]).values_many(rows)
    assert sorted(bad) == [1, 4, 5] and len(good) == 7
    assert "job_title" in bad[1] and "grade" in bad[4] and "mother_name" in bad[5]


# --- end to end: the ministry on SQLite and on PostgreSQL -----------------------------------


def _bundle(world: World, records: list[dict[str, Any]]) -> Path:
    """A bundle of ``records`` as the station would send it: one audited change per record,
    the audit chain continuing from the start (the ministry has seen nothing yet)."""
    keys = station_keys(world.station)
    at = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    audit, head = [], GENESIS_HASH
    for seq, record in enumerate(records, 1):
        entry = {"seq": seq, "at": at.isoformat(), "username": "admin", "action": "staff.add",
                 "table_name": "employee", "record_id": record["v"]["id"], "before": None,
                 "after": "{}", "prev_hash": head}
        head = entry_hash(head, seq, at, "admin", "staff.add", "employee",
                          record["v"]["id"], None, "{}")
        audit.append({**entry, "hash": head})
    # ASCII escapes, so that any text (even an unpaired surrogate) travels as JSON allows.
    lines = b"".join(json.dumps(r, ensure_ascii=True).encode() + b"\n" for r in records)
    data = forge_data(keys, zip_bytes([("records.jsonl", lines), ("audit.jsonl", jsonl(audit))]),
                      seq_to=len(records),
                      audit={"from": 1, "to": len(records), "head": head})
    path = world.usb / "forged.bld"
    path.write_bytes(data)
    return path


def test_the_ministry_applies_the_good_rows_and_names_the_bad(world: World) -> None:
    keys = station_keys(world.station)
    records = [employee_record(keys, 900_000 + n) for n in range(6)]
    good_ids = [r["v"]["id"] for r in records[:3]]
    bad = copy.deepcopy(records[3:])
    bad[0]["v"]["job_title"] = "م" * 1000
    bad[1]["v"]["first_name"] = "سا\x00لم"
    bad[2]["v"]["grade"] = 2**70
    result = world.m("ministry", "import", _bundle(world, records[:3] + bad))
    answer = ok(result)[0]
    assert "Traceback" not in result.err
    assert answer["status"] == "applied", answer
    assert answer["inserted"] == 3, answer
    reasons = {r["id"]: r["reason"] for r in answer["rejected"]}
    assert set(reasons) == {r["v"]["id"] for r in bad}
    assert "job_title" in reasons[bad[0]["v"]["id"]]
    assert "longer than 160" in reasons[bad[0]["v"]["id"]]
    assert "first_name" in reasons[bad[1]["v"]["id"]]
    assert "NUL" in reasons[bad[1]["v"]["id"]]
    assert "grade" in reasons[bad[2]["v"]["id"]]
    with world.ministry() as ctx, ctx.session() as session:
        stored = {str(e.id) for e in session.query(Employee).filter(
            Employee.id.in_([uuid.UUID(i) for i in [*good_ids, *reasons]]))}
    assert stored == set(good_ids)
