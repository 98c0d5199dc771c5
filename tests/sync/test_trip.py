"""The whole trip with real files: ministry, reference, enrollment, data, receipt, rounds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import UnitInput
from tests.support import PASSWORD, login

Run = Any


def _json(result: Any) -> Any:
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_round_trips_and_a_lost_stick(run_cli: Run, tmp_path: Path) -> None:
    ministry, station = tmp_path / "ministry.db", tmp_path / "station.db"
    usb, receipts = tmp_path / "usb", tmp_path / "receipts"
    usb.mkdir()
    receipts.mkdir()
    _json(run_cli("--db", ministry, "--json", "ministry", "init", "--name", "الوزارة",
                  "--admin", "boss"))
    ref = _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry",
                        "reference-bundle", "--out", usb))
    _json(run_cli("--db", station, "--json", "demo", "--municipality", "LY-M010", "--admin",
                  "admin", "--staff", "30"))
    imported = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "import",
                             ref["path"], "--fingerprint", ref["fingerprint"]))
    assert imported["status"] == "applied" and imported["first_time"] is True
    enrollment = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle",
                               "enrollment", "--out", usb))
    _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry", "enroll",
                  enrollment["path"], "--fingerprint", enrollment["fingerprint"]))

    first = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "export",
                          "--out", usb))
    assert first["seq_from"] == 1 and first["records"] > 30
    raw = Path(first["path"]).read_bytes()
    assert "الورفلي".encode() not in raw and b"1198" not in raw  # nothing personal in clear
    applied = _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry",
                            "import", first["path"], "--receipts", receipts))
    assert applied[0]["status"] == "applied" and applied[0]["inserted"] == first["records"]
    receipt = applied[0]["receipt"]
    confirmed = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "import",
                              receipt))
    assert confirmed["acked_seq"] == first["seq_to"]
    again = _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry", "import",
                          first["path"]))
    assert again[0]["status"] == "duplicate"

    # Second round: only what changed since the receipt.
    run_cli("--db", station, "--user", "admin", "org", "template")  # refused: not empty
    _json(run_cli("--db", station, "--user", "admin", "--json", "users", "list"))
    second = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "export",
                           "--out", usb))
    assert second["seq_from"] == first["seq_to"] + 1 and second["records"] == 0

    # A lost stick: bundle three is never delivered; bundle four still carries everything.
    add_unit(station, "LOST-1")
    lost = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "export",
                         "--out", usb))
    Path(lost["path"]).unlink()
    add_unit(station, "AFTER-1")
    fourth = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "export",
                           "--out", usb))
    assert fourth["seq_from"] == first["seq_to"] + 1 and fourth["records"] == 2
    result = _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry", "import",
                           fourth["path"], "--receipts", receipts))
    assert result[0]["status"] == "applied" and result[0]["inserted"] == 2
    tree = _json(run_cli("--db", ministry, "--json", "org", "tree", "--municipality",
                         "LY-M010"))
    codes = {n["code"] for n in _walk(tree)}
    assert {"LOST-1", "AFTER-1", "COUNCIL"} <= codes
    assert PASSWORD not in Path(fourth["path"]).read_text(errors="ignore")


def add_unit(db: Path, code: str) -> None:
    ctx = open_station(Target.resolve(db))
    try:
        admin = login(ctx)
        org_service.add_unit(admin, UnitInput(code, f"وحدة {code}", "unit"))
    finally:
        ctx.engine.dispose()


def _walk(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for node in nodes:
        found += [node, *_walk(node["children"])]
    return found


def test_gap_is_refused_with_the_seq_to_export_from(run_cli: Run, tmp_path: Path) -> None:
    from baladiya_desktop.sync import container

    ministry, station, usb = tmp_path / "m.db", tmp_path / "s.db", tmp_path / "usb"
    usb.mkdir()
    run_cli("--db", ministry, "ministry", "init", "--name", "الوزارة", "--admin", "boss")
    ref = _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry",
                        "reference-bundle", "--out", usb))
    run_cli("--db", station, "demo", "--municipality", "LY-M003", "--admin", "admin",
            "--staff", "5")
    _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "import",
                  ref["path"], "--fingerprint", ref["fingerprint"]))
    enrollment = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle",
                               "enrollment", "--out", usb))
    _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry", "enroll",
                  enrollment["path"], "--fingerprint", enrollment["fingerprint"]))
    # The station believes the ministry acknowledged up to 10 (a forged or mistaken state).
    import sqlite3

    con = sqlite3.connect(station)
    con.execute("UPDATE sync_state SET acked_seq = 10")
    con.commit()
    con.close()
    bundle = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "export",
                           "--out", usb))
    assert container.decode(Path(bundle["path"]).read_bytes()).manifest["seq_from"] == 11
    refused = run_cli("--db", ministry, "--user", "boss", "--json", "ministry", "import",
                      bundle["path"])
    assert refused.code == 1
    assert "Re-export from seq 1" in refused.err and "فجوة" in refused.err
    again = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "export",
                          "--out", usb, "--from-seq", "1"))
    assert again["seq_from"] == 1
    done = _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry", "import",
                         again["path"]))
    assert done[0]["status"] == "applied"
