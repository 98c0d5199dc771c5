"""The app started on a copy of a station's database from another PC: it says the copy carries
the data and not the key, and opens anyway."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from baladiya_desktop.core.setup import Target
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD


def start(db: Path, out: Path, keys: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BALADIYA_")}
    env.update(QT_QPA_PLATFORM="offscreen", BALADIYA_PASSWORD=ADMIN_PASSWORD,
               BALADIYA_KEYSTORE_DIR=str(keys))
    return subprocess.run(
        [sys.executable, "-m", "baladiya_desktop", "--db", str(db), "--user", ADMIN,
         "--lang", "en", "--screenshot", str(out)],
        env=env, capture_output=True, text=True, timeout=120,
    )


def test_a_copy_without_its_key_says_so_and_opens(station: Target, tmp_path: Path,
                                                  keystore_env: Path) -> None:
    assert station.db_path is not None
    out = tmp_path / "home.png"
    result = start(station.db_path, out, tmp_path / "other-pc-keys")
    assert result.returncode == 0, result.stderr
    assert "carries the data, not the station's key" in result.stderr
    assert "--as-new-station" in result.stderr
    assert out.is_file()
    # On its own PC the same database opens with nothing to say about keys.
    again = start(station.db_path, tmp_path / "again.png", keystore_env)
    assert again.returncode == 0, again.stderr
    assert "station's key" not in again.stderr
