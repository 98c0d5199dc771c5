"""``projects add|edit``: the project form as commands, through the projects service; a project
named by its id, its name or its contract number."""

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
def projects(run_cli: Any, station: Target) -> Any:
    db = str(station.paths.db_path)

    def run(*argv: str, user: str = "clerk") -> Any:
        return run_cli("--db", db, "--user", user, "--json", "projects", *argv)

    return run


ROAD = ("--name", "صيانة طريق الشط", "--sector", "مشاريع التنمية المحلية", "--budget",
        "١٬٢٥٠٬٠٠٠", "--contract-number", "ع/42/2026", "--start-date", "01/02/2026")  # fmt: skip


def test_add_then_edit_by_name_and_contract(projects: Any) -> None:
    added = projects("add", *ROAD)
    assert added.code == 0, added.err
    data = json.loads(added.out)
    assert (data["sector"], data["budget"], data["status"]) == ("dev_projects", 1_250_000_000,
                                                                "planned")  # fmt: skip
    by_name = projects("edit", "صيانة طريق الشط", "--status", "قيد التنفيذ")
    assert by_name.code == 0, by_name.err
    assert json.loads(by_name.out)["status"] == "under_way"
    by_contract = projects("edit", "ع/42/2026", "--contractor", "شركة البناء")
    assert json.loads(by_contract.out)["contractor"] == "شركة البناء"
    assert json.loads(by_contract.out)["status"] == "under_way"  # not named, kept
    by_id = projects("edit", data["id"], "--notes", "ملاحظة")
    assert json.loads(by_id.out)["notes"] == "ملاحظة"


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (("--sector", "space"), "--sector"),
        (("--budget", "-5"), "--budget"),
        (("--status", "stopped"), "--stop-reason"),
        (("--status", "completed"), "--actual-end"),
        (("--planned-end", "01/01/2020"), "--planned-end"),
        (("--start-date", "2026-13-01"), "--start-date"),
    ],
)
def test_wrong_values_are_refused_naming_the_option(
    projects: Any, station: Target, argv: tuple[str, str], flag: str
) -> None:
    fields = dict(zip(ROAD[::2], ROAD[1::2], strict=True)) | dict([argv])
    before = _writes(station)
    done = projects("add", *[x for pair in fields.items() for x in pair])
    assert done.code == 1 and f"Error: {flag}:" in done.err, done.err
    assert _writes(station) == before


def test_a_viewer_changes_nothing(projects: Any, station: Target) -> None:
    assert projects("add", *ROAD).code == 0
    before = _writes(station)
    for argv in (("add", *ROAD), ("edit", "صيانة طريق الشط", "--notes", "x")):
        done = projects(*argv, user="guest")
        assert done.code == 1 and "does not allow" in done.err
    missing = projects("edit", "مشروع لا يوجد", "--notes", "x")
    assert missing.code == 1 and "No project" in missing.err
    assert _writes(station) == before


@pytest.mark.parametrize("action", ["add", "edit"])
def test_help(run_cli: Any, action: str) -> None:
    done = run_cli("projects", action, "--help", password=None)
    assert done.code == 0 and f"usage: baladiya projects {action}" in done.out
