"""The app's log: rotated, tail readable, nothing that names a person."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from baladiya_desktop.core.applog import recent_log, scrub, set_up_logging


@pytest.fixture
def clean_logger() -> object:
    root = logging.getLogger("baladiya_desktop")
    before = list(root.handlers)
    yield root
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_scrub_masks_names_and_national_numbers() -> None:
    text = "IntegrityError: duplicate 'أحمد الورفلي' 119850123456 in row 42 (E-100)"
    assert scrub(text) == "IntegrityError: duplicate '… …' ############ in row 42 (E-100)"


def test_the_log_is_written_once_and_its_tail_read_back(
    tmp_path: Path, clean_logger: object
) -> None:
    path = set_up_logging(tmp_path)
    assert set_up_logging(tmp_path) == path  # a second start in one process adds no handler
    work = logging.getLogger("baladiya_desktop.test")
    for n in range(150):
        work.info("step %d", n)
    work.info("refused for محمد 219991234567")
    lines = recent_log(tmp_path, lines=100)
    assert len(lines) == 100 and lines[-1].endswith("refused for … ############")
    assert "step 149" in lines[-2]


def test_no_log_folder_is_not_an_error(tmp_path: Path, clean_logger: object) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert set_up_logging(blocker / "logs") is None
    assert recent_log(tmp_path / "nothing") == []
