"""Modest machines: resident memory of the GUI with the largest demo municipality, and the
longest pause while scrolling each list to its end.

    python tests/benchmarks/bench_memory.py --size small|full

Full is 5,000 staff and 200,000 receipts (goal: under 400 MB resident, no pause a person would
see, i.e. under 100 ms a scroll step). The floor printed beside it is a bare Qt window.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = {"small": (500, 10_000), "full": (5_000, 200_000)}
PASSWORD = "bench-pass-1"

PROBE = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QAbstractItemView
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import authenticate
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.ui.i18n import Language
from baladiya_desktop.ui.look import set_up_look
from baladiya_desktop.ui.main_window import MainWindow
from baladiya_desktop.ui.pages import default_registry
from baladiya_desktop.ui.runner import Runner
from baladiya_desktop.ui.session import UiSession

app = QApplication([])
set_up_look(app)
from baladiya_desktop.ui import gc_guard
gc_guard.install(app)
language = Language(app)
language.apply("ar")
target = Target.resolve(sys.argv[1])
ctx = open_station(target)
ctx = ctx.as_user(authenticate(ctx, "admin", sys.argv[2]))
runner = Runner(lang=lambda: "ar", on_crash=lambda e: None)
session = UiSession(target, ctx, runner, language)
window = MainWindow(session, default_registry())
window.resize(1280, 800)
window.show()

def settle():
    deadline = time.time() + 120
    while time.time() < deadline:
        app.processEvents()
        if not runner.busy:
            app.processEvents()
            return
        time.sleep(0.005)

settle()
worst = 0.0
worst_where = ""
pages = [window.nav.item(i).data(256) for i in range(window.nav.count())]
for name in pages:
    window.show_page(name)
    settle()
    page = window.page(name)
    for view in page.findChildren(QAbstractItemView):
        bar = view.verticalScrollBar()
        steps = 0
        while steps < 400:
            before = bar.value()
            started = time.perf_counter()
            bar.setValue(before + max(bar.pageStep(), 1))
            app.processEvents()
            settle()
            spent = time.perf_counter() - started
            if spent > worst:
                worst, worst_where = spent, f"{name}/{type(view).__name__}"
            steps += 1
            if bar.value() == before:
                break
with open("/proc/self/status") as status:
    peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM"))
print(f"{peak / 1024:.0f} {worst * 1000:.0f} {worst_where} {len(pages)}")
runner.shutdown(wait=True)
"""

BARE = r"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QTableWidget(100, 10)); w.resize(1280, 800); w.show()
app.processEvents()
with open("/proc/self/status") as status:
    print(next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) / 1024)
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    args = parser.parse_args()
    if not Path("/proc/self/status").exists():
        print("memory: needs /proc (Linux) to read resident memory; skipped")
        return 0
    staff, receipts = SIZES[args.size]
    env = {**os.environ, "BALADIYA_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.db"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "baladiya_desktop.cli.main", "--db", str(db),
                        "demo", "--municipality", "LY-M010", "--admin", "admin", "--staff",
                        str(staff), "--receipts", str(receipts)], env=env, check=True,
                       capture_output=True)
        print(f"demo municipality: {staff:,} staff, {receipts:,} receipts "
              f"({time.perf_counter() - started:.0f} s to build)")
        out = subprocess.run([sys.executable, "-c", PROBE, str(db), PASSWORD], env=env,
                             check=True, capture_output=True, text=True).stdout.split()
        bare = float(subprocess.run([sys.executable, "-c", BARE], env=env, check=True,
                                    capture_output=True, text=True).stdout)
    peak, worst, where, pages = float(out[0]), float(out[1]), out[2], out[3]
    print(f"memory: {peak:.0f} MB resident at peak after opening {pages} pages and scrolling "
          f"every list, vs a bare Qt window {bare:.0f} MB = {peak / bare:.1f}x "
          "(goal < 400 MB)")
    print(f"scrolling: longest step {worst:.0f} ms ({where}) (goal < 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
