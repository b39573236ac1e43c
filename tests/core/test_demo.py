"""The demo generator: reproducible, shaped like a real programme, never mixed with real data."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from prm_core.database import Database, open_database
from prm_core.deals.conflicts import find_conflicts
from prm_core.demo import DemoSummary, generate_demo
from prm_core.demo.registrations import OPEN_CONFLICTS
from prm_core.kinds import JOURNEY_STEPS, ActionStatus, EventKind, PartnerStatus
from prm_core.orm import (
    ActionItem,
    ChecklistItem,
    ChecklistTemplateStep,
    Content,
    DealRegistration,
    Event,
    Goal,
    Meeting,
    Partner,
    Person,
    PractAssessment,
)
from prm_core.progress import Cancelled
from tests.factories import add_partner

AS_OF = date(2025, 9, 30)
PARTNERS, MONTHS = 30, 12  # small enough to run in well under a second
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
KATAKANA = re.compile(r"^[\u30a0-\u30ff0-9]+$")


@pytest.fixture
def make_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Callable[[], Database]]:
    """Fresh migrated SQLite files, as many as a test needs."""
    opened: list[Database] = []

    def make() -> Database:
        path = tmp_path / f"demo{len(opened)}.db"
        shutil.copyfile(sqlite_template, path)
        opened.append(open_database(path))
        return opened[-1]

    yield make
    for database in opened:
        database.close()


@pytest.fixture
def demo(db: Database) -> tuple[Database, DemoSummary]:
    """A small demo on each backend."""
    return db, generate_demo(db, seed=7, as_of=AS_OF, partners=PARTNERS, months=MONTHS)


def _kind_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(Event.kind, func.count()).group_by(Event.kind))
    return {kind: count for kind, count in rows}


def _fingerprint(db: Database) -> tuple[object, ...]:
    """Enough of the data to tell two demos apart: names, per-kind counts, some events."""
    with db.reading() as s:
        return (
            s.scalars(select(Partner.name).order_by(Partner.id)).all(),
            s.scalars(select(Person.email).order_by(Person.id)).all(),
            _kind_counts(s),
            s.execute(
                select(Event.occurred_at, Event.kind, Event.amount, Event.deal)
                .order_by(Event.id)
                .limit(500)
            ).all(),
            s.scalar(select(func.sum(Event.amount))),
            s.execute(select(Meeting.held_on, Meeting.notes).order_by(Meeting.id)).all(),
        )


def _table_counts(s: Session) -> DemoSummary:
    def count(model: Any) -> int:
        return s.scalar(select(func.count()).select_from(model)) or 0

    return DemoSummary(
        partners=count(Partner),
        persons=count(Person),
        contents=count(Content),
        events=count(Event),
        meetings=count(Meeting),
        action_items=count(ActionItem),
        checklist_items=count(ChecklistItem),
        assessments=count(PractAssessment),
        goals=count(Goal),
        registrations=count(DealRegistration),
    )


# --- reproducibility ---------------------------------------------------------------------


def test_same_seed_gives_the_same_data(make_db: Callable[[], Database]) -> None:
    first, second = make_db(), make_db()
    a = generate_demo(first, seed=3, as_of=AS_OF, partners=PARTNERS, months=MONTHS)
    b = generate_demo(second, seed=3, as_of=AS_OF, partners=PARTNERS, months=MONTHS)
    assert a == b
    assert _fingerprint(first) == _fingerprint(second)


def test_another_seed_gives_other_data(make_db: Callable[[], Database]) -> None:
    first, second = make_db(), make_db()
    generate_demo(first, seed=1, as_of=AS_OF, partners=PARTNERS, months=MONTHS)
    generate_demo(second, seed=2, as_of=AS_OF, partners=PARTNERS, months=MONTHS)
    one, two = _fingerprint(first), _fingerprint(second)
    assert one[0] != two[0]  # partner names
    assert one[2] != two[2]  # per-kind counts


def test_counts_do_not_depend_on_as_of(make_db: Callable[[], Database]) -> None:
    early = generate_demo(
        make_db(), seed=5, as_of=date(2024, 2, 29), partners=PARTNERS, months=MONTHS
    )
    late = generate_demo(
        make_db(), seed=5, as_of=date(2026, 12, 31), partners=PARTNERS, months=MONTHS
    )
    assert early == late


def test_as_of_defaults_to_today(make_db: Callable[[], Database]) -> None:
    db = make_db()
    summary = generate_demo(db, partners=5, months=3, seed=0)
    with db.reading() as s:
        latest = s.scalar(select(func.max(Event.occurred_at)))
    assert summary.events > 0
    assert latest is not None
    assert latest.date() <= date.today()


# --- refusing and rolling back ---------------------------------------------------------


def test_refuses_a_database_with_partners_and_leaves_it_unchanged(db: Database) -> None:
    with db.transaction() as s:
        add_partner(s, "株式会社本番データ", code="REAL-1")
    with pytest.raises(ValueError, match="already holds 1 partner"):
        generate_demo(db, seed=0, as_of=AS_OF, partners=PARTNERS, months=MONTHS)
    with db.reading() as s:
        assert s.scalars(select(Partner.name)).all() == ["株式会社本番データ"]
        assert _table_counts(s) == DemoSummary(1, 0, 0, 0, 0, 0, 0, 0, 0)


def test_a_cancelled_run_leaves_nothing(make_db: Callable[[], Database]) -> None:
    db = make_db()
    seen: list[tuple[int, int]] = []

    def cancel_halfway(done: int, total: int) -> None:
        seen.append((done, total))
        if done > total // 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        generate_demo(
            db, seed=0, as_of=AS_OF, progress=cancel_halfway, partners=PARTNERS, months=MONTHS
        )
    assert len(seen) > 1
    with db.reading() as s:
        assert _table_counts(s) == DemoSummary(0, 0, 0, 0, 0, 0, 0, 0, 0)


def test_progress_runs_from_zero_to_total(make_db: Callable[[], Database]) -> None:
    calls: list[tuple[int, int]] = []
    generate_demo(
        make_db(),
        seed=0,
        as_of=AS_OF,
        progress=lambda d, t: calls.append((d, t)),
        partners=PARTNERS,
        months=MONTHS,
    )
    totals = {t for _, t in calls}
    assert len(totals) == 1
    done = [d for d, _ in calls]
    assert done[0] == 0
    assert done[-1] == totals.pop()
    assert done == sorted(done)


@pytest.mark.parametrize(("partners", "months"), [(0, 12), (30, 0)])
def test_rejects_empty_sizes(make_db: Callable[[], Database], partners: int, months: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        generate_demo(make_db(), partners=partners, months=months, as_of=AS_OF)


# --- the shape of the data (both backends) ----------------------------------------------


def test_summary_matches_the_rows_written(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    with db.reading() as s:
        assert _table_counts(s) == summary
        steps = s.scalar(select(func.count()).select_from(ChecklistTemplateStep))
    assert summary.partners == PARTNERS
    assert summary.checklist_items == summary.partners * (steps or 0)
    assert min(summary.meetings, summary.action_items, summary.assessments, summary.goals) > 0


def test_journey_funnel_drops_at_each_step(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reading() as s:
        with_event = set(s.scalars(select(Event.partner_id).where(Event.kind == "registered")))
        by_contract = set(s.scalars(select(Partner.id).where(Partner.contract_date <= AS_OF)))
        counts = [len(with_event | by_contract)]
        for step in JOURNEY_STEPS[1:]:
            stmt = select(func.count(distinct(Event.partner_id))).where(Event.kind == step.value)
            counts.append(s.scalar(stmt) or 0)
    assert counts[0] == PARTNERS
    assert counts == sorted(counts, reverse=True), counts
    assert counts[-1] < counts[0]
    assert counts[-1] > 0


def test_event_volumes_are_realistic(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reading() as s:
        kinds = _kind_counts(s)
        amounts_missing = s.scalar(
            select(func.count()).where(
                Event.kind.in_(["deal_registered", "proposal", "deal_won", "deal_lost"]),
                (Event.amount.is_(None)) | (Event.customer.is_(None)) | (Event.deal.is_(None)),
            )
        )
        downloads_without_content = s.scalar(
            select(func.count()).where(
                Event.kind == "material_download", Event.content_id.is_(None)
            )
        )
        low, high = s.execute(select(func.min(Event.amount), func.max(Event.amount))).one()
        ids = s.execute(
            select(func.count(), func.count(distinct(Event.external_id))).where(
                Event.source == "demo"
            )
        ).one()
    assert set(kinds) == {kind.value for kind in EventKind}
    assert max(kinds, key=lambda k: kinds[k]) == "login"
    assert kinds["lead_registered"] > kinds["deal_registered"] > kinds["proposal"]
    assert kinds["proposal"] > kinds["deal_won"] > 0
    assert kinds["proposal"] > kinds["deal_lost"] > 0
    assert amounts_missing == 0
    assert downloads_without_content == 0
    assert low is not None and high is not None
    assert 500_000 <= low <= high <= 30_000_000
    assert ids[0] == sum(kinds.values()) == ids[1]


def test_no_event_after_as_of(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reading() as s:
        first, last = s.execute(
            select(func.min(Event.occurred_at), func.max(Event.occurred_at))
        ).one()
    assert last < datetime.combine(AS_OF + timedelta(days=1), datetime.min.time())
    assert first.date() > AS_OF - timedelta(days=366)  # 12 months


def test_some_partners_are_dormant(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    since = datetime.combine(AS_OF - timedelta(days=89), datetime.min.time())
    with db.reading() as s:
        recent = set(s.scalars(select(Event.partner_id).where(Event.occurred_at >= since)))
        with_events = set(s.scalars(select(Event.partner_id).distinct()))
        active = set(s.scalars(select(Partner.id).where(Partner.status == "active")))
    dormant = (with_events & active) - recent
    assert 1 <= len(dormant) < len(active) // 2


def test_some_contents_are_never_downloaded(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    with db.reading() as s:
        used = set(s.scalars(select(Event.content_id).where(Event.content_id.is_not(None))))
        contents = set(s.scalars(select(Content.id)))
    assert summary.contents >= 10
    assert 1 <= len(contents - used) <= 3


def test_some_action_items_are_open_and_overdue(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reading() as s:
        overdue = s.scalar(
            select(func.count()).where(
                ActionItem.status == ActionStatus.OPEN.value, ActionItem.due_on < AS_OF
            )
        )
        done, last_done = s.execute(
            select(func.count(), func.max(ActionItem.done_on)).where(
                ActionItem.status == ActionStatus.DONE.value
            )
        ).one()
        sides = set(s.scalars(select(ActionItem.side).distinct()))
    assert overdue and overdue > 0
    assert done > 0
    assert last_done is not None and last_done <= AS_OF
    assert sides == {"vendor", "partner"}


def test_names_are_japanese_and_unique(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reading() as s:
        partners = s.execute(select(Partner.name, Partner.name_kana, Partner.code)).all()
        persons = s.execute(select(Person.name, Person.email)).all()
        notes = s.scalars(select(Meeting.notes)).all()
    names = [p.name for p in partners]
    assert len(set(names)) == len(names)
    assert sum(bool(JAPANESE.search(n)) for n in names) > len(names) // 2
    assert any("株式会社" in n for n in names)
    assert all(KATAKANA.match(p.name_kana) for p in partners if p.name_kana)
    assert all(re.fullmatch(r"P-\d{4}", p.code) for p in partners)
    assert sum(bool(JAPANESE.search(p.name)) for p in persons) > len(persons) // 2
    emails = [p.email for p in persons if p.email]
    assert all(re.fullmatch(r"[a-z0-9.]+@[a-z0-9.-]+\.example\.jp", e) for e in emails)
    assert any("\n" in n and JAPANESE.search(n) for n in notes)


def test_partners_and_persons_have_a_realistic_mix(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reading() as s:
        per_partner = s.execute(
            select(
                Person.partner_id,
                func.count(),
                func.sum(case((Person.is_key_person.is_(True), 1), else_=0)),
            ).group_by(Person.partner_id)
        ).all()
        types = set(s.scalars(select(Partner.type).distinct()))
        territories = set(s.scalars(select(Partner.territory).distinct()))
        owners = set(s.scalars(select(Partner.owner).distinct()))
        tiers = set(s.scalars(select(Partner.tier).distinct()))
        statuses = set(s.scalars(select(Partner.status).distinct()))
    assert len(per_partner) == PARTNERS
    assert all(3 <= n <= 15 and 1 <= keys <= 2 for _, n, keys in per_partner)
    assert len(types) >= 3
    assert len(territories) >= 3
    assert 3 <= len(owners) <= 5
    assert "Bronze" in tiers
    assert PartnerStatus.ACTIVE.value in statuses


def test_deals_move_through_proposal_to_an_outcome(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    proposal = Event.__table__.alias("proposal")
    closed = Event.__table__.alias("closed")
    with db.reading() as s:
        orphans = s.scalar(
            select(func.count())
            .select_from(closed)
            .where(
                closed.c.kind.in_(["deal_won", "deal_lost"]),
                ~select(proposal.c.id)
                .where(
                    proposal.c.kind == "proposal",
                    proposal.c.partner_id == closed.c.partner_id,
                    proposal.c.deal == closed.c.deal,
                    proposal.c.customer == closed.c.customer,
                    proposal.c.occurred_at <= closed.c.occurred_at,
                )
                .exists(),
            )
        )
    assert orphans == 0


def test_star_sellers_and_silent_persons(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reading() as s:
        deals = s.execute(
            select(Event.partner_id, Event.person_id, func.count())
            .where(Event.kind == "deal_registered")
            .group_by(Event.partner_id, Event.person_id)
        ).all()
        active_persons = set(s.scalars(select(Event.person_id).distinct()))
        persons = set(s.scalars(select(Person.id)))
    per_partner: dict[int, list[int]] = {}
    for partner_id, _, n in deals:
        per_partner.setdefault(partner_id, []).append(n)
    shares = [max(ns) / sum(ns) for ns in per_partner.values() if sum(ns) >= 5]
    assert shares
    assert max(shares) >= 0.6  # one person carries most of that partner's deals
    assert persons - active_persons  # and some persons never do anything


def test_registrations_follow_the_events_with_a_few_open_conflicts(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, summary = demo
    with db.reading() as s:
        regs = s.scalars(select(DealRegistration)).all()
        assert len(regs) == summary.registrations > 0
        by_id = {r.external_id: r for r in regs}
        events = s.execute(
            select(Event.external_id, Event.partner_id, Event.customer).where(
                Event.kind == "deal_registered", Event.external_id.in_(list(by_id))
            )
        ).all()
        assert len(events) == len(regs)  # every claim is one deal_registered event
        assert all(by_id[x].partner_id == p and by_id[x].customer == c for x, p, c in events)
        won = {r.deal for r in regs if r.status == "won"}
        won_events = set(s.scalars(select(Event.deal).where(Event.kind == "deal_won")))
        assert won and won <= won_events
        statuses = {r.status for r in regs}
        assert {"approved", "won", "lost"} <= statuses
        conflicts = find_conflicts(s, AS_OF)
    assert len(conflicts) <= OPEN_CONFLICTS  # the rest were rejected as duplicates
