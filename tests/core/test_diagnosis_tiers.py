"""Points and tiers: the default rules, the 365-day window, tier boundaries, next-tier gaps
and hints, rule and ladder changes recomputing every tier, and ``prm tiers``."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prm_core.database import Database, open_database
from prm_core.diagnosis.tiers import (
    Level,
    Rule,
    compute_tiers,
    hint_for,
    load_levels,
    load_rules,
    place,
    tier_of,
)
from prm_core.orm import Event, Partner
from prm_core.services.diagnosis import save_point_rules, save_tier_levels
from prm_core.services.errors import ConflictError, ValidationError
from tests.core.test_diagnosis_support import AS_OF, days_ago, run_cli
from tests.factories import add_event, add_partner

LADDER = [Level("Bronze", 0), Level("Silver", 100), Level("Gold", 300), Level("Platinum", 600)]


def with_events(s: Session, name: str, *events: tuple[str, int, int | None]) -> Partner:
    """A partner registered long ago with (kind, days before as_of, amount) events."""
    p = add_partner(s, name, contract_date=date(2024, 1, 1))
    for kind, ago, amount in events:
        add_event(s, p, kind, days_ago(ago), amount=amount)
    return p


def trainings(n: int, ago: int = 10) -> list[tuple[str, int, int | None]]:
    return [("training_completed", ago, None)] * n


def test_the_default_rules_and_ladder_are_seeded(db: Database) -> None:
    with db.reading() as s:
        assert load_rules(s) == [
            Rule("training_completed", 10.0, None),
            Rule("deal_registered", 5.0, None),
            Rule("deal_won", 20.0, 100_000),
        ]
        assert load_levels(s) == LADDER


def test_points_from_the_default_rules(db: Database) -> None:
    with db.transaction() as s:
        with_events(
            s,
            "mixed",
            ("training_completed", 1, None),
            ("deal_registered", 2, None),
            ("deal_won", 3, 250_000),  # 20 + 2 full ¥100,000
            ("deal_won", 4, 99_999),  # 20 + 0
            ("deal_won", 5, None),  # 20
            ("login", 6, None),  # no rule
        )
    with db.reading() as s:
        (t,) = compute_tiers(s, AS_OF)
    assert t.points == 10 + 5 + 22 + 20 + 20
    lines = {line.kind: line for line in t.lines}
    assert (lines["deal_won"].events, lines["deal_won"].amount_points) == (3, 2)
    assert lines["deal_won"].points == 62


def test_points_count_the_365_days_ending_at_as_of(db: Database) -> None:
    with db.transaction() as s:
        with_events(s, "edges", *trainings(1, 364), *trainings(1, 365), *trainings(1, 0))
        p = with_events(s, "later", *trainings(1, 10))
        add_event(s, p, "training_completed", AS_OF + timedelta(days=1))
    with db.reading() as s:
        found = {t.partner: t.points for t in compute_tiers(s, AS_OF)}
    assert found == {"edges": 20, "later": 10}


@pytest.mark.parametrize(
    ("points", "tier", "next_tier", "missing"),
    [
        (0, "Bronze", "Silver", 100),
        (99, "Bronze", "Silver", 1),
        (100, "Silver", "Gold", 200),
        (299, "Silver", "Gold", 1),
        (300, "Gold", "Platinum", 300),
        (599, "Gold", "Platinum", 1),
        (600, "Platinum", None, None),
        (5000, "Platinum", None, None),
    ],
)
def test_tier_boundaries_and_next_tier_gaps(
    points: int, tier: str, next_tier: str | None, missing: int | None
) -> None:
    assert place(points, LADDER) == (tier, next_tier, missing)


def test_below_the_lowest_rung_there_is_no_tier_yet() -> None:
    assert place(40, [Level("Silver", 50), Level("Gold", 300)]) == (None, "Silver", 10)


def test_tiers_at_the_boundaries_from_events(db: Database) -> None:
    with db.transaction() as s:
        # 25 trainings (250) + 5 deals registered (25) + a won deal of ¥400,000 (20 + 4).
        deals = [("deal_registered", 5, None)] * 5
        with_events(s, "299", *trainings(25), *deals, ("deal_won", 9, 400_000))
        with_events(s, "300", *trainings(30))
    with db.reading() as s:
        found = {t.partner: t for t in compute_tiers(s, AS_OF)}
    assert (found["299"].points, found["299"].tier, found["299"].points_to_next) == (
        299,
        "Silver",
        1,
    )
    assert (found["300"].tier, found["300"].next_tier, found["300"].points_to_next) == (
        "Gold",
        "Platinum",
        300,
    )
    assert found["300"].to_json() == {
        "partner": "300",
        "points": 300,
        "tier": "Gold",
        "next_tier": "Platinum",
        "points_to_next": 300,
    }


def test_the_hint_names_what_closes_the_gap(db: Database) -> None:
    with db.transaction() as s:
        # 130 (trainings) + 5 (a deal registered) + 123 (4 won deals: 80 + 43 amount points)
        # = 258 points, 42 to Gold; the won deals average ¥1,075,000, so 30 points each.
        with_events(
            s,
            "almost gold",
            *trainings(13),
            ("deal_registered", 3, None),
            ("deal_won", 4, 1_000_000),
            ("deal_won", 4, 1_000_000),
            ("deal_won", 4, 1_000_000),
            ("deal_won", 4, 1_300_000),
        )
    with db.reading() as s:
        t = tier_of(s, s.scalar(select(Partner.id)), AS_OF)  # type: ignore[arg-type]
    assert t is not None and t.points == 258
    assert t.hint is not None
    assert t.hint.text == "42 points to Gold: e.g. 2 deals won or 5 trainings"


def test_the_hint_without_won_deals_uses_the_programme_average() -> None:
    rules = [Rule("training_completed", 10), Rule("deal_won", 20, 100_000)]
    hint = hint_for("Silver", 100, rules, {"deal_won": 450_000})
    assert (
        hint is not None and hint.text == "100 points to Silver: e.g. 5 deals won or 10 trainings"
    )
    assert hint_for(None, None, rules, {}) is None
    assert hint_for("Gold", 1, [], {}) is not None
    assert hint_for("Gold", 1, [], {}).text == "1 points to Gold"  # type: ignore[union-attr]


def test_changing_rules_recomputes_tiers_and_never_edits_history(db: Database) -> None:
    with db.transaction() as s:
        p = with_events(s, "trainer", *trainings(12))
    with db.reading() as s:
        before = tier_of(s, p.id, AS_OF)
        events_before = s.scalar(select(func.count()).select_from(Event))
    assert before is not None and (before.points, before.tier) == (120, "Silver")
    with db.reading() as s:
        seen = load_rules(s)
    save_point_rules(db, [Rule("training_completed", 50), Rule("deal_won", 20, 100_000)], seen=seen)
    with db.reading() as s:
        after = tier_of(s, p.id, AS_OF)
        assert s.scalar(select(func.count()).select_from(Event)) == events_before
        assert s.get(Partner, p.id).tier is None  # type: ignore[union-attr]
    assert after is not None and (after.points, after.tier) == (600, "Platinum")
    # An editor that started from the old rules is refused, nothing is saved.
    with pytest.raises(ConflictError):
        save_point_rules(db, [Rule("training_completed", 1)], seen=seen)
    save_tier_levels(db, [Level("Member", 0), Level("Star", 1000)])
    with db.reading() as s:
        star = tier_of(s, p.id, AS_OF)
    assert star is not None and (star.tier, star.next_tier, star.points_to_next) == (
        "Member",
        "Star",
        400,
    )


@pytest.mark.parametrize(
    "rules",
    [
        [Rule("meeting", 5)],
        [Rule("login", -1)],
        [Rule("login", float("nan"))],
        [Rule("deal_won", 20, 0)],
        [Rule("login", 1), Rule("login", 2)],
    ],
)
def test_bad_rules_are_refused(db: Database, rules: list[Rule]) -> None:
    with pytest.raises(ValidationError):
        save_point_rules(db, rules)
    with db.reading() as s:
        assert len(load_rules(s)) == 3


@pytest.mark.parametrize(
    "levels",
    [
        [],
        [Level("", 0)],
        [Level("Gold", 0), Level("gold", 10)],
        [Level("A", 0), Level("B", 0)],
        [Level("A", -1)],
    ],
)
def test_bad_ladders_are_refused(db: Database, levels: list[Level]) -> None:
    with pytest.raises(ValidationError):
        save_tier_levels(db, levels)


def test_only_registered_partners_have_a_tier(db: Database) -> None:
    with db.transaction() as s:
        with_events(s, "active", *trainings(1))
        gone = with_events(s, "terminated", *trainings(50))
        gone.status = "terminated"
        add_partner(s, "future", contract_date=AS_OF + timedelta(days=3))
    with db.reading() as s:
        assert [t.partner for t in compute_tiers(s, AS_OF)] == ["active"]


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = tmp_path / "tiers.db"
    db = open_database(path)
    with db.transaction() as s:
        with_events(s, "株式会社ゴールド", *trainings(34))
        with_events(s, "プラチナ", *trainings(70))
        with_events(s, "新規", ("login", 1, None))
    db.close()
    return str(path)


def test_cli_prints_the_issue_shape(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(
        capsys, "--db", db_path, "tiers", "--as-of", AS_OF.isoformat(), "--format", "json"
    )
    assert code == 0, err
    assert json.loads(out) == [
        {"partner": "プラチナ", "points": 700, "tier": "Platinum", "next_tier": None,
         "points_to_next": None},
        {"partner": "株式会社ゴールド", "points": 340, "tier": "Gold", "next_tier": "Platinum",
         "points_to_next": 260},
        {"partner": "新規", "points": 0, "tier": "Bronze", "next_tier": "Silver",
         "points_to_next": 100},
    ]  # fmt: skip
    code, out, _ = run_cli(capsys, "--db", db_path, "tiers", "--as-of", AS_OF.isoformat())
    assert code == 0 and "260 points to Platinum" in out
    code, _, _ = run_cli(capsys, "--db", db_path, "tiers", "--as-of", "tomorrow")
    assert code == 2


def test_as_of_defaults_to_today(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "today", contract_date=date(2024, 1, 1))
        add_event(s, p, "training_completed", date.today())
    with db.reading() as s:
        assert [t.points for t in compute_tiers(s)] == [10]
