"""Corporate numbers (法人番号): the check digit of domain.md and the accepted spellings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prm_core.deals.corporate_number import (
    CorporateNumberError,
    check_digit,
    clean_corporate_number,
    is_valid,
    optional_corporate_number,
)

VALID = [
    "7000012050002",  # domain.md's example (国税庁)
    "1180301018771",  # published numbers of listed companies
    "4010401022860",
    "5010001008846",
    "1010001000006",
]


@pytest.mark.parametrize("number", VALID)
def test_valid_numbers(number: str) -> None:
    assert is_valid(number)
    assert clean_corporate_number(number) == number


def test_domain_examples() -> None:
    assert is_valid("7000012050002")
    assert not is_valid("1000012050002")
    assert check_digit("000012050002") == 7


def test_check_digit_by_hand() -> None:
    # 12 digits 000012050002, from the right: 2·1 + 0·2 + 0·1 + 0·2 + 5·1 + 0·2 + 2·1 + 1·2 = 11;
    # 9 − (11 mod 9) = 7.
    assert check_digit("000012050002") == 9 - (11 % 9)
    # A sum divisible by 9 gives 9, never 0.
    assert check_digit("000000000000") == 9


@pytest.mark.parametrize(
    "spelling",
    [
        "７０００ ０１２０ ５０００２",
        "7000-0120-50002",
        "７０００－０１２０－５０００２",
        " 7000012050002 ",
        "7000\u30000120\u300050002",
        "7000ー0120ー50002",
    ],
)
def test_full_width_digits_spaces_and_hyphens_are_removed(spelling: str) -> None:
    assert clean_corporate_number(spelling) == "7000012050002"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("1000012050002", "check digit"),
        ("8000012050002", "check digit"),
        ("700001205000", "12 digits"),
        ("70000120500021", "14 digits"),
        ("7000O12050002", "only digits"),
        ("T7000012050002", "only digits"),
    ],
)
def test_invalid_numbers_say_why(raw: str, reason: str) -> None:
    assert not is_valid(raw)
    with pytest.raises(CorporateNumberError, match=reason):
        clean_corporate_number(raw)


def test_empty_is_none() -> None:
    assert optional_corporate_number(None) is None
    assert optional_corporate_number("  ") is None
    assert optional_corporate_number(" - ") is None
    assert optional_corporate_number("7000012050002") == "7000012050002"


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(1, 8))
def test_exactly_one_leading_digit_is_valid(body: str, shift: int) -> None:
    good = str(check_digit(body))
    assert is_valid(good + body)
    wrong = str((int(good) - 1 + shift) % 9 + 1)  # another digit 1–9
    assert not is_valid(wrong + body)
    assert not is_valid("0" + body)
