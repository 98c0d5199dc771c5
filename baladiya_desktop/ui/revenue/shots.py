"""Screenshots of the revenue tabs for the docs:

    BALADIYA_PASSWORD=secret12 python -m baladiya_desktop.ui.revenue.shots --db /tmp/r.db \\
        --user admin --out docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SHOTS = {
    "entry": "revenue-entry",
    "receipts": "revenue-list",
    "controls": "revenue-controls",
    "dashboard": "revenue-dashboard",
    "books": "revenue-books",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="ar")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from baladiya_desktop.core.setup import Target
    from baladiya_desktop.core.users import authenticate
    from baladiya_desktop.domain.bootstrap import open_station

    target = Target.resolve(Path(args.db))
    ctx = open_station(target)
    ctx = ctx.as_user(authenticate(ctx, args.user, os.environ["BALADIYA_PASSWORD"]))

    from PySide6.QtWidgets import QApplication

    from baladiya_desktop.ui.i18n import Language
    from baladiya_desktop.ui.look import set_up_look
    from baladiya_desktop.ui.main_window import MainWindow
    from baladiya_desktop.ui.pages import default_registry
    from baladiya_desktop.ui.runner import Runner
    from baladiya_desktop.ui.screenshot import SIZE, settle
    from baladiya_desktop.ui.session import UiSession

    app = QApplication(sys.argv[:1])
    language = Language(app)
    language.apply(args.lang)
    set_up_look(app)
    runner = Runner(lang=lambda: language.code, on_crash=lambda exc: print(exc))
    window = MainWindow(UiSession(target, ctx, runner, language), default_registry())
    window.resize(*SIZE)
    window.show()
    window.show_page("revenue")
    page = window.page("revenue")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, stem in SHOTS.items():
        page.tab(name)  # type: ignore[union-attr]
        settle(runner)
        if name == "entry":
            tab = page.made["entry"]  # type: ignore[union-attr]
            for payer, code, amount in (
                ("صيدلية الشفاء", "LIC-ACT", "350"),
                ("محمد علي الورفلي", "SRV-DOC", "١٥٫٢٥٠"),
            ):
                tab.payer.setText(payer)
                tab.category.setCurrentIndex(tab.category.findData(code))
                tab.amount.setText(amount)
                tab.save()
                settle(runner)
            tab.payer.setText("مخبز الفجر")
            tab.category.setCurrentIndex(tab.category.findData("LIC-HLT"))
            tab.amount.setText("١٢٥٠٫٥")
            tab.amount.setFocus()
            settle(runner)
        out = args.out / f"{stem}-{args.lang}.png"
        window.grab().save(str(out), "PNG")
        print(out)
    runner.shutdown(wait=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
