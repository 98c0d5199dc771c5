"""``org export`` · ``org import`` · ``org tree --json``: the round trip, reports, refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from baladiya_desktop.core.setup import Target
from tests.domain.test_org_import import GOOD, POSTS, unit, workbook

MUNICIPALITY = "LY-M010"


def sheet_values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path)
    return {
        ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in book.worksheets
    }


def test_round_trip_into_a_fresh_station(run_cli: Any, tmp_path: Path) -> None:
    demo, fresh = tmp_path / "demo.db", tmp_path / "fresh.db"
    made = run_cli(
        "--db", demo, "demo", "--municipality", MUNICIPALITY, "--admin", "admin", "--staff", "30"
    )
    assert made.code == 0, made.err
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    out = run_cli("--db", demo, "--user", "admin", "--json", "org", "export", first)
    assert out.code == 0, out.err
    assert json.loads(out.out)["units"] >= 20
    init = run_cli(
        "--db",
        fresh,
        "init",
        "--municipality",
        MUNICIPALITY,
        "--station-name",
        "محطة ثانية",
        "--admin",
        "admin",
    )
    assert init.code == 0, init.err
    imported = run_cli("--db", fresh, "--user", "admin", "--json", "org", "import", first)
    assert imported.code == 0, imported.err
    summary = json.loads(imported.out)
    assert summary["rejected"] == [] and summary["units"]["imported"] >= 20
    assert run_cli("--db", fresh, "--user", "admin", "org", "export", second).code == 0
    a, b = sheet_values(first), sheet_values(second)
    # The two sheets that import; the staffing table's sheets after them count the staff.
    assert list(a)[:3] == ["الوحدات", "الوظائف", "الملاك"]
    assert [a["الوحدات"], a["الوظائف"]] == [b["الوحدات"], b["الوظائف"]]
    assert len(a["الوحدات"]) >= 23 and len(a["الوظائف"]) >= 30

    def shape(db: Path) -> Any:
        tree = json.loads(run_cli("--db", db, "--json", "org", "tree").out)

        def strip(nodes: list[dict[str, Any]]) -> list[Any]:
            return [
                (
                    n["code"],
                    n["name"],
                    n["type"],
                    n["status"],
                    [(p["title"], p["approved"]) for p in n["posts"]],
                    strip(n["children"]),
                )
                for n in nodes
            ]

        return strip(tree)

    assert shape(demo) == shape(fresh)
    again = run_cli("--db", fresh, "--user", "admin", "--json", "org", "import", first)
    assert json.loads(again.out)["imported"] == 0  # the same codes update, never duplicate


def test_import_refused_writes_the_report(run_cli: Any, station: Target, tmp_path: Path) -> None:
    bad = workbook(
        tmp_path / "bad.xlsx",
        [*GOOD, unit("A", "B"), unit("B", "A")],
        [*POSTS, ["DEP-FIN", "كاتب", "", 4, 7, "كثير", "لا"]],
    )
    report = tmp_path / "report.xlsx"
    result = run_cli(
        "--db",
        station.db_path,
        "--user",
        "admin",
        "--json",
        "org",
        "import",
        bad,
        "--report",
        report,
    )
    assert result.code == 1
    data = json.loads(result.out)
    assert data["imported"] == 0
    rows = {(r["sheet"], r["row"]) for r in data["rejected"]}
    assert rows == {("الوحدات", 5), ("الوحدات", 6), ("الوظائف", 4)}
    assert all("العمود «" in r["reason"] for r in data["rejected"])
    assert report.is_file()
    tree = run_cli("--db", station.db_path, "--json", "org", "tree")
    assert json.loads(tree.out) == []
    good = run_cli(
        "--db", station.db_path, "--user", "admin", "--json", "org", "import", bad, "--good-rows"
    )
    assert good.code == 0 and json.loads(good.out)["units"]["imported"] == 3


def test_dry_run_not_a_workbook_and_template(run_cli: Any, station: Target, tmp_path: Path) -> None:
    db = station.db_path
    path = workbook(tmp_path / "o.xlsx", GOOD, POSTS)
    dry = run_cli("--db", db, "--user", "admin", "--json", "org", "import", path, "--dry-run")
    assert dry.code == 0 and json.loads(dry.out)["dry_run"]
    assert json.loads(run_cli("--db", db, "--json", "org", "tree").out) == []
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 not a workbook")
    refused = run_cli("--db", db, "--user", "admin", "org", "import", junk)
    assert refused.code == 1 and "xlsx" in refused.err
    template = tmp_path / "template.xlsx"
    assert run_cli("--db", db, "org", "export", "--template", template).code == 0
    assert [ws.title for ws in load_workbook(template).worksheets] == [
        "الوحدات",
        "الوظائف",
        "شرح الأعمدة",
    ]
    viewer = run_cli("--db", db, "--user", "guest", "org", "import", path)
    assert viewer.code == 1 and "org.write" in viewer.err


def test_tree_json_nests_units_with_posts(run_cli: Any, station: Target, tmp_path: Path) -> None:
    db = station.db_path
    assert (
        run_cli(
            "--db",
            db,
            "--user",
            "admin",
            "org",
            "import",
            workbook(tmp_path / "o.xlsx", GOOD, POSTS),
        ).code
        == 0
    )
    tree = json.loads(run_cli("--db", db, "--json", "org", "tree").out)
    assert [n["code"] for n in tree] == ["COUNCIL"]
    fin = tree[0]["children"][0]
    assert (fin["code"], fin["name"], fin["type"]) == (
        "DEP-FIN",
        "إدارة الشؤون المالية",
        "department",
    )
    assert fin["posts"][0]["title"] == "مدير الإدارة" and fin["posts"][0]["approved"] == 1
    assert fin["children"][0]["code"] == "DEP-FIN-ACC"
    text = run_cli("--db", db, "org", "tree").out
    assert "DEP-FIN-ACC" in text and "قسم الحسابات" in text
