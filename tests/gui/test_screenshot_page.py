"""``--page`` with ``--screenshot``: a page that cannot be shown is an error, not a home page."""

from __future__ import annotations

from pathlib import Path

from baladiya_desktop.core.setup import Target
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, VIEWER, VIEWER_PASSWORD
from tests.gui.test_app_start import start


def test_an_unknown_page_names_the_pages_and_writes_nothing(station: Target, tmp_path: Path):
    out = tmp_path / "nosuch.png"
    result = start("--db", str(station.db_path), "--user", ADMIN, "--page", "nosuch",
                   "--screenshot", str(out), password=ADMIN_PASSWORD)  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "--page" in result.stderr and "'nosuch'" in result.stderr
    assert all(name in result.stderr for name in ("home", "staff", "users", "verify"))
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_page_the_user_may_not_open_is_refused(station: Target, tmp_path: Path):
    out = tmp_path / "users.png"
    result = start("--db", str(station.db_path), "--user", VIEWER, "--page", "users",
                   "--screenshot", str(out), password=VIEWER_PASSWORD)  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "'users' is not open to this user" in result.stderr
    told = result.stderr.rsplit("the user's pages:", 1)[1].split()
    assert "home" in " ".join(told) and "users" not in " ".join(told)
    assert "Traceback" not in result.stderr
    assert not out.exists()
