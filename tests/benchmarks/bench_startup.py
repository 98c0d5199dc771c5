"""Start-up time of the window and of the ``baladiya`` command, against their floors.

    python tests/benchmarks/bench_startup.py [--size small|full]

Every figure is a fresh Python process on one demo station, offscreen, runs interleaved so a
busy moment of the machine hits both sides:

- login window: from starting the process to the first paint of the login window (the app's
  start-up probe, ``BALADIYA_STARTUP_PROBE``), against a bare PySide6 window's first paint.
  Goal: at most 1.5 times. Also shown: when the layers behind it are loaded ("ready").
- main window: the whole start to a logged-in main window (argon2 verify, home page filled,
  grabbed to a PNG, exit), against the bare window's whole run. No goal: for the record.
- ``baladiya --version`` and ``baladiya staff search``: the whole run, against a bare Python
  that imports SQLAlchemy and runs one query on the same database. Goal: at most 2 times.
  The search checks a password with argon2, slow on purpose; its share is shown apart.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_GUI, GOAL_CLI = 1.5, 2.0
RUNS = {"small": 3, "full": 9}
PASSWORD = "bench-secret1"

BARE_QT = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.time()
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 800)
painted = FirstPaint()
window.installEventFilter(painted)
window.show()
app.exec()
window.grab().save(sys.argv[1], "PNG")
with open(sys.argv[2], "w") as out:
    json.dump({"event": "painted", "time": painted.at}, out)
"""

BARE_SQL = """
import sys
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as connection:
    print(connection.execute(text("SELECT count(*) FROM station")).scalar_one())
"""

ARGON2 = """
import time
from argon2 import PasswordHasher
hasher = PasswordHasher()
digest = hasher.hash("bench-secret1")
start = time.perf_counter()
hasher.verify(digest, "bench-secret1")
print(time.perf_counter() - start)
"""


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BALADIYA_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def _timed(command: list[str], env: dict[str, str]) -> float:
    """The whole run of ``command``, in seconds."""
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - start


def _to_events(command: list[str], probe: Path, env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting ``command`` to each event it writes into ``probe``."""
    probe.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    lines = [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines()]
    return {line["event"]: line["time"] - start for line in lines}


def _line(what: str, app: list[float], floor: list[float], floor_name: str,
          goal: float | None) -> str:
    a, b = statistics.median(app), statistics.median(floor)
    wanted = f" (goal <= {goal}x)" if goal else ""
    return f"{what}: {a:.2f} s vs {floor_name} {b:.2f} s = {a / b:.2f}x{wanted}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(RUNS), default="small")
    runs = RUNS[parser.parse_args().size]
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        tmp = Path(folder)
        db = tmp / "station.db"
        secret = _env(BALADIYA_PASSWORD=PASSWORD)
        subprocess.run(
            [py, "-m", "baladiya_desktop.cli.main", "--db", str(db), "demo", "--municipality",
             "LY-M001", "--staff", "300", "--receipts", "100", "--admin", "admin"],
            env=secret, check=True, capture_output=True, timeout=600,
        )
        (tmp / "bare_qt.py").write_text(BARE_QT, encoding="utf-8")
        (tmp / "bare_sql.py").write_text(BARE_SQL, encoding="utf-8")
        probe = tmp / "probe.jsonl"
        probed = _env(BALADIYA_STARTUP_PROBE=str(probe))
        login_cmd = [py, "-m", "baladiya_desktop", "--db", str(db), "--screenshot",
                     str(tmp / "login.png")]
        main_cmd = [py, "-m", "baladiya_desktop", "--db", str(db), "--user", "admin",
                    "--screenshot", str(tmp / "main.png")]
        bare_qt_cmd = [py, str(tmp / "bare_qt.py"), str(tmp / "bare.png"), str(probe)]
        cli = [py, "-m", "baladiya_desktop.cli.main"]
        version_cmd = [*cli, "--version"]
        search_cmd = [*cli, "--db", str(db), "--user", "admin", "staff", "search", "محمد"]
        bare_sql_cmd = [py, str(tmp / "bare_sql.py"), str(db)]

        _timed(main_cmd, secret)  # the first start takes the daily backup; measure the usual
        times: dict[str, list[float]] = {}

        def add(name: str, value: float) -> None:
            times.setdefault(name, []).append(value)

        for _ in range(runs):  # interleaved
            events = _to_events(login_cmd, probe, probed)
            add("painted", events["painted"])
            add("ready", events["ready"])
            add("bare painted", _to_events(bare_qt_cmd, probe, probed)["painted"])
            add("main", _timed(main_cmd, secret))
            add("bare qt", _timed(bare_qt_cmd, probed))
            add("version", _timed(version_cmd, secret))
            add("search", _timed(search_cmd, secret))
            add("bare sql", _timed(bare_sql_cmd, secret))
        argon2 = float(subprocess.run([py, "-c", ARGON2], capture_output=True, text=True,
                                      check=True).stdout)

    print(f"runs: {runs}; " + "; ".join(
        f"{name} {', '.join(f'{t:.2f}' for t in values)}" for name, values in times.items()))
    print(_line("login window painted", times["painted"], times["bare painted"],
                "bare Qt window painted", GOAL_GUI))
    print(f"  layers loaded behind it: {statistics.median(times['ready']):.2f} s after start")
    print(_line("main window, logged in (whole run)", times["main"], times["bare qt"],
                "bare Qt window (whole run)", None))
    print(_line("baladiya --version", times["version"], times["bare sql"],
                "bare SQLAlchemy query", GOAL_CLI))
    print(_line("baladiya staff search", times["search"], times["bare sql"],
                "bare SQLAlchemy query", GOAL_CLI))
    print(f"  of which the argon2 password check: {argon2:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
