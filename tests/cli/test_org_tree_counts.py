"""``org tree --json`` carries each unit's staffing counts: people without a post are surplus,
and a holder outside the post's grades is counted."""

from __future__ import annotations

import json
from typing import Any

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.setup import Target
from tests.domain.test_staffing import make_office


def test_org_tree_json_counts_surplus_and_mismatches(
    run_cli: Any, station: Target, admin: AppContext
) -> None:
    make_office(admin)
    done = run_cli("--db", station.db_path, "--json", "org", "tree")
    assert done.code == 0, done.err
    fin = json.loads(done.out)[0]
    counts = {k: fin[k] for k in ("approved", "filled", "vacant", "surplus", "without_post",
                                  "staff", "grade_mismatches")}
    assert counts == {"approved": 3, "filled": 2, "vacant": 1, "surplus": 2, "without_post": 2,
                      "staff": 4, "grade_mismatches": 1}
    assert fin["filled"] + fin["surplus"] == fin["staff"]
    head = next(p for p in fin["posts"] if p["is_head"])
    assert (head["holders"], head["grade_mismatches"], head["surplus"]) == (1, 1, 0)
    assert fin["children"][0]["staff"] == 0
