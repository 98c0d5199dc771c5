"""Smoke test of the frozen build: run it with no Python of ours on the PATH.

    python installer/smoke.py dist/BaladiyaDesktop
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path


def run(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=180,
                            check=False)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(args)}\n{result.stderr}")
    return result.stdout


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def main() -> int:
    folder = Path(sys.argv[1]).resolve()
    suffix = ".exe" if os.name == "nt" else ""
    cli, gui = folder / f"baladiya{suffix}", folder / f"baladiya-desktop{suffix}"
    # No Python, no venv: only the system's basics on the PATH.
    env = {"PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("SystemRoot", ""),
           "HOME": tempfile.gettempdir(), "BALADIYA_PASSWORD": "smoke-test-1",
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    work = Path(tempfile.mkdtemp(prefix="baladiya-smoke-"))
    try:
        version = run([str(cli), "--version"], env).strip()
        print(version)
        db = work / "smoke.db"
        run([str(cli), "--db", str(db), "init", "--municipality", "LY-M001",
             "--station-name", "smoke", "--admin", "admin"], env)
        listed = run([str(cli), "--db", str(db), "--user", "admin", "--json", "users", "list"],
                     env)
        assert '"admin"' in listed, listed
        shot = work / "login.png"
        run([str(gui), "--db", str(db), "--screenshot", str(shot)], env)
        width, height = png_size(shot)
        print(f"screenshot {width}x{height}, {shot.stat().st_size} bytes")
        if width < 200 or height < 150 or shot.stat().st_size < 5_000:
            raise SystemExit("the screenshot is implausibly small")
        main_shot = work / "main.png"
        run([str(gui), "--db", str(db), "--user", "admin", "--screenshot", str(main_shot)], env)
        print(f"main window {png_size(main_shot)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("frozen smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
