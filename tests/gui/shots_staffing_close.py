"""Screenshots of the staffing table (with its surplus), the placement dialog and the month
close, on a demo municipality, in Arabic: ``QT_QPA_PLATFORM=offscreen python -m
tests.gui.shots_staffing_close --out docs/screenshots``."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from baladiya_desktop.core.setup import Target
    from baladiya_desktop.domain.demo.build import DemoSize, build_demo
    from baladiya_desktop.ui import gc_guard
    from baladiya_desktop.ui.i18n import Language
    from baladiya_desktop.ui.look import set_up_look
    from baladiya_desktop.ui.pages.org import OrgPage
    from baladiya_desktop.ui.pages.revenue import RevenuePage
    from baladiya_desktop.ui.runner import Runner
    from baladiya_desktop.ui.screenshot import SIZE, settle
    from baladiya_desktop.ui.session import UiSession
    from tests.support import PASSWORD

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    set_up_look(app)
    gc_guard.install(app)
    language = Language(app)
    language.apply("ar")
    runner = Runner(lang=lambda: language.code, on_crash=lambda exc: print(exc, file=sys.stderr))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("BALADIYA_KEYSTORE_DIR", str(Path(tmp) / "keys"))
        target = Target.resolve(Path(tmp) / "demo.db")
        ctx, _summary = build_demo(target, municipality="LY-M010", admin_username="admin",
                                   admin_password=PASSWORD, size=DemoSize(staff=120),
                                   today=dt.date.today())
        session = UiSession(target, ctx, runner, language)
        org = OrgPage(session)
        org.resize(*SIZE)
        org.show()
        org.tabs.setCurrentWidget(org.staffing)
        settle(runner)
        org.staffing.grab().save(str(args.out / "org-staffing-ar.png"), "PNG")
        org.staffing.by.setCurrentIndex(org.staffing.by.findData("bands"))
        org.staffing.grab().save(str(args.out / "org-staffing-bands-ar.png"), "PNG")
        org.staffing.place()
        settle(runner)
        dialog = org.staffing.last_dialog
        assert dialog is not None
        dialog.grab().save(str(args.out / "org-staffing-place-ar.png"), "PNG")
        dialog.close()
        revenue = RevenuePage(session)
        revenue.resize(*SIZE)
        revenue.show()
        tab = revenue.tab("close")
        assert tab is not None
        settle(runner)
        from baladiya_desktop.domain.revenue import closing

        months = [tab.month.itemData(i) for i in range(tab.month.count())]
        # a month with something to explain: the demo's torn-out leaf or cash still held
        shown = next((m for m in months if closing.checklist(ctx, m).problems), months[0])
        tab.month.setCurrentIndex(months.index(shown))
        settle(runner)
        revenue.grab().save(str(args.out / "revenue-month-close-ar.png"), "PNG")
        org.close()
        revenue.close()
        runner.shutdown(wait=True)
        ctx.engine.dispose()
    for name in ("org-staffing-ar", "org-staffing-bands-ar", "org-staffing-place-ar",
                 "revenue-month-close-ar"):
        print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
