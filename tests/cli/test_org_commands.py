"""``org unit add|edit|close`` · ``org post add|edit``: the structure page's dialogs as
commands, through the structure service, with refusals that name the option."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from baladiya_desktop.core.setup import Target


def _writes(station: Target) -> int:
    with sqlite3.connect(str(station.paths.db_path)) as con:
        return int(con.execute("SELECT count(*) FROM audit_log").fetchone()[0])


@pytest.fixture
def org(run_cli: Any, station: Target) -> Any:
    db = str(station.paths.db_path)
    assert run_cli("--db", db, "--user", "admin", "org", "template").code == 0

    def run(*argv: str, user: str = "clerk") -> Any:
        return run_cli("--db", db, "--user", user, "--json", "org", *argv)

    return run


def test_unit_add_edit_close(org: Any, station: Target) -> None:
    added = org("unit", "add", "--code", "DEP-INV", "--name-ar", "إدارة الاستثمار",
                "--unit-type", "إدارة", "--parent", "AGENT", "--status", "approved",
                "--decision-number", "5/2026", "--decision-date", "٠١/٠١/٢٠٢٦")  # fmt: skip
    assert added.code == 0, added.err
    unit = json.loads(added.out)
    assert (unit["code"], unit["unit_type"], unit["status"]) == ("DEP-INV", "department",
                                                                 "approved")  # fmt: skip
    assert unit["decision_date"] == "2026-01-01"
    # Renaming an approved unit needs the change's decision, and says which option.
    before = _writes(station)
    bare = org("unit", "edit", "DEP-INV", "--name-ar", "إدارة الاستثمار والتنمية")
    assert bare.code == 1 and "--change-decision:" in bare.err
    assert _writes(station) == before
    renamed = org("unit", "edit", "DEP-INV", "--name-ar", "إدارة الاستثمار والتنمية",
                  "--change-decision", "7/2026",
                  "--change-decision-date", "2026-02-02")  # fmt: skip
    assert renamed.code == 0, renamed.err
    assert json.loads(renamed.out)["name_ar"] == "إدارة الاستثمار والتنمية"
    with sqlite3.connect(str(station.paths.db_path)) as con:
        changes = [r[0] for r in con.execute("SELECT change FROM org_decision WHERE "
                                              "decision_number = '7/2026'")]  # fmt: skip
    assert changes == ["update"]
    unsigned = org("unit", "close", "DEP-INV", "--date", "01/03/2026")
    assert unsigned.code == 1 and "--decision-number:" in unsigned.err
    closed = org("unit", "close", "DEP-INV", "--date", "01/03/2026", "--decision-number",
                 "9/2026", "--decision-date", "01/03/2026")  # fmt: skip
    assert closed.code == 0, closed.err
    assert json.loads(closed.out)["status"] == "closed"
    assert json.loads(closed.out)["effective_to"] == "2026-03-01"
    again = org("unit", "close", "DEP-INV", "--date", "02/03/2026")
    assert again.code == 1 and "already closed" in again.err


@pytest.mark.parametrize(
    ("option", "value", "flag"),
    [
        ("--code", "ادارة", "--code"),
        ("--code", "AGENT", "--code"),  # taken
        ("--unit-type", "ministry", "--unit-type"),
        ("--parent", "NOPE", "--parent"),
        ("--status", "maybe", "--status"),
        ("--decision-date", "32/01/2026", "--decision-date"),
    ],
)
def test_unit_add_refuses_naming_the_option(
    org: Any, station: Target, option: str, value: str, flag: str
) -> None:
    fields = {"--code": "DEP-NEW", "--name-ar": "إدارة جديدة", "--unit-type": "department",
              "--parent": "AGENT", "--status": "proposed", "--decision-date": "01/01/2026",
              "--decision-number": "1"}  # fmt: skip
    fields[option] = value
    before = _writes(station)
    done = org("unit", "add", *[x for pair in fields.items() for x in pair])
    assert done.code == 1 and f"{flag}:" in done.err, done.err
    assert _writes(station) == before


def test_post_add_and_edit(org: Any, station: Target) -> None:
    added = org("post", "add", "--unit", "DEP-FIN", "--title", "محاسب أول", "--grade-min", "8",
                "--grade-max", "١٠", "--approved-count", "2")  # fmt: skip
    assert added.code == 0, added.err
    post = json.loads(added.out)
    assert (post["unit"], post["grade_max"], post["approved_count"]) == ("DEP-FIN", 10, 2)
    edited = org("post", "edit", "DEP-FIN/محاسب أول", "--approved-count", "3", "--head")
    assert edited.code == 0, edited.err
    assert json.loads(edited.out)["approved_count"] == 3 and json.loads(edited.out)["is_head"]
    by_id = org("post", "edit", post["id"], "--job-group", "مالية")
    assert json.loads(by_id.out)["job_group"] == "مالية"
    before = _writes(station)
    bad = org("post", "edit", "DEP-FIN/محاسب أول", "--grade-min", "12")
    assert bad.code == 1 and "--grade-min:" in bad.err  # above the highest grade
    bad = org("post", "add", "--unit", "DEP-FIN", "--title", "كاتب", "--grade-min", "٠",
              "--grade-max", "5", "--approved-count", "1")  # fmt: skip
    assert bad.code == 1 and "--grade-min:" in bad.err
    missing = org("post", "edit", "DEP-FIN/لا يوجد", "--approved-count", "1")
    assert missing.code == 1 and "No post" in missing.err
    assert _writes(station) == before


def test_a_viewer_changes_nothing(org: Any, station: Target) -> None:
    before = _writes(station)
    for argv in (("unit", "add", "--code", "X1", "--name-ar", "س", "--unit-type", "office"),
                 ("unit", "edit", "AGENT", "--name-en", "Agent"),
                 ("unit", "close", "OFF-MEDIA"),
                 ("post", "add", "--unit", "DEP-FIN", "--title", "كاتب", "--grade-min", "3",
                  "--grade-max", "5", "--approved-count", "1")):  # fmt: skip
        for user in ("guest", "cashier"):
            done = org(*argv, user=user)
            assert done.code == 1 and "does not allow" in done.err, (user, argv)
    assert _writes(station) == before


@pytest.mark.parametrize("argv", [("unit", "add"), ("unit", "edit"), ("unit", "close"),
                                  ("post", "add"), ("post", "edit")])  # fmt: skip
def test_help(run_cli: Any, argv: tuple[str, str]) -> None:
    done = run_cli("org", *argv, "--help", password=None)
    assert done.code == 0 and f"usage: baladiya org {argv[0]} {argv[1]}" in done.out
