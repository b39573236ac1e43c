"""Phase rules at their edges: 89 vs 90 days, one vs two quarters, first match wins."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.kpi import KpiParams, Phase, partners_in_phase, phase_by_partner
from prm_core.kpi.phases import phase_counts
from prm_core.orm import Partner
from tests.factories import add_event, add_partner

AS_OF = date(2026, 9, 30)


def phase_of(db: Database, events: list[tuple[str, date | datetime]]) -> Phase:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2025, 1, 1))
        for kind, when in events:
            add_event(s, p, kind, when)
    with db.reading() as s:
        return phase_by_partner(s, KpiParams.create(as_of=AS_OF))[p.id]


def days_ago(n: int) -> date:
    return AS_OF - timedelta(days=n)


def test_no_event_in_90_days_is_dormant(db: Database) -> None:
    assert phase_of(db, [("login", days_ago(90))]) is Phase.DORMANT


def test_an_event_89_days_ago_is_not_dormant(db: Database) -> None:
    assert phase_of(db, [("login", days_ago(89))]) is Phase.ONBOARDING


def test_the_first_instant_of_the_window_counts(db: Database) -> None:
    start = datetime.combine(days_ago(89), datetime.min.time())
    assert phase_of(db, [("proposal", start)]) is Phase.ONBOARDING


def test_the_last_instant_before_the_window_is_dormant(db: Database) -> None:
    start = datetime.combine(days_ago(89), datetime.min.time())
    assert phase_of(db, [("proposal", start - timedelta(seconds=1))]) is Phase.DORMANT


def test_registered_without_any_event_is_dormant(db: Database) -> None:
    assert phase_of(db, []) is Phase.DORMANT


def test_events_after_as_of_do_not_wake_a_partner(db: Database) -> None:
    assert phase_of(db, [("login", datetime(2026, 10, 1))]) is Phase.DORMANT


def test_deals_without_a_win_are_activation(db: Database) -> None:
    events = [("deal_registered", date(2026, 3, 1)), ("deal_registered", date(2026, 9, 1))]
    assert phase_of(db, events) is Phase.ACTIVATION


def test_won_but_deals_in_one_quarter_is_activation(db: Database) -> None:
    events = [
        ("deal_registered", date(2026, 7, 1)),
        ("deal_registered", datetime(2026, 9, 30, 23, 59)),
        ("deal_won", date(2026, 9, 15)),
    ]
    assert phase_of(db, events) is Phase.ACTIVATION


def test_won_and_deals_in_two_quarters_is_retention(db: Database) -> None:
    events = [
        ("deal_registered", datetime(2026, 6, 30, 23, 59)),
        ("deal_registered", date(2026, 7, 1)),
        ("deal_won", date(2026, 9, 15)),
    ]
    assert phase_of(db, events) is Phase.RETENTION


def test_same_quarter_of_different_years_are_two_quarters(db: Database) -> None:
    events = [
        ("deal_registered", date(2025, 8, 1)),
        ("deal_registered", date(2026, 8, 1)),
        ("deal_won", date(2026, 8, 2)),
    ]
    assert phase_of(db, events) is Phase.RETENTION


def test_a_deal_after_as_of_adds_no_quarter(db: Database) -> None:
    events = [
        ("deal_registered", date(2026, 9, 1)),
        ("deal_registered", date(2026, 10, 1)),
        ("deal_won", date(2026, 9, 15)),
    ]
    assert phase_of(db, events) is Phase.ACTIVATION


def test_a_win_after_as_of_does_not_count(db: Database) -> None:
    events = [
        ("deal_registered", date(2026, 3, 1)),
        ("deal_registered", date(2026, 9, 1)),
        ("deal_won", date(2026, 10, 15)),
    ]
    assert phase_of(db, events) is Phase.ACTIVATION


def test_dormant_wins_over_retention(db: Database) -> None:
    events = [
        ("deal_registered", date(2025, 3, 1)),
        ("deal_registered", date(2025, 5, 1)),
        ("deal_won", days_ago(90)),
    ]
    assert phase_of(db, events) is Phase.DORMANT


def _mixed(s: Session) -> dict[str, Partner]:
    made = {
        "dormant": add_partner(s, "d", contract_date=date(2025, 1, 1)),
        "onboarding": add_partner(s, "o", contract_date=date(2025, 1, 1)),
        "activation": add_partner(s, "a", contract_date=date(2025, 1, 1)),
        "retention": add_partner(s, "r", contract_date=date(2025, 1, 1)),
    }
    add_event(s, made["onboarding"], "login", days_ago(1))
    add_event(s, made["activation"], "deal_registered", days_ago(1))
    add_event(s, made["retention"], "deal_registered", date(2026, 1, 5))
    add_event(s, made["retention"], "deal_registered", days_ago(3))
    add_event(s, made["retention"], "deal_won", days_ago(2))
    gone = add_partner(s, "gone", contract_date=date(2025, 1, 1), status="terminated")
    add_event(s, gone, "login", days_ago(1))
    add_partner(s, "future", contract_date=date(2026, 10, 1))
    return made


@pytest.mark.parametrize("phase", list(Phase))
def test_partners_in_phase(db: Database, phase: Phase) -> None:
    with db.transaction() as s:
        made = _mixed(s)
    with db.reading() as s:
        params = KpiParams.create(as_of=AS_OF)
        assert partners_in_phase(s, params, phase) == [made[phase.value].id]
        assert phase_counts(s, params).as_dict() == {
            "onboarding": 1,
            "activation": 1,
            "retention": 1,
            "dormant": 1,
        }
