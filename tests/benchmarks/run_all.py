"""Run every benchmark script here (``bench_*.py``) at one size and print their figures.

Benchmarks print ratios to a floor (raw SQLite, a bare Qt window, plain reportlab or
openpyxl); they are not pass/fail tests, but a script that crashes fails the run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=["small", "full"], default="small")
    parser.add_argument("only", nargs="*", help="names of benchmarks to run (default: all)")
    args = parser.parse_args()
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        if args.only and script.stem.removeprefix("bench_") not in args.only:
            continue
        print(f"== {script.stem} ({args.size})", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script), "--size", args.size], check=False)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
        if result.returncode != 0:
            failed.append(script.stem)
    if failed:
        print("benchmarks that failed to run: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
