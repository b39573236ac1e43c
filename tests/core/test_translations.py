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


@pytest.mark.parametrize("name", ["prm_ja.ts", "prm_en.ts"])
def test_every_message_has_the_context_it_is_looked_up_in(name: str) -> None:
    """lupdate files a ``tr(...)`` it cannot place (a helper class's ``tr = parent.tr``) under
    an empty context, where no lookup at run time finds it: the text shows in English."""
    root = ET.parse(TS_DIR / name).getroot()
    unplaced = [
        m.findtext("source")
        for context in root.iter("context")
        if not (context.findtext("name") or "").strip()
        for m in context.iter("message")
    ]
    assert unplaced == []


def test_no_translate_function_is_aliased() -> None:
    """``tr = QCoreApplication.translate`` or ``tr = parent.tr`` hides each text from lupdate
    (it reads ``tr("Context", "text")`` as a text with a comment)."""
    import re

    root = Path(__file__).resolve().parents[2] / "prm_desktop"
    alias = re.compile(r"^\s*\w+\s*=\s*(?:QCoreApplication\.translate|[\w.]*\.tr)\s*$", re.M)
    found = [str(p) for p in root.rglob("*.py") if alias.search(p.read_text(encoding="utf-8"))]
    assert found == []
