"""The transmittal slip printed for a bundle on its way to the ministry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.reports.pdftools import pdf_text


def _json(result: Any) -> Any:
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_the_slip_names_the_bundle_and_verifies(run_cli: Any, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    ministry, station = tmp_path / "m.db", tmp_path / "s.db"
    _json(run_cli("--db", ministry, "--json", "ministry", "init", "--name", "الوزارة",
                  "--admin", "boss"))
    ref = _json(run_cli("--db", ministry, "--user", "boss", "--json", "ministry",
                        "reference-bundle", "--out", usb))
    _json(run_cli("--db", station, "--json", "demo", "--municipality", "LY-M004", "--admin",
                  "admin", "--staff", "10"))
    _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "import", ref["path"],
                  "--fingerprint", ref["fingerprint"]))
    bundle = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "export",
                           "--out", usb))
    out = tmp_path / "slip.pdf"
    printed = _json(run_cli("--db", station, "--user", "admin", "--json", "report",
                            "bundle-slip", "--id", bundle["bundle_id"], "--out", out))
    text = pdf_text(out).replace(" ", "")
    assert bundle["bundle_id"].replace(" ", "") in text
    assert bundle["sha256"][:32] in text
    assert _json(run_cli("--db", station, "--json", "verify", printed["qr"]))["status"] == \
        "genuine"
    missing = run_cli("--db", station, "--user", "admin", "report", "bundle-slip", "--id",
                      "no-such-bundle", "--out", tmp_path / "x.pdf")
    assert missing.code == 1
