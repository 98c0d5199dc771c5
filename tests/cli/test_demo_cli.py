"""``baladiya demo`` and ``staff search`` / ``org tree`` on what it makes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def test_demo_builds_a_realistic_municipality(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    made = run_cli("--db", db, "--json", "demo", "--municipality", "LY-M010", "--admin",
                   "admin", "--staff", "60", "--seed", "7")
    assert made.code == 0, made.err
    summary = json.loads(made.out)
    assert summary["staff"] == 60 and 5 <= summary["units"] <= 60
    tree = json.loads(run_cli("--db", db, "--json", "org", "tree").out)
    assert len(tree) == 1

    def depth(nodes: list[dict[str, Any]]) -> int:
        return 1 + max((depth(n["children"]) for n in nodes), default=0) if nodes else 0

    assert depth(tree) >= 4
    departments = [n for n in _walk(tree) if n["type"] == "department"]
    assert 5 <= len(departments) <= 8
    assert all(n["status"] == "approved" for n in _walk(tree))
    assert sum(p["filled"] for n in _walk(tree) for p in n["posts"]) > 0
    found = run_cli("--db", db, "--user", "admin", "--json", "staff", "search", "محمد")
    assert found.code == 0
    hits = json.loads(found.out)
    assert hits and set(hits[0]) >= {"id", "national_number", "full_name"}
    assert all("محمد" in h["full_name"] for h in hits)


def _walk(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for node in nodes:
        found.append(node)
        found.extend(_walk(node["children"]))
    return found


def test_staff_search_needs_a_user_with_the_right_role(run_cli: Any, station: Any) -> None:
    assert run_cli("--db", station.db_path, "staff", "search", "x", password=None).code == 1
    guest = run_cli("--db", station.db_path, "--user", "guest", "staff", "search", "x")
    assert guest.code == 1 and "لا يسمح" in guest.err
    clerk = run_cli("--db", station.db_path, "--user", "clerk", "--json", "staff", "search",
                    "x")
    assert clerk.code == 0 and json.loads(clerk.out) == []
