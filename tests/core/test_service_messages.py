"""The services' validation messages are catalogued, labels included, so the GUI can word
them in Japanese; the English stays what the command line and the tests read."""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from prm_core.database import Database
from prm_core.diagnosis.tiers import Level, Rule
from prm_core.safety.messages import Message
from prm_core.services import deals, diagnosis, validate
from prm_core.services.deals import RegistrationData
from prm_core.services.errors import ConflictError, ValidationError
from prm_core.services.messages import CATALOGUE
from tests.factories import add_partner

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


#: Refusals still worded inline, on purpose: callers that are programs, not forms (the GUI
#: always passes five scores; thresholds arrive as a JSON document from the command line,
#: the settings dialog's spin boxes keep each value in range).
INLINE_ON_PURPOSE = {
    ("diagnosis.py", "Unknown PRACT phase {}."),
    ("diagnosis.py", "The {} score is missing."),
    ("diagnosis.py", "Give five scores ({}), got {}."),
    ("thresholds.py", "{} must be a number, got {}."),
    ("thresholds.py", "{} must be a whole number, got {}."),
    ("thresholds.py", "{} {} is out of range ({}–{})."),
    ("thresholds.py", "Thresholds must be a mapping of signal → parameters."),
    ("thresholds.py", "{}: expected parameter → value."),
    ("thresholds.py", "Unknown threshold {}.{}."),
    ("deals.py", "str(exc)"),  # a corporate-number reason without a form sentence (none yet)
}
REFUSALS = {"ValidationError", "ConflictError", "ServiceError", "NotFoundError"}


def inline_refusals() -> set[tuple[str, str]]:
    """(file, text with "{}" for each value) of every refusal raised with English text, or
    (file, the expression) when the text is not a catalogue call (a variable, a concatenation,
    ``str(exc)``): only a call such as ``message(...)`` can carry a key."""
    found = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            call = node.exc
            func = call.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in REFUSALS:
                continue
            given = [k.value for k in call.keywords if k.arg == "message"]
            first = call.args[0] if call.args else given[0] if given else None
            if first is None:
                found.add((path.name, "<no message>"))
            elif isinstance(first, ast.Constant):
                found.add((path.name, str(first.value)))
            elif isinstance(first, ast.JoinedStr):
                text = "".join(
                    str(v.value) if isinstance(v, ast.Constant) else "{}" for v in first.values
                )
                found.add((path.name, text))
            elif not (isinstance(first, ast.Call) and ast.unparse(first.func) != "str"):
                found.add((path.name, ast.unparse(first)))
    return found


def test_service_refusals_are_catalogued_except_the_ones_named() -> None:
    found = inline_refusals()
    assert found - INLINE_ON_PURPOSE == set()  # a new inline refusal: catalogue it
    assert INLINE_ON_PURPOSE - found == set()  # catalogued since: drop it from the list


def allowed_key(exc: ValidationError) -> str:
    allowed = exc.message.args["allowed"]
    assert isinstance(allowed, Message)
    return allowed.key


def test_a_refused_transition_names_the_statuses_by_key(db: Database) -> None:
    with db.transaction() as s:
        pid = add_partner(s, "アルファ").id
    new_id, _ = deals.create_registration(
        db, RegistrationData(pid, "X", "基幹刷新", date(2026, 8, 1))
    )
    with pytest.raises(ValidationError) as caught:
        deals.decide(db, new_id, "won")
    exc = caught.value
    assert str(exc) == (
        'Deal registration "基幹刷新" is submitted; only a registration that is approved '
        "can become won."
    )
    assert exc.message.key == "validation.transition"
    keys = {k: v.key for k, v in exc.message.args.items() if isinstance(v, Message)}
    assert keys == {
        "label": "label.registration_named",
        "status": "deal_status.submitted",
        "allowed": "deal_allowed.approved",
        "target": "deal_status.won",
    }
    deals.approve(db, new_id, decided_on=date(2026, 8, 2))
    with pytest.raises(ValidationError) as caught:
        deals.approve(db, new_id)
    assert allowed_key(caught.value) == "deal_allowed.submitted"
    deals.decide(db, new_id, "won", decided_on=date(2026, 8, 3))
    with pytest.raises(ValidationError) as caught:
        deals.reject(db, new_id, reason="late")
    assert allowed_key(caught.value) == "deal_allowed.submitted_or_approved"


