"""PNG screenshots of every page, tab and dialog, in Arabic and in English, at a station and
at the ministry, on a demo municipality: ``make screenshots`` (or
``QT_QPA_PLATFORM=offscreen python -m tests.gui.make_screenshots --out docs/screenshots``).

Files are named ``tour-<where>-<stop>-<lang>.png`` (``tour-station-revenue-3-ar.png``); the
stops are the clipped-text test's (tests/gui/tour.py). The demo station has 60 staff and is
enrolled at a ministry that has imported its first bundle.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def build(folder: Path) -> tuple[Path, Path]:
    """A ministry and an enrolled demo station, the station's first bundle imported."""
    from tests.sync.conftest import cli_json, make_station

    ministry = folder / "ministry.db"
    cli_json("--db", ministry, "--json", "ministry", "init", "--name", "وزارة الحكم المحلي",
             "--admin", "boss")  # fmt: skip
    station = make_station(f"sqlite:///{ministry}", folder, "station", staff=60)
    sent = cli_json("--db", station, "--user", "admin", "--json", "bundle", "export", "--out",
                    folder)  # fmt: skip
    cli_json("--db", ministry, "--user", "boss", "--json", "ministry", "import", sent["path"])
    return station, ministry


def shoot(db: Path, user: str, where: str, lang: str, out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from baladiya_desktop.core.setup import Target
    from baladiya_desktop.domain.bootstrap import open_station
    from baladiya_desktop.ui import gc_guard
    from baladiya_desktop.ui.i18n import Language
    from baladiya_desktop.ui.look import set_up_look
    from baladiya_desktop.ui.main_window import MainWindow
    from baladiya_desktop.ui.pages import default_registry
    from baladiya_desktop.ui.runner import Runner
    from baladiya_desktop.ui.screenshot import SIZE
    from baladiya_desktop.ui.session import UiSession
    from tests.gui.tour import tour
    from tests.support import login

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    set_up_look(app)
    gc_guard.install(app)
    language = Language(app)
    language.apply(lang)
    runner = Runner(lang=lambda: language.code, on_crash=lambda exc: print(exc, file=sys.stderr))
    target = Target.resolve(db)
    ctx = login(open_station(target), user)
    window = MainWindow(UiSession(target, ctx, runner, language), default_registry())
    window.resize(*SIZE)
    window.show()
    saved = []
    try:
        for stop in tour(window):
            path = out / f"tour-{where}-{stop.name.replace('.', '-')}-{lang}.png"
            if stop.widget.grab().save(str(path), "PNG"):
                saved.append(path)
    finally:
        window.close()
        runner.shutdown(wait=True)
        ctx.engine.dispose()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("ar", "en"), action="append")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("BALADIYA_KEYSTORE_DIR", str(folder / "keys"))
        os.environ.setdefault("BALADIYA_KEY_PASSPHRASE", "screenshots passphrase 2026")
        station, ministry = build(folder)
        for lang in args.lang or ["ar", "en"]:
            for where, db, user in (("station", station, "admin"), ("ministry", ministry, "boss")):
                for path in shoot(db, user, where, lang, args.out):
                    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
