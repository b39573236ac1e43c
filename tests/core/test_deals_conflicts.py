"""Channel conflicts to the letter of domain.md, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from prm_core.database import Database
from prm_core.deals import conflicts
from prm_core.deals.conflicts import find_conflicts, find_duplicates, match
from prm_core.deals.registrations import RegistrationRow
from prm_core.orm import ConflictResolution
from prm_core.services import deals
from prm_core.services.errors import ValidationError
from tests.deals_support import add_registration
from tests.factories import add_partner

D = date(2026, 8, 1)
AS_OF = D + timedelta(days=10)
NUMBER = "7000012050002"
OTHER_NUMBER = "1180301018771"


def _partners(db: Database, *names: str) -> list[int]:
    with db.transaction() as s:
        return [add_partner(s, n).id for n in names]


def _registrations(group: dict[str, object]) -> list[dict[str, object]]:
    return cast(list[dict[str, object]], group["registrations"])


def _conflicts(db: Database, as_of: date = AS_OF) -> list[dict[str, object]]:
    with db.reading() as s:
        return [g.to_json() for g in find_conflicts(s, as_of)]


def _add(db: Database, partner_id: int, customer: str, day: date, **fields: object) -> int:
    from prm_core.orm import Partner

    with db.transaction() as s:
        partner = s.get(Partner, partner_id)
        assert partner is not None
        return add_registration(s, partner, customer, day, **fields).id  # type: ignore[arg-type]


def test_two_partners_claiming_one_customer_by_name(db: Database) -> None:
    a, b = _partners(db, "アルファ販売", "ベータ商会")
    _add(db, b, "ｱﾙﾌｧ(株)", D + timedelta(days=2), deal="基幹刷新B", status="approved")
    _add(db, a, "株式会社アルファ", D, deal="基幹刷新A")
    assert _conflicts(db) == [
        {
            "customer": "株式会社アルファ",
            "matched_on": "name",
            "registrations": [
                {
                    "partner": "アルファ販売",
                    "deal": "基幹刷新A",
                    "registered_at": "2026-08-01",
                    "status": "submitted",
                },
                {
                    "partner": "ベータ商会",
                    "deal": "基幹刷新B",
                    "registered_at": "2026-08-03",
                    "status": "approved",
                },
            ],
        }
    ]


def test_different_customers_do_not_conflict(db: Database) -> None:
    a, b = _partners(db, "A", "B")
    _add(db, a, "株式会社アルファ", D)
    _add(db, b, "アルファ商事", D)
    assert _conflicts(db) == []


def test_corporate_number_match_whatever_the_names(db: Database) -> None:
    a, b = _partners(db, "A", "B")
    _add(db, a, "Omega Co., Ltd.", D, corporate_number=NUMBER)
    _add(db, b, "オメガ株式会社", D, corporate_number=NUMBER)
    groups = _conflicts(db)
    assert [g["matched_on"] for g in groups] == ["corporate_number"]


def test_different_numbers_never_match_even_with_one_name(db: Database) -> None:
    a, b = _partners(db, "A", "B")
    _add(db, a, "株式会社アルファ", D, corporate_number=NUMBER)
    _add(db, b, "株式会社アルファ", D, corporate_number=OTHER_NUMBER)
    assert _conflicts(db) == []


def test_name_decides_when_only_one_claim_carries_a_number(db: Database) -> None:
    a, b = _partners(db, "A", "B")
    _add(db, a, "株式会社アルファ", D, corporate_number=NUMBER)
    _add(db, b, "アルファ株式会社", D)
    assert [g["matched_on"] for g in _conflicts(db)] == ["name"]


def test_linked_conflicts_form_one_group_and_matched_on_needs_every_link(db: Database) -> None:
    a, b, c = _partners(db, "A", "B", "C")
    # A and B by number (names differ), B and C by name (C has no number): one group.
    _add(db, c, "ベータ", D + timedelta(days=2))
    _add(db, a, "Beta Inc.", D, corporate_number=NUMBER)
    _add(db, b, "株式会社ベータ", D + timedelta(days=1), corporate_number=NUMBER)
    groups = _conflicts(db)
    assert len(groups) == 1
    group = groups[0]
    assert group["customer"] == "Beta Inc."
    assert group["matched_on"] == "name"
    assert [r["partner"] for r in _registrations(group)] == ["A", "B", "C"]


def test_groups_are_listed_first_registered_first(db: Database) -> None:
    a, b = _partners(db, "A", "B")
    _add(db, a, "Later", D + timedelta(days=3))
    _add(db, b, "Later", D + timedelta(days=4))
    _add(db, b, "Earlier", D + timedelta(days=1))
    _add(db, a, "Earlier", D + timedelta(days=2))
    assert [g["customer"] for g in _conflicts(db)] == ["Earlier", "Later"]


@pytest.mark.parametrize("status", ["won", "lost", "rejected"])
def test_closed_registrations_never_conflict(db: Database, status: str) -> None:
    a, b = _partners(db, "A", "B")
    _add(db, a, "株式会社アルファ", D, status=status)
    _add(db, b, "株式会社アルファ", D)
    assert _conflicts(db) == []


def test_an_expired_registration_never_conflicts(db: Database) -> None:
    a, b = _partners(db, "A", "B")
    _add(db, a, "X", D, expires_on=AS_OF, status="approved")
    _add(db, b, "X", D)
    assert len(_conflicts(db, AS_OF)) == 1  # the expiry day is still open
    assert _conflicts(db, AS_OF + timedelta(days=1)) == []


def test_a_future_registration_is_ignored_as_of_an_earlier_date(db: Database) -> None:
    a, b = _partners(db, "A", "B")
    _add(db, a, "X", D)
    _add(db, b, "X", AS_OF + timedelta(days=1))
    assert _conflicts(db, AS_OF) == []
    assert len(_conflicts(db, AS_OF + timedelta(days=1))) == 1


def test_the_same_partner_twice_is_a_duplicate_not_a_conflict(db: Database) -> None:
    (a,) = _partners(db, "A")
    first = _add(db, a, "株式会社アルファ", D)
    second = _add(db, a, "㈱アルファ", D + timedelta(days=1))
    assert _conflicts(db) == []
    with db.reading() as s:
        dupes = find_duplicates(s, AS_OF)
    assert [[c.id for c in g.claims] for g in dupes] == [[first, second]]
    with pytest.raises(ValidationError, match="duplicate"):
        deals.resolve_conflict(db, first, second, "keep_first", reason="x")


def test_a_duplicate_inside_a_conflict_stays_in_its_group(db: Database) -> None:
    a, b = _partners(db, "A", "B")
    _add(db, a, "X", D)
    _add(db, a, "X", D + timedelta(days=1))
    _add(db, b, "X", D + timedelta(days=2))
    groups = _conflicts(db)
    assert [[r["partner"] for r in _registrations(g)] for g in groups] == [["A", "A", "B"]]


def test_resolved_conflicts_stay_silent(db: Database) -> None:
    a, b, c = _partners(db, "A", "B", "C")
    first = _add(db, a, "X", D)
    second = _add(db, b, "X", D + timedelta(days=1))
    deals.resolve_conflict(
        db, second, first, "keep_second", reason="A registered first", decided_on=AS_OF
    )
    with db.reading() as s:
        stored = s.query(ConflictResolution).one()
        # Stored in id order; "keep the second given" (first) becomes keep_first.
        assert (stored.first_id, stored.second_id, stored.resolution) == (
            first,
            second,
            "keep_first",
        )
    for day in (AS_OF, AS_OF + timedelta(days=30)):
        assert _conflicts(db, day) == []
    # A third partner claiming the customer conflicts with both again (new pairs).
    _add(db, c, "X", D + timedelta(days=2))
    groups = _conflicts(db)
    assert [[r["partner"] for r in _registrations(g)] for g in groups] == [["A", "B", "C"]]
    with pytest.raises(ValidationError, match="already"):
        deals.resolve_conflict(db, first, second, "both_legitimate", reason="again")
    deals.unresolve_conflict(db, first, second)
    assert len(_conflicts(db)) == 1


def test_resolve_needs_a_reason_and_a_known_resolution(db: Database) -> None:
    a, b = _partners(db, "A", "B")
    first = _add(db, a, "X", D)
    second = _add(db, b, "X", D)
    with pytest.raises(ValidationError):
        deals.resolve_conflict(db, first, second, "keep_first", reason=" ")
    with pytest.raises(ValidationError):
        deals.resolve_conflict(db, first, second, "keep_both", reason="x")
    assert len(_conflicts(db)) == 1


def test_detection_is_a_bounded_number_of_queries(db: Database) -> None:
    """Grouped SQL, not one query per registration: the statement count stays flat."""
    partners = _partners(db, *[f"P{i}" for i in range(20)])
    for i, pid in enumerate(partners):
        for j in range(5):
            _add(db, pid, f"customer {(i + j) % 15}", D + timedelta(days=j))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        groups = _conflicts(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert groups
    assert len(statements) <= 3
    assert "GROUP BY" in statements[0].upper()


# --- the grouping, against a pair-by-pair reference -------------------------------------

claim_specs = st.lists(
    st.tuples(
        st.integers(1, 4),  # partner
        st.sampled_from(["alpha", "beta", "gamma"]),  # customer key
        st.sampled_from([None, None, NUMBER, OTHER_NUMBER]),  # corporate number
    ),
    min_size=2,
    max_size=14,
)


def _row(claim_id: int, partner: int, number: str | None) -> RegistrationRow:
    day = D + timedelta(days=claim_id % 5)
    return RegistrationRow(
        claim_id, partner, f"P{partner}", None, None, None, f"c{claim_id}", number, "d", None,
        day, day + timedelta(days=90), "submitted", "submitted", None, "", "manual", None,
        None, 1,
    )  # fmt: skip


def _reference(
    specs: list[tuple[int, str, str | None]], resolved: set[tuple[int, int]]
) -> set[tuple[frozenset[int], str]]:
    parent = {i: i for i in range(len(specs))}
    named: set[int] = set()
    links: list[tuple[int, int, str]] = []
    for i, j in combinations(range(len(specs)), 2):
        (pa, ka, na), (pb, kb, nb) = specs[i], specs[j]
        how = match(na, ka, nb, kb)
        if pa != pb and how and (i, j) not in resolved:
            links.append((i, j, how))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, j, _ in links:
        parent[find(j)] = find(i)
    for i, _, how in links:
        if how == "name":
            named.add(find(i))
    comps: dict[int, set[int]] = {}
    for i, j, _ in links:
        comps.setdefault(find(i), set()).update((i, j))
    return {
        (frozenset(m), "name" if root in named else "corporate_number") for root, m in comps.items()
    }


@settings(max_examples=50, deadline=None)
@given(claim_specs, st.sets(st.tuples(st.integers(0, 13), st.integers(0, 13)), max_size=3))
def test_linear_linking_finds_the_pairwise_groups(
    specs: list[tuple[int, str, str | None]], raw_resolved: set[tuple[int, int]]
) -> None:
    resolved = {(a, b) for a, b in raw_resolved if a < b < len(specs)}
    claims = [
        conflicts._Claim(_row(i, partner, number), key)
        for i, (partner, key, number) in enumerate(specs)
    ]
    expected = _reference(specs, resolved)
    for bucket in (0, 40):  # every bucket by structure, then every bucket pair by pair
        original = conflicts._PAIRWISE_BUCKET
        conflicts._PAIRWISE_BUCKET = bucket
        try:
            groups = conflicts._groups(list(claims), resolved, same_partner=False)
        finally:
            conflicts._PAIRWISE_BUCKET = original
        found = {(frozenset(c.id for c in g.claims), g.matched_on) for g in groups}
        assert found == expected
        for g in groups:
            assert {(lk.first_id, lk.second_id) for lk in g.links()} <= {
                (a, b) for a, b in combinations(sorted(c.id for c in g.claims), 2)
            }
            assert g.links()
