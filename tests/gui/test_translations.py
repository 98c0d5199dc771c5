"""The Arabic catalogue is complete and current: no unfinished string ships."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from baladiya_desktop.core.resources import project_root, translations_dir

LUPDATE = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lupdate"
Message = tuple[str, str]


def messages(ts: Path) -> dict[Message, ET.Element]:
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_string_is_translated(lang: str):
    found = messages(translations_dir() / f"baladiya_{lang}.ts")
    assert found
    bad = []
    for (context, source), message in found.items():
        translation = message.find("translation")
        texts = [translation.text] if translation is not None else [None]
        if message.get("numerus") == "yes" and translation is not None:
            texts = [f.text for f in translation.iter("numerusform")]  # one per plural form
        if translation is None or translation.get("type") == "unfinished" or not all(texts):
            bad.append(f"{context}: {source}")
            continue
        for text in texts:
            assert text is not None
            check(bad, context, source, text, lang)
    assert not bad, "untranslated or broken:\n" + "\n".join(bad)


def check(bad: list[str], context: str, source: str, text: str, lang: str) -> None:
    if set(re.findall(r"\{\w+\}", source)) != set(re.findall(r"\{\w+\}", text)):
        bad.append(f"{context}: placeholders differ in {text!r}")
    elif lang == "ar" and not re.search("[\u0600-\u06ff]", text):
        bad.append(f"{context}: not Arabic: {text!r}")


def test_catalogue_is_current_with_the_code(tmp_path: Path):
    """Every tr() string in ui/ is in the .ts, and nothing stale is left in it."""
    fresh = tmp_path / "fresh.ts"
    tool = str(LUPDATE) if LUPDATE.exists() else "pyside6-lupdate"
    subprocess.run(
        [
            tool,
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-extensions",
            "py",
            str(project_root() / "baladiya_desktop" / "ui"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    wanted = set(messages(fresh))
    for lang in ("ar", "en"):
        have = set(messages(translations_dir() / f"baladiya_{lang}.ts"))
        assert wanted - have == set(), f"run translations/update.sh ({lang}: missing)"
        assert have - wanted == set(), f"run translations/update.sh ({lang}: stale)"
