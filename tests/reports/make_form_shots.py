"""Print the forms whose last page used to hold the signature boxes alone, the audit extract
and the station card, and save their pages as PNG screenshots.

Run ``.venv/bin/python tests/reports/make_form_shots.py`` to regenerate
``docs/screenshots/form-*-ar.png``, ``form-audit-extract-*.png`` and ``form-station-card.png``
(needs ``pdftoppm`` from poppler-utils). Each grown form is printed at the size where the old
layout left the boxes alone; the screenshot is its last page.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext
    from baladiya_desktop.reports.registry import Content

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"


def _png(pdf: Path, page: int, target: Path) -> None:
    prefix = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(prefix)],
        check=True,
    )  # fmt: skip
    print(target.relative_to(ROOT))


def main() -> int:
    work = Path(tempfile.mkdtemp())
    os.environ["BALADIYA_KEYSTORE_DIR"] = str(work / "keys")  # never the user's key store
    os.environ["BALADIYA_KEY_PASSPHRASE"] = "screenshots passphrase 2026"
    sys.path.insert(0, str(ROOT))
    from baladiya_desktop.core.setup import Target
    from baladiya_desktop.core.users import add_user
    from baladiya_desktop.domain.bootstrap import create_station, open_station
    from baladiya_desktop.domain.indicators import values
    from baladiya_desktop.reports.registry import get_form
    from tests.reports.test_signature_block import (
        Sized,
        alone_at,
        books,
        case,
        monthly,
        quarterly,
    )
    from tests.support import MUNICIPALITY, PASSWORD, TEST_USERS, login

    template = work / "template.db"
    ctx = create_station(
        Target.resolve(template), municipality=MUNICIPALITY,
        station_name="مكتب الوكيل", admin_username="admin", admin_password=PASSWORD,
        admin_full_name="وكيل البلدية",
    )  # fmt: skip
    for name, role in TEST_USERS.items():
        add_user(ctx, name, role, PASSWORD, name)
    ctx.engine.dispose()
    shots: list[tuple[Callable[[AppContext], Sized], str]] = [
        (case, "settlement-case"), (books, "revenue-books"), (monthly, "revenue-monthly"),
        (quarterly, "indicators-quarterly"),
    ]  # fmt: skip
    for make, shot in shots:
        path = work / f"{shot}.db"
        shutil.copyfile(template, path)
        station = open_station(Target.resolve(path))
        form = make(login(station, "admin"))
        n = alone_at(form, work / "old.pdf")

        def grown_content(_ctx: AppContext, _key: str, form: Sized = form, n: int = n) -> Content:
            return form.content(n)

        grown = replace(form.spec, content=grown_content)
        out = work / f"{shot}.pdf"
        result = grown.build(form.ctx, "x" if grown.needs_id else None, out)
        _png(out, result.pages, SCREENSHOTS / f"form-{shot}-ar.png")
        station.engine.dispose()
    shutil.copyfile(template, work / "audit.db")
    admin = login(open_station(Target.resolve(work / "audit.db")), "admin")
    period = f"{dt.date.today().year - 1}-Q2"
    values.set_value(admin, "CLOSE_ON_TIME", period, "2", "محاضر الإقفال")
    values.approve_period(admin, period)
    out = work / "audit.pdf"
    result = get_form("audit-extract").build(admin, None, out)
    _png(out, 1, SCREENSHOTS / "form-audit-extract-1.png")
    _png(out, result.pages, SCREENSHOTS / "form-audit-extract-2.png")
    out = work / "card.pdf"
    get_form("station-card").build(admin, None, out)
    _png(out, 1, SCREENSHOTS / "form-station-card.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
