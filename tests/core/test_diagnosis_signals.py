"""Each signal of domain.md fires at its threshold and not one step before, on hand-made
partners; snoozes, interventions and the playbook; the provider registry; ``prm signals``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from prm_core.database import Database, open_database
from prm_core.diagnosis import signals as engine
from prm_core.diagnosis.signal_base import (
    DEAL_SIGNAL_KEYS,
    DEFAULT_ACTIONS,
    SIGNAL_KEYS,
    Signal,
    SignalContext,
    rows_provider,
)
from prm_core.diagnosis.signals import SIGNAL_PROVIDERS, detect_signals, group_by_partner
from prm_core.diagnosis.thresholds import default_thresholds, load_thresholds
from prm_core.orm import Partner, PlaybookEntry, SignalSnooze
from prm_core.services import deals
from prm_core.services.diagnosis import (
    intervention_from_signal,
    record_intervention,
    save_thresholds,
    snooze_signal,
)
from prm_core.services.errors import ValidationError
from tests.core.test_diagnosis_support import (
    AS_OF,
    add_action_item,
    add_checklist_item,
    add_intervention,
    days_ago,
    run_cli,
)
from tests.deals_support import add_registration
from tests.factories import add_event, add_partner, add_person

LONG_AGO = date(2024, 1, 1)


def fired(db: Database, key: str, as_of: date = AS_OF, **kwargs: object) -> dict[str, Signal]:
    """Partner name → its ``key`` signal at as_of."""
    with db.reading() as s:
        found = detect_signals(s, as_of, **kwargs)  # type: ignore[arg-type]
    return {x.partner: x for x in found if x.signal == key}


def partner(s: Session, name: str, registered: date = LONG_AGO, **fields: object) -> Partner:
    p = add_partner(s, name, **fields)
    add_event(s, p, "registered", registered)
    return p


# --- stalled_after_registration ------------------------------------------------------------


def test_stalled_after_registration_at_30_days(db: Database) -> None:
    with db.transaction() as s:
        partner(s, "30 days", days_ago(30))
        partner(s, "29 days", days_ago(29))
        add_partner(s, "contract 30 days", contract_date=days_ago(30))
        add_partner(s, "contract 29 days", contract_date=days_ago(29))
        downloaded = partner(s, "downloaded", days_ago(60))
        add_event(s, downloaded, "material_download", days_ago(59))
        late = partner(s, "downloads after as_of", days_ago(60))
        add_event(s, late, "material_download", AS_OF + timedelta(days=1))
        gone = partner(s, "terminated", days_ago(60), status="terminated")
        assert gone
    found = fired(db, "stalled_after_registration")
    assert set(found) == {"30 days", "contract 30 days", "downloads after as_of"}
    s30 = found["30 days"]
    assert s30.evidence == "registered 30 days ago, 0 downloads"
    assert s30.severity == "medium" and s30.person is None
    assert s30.action == DEFAULT_ACTIONS["stalled_after_registration"]
    assert found["downloads after as_of"].severity == "high"  # 60 days: twice the threshold


# --- downloads_without_deals ---------------------------------------------------------------


def test_downloads_without_deals_60_days_after_the_first_download(db: Database) -> None:
    with db.transaction() as s:
        for name, first in (("60 days", 60), ("59 days", 59)):
            p = partner(s, name)
            add_event(s, p, "material_download", days_ago(first))
            add_event(s, p, "material_download", days_ago(10))
        dealt = partner(s, "has a deal")
        add_event(s, dealt, "material_download", days_ago(100))
        add_event(s, dealt, "deal_registered", days_ago(5))
        late_deal = partner(s, "deal after as_of")
        add_event(s, late_deal, "material_download", days_ago(100))
        add_event(s, late_deal, "deal_registered", AS_OF + timedelta(days=1))
    found = fired(db, "downloads_without_deals")
    assert set(found) == {"60 days", "deal after as_of"}
    assert found["60 days"].evidence == (
        "first download 60 days ago, 2 downloads, 0 deals registered"
    )
    assert found["60 days"].facts["downloads"] == 2


# --- training_without_proposals ------------------------------------------------------------


def test_training_without_proposals_60_days_after_training(db: Database) -> None:
    with db.transaction() as s:
        add_event(s, partner(s, "60 days"), "training_completed", days_ago(60))
        add_event(s, partner(s, "59 days"), "training_completed", days_ago(59))
        proposed = partner(s, "proposed since")
        add_event(s, proposed, "training_completed", days_ago(90))
        add_event(s, proposed, "proposal", days_ago(80))
        before = partner(s, "proposal only before training")
        add_event(s, before, "proposal", days_ago(200))
        add_event(s, before, "training_completed", days_ago(90))
    found = fired(db, "training_without_proposals")
    assert set(found) == {"60 days", "proposal only before training"}
    assert found["60 days"].evidence == (
        "first training completed 60 days ago (1 training), 0 proposals since"
    )


# --- declining_activity --------------------------------------------------------------------


def activity(s: Session, name: str, baseline: int, recent: int) -> Partner:
    """``baseline`` events spread over as_of−119 … as_of−30, ``recent`` in the last 30 days."""
    p = partner(s, name)
    for i in range(baseline):
        add_event(s, p, "login", days_ago(30 + (i * 7) % 90))
    for i in range(recent):
        add_event(s, p, "login", days_ago(i % 30))
    return p


def test_declining_activity_below_half_the_monthly_average(db: Database) -> None:
    with db.transaction() as s:
        activity(s, "6 then 1", 6, 1)  # average 2 a month: 1 is exactly half, no signal
        activity(s, "6 then 0", 6, 0)
        activity(s, "12 then 1", 12, 1)  # average 4: 1 < 2
        activity(s, "12 then 2", 12, 2)
        activity(s, "0 then 0", 0, 0)  # nothing to decline from
    found = fired(db, "declining_activity")
    assert set(found) == {"6 then 0", "12 then 1"}
    assert found["6 then 0"].severity == "high"
    assert found["12 then 1"].severity == "medium"
    assert found["12 then 1"].evidence == (
        "1 event in the last 30 days against 4.0 per 30 days in the 90 days before (-75%)"
    )


def test_declining_activity_window_edges(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "edges", LONG_AGO)
        for _ in range(4):
            add_event(s, p, "login", days_ago(119))  # first day of the baseline
        add_event(s, p, "login", days_ago(120))  # before it: ignored
        add_event(s, p, "login", datetime.combine(days_ago(30), datetime.max.time()))
    # Baseline 5 events (average 1.67 per 30 days), none recent: fires.
    assert fired(db, "declining_activity")["edges"].facts["average"] == pytest.approx(1.7)
    with db.transaction() as s:
        add_event(s, s.get(Partner, p.id), "login", days_ago(29))  # type: ignore[arg-type]
    # One recent event ≥ half of 1.67: no signal.
    assert fired(db, "declining_activity") == {}


def test_joining_the_portal_is_not_activity(db: Database) -> None:
    with db.transaction() as s:
        partner(s, "joined 40 days ago", days_ago(40))
        p = partner(s, "logged in once", days_ago(200))
        add_event(s, p, "login", days_ago(40))
    assert set(fired(db, "declining_activity")) == {"logged in once"}


# --- dormant -------------------------------------------------------------------------------


def test_dormant_after_90_days_without_login(db: Database) -> None:
    with db.transaction() as s:
        partner(s, "registered 90 days ago", days_ago(90))
        partner(s, "registered 89 days ago", days_ago(89))
        add_event(s, partner(s, "login 90 days ago"), "login", days_ago(90))
        add_event(s, partner(s, "login 89 days ago"), "login", days_ago(89))
        other = partner(s, "busy without logins")
        add_event(s, other, "deal_registered", days_ago(1))
    found = fired(db, "dormant")
    assert set(found) == {"registered 90 days ago", "login 90 days ago", "busy without logins"}
    assert found["registered 90 days ago"].evidence == ("registered 90 days ago, never logged in")
    assert found["login 90 days ago"].evidence.endswith(
        f"last login 90 days ago ({days_ago(90).isoformat()})"
    )
    assert all(x.severity == "high" for x in found.values())


# --- key_person_dependence -----------------------------------------------------------------


def dependent(s: Session, name: str, persons: int, top: int, others: int) -> Partner:
    p = partner(s, name)
    staff = [add_person(s, p, f"{name} {i}") for i in range(persons)]
    for i in range(top):
        add_event(s, p, "deal_registered", days_ago(i), person=staff[0])
    for i in range(others):
        add_event(s, p, "deal_registered", days_ago(i), person=staff[1])
    return p


def test_key_person_dependence_at_70_percent_with_3_persons(db: Database) -> None:
    with db.transaction() as s:
        dependent(s, "7 of 10", 3, 7, 3)
        dependent(s, "6 of 10", 3, 6, 4)
        dependent(s, "only 2 persons", 2, 10, 0)
        old = partner(s, "outside the window")
        star, second, third = (add_person(s, old, n) for n in ("star", "second", "third"))
        for _ in range(10):
            add_event(s, old, "deal_registered", days_ago(90), person=star)  # out of window
        add_event(s, old, "deal_registered", days_ago(89), person=second)
        add_event(s, old, "deal_registered", days_ago(1), person=third)
        unassigned = dependent(s, "deals without a person", 3, 6, 0)
        for _ in range(4):
            add_event(s, unassigned, "deal_registered", days_ago(3))
    found = fired(db, "key_person_dependence")
    assert set(found) == {"7 of 10"}
    signal = found["7 of 10"]
    assert signal.person == "7 of 10 0" and signal.person_id is not None
    assert signal.evidence == (
        "7 of 10 0 holds 7 of 10 deals registered in the last 90 days (70%); "
        "3 persons at the partner"
    )


# --- low_conversion ------------------------------------------------------------------------


def converting(s: Session, p: Partner, name: str, leads: int, deals: int) -> None:
    person = add_person(s, p, name)
    for i in range(leads):
        add_event(s, p, "lead_registered", days_ago(i), person=person)
    for i in range(deals):
        add_event(s, p, "deal_registered", days_ago(i), person=person)


@pytest.mark.parametrize(("deals", "fires"), [(2, False), (1, True)])
def test_low_conversion_below_half_the_programme_median(
    db: Database, deals: int, fires: bool
) -> None:
    with db.transaction() as s:
        p = partner(s, "sellers")
        converting(s, p, "edge", 10, deals)  # 20% is exactly half the 40% median: no signal
        for name in ("b", "c", "d"):
            converting(s, p, name, 10, 4)
        converting(s, p, "nine leads", 9, 0)  # too few leads to judge
    found = [x for x in fired_all(db) if x.signal == "low_conversion"]
    assert [x.person for x in found] == (["edge"] if fires else [])
    if fires:
        assert found[0].severity == "low"
        assert found[0].evidence == (
            "10 leads, 1 deal in the last 90 days: conversion 10.0% against a programme "
            "median of 40.0%"
        )


def fired_all(db: Database, as_of: date = AS_OF) -> list[Signal]:
    with db.reading() as s:
        return detect_signals(s, as_of)


# --- onboarding_overdue and actions_overdue ------------------------------------------------


def test_onboarding_overdue_the_day_after_the_due_date(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "late")
        add_checklist_item(s, p, "Kick-off meeting", days_ago(1))
        add_checklist_item(s, p, "Due today", AS_OF, position=1)
        add_checklist_item(s, partner(s, "due today"), "Kick-off meeting", AS_OF)
        add_checklist_item(s, partner(s, "done"), "Kick-off", days_ago(5), days_ago(6))
        add_checklist_item(
            s, partner(s, "done after as_of"), "Kick-off", days_ago(5), AS_OF + timedelta(1)
        )
        old = partner(s, "30 days late")
        add_checklist_item(s, old, "Identify the key person", days_ago(30))
        add_checklist_item(s, old, "Kick-off meeting", days_ago(2))
    found = fired(db, "onboarding_overdue")
    assert set(found) == {"late", "done after as_of", "30 days late"}
    assert found["late"].severity == "medium"
    assert found["30 days late"].severity == "high"
    assert found["30 days late"].evidence == (
        '2 onboarding steps overdue; oldest "Identify the key person", due '
        f"{days_ago(30).isoformat()} (30 days ago)"
    )


def test_actions_overdue_on_both_sides(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "late")
        add_action_item(s, p, "Send the price list", days_ago(3), side="vendor")
        add_action_item(s, p, "Share the target list", days_ago(1), side="partner")
        add_action_item(s, p, "Due today", AS_OF)
        add_action_item(s, partner(s, "due today"), "Call", AS_OF)
        add_action_item(
            s, partner(s, "done"), "Call", days_ago(5), status="done", done_on=days_ago(4)
        )
    found = fired(db, "actions_overdue")
    assert set(found) == {"late"}
    assert found["late"].evidence == (
        '2 action items past due (1 ours, 1 the partner\'s); oldest "Send the price list", '
        f"due {days_ago(3).isoformat()} (3 days ago)"
    )


# --- thresholds ----------------------------------------------------------------------------


def test_thresholds_are_stored_and_move_the_edges(db: Database) -> None:
    with db.transaction() as s:
        partner(s, "20 days", days_ago(20))
    assert fired(db, "stalled_after_registration") == {}
    save_thresholds(db, {"stalled_after_registration": {"days": 20}})
    with db.reading() as s:
        assert load_thresholds(s).days("stalled_after_registration", "days") == 20
        assert load_thresholds(s).days("dormant", "login_days") == 90  # untouched default
    assert set(fired(db, "stalled_after_registration")) == {"20 days"}


@pytest.mark.parametrize(
    "document",
    [
        {"stalled_after_registration": {"days": 0}},
        {"stalled_after_registration": {"days": 1.5}},
        {"declining_activity": {"ratio": 2}},
        {"dormant": {"weeks": 3}},
        {"no_such_signal": {"days": 3}},
        {"dormant": {"login_days": "90"}},
    ],
)
def test_bad_thresholds_are_refused(db: Database, document: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        save_thresholds(db, document)


# --- act: snooze, intervention, playbook ---------------------------------------------------


def test_a_snoozed_signal_returns_the_day_after_its_snooze(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "quiet", days_ago(200))
    snooze_signal(db, p.id, "dormant", 5, "on holiday until next week", today=AS_OF)
    assert "quiet" not in fired(db, "dormant")
    assert "quiet" not in fired(db, "dormant", AS_OF + timedelta(days=5))
    assert "quiet" in fired(db, "dormant", AS_OF + timedelta(days=6))
    shown = fired(db, "dormant", include_handled=True)["quiet"]
    assert shown.snoozed_until == AS_OF + timedelta(days=5)


def test_a_snooze_is_per_partner_signal_and_person(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "quiet", days_ago(200))
        other = partner(s, "other", days_ago(200))
        s.add(SignalSnooze(partner_id=other.id, signal_key="stalled_after_registration",
                           until=AS_OF + timedelta(days=30), reason="x"))  # fmt: skip
    snooze_signal(db, p.id, "stalled_after_registration", 30, "waiting", today=AS_OF)
    assert set(fired(db, "dormant")) == {"quiet", "other"}


def test_snooze_input_is_checked(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "quiet")
    with pytest.raises(ValidationError, match="1–365"):
        snooze_signal(db, p.id, "dormant", 0, "why")
    with pytest.raises(ValidationError, match="reason"):
        snooze_signal(db, p.id, "dormant", 3, "  ")
    with pytest.raises(ValidationError, match="signal key"):
        snooze_signal(db, p.id, "Dormant!", 3, "why")


def test_a_recent_intervention_handles_its_signal(db: Database) -> None:
    with db.transaction() as s:
        handled = partner(s, "handled", days_ago(200))
        add_intervention(s, handled, days_ago(29), signal_key="dormant")
        stale = partner(s, "handled long ago", days_ago(200))
        add_intervention(s, stale, days_ago(30), signal_key="dormant")
        other = partner(s, "other signal", days_ago(200))
        add_intervention(s, other, days_ago(1), signal_key="stalled_after_registration")
    assert set(fired(db, "dormant")) == {"handled long ago", "other signal"}
    assert fired(db, "dormant", include_handled=True)["handled"].handled_on == days_ago(29)


def test_the_playbook_replaces_the_suggested_action(db: Database) -> None:
    with db.transaction() as s:
        partner(s, "quiet", days_ago(200))
        s.add(PlaybookEntry(signal_key="dormant", action="Invite to the partner summit"))
        s.flush()
        s.add(PlaybookEntry(signal_key="dormant", action="Call the key person"))
    signal = fired(db, "dormant")["quiet"]
    assert (signal.action, signal.action_source) == ("Call the key person", "playbook")


# --- the engine ----------------------------------------------------------------------------


def test_most_severe_first_and_grouped_by_partner(db: Database) -> None:
    with db.transaction() as s:
        a = partner(s, "A", days_ago(200))  # dormant (high), stalled (high)
        b = add_partner(s, "B", contract_date=days_ago(35))  # stalled (medium)
        add_checklist_item(s, b, "Kick-off", days_ago(1))  # onboarding (medium)
        add_checklist_item(s, a, "Kick-off", days_ago(1))
    found = fired_all(db)
    assert [(x.partner, x.signal, x.severity) for x in found] == [
        ("A", "stalled_after_registration", "high"),
        ("A", "dormant", "high"),
        ("A", "onboarding_overdue", "medium"),
        ("B", "stalled_after_registration", "medium"),
        ("B", "onboarding_overdue", "medium"),
    ]
    groups = group_by_partner(found)
    assert [g.partner for g in groups] == ["A", "B"] and groups[0].worst == "high"
    with db.reading() as s:
        only_b = detect_signals(s, AS_OF, partner_id=b.id)
    assert {x.partner for x in only_b} == {"B"}


@pytest.fixture
def extra_provider() -> Iterator[Callable[..., list[Signal]]]:
    def deal_expiring(session: Session, context: SignalContext) -> list[Signal]:
        return [Signal(1, "anyone", "deal_expiring", "low", "expires in 9 days", "ask for status")]

    engine.register_provider(deal_expiring)
    engine.register_provider(deal_expiring)  # once only
    yield deal_expiring
    SIGNAL_PROVIDERS.remove(deal_expiring)


def test_providers_plug_in_without_touching_the_engine(
    db: Database, extra_provider: Callable[..., list[Signal]]
) -> None:
    assert SIGNAL_PROVIDERS.count(extra_provider) == 1
    with db.transaction() as s:
        partner(s, "A", days_ago(200))
    found = fired_all(db)
    assert found[-1].signal == "deal_expiring"
    assert found[0].severity == "high"


def test_rows_provider_wraps_plain_rows(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "A")
        q = partner(s, "B")

    def conflicts(session: Session, as_of: date) -> list[dict[str, object]]:
        return [
            {"partner_id": pid, "partner": name, "signal": "channel_conflict",
             "severity": "high", "evidence": f"as of {as_of}", "action": "decide"}
            for pid, name in ((p.id, "A"), (q.id, "B"))
        ]  # fmt: skip

    provider = rows_provider(conflicts)
    with db.reading() as s:
        found = detect_signals(s, AS_OF, partner_id=q.id, providers=[provider])
    assert [(x.partner, x.signal, x.evidence) for x in found] == [
        ("B", "channel_conflict", f"as of {AS_OF}")
    ]


def test_every_domain_signal_has_a_provider_and_an_action(db: Database) -> None:
    with db.transaction() as s:
        # One partner that shows every signal at once.
        p = partner(s, "everything", days_ago(400))
        staff = [add_person(s, p, f"person {i}") for i in range(3)]
        for i in range(12):
            add_event(s, p, "material_download", days_ago(300 + i))
            add_event(s, p, "training_completed", days_ago(300 + i))
        other = partner(s, "benchmark")
        for _ in range(4):
            converting(s, other, "good", 10, 5)
        for i in range(10):
            add_event(s, p, "lead_registered", days_ago(100 + i), person=staff[0])
        add_checklist_item(s, p, "Kick-off", days_ago(3))
        add_action_item(s, p, "Call", days_ago(3))
    with db.reading() as s:
        context = SignalContext(AS_OF, default_thresholds())
        keys = {x.signal for provider in SIGNAL_PROVIDERS for x in provider(s, context)}
    assert {"stalled_after_registration", "dormant", "onboarding_overdue"} <= keys
    assert set(DEFAULT_ACTIONS) == set(SIGNAL_KEYS)
    names = {provider.__name__ for provider in SIGNAL_PROVIDERS}
    assert set(SIGNAL_KEYS) | set(DEAL_SIGNAL_KEYS) <= names


# --- the deal signals (deal_expiring, channel_conflict) -------------------------------------


def expiring(db: Database, as_of: date = AS_OF) -> list[str]:
    return sorted(x.evidence.split('"')[1] for x in deal_fired(db, "deal_expiring", as_of))


def deal_fired(db: Database, key: str, as_of: date = AS_OF) -> list[Signal]:
    with db.reading() as s:
        return [x for x in detect_signals(s, as_of) if x.signal == key]


def test_deal_expiring_at_its_threshold_which_settings_move(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "販売店")
        add_registration(s, p, "A社", days_ago(80), deal="14 days", expires_on=days_ago(-14))
        add_registration(s, p, "B社", days_ago(80), deal="15 days", expires_on=days_ago(-15))
        add_registration(s, p, "C社", days_ago(80), deal="expired", expires_on=days_ago(1))
        add_registration(s, p, "D社", days_ago(80), deal="won", expires_on=AS_OF, status="won")
    assert expiring(db) == ["14 days"]
    (signal,) = deal_fired(db, "deal_expiring")
    assert signal.severity == "medium" and signal.facts["days_left"] == 14
    assert signal.facts["status"] == "submitted" and signal.facts["customer"] == "A社"
    save_thresholds(db, {"deal_expiring": {"days": 15}})
    assert expiring(db) == ["14 days", "15 days"]
    save_thresholds(db, {"deal_expiring": {"days": 13}})
    assert expiring(db) == []


def test_a_decision_while_expiring_answers_the_signal(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "販売店")
        early = add_registration(
            s, p, "A社", days_ago(80), deal="approved early", expires_on=days_ago(-10)
        ).id
        late = add_registration(
            s, p, "B社", days_ago(80), deal="approved late", expires_on=days_ago(-10)
        ).id
    assert expiring(db) == ["approved early", "approved late"]
    # Approved before its expiring window (10 + 14 days before expiry): still a signal.
    deals.approve(db, early, decided_on=days_ago(5))
    # Approved in its last 14 days: the manager acted on it; handled that day.
    deals.approve(db, late, decided_on=days_ago(3))
    assert expiring(db) == ["approved early"]
    with db.reading() as s:
        handled = [
            x
            for x in detect_signals(s, AS_OF, include_handled=True)
            if x.signal == "deal_expiring" and x.handled
        ]
    assert [x.handled_on for x in handled] == [days_ago(3)]
    # As of the day before the decision (14 days left), it had not happened yet.
    assert expiring(db, days_ago(4)) == ["approved early", "approved late"]


def test_channel_conflict_for_each_partner_until_resolved(db: Database) -> None:
    with db.transaction() as s:
        a = partner(s, "アルファ販売")
        b = partner(s, "ベータ商会")
        first = add_registration(s, a, "株式会社オメガ", days_ago(20)).id
        second = add_registration(s, b, "ｵﾒｶﾞ(株)", days_ago(10)).id
        add_registration(s, a, "オメガ商事", days_ago(5))  # another customer
    found = deal_fired(db, "channel_conflict")
    assert sorted(x.partner for x in found) == ["アルファ販売", "ベータ商会"]
    assert {x.severity for x in found} == {"high"}
    assert found[0].facts["matched_on"] == "name" and found[0].facts["partners"] == 2
    # As of the day before the second claim there is no conflict yet.
    assert deal_fired(db, "channel_conflict", days_ago(11)) == []
    deals.resolve_conflict(db, first, second, "keep_first", reason="先行", decided_on=AS_OF)
    assert deal_fired(db, "channel_conflict") == []


def test_snoozing_one_expiring_registration_leaves_the_partners_others(db: Database) -> None:
    with db.transaction() as s:
        p = partner(s, "販売店")
        add_registration(s, p, "A社", days_ago(80), deal="first", expires_on=days_ago(-5))
        add_registration(s, p, "B社", days_ago(80), deal="second", expires_on=days_ago(-9))
    first = next(x for x in deal_fired(db, "deal_expiring") if x.facts["deal"] == "first")
    assert first.subject == f"registration:{first.facts['registration_id']}"
    snooze_signal(db, p.id, "deal_expiring", 7, "customer on holiday",
                  subject=first.subject, today=AS_OF)  # fmt: skip
    assert expiring(db) == ["second"]
    # A claim that starts expiring after the snooze is not hidden by it either.
    with db.transaction() as s:
        add_registration(s, p, "C社", days_ago(10), deal="third", expires_on=days_ago(-3))
    assert expiring(db) == ["second", "third"]
    # A snooze without a subject (as before 0005) still covers every claim of the partner.
    with db.transaction() as s:
        s.add(SignalSnooze(partner_id=p.id, signal_key="deal_expiring",
                           until=AS_OF + timedelta(days=1), reason="x"))  # fmt: skip
    assert expiring(db) == []
    # The day after, the partner-wide snooze is over; "first" keeps its own for 7 days.
    assert expiring(db, AS_OF + timedelta(days=2)) == ["second", "third"]


def test_an_intervention_answers_only_the_registration_it_was_recorded_for(
    db: Database,
) -> None:
    with db.transaction() as s:
        p = partner(s, "販売店")
        add_registration(s, p, "A社", days_ago(80), deal="first", expires_on=days_ago(-5))
        add_registration(s, p, "B社", days_ago(80), deal="second", expires_on=days_ago(-9))
    first = next(x for x in deal_fired(db, "deal_expiring") if x.facts["deal"] == "first")
    data = intervention_from_signal(first, today=days_ago(1))
    assert data.signal_subject == first.subject
    record_intervention(db, p.id, data)
    assert expiring(db) == ["second"]
    with db.reading() as s:
        (handled,) = [x for x in detect_signals(s, AS_OF, include_handled=True) if x.handled]
    assert handled.facts["deal"] == "first" and handled.handled_on == days_ago(1)


def test_a_conflict_signal_is_about_the_partners_own_claim(db: Database) -> None:
    with db.transaction() as s:
        a = partner(s, "アルファ販売")
        b = partner(s, "ベータ商会")
        omega_a = add_registration(s, a, "株式会社オメガ", days_ago(20)).id
        omega_b = add_registration(s, b, "ｵﾒｶﾞ(株)", days_ago(10)).id
        delta_a = add_registration(s, a, "デルタ工業", days_ago(9)).id
        delta_b = add_registration(s, b, "デルタ工業株式会社", days_ago(8)).id
    found = deal_fired(db, "channel_conflict")
    assert sorted((x.partner, x.subject) for x in found) == [
        ("アルファ販売", f"registration:{omega_a}"),
        ("アルファ販売", f"registration:{delta_a}"),
        ("ベータ商会", f"registration:{omega_b}"),
        ("ベータ商会", f"registration:{delta_b}"),
    ]
    snooze_signal(db, a.id, "channel_conflict", 3, "talking to both",
                  subject=f"registration:{omega_a}", today=AS_OF)  # fmt: skip
    left = deal_fired(db, "channel_conflict")
    assert sorted((x.partner, x.facts["customer"]) for x in left) == [
        ("アルファ販売", "デルタ工業"),
        ("ベータ商会", "デルタ工業"),
        ("ベータ商会", "株式会社オメガ"),
    ]
    # A third partner's backdated claim joins the group and comes first: the snooze of
    # アルファ販売's own claim still holds.
    with db.transaction() as s:
        c = partner(s, "ガンマ")
        add_registration(s, c, "オメガ株式会社", days_ago(30))
    with db.reading() as s:
        everything = detect_signals(s, AS_OF, include_handled=True)
    mine = [x for x in everything if x.subject == f"registration:{omega_a}"]
    assert [(x.partner, x.facts["customer"]) for x in mine] == [("アルファ販売", "オメガ株式会社")]
    assert mine[0].snoozed_until == AS_OF + timedelta(days=3)


@pytest.mark.parametrize("subject", ["registration", "Registration:1", "registration:", "a:b c"])
def test_a_malformed_subject_is_refused(db: Database, subject: str) -> None:
    with db.transaction() as s:
        p = partner(s, "販売店")
    with pytest.raises(ValidationError, match="signal subject"):
        snooze_signal(db, p.id, "deal_expiring", 3, "why", subject=subject)
    with db.reading() as s:
        assert s.query(SignalSnooze).count() == 0


# --- prm signals ---------------------------------------------------------------------------


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = tmp_path / "signals.db"
    db = open_database(path)
    with db.transaction() as s:
        quiet = partner(s, "株式会社しずか", days_ago(47), code="P-1")
        busy = partner(s, "北斗", days_ago(400))
        seller = add_person(s, busy, "山田")
        add_event(s, busy, "login", days_ago(1), person=seller)
        add_event(s, busy, "material_download", days_ago(300), person=seller)
        add_event(s, busy, "deal_registered", days_ago(2), person=seller)
        assert quiet
    db.close()
    return str(path)


def test_cli_prints_the_issue_shape(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(
        capsys, "--db", db_path, "signals", "--as-of", AS_OF.isoformat(), "--format", "json"
    )
    assert code == 0, err
    rows = json.loads(out)
    assert rows[0] == {
        "partner": "株式会社しずか",
        "person": None,
        "signal": "stalled_after_registration",
        "severity": "medium",
        "evidence": "registered 47 days ago, 0 downloads",
        "action": "Send the first-steps learning course.",
    }
    assert all(list(r) == ["partner", "person", "signal", "severity", "evidence", "action"]
               for r in rows)  # fmt: skip
    code, out, _ = run_cli(
        capsys, "--db", db_path, "signals", "--as-of", AS_OF.isoformat(), "--partner", "北斗",
        "--format", "json",
    )  # fmt: skip
    assert code == 0 and {r["partner"] for r in json.loads(out)} <= {"北斗"}
    code, out, _ = run_cli(capsys, "--db", db_path, "signals", "--as-of", AS_OF.isoformat())
    assert code == 0 and "stalled_after_registration" in out


@pytest.mark.parametrize(
    "argv", [["--as-of", "30/06/2026"], ["--partner", "nobody"], ["--format", "xml"]]
)
def test_cli_bad_input_exits_2(
    db_path: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, _out, _err = run_cli(capsys, "--db", db_path, "signals", *argv)
    assert code == 2
