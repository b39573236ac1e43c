"""Retention: the 90-day window at its edges, monthly cohorts, the rate over time."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from prm_core.database import Database
from prm_core.kpi import (
    KpiParams,
    Level,
    partners_in_cohort,
    partners_retained,
    retention_over_time,
)
from prm_core.kpi.retention import retention
from tests.factories import add_event, add_partner, add_person

AS_OF = date(2026, 9, 30)


def test_window_is_as_of_minus_89_days_through_as_of(db: Database) -> None:
    first_day = AS_OF - timedelta(days=89)  # 2026-07-03
    with db.transaction() as s:
        inside = add_partner(s, "inside", contract_date=date(2026, 1, 1))
        add_event(s, inside, "login", datetime.combine(first_day, datetime.min.time()))
        outside = add_partner(s, "outside", contract_date=date(2026, 1, 1))
        add_event(s, outside, "login", datetime(2026, 7, 2, 23, 59, 59))
        last = add_partner(s, "last second", contract_date=date(2026, 1, 1))
        add_event(s, last, "login", datetime(2026, 9, 30, 23, 59, 59))
        after = add_partner(s, "after", contract_date=date(2026, 1, 1))
        add_event(s, after, "login", datetime(2026, 10, 1))
        other = add_partner(s, "other kinds", contract_date=date(2026, 1, 1))
        add_event(s, other, "material_download", date(2026, 9, 1))
    params = KpiParams.create(as_of=AS_OF)
    with db.reading() as s:
        ret = retention(s, params)
        retained = partners_retained(s, params)
        lapsed = partners_retained(s, params, retained=False)
    assert (ret.registered, ret.active, ret.rate, ret.window_days) == (5, 2, 0.4, 90)
    assert retained == [inside.id, last.id]
    assert lapsed == [after.id, other.id, outside.id]


def test_cohorts_by_registration_month(db: Database) -> None:
    with db.transaction() as s:
        # Cohort 2025-09: three partners, k runs 0 … 12 (2025-09 … 2026-09).
        old = [add_partner(s, f"old{i}", contract_date=date(2025, 9, 10 + i)) for i in range(3)]
        add_event(s, old[0], "login", date(2025, 9, 20))  # k = 0
        add_event(s, old[0], "login", date(2025, 12, 1))  # k = 3
        add_event(s, old[1], "login", date(2025, 12, 31))  # k = 3
        add_event(s, old[1], "login", date(2026, 3, 5))  # k = 6
        add_event(s, old[2], "login", date(2026, 9, 30))  # k = 12
        add_event(s, old[2], "login", date(2026, 9, 30))  # twice in a month: still one
        # Cohort 2026-07 (by registered event; contract later): k = 0 … 2 only.
        young = add_partner(s, "young", contract_date=date(2026, 12, 1))
        add_event(s, young, "registered", date(2026, 7, 31))
        add_event(s, young, "login", date(2026, 8, 1))  # k = 1
        add_event(s, young, "login", datetime(2026, 10, 1))  # after as_of: k = 3 not shown
        # Registered before the cohort grid's 12 months: only k ≤ 12 counts.
        ancient = add_partner(s, "ancient", contract_date=date(2020, 1, 1))
        add_event(s, ancient, "login", date(2021, 1, 5))  # k = 12
        add_event(s, ancient, "login", date(2021, 2, 5))  # k = 13: beyond the grid
    with db.reading() as s:
        cohorts = retention(s, KpiParams.create(as_of=AS_OF)).cohorts
    by_month = {c.month: c for c in cohorts}
    assert list(by_month) == ["2020-01", "2025-09", "2026-07"]
    assert by_month["2020-01"].active_counts == [0] * 12 + [1]
    grid = by_month["2025-09"]
    assert grid.size == 3 and len(grid.active_by_month) == 13
    assert grid.active_counts == [1, 0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 0, 1]
    assert grid.active_by_month[3] == 2 / 3
    assert (grid.active_by_month[6], grid.active_by_month[12]) == (1 / 3, 1 / 3)
    assert by_month["2026-07"].active_by_month == [0.0, 1.0, 0.0]
    assert by_month["2026-07"].size == 1


def test_cohort_drill_down(db: Database) -> None:
    with db.transaction() as s:
        a = add_partner(s, "a", contract_date=date(2026, 1, 5))
        b = add_partner(s, "b", contract_date=date(2026, 1, 25))
        add_partner(s, "c", contract_date=date(2026, 2, 1))
        add_event(s, a, "login", date(2026, 4, 2))
    params = KpiParams.create(as_of=AS_OF)
    with db.reading() as s:
        assert partners_in_cohort(s, params, "2026-01") == [a.id, b.id]
        assert partners_in_cohort(s, params, "2026-01", 3) == [a.id]
        assert partners_in_cohort(s, params, "2026-01", 3, active=False) == [b.id]


def test_person_level_retention_counts_persons(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2026, 3, 1))
        a, _b = add_person(s, p, "a"), add_person(s, p, "b")
        add_event(s, p, "login", date(2026, 9, 1), person=a)
        add_event(s, p, "login", date(2026, 9, 1))  # a partner-level login: nobody's
    with db.reading() as s:
        by_person = retention(s, KpiParams.create(as_of=AS_OF, level=Level.PERSON))
        by_partner = retention(s, KpiParams.create(as_of=AS_OF))
    assert (by_person.registered, by_person.active, by_person.rate) == (2, 1, 0.5)
    assert (by_partner.registered, by_partner.active, by_partner.rate) == (1, 1, 1.0)
    assert by_person.cohorts[0].size == 2
    assert by_person.cohorts[0].active_counts[-1] == 1


def test_retention_over_time(db: Database) -> None:
    with db.transaction() as s:
        early = add_partner(s, "early", contract_date=date(2026, 1, 1))
        add_event(s, early, "login", date(2026, 5, 10))
        late = add_partner(s, "late")
        add_event(s, late, "registered", date(2026, 8, 15))
        add_event(s, late, "login", date(2026, 8, 16))
    with db.reading() as s:
        series = retention_over_time(s, KpiParams.create(as_of=date(2026, 9, 20)), months=6)
    assert [(m.month, m.as_of, m.registered, m.active) for m in series] == [
        ("2026-04", date(2026, 4, 30), 1, 0),
        ("2026-05", date(2026, 5, 31), 1, 1),
        ("2026-06", date(2026, 6, 30), 1, 1),
        ("2026-07", date(2026, 7, 31), 1, 1),
        ("2026-08", date(2026, 8, 31), 2, 1),  # May 10 left the window on Aug 8
        ("2026-09", date(2026, 9, 20), 2, 1),
    ]
    assert [m.rate for m in series] == [0.0, 1.0, 1.0, 1.0, 0.5, 0.5]
