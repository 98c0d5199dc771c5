"""``ministry conflicts show ID`` · ``ministry conflicts resolve ID --note``: thin aliases over
``sync.status`` beside ``ministry conflicts`` (the list), which still takes ``--all``."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.setup import Target
from baladiya_desktop.sync.models import ConflictEntry


def _conflict(ctx: AppContext) -> int:
    """A losing state as an import would keep it."""
    with ctx.session() as session:
        entry = ConflictEntry(
            table_name="org_unit", record_id=uuid.uuid4(), municipality_code="LY-M001",
            winner_station=uuid.uuid4(), winner_version=2, loser_station=uuid.uuid4(),
            loser_version=1, loser_state=json.dumps({"name_ar": "قسم"}), bundle_id="b1",
            at=dt.datetime.now(dt.UTC), kind="version",
        )  # fmt: skip
        session.add(entry)
        session.commit()
        return entry.id


def test_show_and_resolve(run_cli: Any, station: Target, ctx: AppContext) -> None:
    key = _conflict(ctx)
    db = str(station.paths.db_path)
    shown = run_cli("--db", db, "--user", "admin", "--json", "ministry", "conflicts", "show",
                    str(key))  # fmt: skip
    assert shown.code == 0, shown.err
    data = json.loads(shown.out)
    assert (data["id"], data["table"], data["loser_state"]) == (key, "org_unit",
                                                                {"name_ar": "قسم"})  # fmt: skip
    assert data["resolved_by"] == ""
    viewer = run_cli("--db", db, "--user", "guest", "ministry", "conflicts", "resolve", str(key),
                     "--note", "x")  # fmt: skip
    assert viewer.code == 1
    missing = run_cli("--db", db, "--user", "admin", "ministry", "conflicts", "show", "999")
    assert missing.code == 1 and "No such conflict" in missing.err
    done = run_cli("--db", db, "--user", "admin", "--json", "ministry", "conflicts", "resolve",
                   str(key), "--note", "أُبقي الفائز")  # fmt: skip
    assert done.code == 0, done.err
    assert json.loads(done.out)["resolution"] == "أُبقي الفائز"
    again = json.loads(run_cli("--db", db, "--user", "admin", "--json", "ministry", "conflicts",
                               "show", str(key)).out)  # fmt: skip
    assert again["resolved_by"] == "admin"
    # The list keeps its options, --json after the command too (a station is refused by the
    # list itself: it is the ministry's, not a usage error).
    listed = run_cli("--db", db, "--user", "admin", "ministry", "conflicts", "--all", "--json")
    assert listed.code == 1 and "usage:" not in listed.err


def test_help_lists_the_aliases(run_cli: Any) -> None:
    done = run_cli("ministry", "conflicts", "--help", password=None)
    assert done.code == 0 and "show" in done.out and "resolve" in done.out and "--all" in done.out
    for action in ("show", "resolve"):
        helped = run_cli("ministry", "conflicts", action, "--help", password=None)
        assert helped.code == 0 and f"ministry conflicts {action}" in helped.out
