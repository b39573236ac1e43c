"""Every UI string exists in Japanese and English: no unfinished or empty .ts entry."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.mark.parametrize("name", ["prm_ja.ts", "prm_en.ts"])
def test_catalogue_is_complete(name: str) -> None:
    root = ET.parse(TS_DIR / name).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "obsolete":
                continue
            texts = (
                [f.text for f in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text]
            )
            if translation.get("type") == "unfinished" or not all(texts):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert missing == []


def test_compiled_catalogues_are_shipped() -> None:
    for lang in ("ja", "en"):
        qm = TS_DIR / f"prm_{lang}.qm"
        assert qm.exists() and qm.stat().st_size > 1000
