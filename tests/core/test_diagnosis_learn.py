"""Learn: the 90 days before and after each intervention at their edges, pending after
windows, the programme table per category, KPIs per window, the playbook, and the
interventions recorded from a signal."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from prm_core.database import Database
from prm_core.diagnosis.categories import JAPANESE, canonical_category, category_label
from prm_core.diagnosis.learn import (
    CHUNK,
    intervention_effects,
    programme_table,
    window_kpis,
    windows_of,
)
from prm_core.diagnosis.signal_base import DEFAULT_CATEGORIES, Signal
from prm_core.diagnosis.signals import detect_signals
from prm_core.orm import Intervention, PlaybookEntry
from prm_core.services.diagnosis import (
    delete_playbook_entry,
    intervention_from_signal,
    record_intervention,
    save_playbook_entry,
)
from prm_core.services.errors import ValidationError
from prm_core.services.goals import InterventionData, create_intervention
from tests.core.test_diagnosis_support import AS_OF, add_intervention
from tests.factories import add_event, add_partner, add_person

D = date(2026, 3, 1)  # the intervention day; AS_OF (2026-06-30) is 121 days later


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour))


def test_window_edges(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら", contract_date=date(2025, 1, 1))
        add_intervention(s, p, D, category="同行営業", signal_key="downloads_without_deals")
        for day in (D - timedelta(days=91), D, D + timedelta(days=91)):  # counted nowhere
            add_event(s, p, "deal_registered", day)
        add_event(s, p, "deal_registered", at(D - timedelta(days=90), 0))  # first instant
        add_event(s, p, "deal_registered", at(D - timedelta(days=1), 23))
        add_event(s, p, "deal_registered", at(D + timedelta(days=1), 0))
        add_event(s, p, "deal_registered", D + timedelta(days=45))
        add_event(s, p, "deal_registered", at(D + timedelta(days=90), 23))
        add_event(s, p, "deal_won", D + timedelta(days=10), amount=1_200_000)
        add_event(s, p, "login", D - timedelta(days=3))
    with db.reading() as s:
        (effect,) = intervention_effects(s, AS_OF)
    assert (effect.before.first, effect.before.last) == (D - timedelta(90), D - timedelta(1))
    assert (effect.after.first, effect.after.last) == (D + timedelta(1), D + timedelta(90))
    assert effect.before.counts == {"deal_registered": 2, "login": 1}
    assert effect.after.counts == {"deal_registered": 3, "deal_won": 1}
    assert (effect.after.won_amount, effect.before.won_amount) == (1_200_000, 0)
    assert effect.complete and effect.deals_rose is True
    assert effect.to_json()["after"]["events"]["deal_registered"] == 3


def test_an_after_window_reaching_past_as_of_is_pending(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら", contract_date=date(2025, 1, 1))
        add_intervention(s, p, D)
        add_event(s, p, "deal_registered", D + timedelta(days=89))
        add_event(s, p, "deal_registered", D + timedelta(days=90))  # after as_of below
    as_of = D + timedelta(days=89)
    with db.reading() as s:
        (pending,) = intervention_effects(s, as_of)
        (done,) = intervention_effects(s, as_of + timedelta(days=1))
        later = intervention_effects(s, D - timedelta(days=1))
    assert pending.after.last == as_of and pending.after.days == 89
    assert pending.after.counts == {"deal_registered": 1}
    assert not pending.complete and pending.deals_rose is None
    assert done.complete and done.after.days == 90 and done.after.counts["deal_registered"] == 2
    assert later == []  # not yet recorded at that date


def test_an_intervention_on_as_of_has_an_empty_after_window(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら", contract_date=date(2025, 1, 1))
        add_intervention(s, p, AS_OF)
        add_event(s, p, "login", AS_OF)
    with db.reading() as s:
        (effect,) = intervention_effects(s, AS_OF)
        assert window_kpis(s, p.id, effect.after) is None
    assert effect.after.days == 0 and effect.after.counts == {}


def test_windows_of() -> None:
    before, after, complete = windows_of(D, D + timedelta(days=90))
    assert (before.days, after.days, complete) == (90, 90, True)
    assert windows_of(D, D + timedelta(days=30), 30)[2] is True


def test_programme_table_per_category(db: Database) -> None:
    with db.transaction() as s:
        for i in range(3):
            p = add_partner(s, f"P{i}", contract_date=date(2025, 1, 1))
            # The same suggested category, chosen in Japanese and in English.
            add_intervention(s, p, D, category="同行営業" if i else " co-selling ")
            if i < 2:  # deals rose for two of three
                add_event(s, p, "deal_registered", D + timedelta(days=5))
        q = add_partner(s, "Q", contract_date=date(2025, 1, 1))
        add_intervention(s, q, D, category="研修")
        add_event(s, q, "deal_registered", D - timedelta(days=5))
        add_event(s, q, "deal_registered", D + timedelta(days=5))  # same, not a rise
        add_intervention(s, q, AS_OF - timedelta(days=10), category="研修")  # pending
        add_intervention(s, q, D, category="展示会")  # the manager's own: kept as typed
    with db.reading() as s:
        table = programme_table(intervention_effects(s, AS_OF))
    assert [r.to_json() for r in table] == [
        {"category": "Co-selling", "made": 3, "judged": 3, "rose": 2, "rate": 2 / 3},
        {"category": "Training", "made": 2, "judged": 1, "rose": 0, "rate": 0.0},
        {"category": "展示会", "made": 1, "judged": 1, "rose": 0, "rate": 0.0},
    ]


def test_a_suggested_category_is_stored_under_its_key_in_either_language(
    db: Database,
) -> None:
    assert set(DEFAULT_CATEGORIES.values()) <= set(JAPANESE)
    assert canonical_category(" 再活性化 ") == "Reactivation"
    assert canonical_category("COACHING") == "Coaching"
    assert canonical_category("展示会 ") == "展示会"
    assert category_label("Reactivation", "ja") == "再活性化"
    assert category_label("再活性化", "en") == "Reactivation"
    assert category_label("展示会", "en") == "展示会"
    with db.transaction() as s:
        p = add_partner(s, "P")
    new_id, _ = create_intervention(db, p.id, InterventionData(D, "同行営業", "同行した"))
    with db.reading() as s:
        saved = s.get(Intervention, new_id)
        assert saved is not None and saved.category == "Co-selling"


def test_more_interventions_than_one_statement_holds(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "busy", contract_date=date(2025, 1, 1))
        for i in range(CHUNK + 3):
            add_intervention(s, p, D + timedelta(days=i % 20))
        add_event(s, p, "proposal", D + timedelta(days=25))
    with db.reading() as s:
        effects = intervention_effects(s, AS_OF, partner_id=p.id)
    assert len(effects) == CHUNK + 3
    assert all(e.after.counts == {"proposal": 1} for e in effects)


def test_kpis_before_and_after(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら", contract_date=date(2025, 1, 1))
        seller = add_person(s, p, "山田")
        add_intervention(s, p, D)
        add_event(s, p, "material_download", D - timedelta(days=30), content_id=None)
        for i in range(4):
            add_event(s, p, "lead_registered", D + timedelta(days=i + 1), person=seller)
        add_event(s, p, "deal_registered", D + timedelta(days=6), person=seller)
        add_event(s, p, "login", D + timedelta(days=7))
    with db.reading() as s:
        (effect,) = intervention_effects(s, AS_OF)
        before = window_kpis(s, p.id, effect.before)
        after = window_kpis(s, p.id, effect.after)
    assert before is not None and after is not None
    assert (before.downloads, before.deals_registered, before.active) == (1, 0, False)
    assert (after.leads, after.deals_registered, after.conversion) == (4, 1, 0.25)
    assert after.active and after.top_person_share == 1.0
    assert "deal_registered" in after.journey_reached and after.phase == "activation"


def test_save_as_playbook_becomes_the_suggested_action(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "しずか", contract_date=date(2025, 1, 1))
        success = add_intervention(
            s, p, D, action="成功事例メールを送付", signal_key="dormant", category="再活性化"
        )
        unlinked = add_intervention(s, p, D, action="共同セミナー")
    entry_id, changes = save_playbook_entry(db, success.id)
    assert changes.signals
    with db.reading() as s:
        (signal,) = [x for x in detect_signals(s, AS_OF) if x.signal == "dormant"]
    assert (signal.action, signal.action_source) == ("成功事例メールを送付", "playbook")
    with pytest.raises(ValidationError, match="answers no signal"):
        save_playbook_entry(db, unlinked.id)
    save_playbook_entry(db, unlinked.id, signal_key="dormant", action="共同セミナーに招待")
    with db.reading() as s:
        (signal,) = [x for x in detect_signals(s, AS_OF) if x.signal == "dormant"]
        assert signal.action == "共同セミナーに招待"
        assert len(s.query(PlaybookEntry).all()) == 2
    delete_playbook_entry(db, entry_id)


def test_an_intervention_recorded_from_a_signal_handles_it(db: Database) -> None:
    today = date.today()
    with db.transaction() as s:
        p = add_partner(s, "しずか", contract_date=today - timedelta(days=200))
    with db.reading() as s:
        (signal,) = [x for x in detect_signals(s, today) if x.signal == "dormant"]
    data = intervention_from_signal(signal)
    assert (data.occurred_on, data.signal_key, data.category) == (today, "dormant", "Reactivation")
    assert data.action == signal.action and signal.evidence in data.notes
    _new_id, changes = record_intervention(db, p.id, data)
    assert changes.interventions and changes.signals and changes.partner_id == p.id
    with db.reading() as s:
        assert [x.signal for x in detect_signals(s, today)] == ["stalled_after_registration"]
    bad = intervention_from_signal(Signal(p.id, "しずか", "Bad Key", "high", "", "act"))
    with pytest.raises(ValidationError):
        record_intervention(db, p.id, bad)
