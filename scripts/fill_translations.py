"""Fill missing translations in resources/translations/*.ts from a Python catalogue file.

Usage: python scripts/fill_translations.py CATALOGUE.py
The catalogue defines JA (source → Japanese, a list for plural forms) and EN_PLURALS
(source → [singular, plural]). Finished entries are never overwritten; entries still missing
are listed and the exit code is 1. The .ts files stay the source of truth (Qt Linguist
opens them); this only saves typing when many new strings arrive at once.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def fill(path: Path, table: dict[str, object], *, plurals_only: bool) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            numerus = message.get("numerus") == "yes"
            if plurals_only and not numerus:
                translation.text = source  # English is its own translation
                del translation.attrib["type"]
                continue
            value = table.get(source)
            if value is None:
                missing.append(f"{context.findtext('name')}: {source}")
                continue
            if numerus:
                for form in list(translation):
                    translation.remove(form)
                for text in value if isinstance(value, list) else [value]:
                    ET.SubElement(translation, "numerusform").text = str(text)
            else:
                translation.text = str(value)
            del translation.attrib["type"]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> int:
    catalogue = runpy.run_path(sys.argv[1])
    missing = fill(TS_DIR / "prm_ja.ts", catalogue["JA"], plurals_only=False)
    missing += fill(TS_DIR / "prm_en.ts", catalogue["EN_PLURALS"], plurals_only=True)
    for line in missing:
        print("missing:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
