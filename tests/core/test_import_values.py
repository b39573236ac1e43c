"""Cell parsers: dates, amounts, kinds and flags as managers' files write them."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prm_core.importing.values import (
    EVENT_KINDS,
    CellError,
    Vocabulary,
    cell_text,
    name_key,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_external_id,
    parse_flag,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-04-01", datetime(2026, 4, 1)),
        ("2026-04-01T09:30", datetime(2026, 4, 1, 9, 30)),
        ("2026-04-01 09:30:15", datetime(2026, 4, 1, 9, 30, 15)),
        ("2026-04-01T09:30:15.250", datetime(2026, 4, 1, 9, 30, 15, 250000)),
        ("2026/04/01", datetime(2026, 4, 1)),
        ("2026/4/1", datetime(2026, 4, 1)),
        ("2028/2/29", datetime(2028, 2, 29)),  # a leap day
        ("2026/04/01 9:30", datetime(2026, 4, 1, 9, 30)),
        ("2026/04/01 09:30:05", datetime(2026, 4, 1, 9, 30, 5)),
        ("2026年4月1日", datetime(2026, 4, 1)),
        ("2026年4月1日 9時30分", datetime(2026, 4, 1, 9, 30)),
        ("２０２６/０４/０１", datetime(2026, 4, 1)),
        ("  2026-04-01  ", datetime(2026, 4, 1)),
        (datetime(2026, 4, 1, 9, 30), datetime(2026, 4, 1, 9, 30)),  # calamine date-time cell
        (date(2026, 4, 1), datetime(2026, 4, 1)),  # calamine date cell
        (46113.0, datetime(2026, 4, 1)),  # a serial number in a General cell
        (46113.375, datetime(2026, 4, 1, 9, 0)),
        (46113.3958333333, datetime(2026, 4, 1, 9, 30)),  # not 9:29:59
        (46113.99999999, datetime(2026, 4, 2)),  # rounds up into the next day
    ],
)
def test_dates(raw: object, expected: datetime) -> None:
    assert parse_datetime(raw) == expected  # type: ignore[arg-type]


def test_offsets_become_local_naive_time() -> None:
    parsed = parse_datetime("2026-04-01T09:30:00+09:00")
    expected = datetime.fromisoformat("2026-04-01T09:30:00+09:00").astimezone()
    assert parsed == expected.replace(tzinfo=None)
    assert parsed.tzinfo is None


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("2026/13/01", 'unparseable date "2026/13/01"'),
        ("2026/02/30", 'no such day "2026/02/30": month 2 of 2026 has 28 days'),
        ("2026/02/29 9:30", 'no such day "2026/02/29 9:30": month 2 of 2026 has 28 days'),
        ("2026/02/32", 'unparseable date "2026/02/32"'),
        ("yesterday", 'unparseable date "yesterday"'),
        ("0202-04-01", 'date out of range "0202-04-01"'),
        # an offset at the ends of the calendar used to overflow while being converted
        ("0001-01-01T00:00:00+09:00", 'date out of range "0001-01-01T00:00:00+09:00"'),
        ("9999-12-31T23:59:00-09:00", 'date out of range "9999-12-31T23:59:00-09:00"'),
        ("", "missing value"),
        ("   ", "missing value"),
        (time(9, 30), 'unparseable date "09:30:00"'),
        (True, 'unparseable date "TRUE"'),
        (-3.0, 'unparseable date "-3"'),
    ],
)
def test_bad_dates(raw: object, message: str) -> None:
    with pytest.raises(CellError) as exc:
        parse_datetime(raw)  # type: ignore[arg-type]
    assert str(exc.value) == message


def test_parse_date_requires_midnight() -> None:
    assert parse_date("2026/04/01") == date(2026, 4, 1)
    assert parse_date("") is None
    with pytest.raises(CellError, match="without a time"):
        parse_date("2026-04-01 09:30")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1200000", 1_200_000),
        ("1,200,000", 1_200_000),
        ("¥1,200,000", 1_200_000),
        ("￥1,200,000", 1_200_000),
        ("￥１，２００，０００", 1_200_000),
        ("1,200,000円", 1_200_000),
        ("¥ 1200000", 1_200_000),
        ("1200000.00", 1_200_000),
        ("0", 0),
        ("", None),
        ("  ", None),
        (1_200_000.0, 1_200_000),  # calamine gives numbers as floats
        (200_000 * 1.1, 220_000),  # =E2*1.1 in Excel: 220000.00000000003, shown as ¥220,000
        (1_000_000 / 3 * 3, 1_000_000),
        (1_200_000, 1_200_000),
    ],
)
def test_amounts(raw: object, expected: int | None) -> None:
    assert parse_amount(raw) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("-5000", 'negative amount "-5000"'),
        ("¥-5,000", 'negative amount "¥-5,000"'),
        ("△5,000", 'negative amount "△5,000"'),
        ("(5,000)", 'negative amount "(5,000)"'),
        (-5000.0, 'negative amount "-5000"'),
        ("12.5", 'amount must be whole yen "12.5"'),
        (12.5, 'amount must be whole yen "12.5"'),
        (220_000.4, 'amount must be whole yen "220000.4"'),  # a real fraction stays refused
        ("1,00", 'unparseable amount "1,00"'),
        ("abc", 'unparseable amount "abc"'),
        ("1_000", 'unparseable amount "1_000"'),
        ("99999999999999999999", 'amount too large "99999999999999999999"'),
        (float("nan"), 'unparseable amount "nan"'),
        (True, 'unparseable amount "TRUE"'),
    ],
)
def test_bad_amounts(raw: object, message: str) -> None:
    with pytest.raises(CellError) as exc:
        parse_amount(raw)  # type: ignore[arg-type]
    assert str(exc.value) == message


def test_thousands_of_digits_are_a_row_error_not_a_crash() -> None:
    """int() refuses more than 4,300 digits (leading zeros count): such a cell used to end
    the import with a ValueError traceback instead of a row error."""
    for raw in ("9" * 5000, "1" + "0" * 5000, "¥" + "0" * 5000 + "1,000"):
        with pytest.raises(CellError) as exc:
            parse_amount(raw)
        assert exc.value.reason in {"amount_too_large", "unparseable_amount"}, raw[:20]
    assert parse_amount("0" * 5000 + "12") == 12  # zeros in front change nothing
    assert parse_amount("-" + "0" * 5000) == 0  # minus zero is zero, not negative


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("login", "login"),
        ("ログイン", "login"),
        ("資料DL", "material_download"),
        ("資料ＤＬ", "material_download"),
        (" deal_won ", "deal_won"),
        ("DEAL_WON", "deal_won"),
        ("受注", "deal_won"),
        ("PRM登録", "registered"),
        ("案件登録", "deal_registered"),
    ],
)
def test_kinds_by_key_or_japanese_label(raw: str, key: str) -> None:
    assert Vocabulary(EVENT_KINDS, "kind")(raw) == key


def test_unknown_kind_message() -> None:
    with pytest.raises(CellError) as exc:
        Vocabulary(EVENT_KINDS, "kind")("資料ダウンロード")
    assert str(exc.value) == 'unknown kind "資料ダウンロード"'


def test_flags_and_text() -> None:
    assert [parse_flag(v) for v in ("〇", "◯", "✕", "✖")] == [True, True, False, False]
    assert [parse_flag(v) for v in ("○", "はい", "TRUE", 1.0, True, "", "×", "0")] == [
        True,
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    with pytest.raises(CellError):
        parse_flag("maybe")
    assert cell_text(12.0) == "12"
    assert cell_text(datetime(2026, 4, 1)) == "2026-04-01"
    assert parse_external_id(1234.0) == "1234"
    assert parse_external_id(" A-1 ") == "A-1"
    with pytest.raises(CellError, match="NUL"):
        parse_external_id("a\x00b")
    with pytest.raises(CellError, match="too long"):
        parse_external_id("x" * 201)
    assert name_key("ＡＣＭＥ　 Corp") == name_key("acme corp")


cells = st.one_of(
    st.text(max_size=30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.booleans(),
    st.datetimes(),
    st.dates(),
    st.times(),
    st.none(),
)


@settings(max_examples=300, deadline=None)
@given(cells)
def test_parsers_fail_only_with_cell_errors(value: object) -> None:
    for parse in (parse_datetime, parse_amount, parse_flag, parse_external_id, parse_date):
        try:
            parse(cast(Any, value))
        except CellError as exc:
            assert str(exc)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_amount_formats_round_trip(amount: int) -> None:
    grouped = f"{amount:,}"
    for text in (str(amount), grouped, f"¥{grouped}", f"￥{amount}", f"{grouped}円"):
        assert parse_amount(text) == amount
