"""The app's writer killed at random points of every kind of write: form saves, imports,
bundle imports, backups. After each kill the database passes integrity_check, the audit
chain verifies, and each operation is whole or absent. A form's autosaved draft, rewritten
without end, is after each kill one whole version, never older than the last one seen.

The number of kills per kind comes from BALADIYA_KILLS (CI runs a few; ``make bench``'s
field run uses 25 per kind, a hundred in all).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from baladiya_desktop.core.backup import BackupFile, list_backups
from baladiya_desktop.core.drafts import DraftStore
from baladiya_desktop.core.setup import Target

KILLS = int(os.environ.get("BALADIYA_KILLS", "3"))
DRIVER = Path(__file__).with_name("power_cut_driver.py")
BATCH = 40


def kill_during(args: list[str], rng: random.Random, low: float, high: float) -> None:
    with subprocess.Popen([sys.executable, str(DRIVER), *args], stdout=subprocess.PIPE,
                          env={**os.environ, "PYTHONPATH": str(Path.cwd())}) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(low, high))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)


def check_consistent(db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return con


def chain_ok(db: Path) -> bool:
    from baladiya_desktop.core.audit import verify_chain
    from baladiya_desktop.domain.bootstrap import open_station

    ctx = open_station(Target.resolve(db))
    try:
        with ctx.session() as session:
            return verify_chain(session).ok
    finally:
        ctx.engine.dispose()


@pytest.mark.parametrize("kind", ["form", "import", "backup"])
def test_kills_during_writes(kind: str, station: Target, capsys: pytest.CaptureFixture[str],
                             ) -> None:
    db = station.db_path
    assert db is not None
    rng = random.Random(hash(kind) & 0xFFFF)
    counted = 0
    for round_ in range(KILLS):
        kill_during([kind, str(db), str(round_ * 100_000)], rng, 0.05, 0.9)
        con = check_consistent(db)
        people = con.execute("SELECT COUNT(*) FROM employee").fetchone()[0]
        events = con.execute("SELECT COUNT(*) FROM change_log").fetchone()[0]
        con.close()
        if kind == "import":
            assert people % BATCH == 0, f"a half-imported sheet: {people} rows"
        assert events >= people  # each employee's insert reached the change log with it
        assert chain_ok(db)
        if kind == "backup":
            for found in list_backups(station.paths.backups_dir):
                assert isinstance(found, BackupFile)
                check_consistent(found.path).close()
        counted += 1
    with capsys.disabled():
        print(f"\npower cuts during {kind}: {counted} kills, database consistent after each")


def test_kills_during_a_bundle_import(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      run_cli: object) -> None:
    from tests.field.bundles import ministry_with_bundles

    ministry, bundles, expected = ministry_with_bundles(tmp_path, run_cli)
    rng = random.Random(8)
    for _ in range(KILLS):
        kill_during(["bundle", str(ministry), str(bundles)], rng, 0.05, 1.5)
        con = check_consistent(ministry)
        applied = {r[0] for r in con.execute("SELECT bundle_id FROM bundle_log "
                                             "WHERE direction = 'in' AND kind = 'data'")}
        rows = con.execute("SELECT COUNT(*) FROM employee").fetchone()[0]
        con.close()
        assert rows == sum(expected[b] for b in applied), "a bundle applied in part"
        assert chain_ok(ministry)
    with capsys.disabled():
        print(f"\npower cuts during bundle imports: {KILLS} kills, each bundle whole or absent")


def test_kills_during_draft_saves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.field.power_cut_driver import DRAFT_KEY, draft_version

    store = DraftStore(tmp_path / "drafts")
    rng = random.Random(11)
    seen = 0
    for round_ in range(KILLS):
        kill_during(["draft", str(store.folder), str(round_ * 10_000_000)], rng, 0.05, 0.9)
        raw = store.path(DRAFT_KEY).read_bytes()
        json.loads(raw)  # whole: a torn file would not parse
        draft = store.load(DRAFT_KEY)
        assert draft is not None, "the draft was lost"
        n = draft.fields["n"]
        assert isinstance(n, int) and draft.fields == draft_version(n)
        assert n > seen, "an older draft came back"
        seen = n
    with capsys.disabled():
        print(f"\npower cuts during draft saves: {KILLS} kills, the draft whole after each")