@pytest.mark.parametrize(
    ("number", "key", "english"),
    [
        (
            "70000120500O2",
            "validation.corporate_chars",
            'Corporate number "70000120500O2" must contain only digits, spaces and hyphens.',
        ),
        (
            "700001205000",
            "validation.corporate_length",
            'Corporate number "700001205000" has 12 digits, not 13.',
        ),
        (
            "1000012050002",
            "validation.corporate_check_digit",
            'Corporate number "1000012050002" fails its check digit (first digit 1, expected 7).',
        ),
    ],
)
def test_a_bad_corporate_number_in_a_form_is_catalogued(
    db: Database, number: str, key: str, english: str
) -> None:
    with db.transaction() as s:
        pid = add_partner(s, "アルファ").id
    data = RegistrationData(pid, "X", "d", date(2026, 8, 1), corporate_number=number)
    with pytest.raises(ValidationError) as caught:
        deals.create_registration(db, data)
    assert (str(caught.value), caught.value.message.key, caught.value.field) == (
        english,
        key,
        "corporate_number",
    )


def test_tier_and_point_rule_refusals_are_catalogued(db: Database) -> None:
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: diagnosis.clean_levels([]), "validation.no_tiers"),
        (
            lambda: diagnosis.clean_levels([Level("Gold", 10), Level("gold", 20)]),
            "validation.tier_name_twice",
        ),
        (
            lambda: diagnosis.clean_levels([Level("Gold", 10), Level("Silver", 10)]),
            "validation.tier_floor_twice",
        ),
        (lambda: diagnosis.clean_levels([Level("Gold", -1)]), "validation.tier_min_points"),
        (
            lambda: diagnosis.clean_rules([Rule("login", 1), Rule("login", 2)]),
            "validation.two_rules",
        ),
        (lambda: diagnosis.clean_rules([Rule("login", -1)]), "validation.points"),
    ]
    for call, key in cases:
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.message.key == key
    with pytest.raises(ConflictError) as conflict:
        diagnosis.save_tier_levels(db, [Level("Gold", 10)], seen=[Level("Platinum", 99)])
    assert conflict.value.message.key == "conflict.tiers"
    assert "Nothing was saved" in str(conflict.value)


@pytest.mark.parametrize("module", ["partners", "persons"])
def test_a_conflict_can_name_every_field_of_the_form(module: str) -> None:
    from dataclasses import fields
    from importlib import import_module

    service = import_module(f"prm_core.services.{module}")
    data = service.PartnerData if module == "partners" else service.PersonData
    assert set(service.FIELD_LABELS) == {f.name for f in fields(data)}
    for label in service.FIELD_LABELS.values():
        assert isinstance(validate.label_of(label), Message), label  # catalogued


def test_a_conflict_names_a_stored_key_by_its_label() -> None:
    """Partner type and status store keys; a conflict shows the label the form shows, for
    every key there is (a key the catalogue lacks would fall back to the quoted key)."""
    from prm_core.kinds import PartnerStatus, PartnerType
    from prm_core.services.errors import ConflictError
    from prm_core.services.partners import FIELD_LABELS, VALUE_LABELS
    from prm_core.services.rows import check_version

    for field, enum in (("type", PartnerType), ("status", PartnerStatus)):
        for key in enum:
            assert f"value.{VALUE_LABELS[field]}.{key.value}" in CATALOGUE, key

    class Row:
        version = 2
        type = "agency"
        status = "suspended"

    with pytest.raises(ConflictError) as caught:
        check_version(
            Row(),
            1,
            {"type": "reseller", "status": "active"},
            "The partner",
            FIELD_LABELS,
            values=VALUE_LABELS,
        )
    assert "(Partner type: Reseller → Agency; Status: Active → Suspended)" in str(caught.value)


def test_every_refused_transition_can_be_worded() -> None:
    """Each stored status against each decision: the keys exist (they are built from the
    status names, so the key scan above cannot see them)."""
    from prm_core.deals.registrations import STATUSES
    from prm_core.services.deals import TRANSITIONS, transition_refused

    label = Message("label.the_deal_registration")
    worded = {str(transition_refused(label, s, t)) for s in STATUSES for t in TRANSITIONS}
    assert len(worded) == len(STATUSES) * len(TRANSITIONS)
    assert (
        "The deal registration is won; only a registration that is submitted or approved can "
        "become rejected."
    ) in worded
