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


def _aliases(source: str) -> list[int]:
    """Lines that bind a translate function to a name (``tr = parent.tr``, ``translate:
    Callable = QCoreApplication.translate``, ``partial(QCoreApplication.translate, ...)``)."""
    import ast

    def is_translate(node: ast.AST) -> bool:
        return isinstance(node, ast.Attribute) and node.attr in {"tr", "translate"}

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            value = node.value
            if is_translate(value) or (
                isinstance(value, ast.Tuple) and any(is_translate(v) for v in value.elts)
            ):
                found.append(node.lineno)
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) == "partial"
            and node.args
            and is_translate(node.args[0])
        ):
            found.append(node.lineno)
    return found


def test_the_alias_finder_sees_each_form() -> None:
    forms = [
        "tr = parent.tr  # a note",
        "tr = self.parent().tr",
        "tr: Callable[..., str] = parent.tr",
        "translate = QtCore.QCoreApplication.translate",
        "f = functools.partial(QCoreApplication.translate, 'X')",
        "tr, x = parent.tr, 1",
    ]
    assert [bool(_aliases(f)) for f in forms] == [True] * len(forms)
    assert _aliases("text = self.tr('Hello')\nlabel = QCoreApplication.translate('C', 'x')") == []


def test_no_translate_function_is_aliased() -> None:
    """``tr = QCoreApplication.translate`` or ``tr = parent.tr`` hides each text from lupdate
    (it reads ``tr("Context", "text")`` as a text with a comment, and files a helper's
    ``tr("text")`` under no context at all)."""
    root = Path(__file__).resolve().parents[2] / "prm_desktop"
    found = {
        str(p.relative_to(root)): lines
        for p in sorted(root.rglob("*.py"))
        if (lines := _aliases(p.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_placeholders_are_filled_in_one_pass_everywhere() -> None:
    """``.replace("%1", a).replace("%2", b)`` puts ``b`` into an ``a`` that contains "%2" (a
    file or partner name as typed); ``prm_desktop.i18n.filled`` fills all in one pass."""
    root = Path(__file__).resolve().parents[2] / "prm_desktop"
    chained = [
        str(p.relative_to(root))
        for p in sorted(root.rglob("*.py"))
        if '.replace("%2"' in p.read_text(encoding="utf-8")
    ]
    assert chained == []
