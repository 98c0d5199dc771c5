"""``staff add|edit|transfer|end``: one employee at a time from the command line, through the
staff service, with refusals that name the option and change nothing."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from baladiya_desktop.core.setup import Target

NAME = "أحمد علي محمد الورفلي"
NN = "119850123456"


def _db(station: Target) -> str:
    return str(station.paths.db_path)


def _writes(station: Target) -> int:
    """Entries in the audit log: a refused command adds none."""
    with sqlite3.connect(_db(station)) as con:
        return int(con.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _events(station: Target) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(_db(station)) as con:
        return list(con.execute("SELECT kind, event_date, decision_number, to_value "
                                "FROM service_event ORDER BY event_date, kind"))  # fmt: skip


@pytest.fixture
def staffed(run_cli: Any, station: Target) -> Any:
    """The station with the model structure and one employee, added by the CLI as scripts do."""
    db = _db(station)
    assert run_cli("--db", db, "--user", "admin", "org", "template").code == 0

    def staff(*argv: str, user: str = "clerk") -> Any:
        return run_cli("--db", db, "--user", user, "--json", "staff", *argv)

    added = staff("add", "--name", NAME, "--national-number", "١١٩٨٥٠١٢٣٤٥٦", "--sex", "M",
                  "--birth-date", "01/02/1985", "--hire-date", "15/09/2010",
                  "--qualification", "بكالوريوس", "--grade", "٨",
                  "--unit", "DEP-FIN-REV")  # fmt: skip
    assert added.code == 0, added.err
    staff.added = json.loads(added.out)  # type: ignore[attr-defined]
    return staff


def test_add_in_the_form_scripts_rely_on(staffed: Any, station: Target) -> None:
    added = staffed.added
    assert added["national_number"] == NN and added["full_name"] == NAME
    assert added["grade"] == 8 and added["status"] == "at_work" and added["unit_id"]
    # Found again by its national number, the hire filed in the service record.
    found = staffed("search", NN)
    assert [r["id"] for r in json.loads(found.out)] == [added["id"]]
    assert _events(station) == [("hire", "2010-09-15", "", "permanent")]
    second = staffed("add", "--name", "فاطمة سالم عمر الزوي", "--national-number", "219900123456",
                     "--birth-date", "1990-03-04", "--hire-date", "2015-01-01",
                     "--qualification", "master", "--grade", "الدرجة التاسعة")  # fmt: skip
    assert second.code == 0, second.err
    assert json.loads(second.out)["grade"] == 9  # the sex read from the national number


@pytest.mark.parametrize(
    ("option", "value", "flag"),
    [
        ("--hire-date", "01/01/2099", "--hire-date"),
        ("--birth-date", "31/02/1985", "--birth-date"),
        ("--grade", "16", "--grade"),
        ("--qualification", "phd", "--qualification"),
        ("--national-number", "12345", "--national-number"),
        ("--sex", "X", "--sex"),
        ("--unit", "NO-SUCH-UNIT", "--unit"),
    ],
)
def test_add_refuses_a_wrong_value_naming_the_option(
    staffed: Any, station: Target, option: str, value: str, flag: str
) -> None:
    fields = {"--name": "علي محمد سالم الزوي", "--national-number": "119870123456",
              "--sex": "M", "--birth-date": "01/02/1987", "--hire-date": "01/01/2012",
              "--qualification": "secondary", "--grade": "5"}  # fmt: skip
    fields[option] = value
    before = _writes(station)
    done = staffed("add", *[x for pair in fields.items() for x in pair])
    assert done.code == 1 and done.out == ""
    assert f"Error: {flag}:" in done.err and f"(الخيار {flag})" in done.err
    assert _writes(station) == before


def test_a_national_number_registered_twice_is_refused(staffed: Any, station: Target) -> None:
    before = _writes(station)
    done = staffed("add", "--name", "أحمد علي محمد الورفلي", "--national-number", NN,
                   "--birth-date", "01/02/1985", "--grade", "8")  # fmt: skip
    assert done.code == 1 and "--national-number:" in done.err
    assert _writes(station) == before


def test_edit_by_national_number_files_the_grade(staffed: Any, station: Target) -> None:
    done = staffed("edit", NN, "--grade", "9", "--decision", "12/2026",
                   "--decision-date", "٠١/٠٣/٢٠٢٦", "--phone", "0912345678")  # fmt: skip
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert set(data["changed"]) == {"grade", "phone"} and data["grade"] == 9
    assert ("grade", "2026-03-01", "12/2026", "9") in _events(station)
    # By record id, a field not named stays as it was.
    again = staffed("edit", data["id"], "--notes", "ملف مكتمل")
    assert json.loads(again.out)["changed"] == ["notes"]
    assert json.loads(again.out)["grade"] == 9
    nothing = staffed("edit", NN)
    assert nothing.code == 2  # nothing to change is wrong usage


def test_transfer_and_end_are_service_record_events(staffed: Any, station: Target) -> None:
    moved = staffed("transfer", NN, "--unit", "DEP-FIN-ACC", "--date", "01/01/2026",
                    "--decision", "15/2026")  # fmt: skip
    assert moved.code == 0, moved.err
    assert json.loads(moved.out)["changed"] == ["unit_id"]
    assert ("unit", "2026-01-01", "15/2026") in [e[:3] for e in _events(station)]
    before = _writes(station)
    same = staffed("transfer", NN, "--unit", "DEP-FIN-ACC", "--date", "02/01/2026",
                   "--decision", "16/2026")  # fmt: skip
    assert same.code == 1 and "--unit:" in same.err
    not_an_end = staffed("end", NN, "--date", "01/02/2026", "--reason", "on_leave")
    assert not_an_end.code == 1 and "--reason:" in not_an_end.err
    future = staffed("end", NN, "--date", "01/02/2099", "--reason", "retired")
    assert future.code == 1 and "--date:" in future.err
    assert _writes(station) == before
    ended = staffed("end", NN, "--date", "01/02/2026", "--reason", "متقاعد",
                    "--decision", "20/2026")  # fmt: skip
    assert ended.code == 0, ended.err
    assert json.loads(ended.out)["status"] == "retired"
    assert ("status", "2026-02-01", "20/2026", "retired") in _events(station)
    twice = staffed("end", NN, "--date", "02/02/2026", "--reason", "resigned")
    assert twice.code == 1 and "already ended" in twice.err


def test_a_viewer_or_a_revenue_officer_changes_nothing(staffed: Any, station: Target) -> None:
    before = _writes(station)
    for user in ("guest", "cashier"):
        for argv in (("add", "--name", "علي محمد سالم الزوي", "--national-number",
                      "119870123456", "--sex", "M"),
                     ("edit", NN, "--grade", "9"),
                     ("transfer", NN, "--unit", "DEP-FIN-ACC", "--date", "01/01/2026",
                      "--decision", "1"),
                     ("end", NN, "--date", "01/01/2026", "--reason", "retired")):  # fmt: skip
            done = staffed(*argv, user=user)
            assert done.code == 1 and "does not allow" in done.err, (user, argv)
    assert _writes(station) == before


def test_unknown_employee(staffed: Any) -> None:
    done = staffed("edit", "119999999999", "--grade", "9")
    assert done.code == 1 and "No employee" in done.err


@pytest.mark.parametrize("action", ["add", "edit", "transfer", "end"])
def test_help(run_cli: Any, action: str) -> None:
    done = run_cli("staff", action, "--help", password=None)
    assert done.code == 0 and "usage: baladiya staff " + action in done.out
