"""The services' validation messages are catalogued, labels included, so the GUI can word
them in Japanese; the English stays what the command line and the tests read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from prm_core.safety.messages import Message
from prm_core.services import validate
from prm_core.services.errors import ValidationError
from prm_core.services.messages import CATALOGUE

ROOT = Path(__file__).resolve().parents[2] / "prm_core"
#: validator → positions of its label arguments
LABEL_ARGS = {
    "required": (2,),
    "optional": (2,),
    "one_of": (3,),
    "score": (2,),
    "date_order": (3, 4),
}
#: the row helpers of services/rows.py (called by name) → positions of their label argument
ROW_ARGS = {"write": (1,), "get": (3,), "check_version": (3,)}
LABELS = {text for key, text in CATALOGUE.items() if key.startswith("label.")}


def label_literals() -> set[str]:
    found: set[str] = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in {"v", "validate"}
                and func.attr in LABEL_ARGS
            ):
                positions = LABEL_ARGS[func.attr]
            elif (
                isinstance(func, ast.Name)
                and func.id in ROW_ARGS
                and path.parent.name == "services"
            ):
                positions = ROW_ARGS[func.id]
            else:
                continue
            for index in positions:
                if index < len(node.args):
                    arg = node.args[index]
                    kinds = ast.Constant | ast.Call | ast.Name  # never an f-string
                    assert isinstance(arg, kinds), (path, ast.unparse(arg))
                    if isinstance(arg, ast.Constant):
                        found.add(str(arg.value))
    return found


def test_every_label_the_services_pass_is_catalogued() -> None:
    literals = label_literals()
    assert len(literals) > 40
    assert literals - LABELS == set()


def test_a_validation_error_keeps_its_message_and_english() -> None:
    with pytest.raises(ValidationError) as caught:
        validate.required("  ", "name", "Partner name")
    exc = caught.value
    assert str(exc) == "Partner name must not be empty."
    assert isinstance(exc.message, Message) and exc.message.key == "validation.empty"
    label = exc.message.args["label"]
    assert isinstance(label, Message) and label.key == "label.partner_name"
    assert exc.field == "name"


@pytest.mark.parametrize(
    ("call", "english"),
    [
        (
            lambda: validate.email("taro@example"),
            'Email "taro@example" is malformed (expected name@example.co.jp).',
        ),
        (
            lambda: validate.optional("x" * 101, "role", "Role", 100),
            "Role is too long (101 characters, at most 100).",
        ),
        (lambda: validate.one_of("x", ["a", "b"], "side", "Side"), 'Side "x" is not one of: a, b.'),
        (lambda: validate.score(7, "trust", "Trust"), "Trust score 7 is out of range (0–5)."),
    ],
)
def test_the_english_is_unchanged(call: object, english: str) -> None:
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert str(caught.value) == english


def test_every_message_key_named_in_the_core_exists() -> None:
    from prm_core.safety.messages import CATALOGUE as ALL

    named = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and (getattr(node.func, "id", None) or getattr(node.func, "attr", None))
                in {"message", "future"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                named.add(str(node.args[0].value))
    assert len(named) > 30
    assert named - set(ALL) == set()
