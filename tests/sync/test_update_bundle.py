"""Updates by USB: only a newer version signed by the trusted ministry key is offered."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _json(result: Any) -> Any:
    assert result.code == 0, result.err
    return json.loads(result.out)


def _ministry(run_cli: Any, db: Path, out: Path) -> dict[str, Any]:
    _json(run_cli("--db", db, "--json", "ministry", "init", "--name", "الوزارة", "--admin",
                  "boss"))
    return _json(run_cli("--db", db, "--user", "boss", "--json", "ministry",
                         "reference-bundle", "--out", out))  # type: ignore[no-any-return]


def test_a_signed_newer_version_is_made_ready(run_cli: Any, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    ministry, station = tmp_path / "m.db", tmp_path / "s.db"
    ref = _ministry(run_cli, ministry, usb)
    _json(run_cli("--db", station, "--json", "init", "--municipality", "LY-M002",
                  "--station-name", "x", "--admin", "admin"))
    _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "import", ref["path"],
                  "--fingerprint", ref["fingerprint"]))
    installer = tmp_path / "BaladiyaDesktop-9.9.9-setup.exe"
    installer.write_bytes(b"MZ" + b"\x00" * 5000)
    newer = _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry",
                          "update-bundle", "--installer", installer, "--version", "9.9.9",
                          "--out", usb))
    ready = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "import",
                          newer["path"]))
    assert ready["kind"] == "update" and ready["status"] == "ready"
    assert Path(ready["installer"]).read_bytes() == installer.read_bytes()

    installer.write_bytes(b"MZ old")
    older = _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry",
                          "update-bundle", "--installer", installer, "--version", "0.0.1",
                          "--out", usb))
    refused = run_cli("--db", station, "--user", "admin", "bundle", "import", older["path"])
    assert refused.code == 1 and "ليس أحدث" in refused.err

    tampered = bytearray(Path(newer["path"]).read_bytes())
    tampered[-10] ^= 0xFF
    bad = tmp_path / "bad.bld"
    bad.write_bytes(bytes(tampered))
    assert run_cli("--db", station, "--user", "admin", "bundle", "import", bad).code == 1


def test_an_update_from_another_ministry_key_is_refused(run_cli: Any, tmp_path: Path) -> None:
    usb, other_usb = tmp_path / "usb", tmp_path / "other"
    usb.mkdir()
    other_usb.mkdir()
    ref = _ministry(run_cli, tmp_path / "m.db", usb)
    _ministry(run_cli, tmp_path / "impostor.db", other_usb)
    station = tmp_path / "s.db"
    _json(run_cli("--db", station, "--json", "init", "--municipality", "LY-M002",
                  "--station-name", "x", "--admin", "admin"))
    _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "import", ref["path"],
                  "--fingerprint", ref["fingerprint"]))
    installer = tmp_path / "setup.exe"
    installer.write_bytes(b"MZ evil")
    forged = _json(run_cli("--db", tmp_path / "impostor.db", "--user", "boss", "--json",
                           "ministry", "update-bundle", "--installer", installer, "--version",
                           "9.9.9", "--out", other_usb))
    refused = run_cli("--db", station, "--user", "admin", "bundle", "import", forged["path"])
    assert refused.code == 1 and "لا تثبّتها" in refused.err
    assert not (station.parent / "updates" / "setup.exe").exists()
