"""Fill translations in a Qt .ts file from a JSON mapping, without Qt Linguist.

    python translations/fill_ts.py translations/baladiya_ar.ts new-arabic.json
    python translations/fill_ts.py translations/baladiya_en.ts --identity

The JSON maps an English source string to its translation, or "Context|source" to a
translation for one context only. A counted string (``tr("%n file(s)", "", n)``) takes a list:
its forms in the catalogue's order (Arabic: zero, one, two, 3-10, 11-99, 100 and up; English:
one, other); ``--identity`` makes the English ones from "(s)". Filled messages are marked
finished; messages the mapping does not name are left as they are.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def english_forms(source: str) -> list[str]:
    """One and other of an English counted source: "%n file(s)" → "%n file", "%n files"."""
    one = source.replace("(s)", "").replace("y(ies)", "y")
    other = source.replace("y(s)", "ies").replace("(s)", "s")
    return [one, other]


def fill_forms(message: ET.Element, translation: ET.Element, forms: list[str]) -> bool:
    """Put ``forms`` in a counted message; False when their number is not the catalogue's."""
    slots = translation.findall("numerusform")
    if len(slots) != len(forms):
        return False
    for slot, text in zip(slots, forms, strict=True):
        slot.text = text
    translation.text = None
    return True


def fill(ts_path: Path, mapping: dict[str, str | list[str]] | None) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            counted = message.get("numerus") == "yes"
            text: str | list[str] | None
            if mapping is None:
                text = english_forms(source) if counted else source
            else:
                text = mapping.get(f"{name}|{source}", mapping.get(source))
            if text is None or counted != isinstance(text, list):
                forms = [f.text for f in translation.iter("numerusform")]
                if translation.get("type") == "unfinished" or not (translation.text or any(forms)):
                    missing.append(f"{name}: {source}")
                continue
            if isinstance(text, list):
                if not fill_forms(message, translation, text):
                    missing.append(f"{name}: {source} (wrong number of forms)")
                    continue
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(HEADER + body + "\n", encoding="utf-8")
    return filled, missing


def main(argv: list[str]) -> int:
    ts_path = Path(argv[0])
    mapping = None if argv[1] == "--identity" else json.loads(Path(argv[1]).read_text("utf-8"))
    filled, missing = fill(ts_path, mapping)
    print(f"{ts_path}: {filled} filled, {len(missing)} still untranslated")
    for line in missing:
        print("  missing:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
