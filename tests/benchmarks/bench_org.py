"""``org tree --json`` and the window's tree against the raw SQL read of units and posts.

A large municipality: 2,000 units (council, 12 departments, offices, sections, units,
branches, localities) with about 4 posts each. The floor is one ``SELECT`` of the units and
one of the posts, rows fetched and nothing else. Goal: each under 200 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from baladiya_desktop.core.context import AppContext  # noqa: E402
from baladiya_desktop.core.setup import Target  # noqa: E402
from baladiya_desktop.core.users import authenticate  # noqa: E402
from baladiya_desktop.domain.bootstrap import create_station  # noqa: E402
from baladiya_desktop.domain.org import queries  # noqa: E402
from baladiya_desktop.domain.org.importing import PostLine, UnitLine, import_structure  # noqa: E402

SIZES = {"small": 200, "full": 2_000}
GOAL_MS = 200.0
TITLES = ("رئيس القسم", "موظف إداري", "كاتب", "فني")


def make_structure(units: int) -> tuple[list[UnitLine], list[PostLine]]:
    lines = [
        UnitLine(1, "COUNCIL", "المجلس البلدي", "council"),
        UnitLine(2, "MAYOR", "عميد البلدية", "mayor", "COUNCIL"),
        UnitLine(3, "AGENT", "ديوان البلدية", "agent", "MAYOR"),
    ]
    level = ["AGENT"]
    kinds = ("department", "section", "unit", "unit")
    depth = 0
    while len(lines) < units:
        next_level = []
        for parent in level:
            for n in range(12 if depth == 0 else 5):
                if len(lines) >= units:
                    break
                code = f"{parent}-{n}"
                kind = kinds[min(depth, len(kinds) - 1)]
                lines.append(
                    UnitLine(
                        len(lines) + 1, code, f"وحدة رقم {n} التابعة لـ {parent}", kind, parent
                    )
                )
                next_level.append(code)
        level, depth = next_level, depth + 1
    posts = [
        PostLine(len(lines) * 4 + k, u.code, title, 4 + k, 8 + k, 1 + k % 3, "", k == 0)
        for u in lines
        for k, title in enumerate(TITLES)
    ]
    for row, post in enumerate(posts, start=1):
        posts[row - 1] = PostLine(
            row,
            post.unit_code,
            post.title,
            post.grade_min,
            post.grade_max,
            post.approved_count,
            "",
            post.is_head,
        )
    return lines, posts


def best_ms(work: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def raw_sql(ctx: AppContext) -> None:
    with ctx.engine.connect() as conn:
        conn.execute(
            text(
                "SELECT id, code, name_ar, name_en, unit_type, parent_id, status, "
                "decision_number, decision_date, effective_from, effective_to, "
                "sort_order, notes FROM org_unit WHERE deleted = 0"
            )
        ).fetchall()
        conn.execute(
            text(
                "SELECT id, unit_id, title, job_group, grade_min, grade_max, "
                "approved_count, is_head FROM org_post WHERE deleted = 0"
            )
        ).fetchall()


def line(what: str, ms: float, floor: float) -> None:
    print(
        f"{what}: {ms:.1f} ms vs raw SQL {floor:.1f} ms = {ms / floor:.1f}x; goal < "
        f"{GOAL_MS:.0f} ms{'' if ms < GOAL_MS else '  (OVER)'}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    args = parser.parse_args()
    count = SIZES[args.size]
    with tempfile.TemporaryDirectory() as tmp:
        ctx = create_station(
            Target.resolve(Path(tmp) / "bench.db"),
            municipality="LY-M001",
            station_name="bench",
            admin_username="admin",
            admin_password="secret12",
            admin_full_name="admin",
        )
        admin = ctx.as_user(authenticate(ctx, "admin", "secret12"))
        units, posts = make_structure(count)
        started = time.perf_counter()
        assert import_structure(admin, units, posts).written
        print(
            f"setup: {len(units)} units, {len(posts)} posts imported in "
            f"{time.perf_counter() - started:.1f} s"
        )
        floor = best_ms(lambda: raw_sql(admin))
        municipality = admin.station.municipality_code

        def tree_json() -> object:
            return queries.tree_to_json(queries.structure(admin, municipality))

        line("org tree", best_ms(tree_json), floor)

        from PySide6.QtWidgets import QApplication, QTreeView

        from baladiya_desktop.ui.org.tree_model import OrgFilterProxy, OrgTreeModel
        from baladiya_desktop.ui.pages.org import load_structure

        app = QApplication.instance() or QApplication([])

        def gui_tree() -> object:
            loaded = load_structure(admin)
            model = OrgTreeModel()
            model.set_roots(loaded.roots, loaded.types)
            proxy = OrgFilterProxy()
            proxy.setSourceModel(model)
            view = QTreeView()
            view.setModel(proxy)
            view.resize(600, 700)
            view.expandToDepth(2)
            view.show()
            app.processEvents()
            view.close()
            return view

        line("GUI tree", best_ms(gui_tree), floor)
        ctx.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
