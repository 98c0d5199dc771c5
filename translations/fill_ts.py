"""Fill translations in a Qt .ts file from a JSON mapping, without Qt Linguist.

    python translations/fill_ts.py translations/baladiya_ar.ts new-arabic.json
    python translations/fill_ts.py translations/baladiya_en.ts --identity

The JSON maps an English source string to its translation, or "Context|source" to a
translation for one context only. Filled messages are marked finished; messages the mapping
does not name are left as they are.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def fill(ts_path: Path, mapping: dict[str, str] | None) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if mapping is None:
                text: str | None = source
            else:
                text = mapping.get(f"{name}|{source}", mapping.get(source))
            if text is None:
                if translation.get("type") == "unfinished" or not translation.text:
                    missing.append(f"{name}: {source}")
                continue
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
